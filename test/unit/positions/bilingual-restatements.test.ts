import { describe, expect, it } from "vitest";
import { findMajors } from "../../../server/positions/education.js";
import { findLanguages } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const names = (items: { name: string; required: boolean }[]) => items.map((i) => i.name);

describe("a bilingual ad's majors stated in each language", () => {
  it("reads them once, as first written", () => {
    expect(findMajors(lines("持認可大學學士學位，主修會計或金融", "Bachelor's degree majoring in Accounting or Finance"), true).majors).toEqual(["會計", "金融"]);
    expect(findMajors(lines("Degree in Nursing or Social Work", "護理或社會工作相關學系畢業"), true).majors).toEqual(["Nursing", "Social Work"]);
  });

  it("keeps both where an English name stands inside a Chinese line", () => {
    expect(findMajors(lines("计算机、软件工程相关专业", "熟悉 Python，有 Computer Science degree 者优先"), true).majors).toEqual(["计算机", "软件工程", "Computer Science"]);
  });
});

describe("an exam's subjects are no languages", () => {
  it.each([
    ["香港中學文憑考試五科第二級或以上，包括中文及英文"],
    ["會考五科合格（包括中文及英文）"],
    ["HKDSE Level 3 or above in five subjects including English Language"],
  ])("reads none from %s", (text) => {
    expect(findLanguages(lines(text))).toEqual([]);
  });

  it("still reads a language asked for beside them", () => {
    expect(names(findLanguages(lines("中學文憑考試五科合格，能操流利英語及普通話")))).toEqual(["英語", "普通話"]);
    expect(names(findLanguages(lines("包括粵語及英語的溝通能力"))).sort()).toEqual(["粵語", "英語"].sort());
  });
});
