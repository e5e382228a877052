import { describe, expect, it } from "vitest";
import type { DocumentLine } from "../../../server/documents/index.js";
import { cleanDocument, cleanLines } from "../../../server/positions/clean.js";
import { tagPositionLines } from "../../../server/positions/line-classes.js";
import { parsePositions } from "../../../server/positions/parse.js";

/** Lines as a decoder gives them: one per text line, with the layout the format knew. */
const decoded = (rows: [string, Partial<DocumentLine>?][]) => ({
  text: rows.map(([t]) => t).join("\n"),
  lines: rows.map(([text, extra]) => ({ text, page: 1, indent: 0, ...extra })),
});

describe("the format's layout reaches the position parser", () => {
  it("gives each cleaned line the heading level, bold and font size of the decoder's line it came from", () => {
    const doc = decoded([["招聘简章", { heading: 1, fontSize: 24 }], ["本公司成立于2001年。"], ["会计", { bold: true }]]);
    const lines = cleanLines(cleanDocument(doc.text, doc.lines));
    expect(lines.map((l) => l.layout)).toEqual([{ heading: 1, fontSize: 24 }, undefined, { bold: true }]);
  });

  it("leaves plain text without layout", () => {
    expect(cleanLines(cleanDocument("会计\n负责记账")).every((l) => l.layout === undefined)).toBe(true);
  });

  it("lets a heading style make a line the tagger's title that its words alone leave plain text", () => {
    const rows: [string, Partial<DocumentLine>?][] = [["Northwind Labs"], ["Field Technician, Coastal Sites"], ["We maintain tide gauges along the coast."], ["What you will do:"], ["- Service instruments on site"], ["- Log readings"]];
    const plain = decoded(rows);
    const styled = decoded(rows.map(([t], i) => [t, i === 1 ? { heading: 1, fontSize: 20 } : { fontSize: 10 }]));
    const tagOf = (d: { text: string; lines: DocumentLine[] }) =>
      tagPositionLines(cleanDocument(d.text, d.lines)).find((l) => l.text.startsWith("Field Technician"))!;
    expect(tagOf(styled).scores.title).toBeGreaterThan(tagOf(plain).scores.title);
  });
});

describe("a heading naming a post in Chinese and Japanese over a 项目 | 中文 | 日本語 table", () => {
  it("reads the name before the slash, and a table row's Japanese column is left out", () => {
    // As Word sets them: the document title and each post's Heading 1 bold and large, the tables in body text.
    const heading = { heading: 1, bold: true, fontSize: 18 } as const;
    const doc = decoded([
      ["招聘简章", { heading: 1, fontSize: 24 }],
      ["质量工程师 / 品質エンジニア", heading],
      ["项目\t中文\t日本語", { cells: ["项目", "中文", "日本語"] }],
      ["学历／学歴\t本科以上\t大卒以上"],
      ["经验／経験\t3年以上质量管理经验\t品質管理の経験3年以上"],
      ["技能／スキル\t熟练使用Minitab\tMinitabが使えること"],
      ["采购专员 / 購買担当", heading],
      ["项目\t中文\t日本語"],
      ["学历／学歴\t大专以上\t短大卒以上"],
      ["经验／経験\t2年以上采购经验\t購買の経験2年以上"],
      ["技能／スキル\t熟练使用SAP\tSAPが使えること"],
    ]);
    const positions = parsePositions(doc.text, doc.lines).positions;
    expect(positions.map((p) => p.title)).toEqual(["质量工程师", "采购专员"]);
    expect(positions[0]!.requirements.skills.map((s) => s.name)).toEqual(["Minitab"]);
    expect(positions[0]!.requirements.experience.minYears).toBe(3);
  });
});
