import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { findCertifications } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const line = (text: string) => ({ text, key: foldAligned(text) });
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);
const education = (...lines: string[]) => {
  const body = ["條件：", ...lines].join("\n");
  return extractPosition("藥師", body, foldAligned(body), body).requirements.education;
};

describe("Taiwan's departments and numbered majors, Hong Kong's graded licences", () => {
  it("reads a department graduated from as the major", () => {
    expect(education("國內外大學資訊管理系畢業，領有證照者佳。")).toMatchObject({ minLevel: "bachelor", majors: ["資訊管理"], majorsRequired: true });
  });

  it("reads a numbered requirement's major without its number", () => {
    expect(education("2.物理治療相關科系大學以上畢業").majors).toEqual(["物理治療"]);
  });

  it("reads a licence named by its holder and grade in brackets", () => {
    expect(names(findCertifications([line("持有電梯工程人員（第一級）牌照者優先")]))).toEqual(["電梯工程人員（第一級）牌照?"]);
    expect(names(findCertifications([line("須持有效保安人員（A類）牌照")]))).toEqual(["保安人員（A類）牌照"]);
  });
});

describe("a Chinese list broken at a line's end", () => {
  it("goes on in the next line after a list separator", () => {
    const body = ["任职要求", "· 本科及以上，机械、车辆、", "材料相关专业", "· 会使用CATIA、", "UG等设计软件"].join("\n");
    const r = extractPosition("结构工程师", body, foldAligned(body), body).requirements;
    expect(r.education.majors).toEqual(["机械", "车辆", "材料"]);
    expect(names(r.skills)).toEqual(["CATIA", "UG"]);
  });
});
