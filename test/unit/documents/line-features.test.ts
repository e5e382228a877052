import { describe, expect, it } from "vitest";
import { lineFeatures } from "../../../server/documents/line-features.js";

const one = (text: string, vocabulary = {}) => lineFeatures([{ text }], vocabulary)[0]!;

describe("lineFeatures: numbering", () => {
  it.each([
    ["1、负责销售", "num:arabic"],
    ["2. Own the roadmap", "num:arabic"],
    ["一、岗位职责", "num:han"],
    ["（一）任职要求", "num:paren"],
    ["(3) 熟悉Excel", "num:paren"],
    ["①负责采购", "num:circled"],
    ["1.2.3 财务", "num:dotted"],
    ["• Build APIs", "bullet"],
    ["- Build APIs", "bullet"],
    ["☕ 负责咖啡制作", "emoji"],
    ["🔥 接待顾客", "emoji"],
  ])("%s → %s", (text, feature) => {
    expect(one(text)[feature]).toBe(1);
  });

  it("reads the numbering inside an emphasis pair (*1. Title*), and the pair as bold", () => {
    const f = one("*1. Senior Data Engineer* (Remote)");
    expect(f["num:arabic"]).toBe(1);
    expect(f["bullet"]).toBeUndefined();
    expect(f["layout:bold"]).toBe(1);
    expect(one("**二、任职要求**")["num:han"]).toBe(1);
    // A bullet with a space after it is a bullet, not emphasis.
    expect(one("* Build APIs")["bullet"]).toBe(1);
    expect(one("* Build APIs")["layout:bold"]).toBeUndefined();
  });

  it("does not read a number of years as numbering", () => {
    const f = one("3年以上经验");
    expect(Object.keys(f).filter((k) => k.startsWith("num:"))).toEqual([]);
  });
});

describe("lineFeatures: punctuation, length, script", () => {
  it("marks a line ending in a colon", () => expect(one("任职要求：")["end:colon"]).toBe(1));
  it("marks a line ending in a sentence stop", () => expect(one("负责客户维护。")["end:stop"]).toBe(1));
  it("marks a label with its value", () => expect(one("岗位名称：行政专员")["label:value"]).toBe(1));
  it("does not take a long sentence with a late colon as a label", () => {
    expect(one("The successful candidate will report to the head of finance: daily")["label:value"]).toBeUndefined();
  });
  it("marks separated tags", () => expect(one("上海 | 经验3-5年 | 本科")["separators"]).toBe(1));
  it.each([
    ["岗位职责", "len:tiny"],
    ["Senior Backend Engineer", "len:medium"],
    ["负责公司核心产品前端开发", "len:short"],
  ])("%s is %s", (text, band) => expect(one(text)[band]).toBe(1));
  it("tells Han from Latin", () => {
    expect(one("会计")["script:han"]).toBe(1);
    expect(one("Accountant")["script:latin"]).toBe(1);
  });
  it("uses the folded key when given", () => {
    expect(lineFeatures([{ text: "職責：", key: "职责:" }], { duty: /^职责/ })[0]!["v:duty"]).toBe(1);
  });
});

