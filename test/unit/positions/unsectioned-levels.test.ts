import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { foldAligned } from "../../../server/text/fold.js";

const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);
const requirements = (...lines: string[]) => {
  const body = lines.join("\n");
  return extractPosition("日语翻译", body, foldAligned(body), body).requirements;
};

describe("a language's level or a must, stated in an ad without sections", () => {
  it("reads a level floor or a bracketed must as stating the language", () => {
    expect(names(requirements("语言：日语N2以上").languages)).toEqual(["日语"]);
    const r = requirements("语言：韩语TOPIK 5级（必须）");
    expect(names(r.languages)).toEqual(["韩语"]);
    expect(names(r.certifications)).toEqual(["TOPIK"]);
  });

  it("reads 初中文化 as schooling, not Chinese", () => {
    const r = requirements("要求初中文化以上，能看懂简单单据");
    expect(r.languages).toEqual([]);
    expect(r.education.minLevel).toBe("junior_high");
  });
});

describe("a column of the work and its conditions", () => {
  it("reads '工作內容及條件' as requirements", () => {
    const body = "工作內容及條件：負責模具保養；熟AutoCAD，需具TOEIC 550分以上";
    const r = extractPosition("模具技術員", body, foldAligned(body), body).requirements;
    expect(names(r.skills)).toEqual(["AutoCAD"]);
    expect(names(r.certifications)).toEqual(["TOEIC"]);
  });
});