describe("lineFeatures: vocabulary, position, neighbours", () => {
  const vocabulary = { salary: /\d+\s*k\b|薪/, section: /^(?:职位描述|任职要求)$/ };
  const lines = [{ text: "前端工程师" }, { text: "15-25k·13薪" }, { text: "职位描述" }, { text: "1、负责开发" }];
  const f = lineFeatures(lines, vocabulary);

  it("marks vocabulary hits by name", () => {
    expect(f[1]!["v:salary"]).toBe(1);
    expect(f[2]!["v:section"]).toBe(1);
    expect(f[0]!["v:salary"]).toBeUndefined();
  });

  it("marks the first, early and last lines", () => {
    expect(f[0]!["pos:first"]).toBe(1);
    expect(f[1]!["pos:early"]).toBe(1);
    expect(f[3]!["pos:last"]).toBe(1);
    expect(f[0]!["prev:none"]).toBe(1);
  });

  it("passes a neighbour's vocabulary and numbering on", () => {
    expect(f[0]!["next:v:salary"]).toBe(1);
    expect(f[2]!["next:num:arabic"]).toBe(1);
    expect(f[3]!["prev:v:section"]).toBe(1);
  });

  it("carries the last section opened to every line below it", () => {
    const sections = lineFeatures([...lines, { text: "能适应出差" }, { text: "任职要求" }, { text: "本科" }], vocabulary, { sections: ["section"] });
    expect(sections[2]!["in:v:section"]).toBeUndefined();
    expect(sections[3]!["in:v:section"]).toBe(1);
    expect(sections[4]!["in:v:section"]).toBe(1);
    expect(sections[6]!["in:v:section"]).toBe(1);
    expect(f[3]!["in:v:section"]).toBeUndefined();
  });

  it("runs a test function as a vocabulary entry", () => {
    const [g] = lineFeatures([{ text: "Accountant" }], { role: (key) => key.endsWith("ant") });
    expect(g!["v:role"]).toBe(1);
  });

  it("does not pass length or script on", () => {
    expect(Object.keys(f[1]!).some((k) => k.startsWith("prev:len") || k.startsWith("next:script"))).toBe(false);
  });
});

describe("lineFeatures: layout", () => {
  it("reads bold, heading, indent and cells when the format gave them", () => {
    const [f] = lineFeatures([{ text: "岗位职责", bold: true, heading: 2, indent: 2, cells: ["a", "b"] }], {});
    expect(f).toMatchObject({ "layout:bold": 1, "layout:heading": 1, "layout:indent": 1, "layout:cells": 1 });
  });

  it("marks a font larger than the document's usual one", () => {
    const f = lineFeatures([{ text: "会计", fontSize: 18 }, { text: "a", fontSize: 11 }, { text: "b", fontSize: 11 }], {});
    expect(f[0]!["layout:large"]).toBe(1);
    expect(f[1]!["layout:large"]).toBeUndefined();
  });

  it("marks the first line of a new page", () => {
    const f = lineFeatures([{ text: "a", page: 1 }, { text: "b", page: 2 }], {});
    expect(f[1]!["layout:page-start"]).toBe(1);
    expect(f[0]!["layout:page-start"]).toBeUndefined();
  });

  it("has no layout features for plain text", () => {
    expect(Object.keys(one("会计")).some((k) => k.startsWith("layout:"))).toBe(false);
  });
});

describe("lineFeatures: inside a list", () => {
  const inside = (texts: string[]) => lineFeatures(texts.map((text) => ({ text })), {}).map((f) => f["list:inside"] === 1);

  it("marks an unmarked line between two items of one list, and not a line with a mark of its own", () => {
    expect(inside(["1、本科以上学历；", "能适应出差", "2、三年以上经验；"])).toEqual([false, true, false]);
    expect(inside(["- SAP experience", "3) Financial Controller – Leicester", "- ACA qualified"])).toEqual([false, false, false]);
  });
});

describe("lineFeatures: outer numbering", () => {
  const outer = (texts: string[]) => lineFeatures(texts.map((text) => ({ text })), {}).map((f) => f["list:outer"] === 1);

  it("marks the numbered lines whose count other list items interrupt", () => {
    expect(outer(["1. Data Engineer", "• Python", "• SQL", "2. Recruiter", "• Greenhouse"])).toEqual([true, false, false, true, false]);
    expect(outer(["一、岗位职责", "1、负责销售", "2、维护客户", "二、任职要求", "1、大专以上学历"])).toEqual([true, false, false, true, false]);
  });

  it("leaves a plain numbered list, and a count that does not go on by one, unmarked", () => {
    expect(outer(["1. Own the roadmap", "2. Hire the team", "3. Report to the CEO"])).toEqual([false, false, false]);
    expect(outer(["1. Data Engineer", "• Python", "3. Recruiter"])).toEqual([false, false, false]);
    // Unmarked lines between two items do not make them headings.
    expect(outer(["1、负责销售", "能适应出差", "2、维护客户"])).toEqual([false, false, false]);
  });
});
