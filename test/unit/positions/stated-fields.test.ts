import { describe, expect, it } from "vitest";
import { findExperience } from "../../../server/positions/experience.js";
import { findMajors } from "../../../server/positions/education.js";
import { extractPosition } from "../../../server/positions/extract.js";
import { formRowFields, splitSections } from "../../../server/positions/sections.js";
import { skillName } from "../../../server/positions/skill-name.js";
import { findCertifications, findLanguages, findSkills } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const line = (text: string) => ({ text, key: foldAligned(text) });
const lines = (...texts: string[]) => texts.map(line);
const position = (text: string) => extractPosition("品保工程師", text, foldAligned(text), text);
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);

describe("a form row holding two fields is read as two fields", () => {
  it("finds where each label/value pair starts", () => {
    expect(formRowFields(foldAligned("工作經歷\t3年以上\t學歷要求\t專科、大學"))).toEqual([0, 10]);
  });

  it.each([
    ["a row of values", "A01\t土木工程員\t2名\t月支報酬"],
    ["a row of three cells", "工作經歷\t3年以上\t學歷要求"],
    ["a row whose names are no known label", "甲乙\t1\t丙丁\t2"],
    ["a row with an empty value", "工作經歷\t\t學歷要求\t專科"],
  ])("is not one for %s", (_, row) => {
    expect(formRowFields(foldAligned(row))).toBeNull();
  });

  it("gives each field its own line, the tab standing for the colon", () => {
    const text = "【條件要求】\n科系要求\t機械工程相關、工業工程相關\t語文條件\t英文 -- 聽/中等、讀/精通";
    const requirements = splitSections(text, foldAligned(text)).filter((s) => s.kind === "requirements");
    expect(requirements.flatMap((s) => s.lines).map((l) => l.text)).toEqual(["科系要求:機械工程相關、工業工程相關", "語文條件:英文 -- 聽/中等、讀/精通"]);
  });

  it("reads majors, tools and certificates out of such rows", () => {
    const p = position(
      "【條件要求】\n工作經歷\t3年以上\t學歷要求\t專科、大學\n科系要求\t機械工程相關、工業工程相關\t語文條件\t英文 -- 聽/中等\n擅長工具\tMinitab、Excel\t具備證照\t品質工程師（CQE）",
    );
    expect(p.requirements.education.majors).toEqual(["機械工程", "工業工程"]);
    expect(p.requirements.experience.minYears).toBe(3);
    expect(names(p.requirements.skills)).toEqual(["Minitab", "Excel"]);
    expect(names(p.requirements.certifications)).toEqual(["品質工程師（CQE）"]);
  });

  it("reads a 管理責任 field as management, and its negation as none", () => {
    const duty = (value: string) => position(`【職務條件】\n管理責任\t${value}\t出差外派\t無需出差外派\n【工作內容】\n1.制程品質巡檢`).requirements.experience.management;
    expect(duty("需負擔管理責任（管理人數：5~8人）")).toBe(true);
    expect(duty("不需負擔管理責任")).toBe(false);
  });
});

describe("certificates named by a field or a long name", () => {
  it("takes a certificate field's values as certificates", () => {
    expect(names(findCertifications(lines("Certifications: CPR, First Aid")))).toEqual(["CPR", "First Aid"]);
    expect(names(findCertifications(lines("證照：無")))).toEqual([]);
  });

  it("keeps a course certificate's whole name and a standard's code", () => {
    expect(names(findCertifications(lines("4.具公共工程品質管理訓練班結業證書者優先")))).toEqual(["公共工程品質管理訓練班結業證書?"]);
    expect(names(findCertifications(lines("4.具ISO 27001主導稽核員證照者優先")))).toEqual(["ISO 27001主導稽核員證照?"]);
  });

  it("reads an 作业证 as a certificate", () => {
    expect(names(findCertifications(lines("须持有低压电工证，持制冷作业证者优先")))).toEqual(["低压电工证", "制冷作业证?"]);
  });

  it("does not take a certificate field's values as tools", () => {
    expect(findSkills(lines("具備證照:品質工程師（CQE）"))).toEqual([]);
  });
});

describe("majors and management as Taiwan and prose write them", () => {
  it("reads majors before 學系", () => {
    expect(findMajors(lines("1.國內外大學以上土木工程、營建工程相關學系畢業"), true).majors).toEqual(["土木工程", "營建工程"]);
  });

  it("reads a 需求专业 field above the sections", () => {
    const text = "需求专业：电子、通信、自动化相关专业\n岗位职责：\n1. 负责嵌入式软件开发\n任职要求：\n1. 本科及以上学历";
    const p = extractPosition("嵌入式软件工程师", text, foldAligned(text), text);
    expect(p.requirements.education.majors).toEqual(["电子", "通信", "自动化"]);
    expect(p.requirements.education.majorsRequired).toBe(true);
  });

  it("does not read construction management experience as managing people", () => {
    expect(findExperience(lines("具2年以上工程監造或施工管理經驗")).management).toBe(false);
    expect(findExperience(lines("3年以上团队管理经验")).management).toBe(true);
  });

  it("does not read a typing speed as a language", () => {
    expect(findLanguages(lines("中文打字每分鐘40字以上"))).toEqual([]);
    expect(names(findLanguages(lines("中文流利")))).toEqual(["中文"]);
  });
});

describe("skill names out of phrases", () => {
  it.each([
    ["具AutoCAD操作能力", "AutoCAD"],
    ["Go 其中一種語言", "Go"],
    ["Python数据分析", "Python"],
  ])("%s → %s", (phrase, name) => {
    expect(skillName(phrase)).toBe(name);
  });

  it("keeps a Chinese ability's 能力 even when its stem is known", () => {
    expect(skillName("談判能力")).toBe("談判能力");
  });

  it("reads the tools of one-of lists", () => {
    expect(findSkills(lines("‧ 熟悉 Node.js 或 Go 其中一種語言")).map((s) => s.name)).toEqual(["Node.js", "Go"]);
  });
});

describe("sub-headings and sentences that open requirement sections", () => {
  const kinds = (text: string) => splitSections(text, foldAligned(text)).map((s) => `${s.kind}${s.preferred ? "?" : ""}:${s.lines.length}`);

  it("reads Required: and Preferred: under Qualifications", () => {
    expect(kinds("Qualifications:\nRequired:\n- Current RN license\nPreferred:\n- TNCC certification")).toEqual(["preamble:0", "requirements:0", "requirements:1", "requirements?:1"]);
  });

  it("reads a sentence ending in its colon as the section it opens", () => {
    expect(kinds("In this role you will:\n- Own the design\nWe'd love to hear from you if you have:\n- 4+ years of experience")).toEqual([
      "preamble:0",
      "responsibilities:1",
      "requirements:1",
    ]);
    expect(kinds("You might be a fit if you\nhave 6+ years building web apps")).toEqual(["preamble:0", "requirements:1"]);
    expect(kinds("You might be a fit if\n• You have 5+ years of product design experience")).toEqual(["preamble:0", "requirements:1"]);
  });

  it("does not read a long sentence as a heading", () => {
    expect(kinds("We are a small team, and in the next year you will work with every one of us on the things that matter most:")).toEqual(["preamble:1"]);
  });

  it("reads 加分： or Preferred: before an item's text as that item's preference, not a section", () => {
    expect(kinds("職務需求\n- 3 年以上前端開發經驗\n- 加分：有 GraphQL 經驗\n- 能以英文進行技術討論")).toEqual(["preamble:0", "requirements:3"]);
  });

  it("ends the requirements at a page's list of other openings", () => {
    expect(kinds("職務需求\n- 熟悉 React\n其他職缺\n後端工程師（Go）")).toEqual(["preamble:0", "requirements:1", "other:1"]);
  });

  it("reads a heading in Markdown emphasis", () => {
    expect(kinds("**Must have**\n- 5+ years writing systems software")).toEqual(["preamble:0", "requirements:1"]);
  });
});

describe("years as postings write them", () => {
  it.each([
    ["5+ years writing systems software", 5],
    ["have 6+ years building production web apps", 6],
    ["Forklift: 1 year (Required)", 1],
    ["At least 1 year of customer support experience, ideally for a consumer tech product", 1],
  ])("%s → %d", (text, years) => {
    expect(findExperience(lines(text)).minYears).toBe(years);
  });

  it.each([["Warehouse: 1 year (Preferred)"], ["3 years of experience, preferably in retail, is a plus"], ["over 2 years during which"]])("%s states no minimum", (text) => {
    expect(findExperience(lines(text)).minYears).toBeNull();
  });

  it("reads 'not required' as a preference", () => {
    expect(names(findLanguages(lines("can read Portuguese or Spanish — not required, but our users write in it")))).toEqual(["Spanish?", "Portuguese?"]);
  });
});

describe("tools named in experience and rating phrases", () => {
  const skillNames = (text: string) => findSkills(lines(text)).map((s) => s.name);

  it.each([
    ["2. 3年以上Go开发经验", ["Go"]],
    ["1年以上DCS系统维护", ["DCS"]],
    ["3年以上销售工作经验", []],
    ["2年以上UI设计经验", []],
  ])("%s → %j", (text, expected) => {
    expect(skillNames(text)).toEqual(expected);
  });

  it.each([
    ["- Strong Rust (or C++ and the will to switch)", ["Rust"]],
    ["- Hands-on Playwright experience (Cypress is fine too)", ["Playwright"]],
    ["• Expert in SolidWorks; experience with ANSYS is a plus", ["SolidWorks", "ANSYS"]],
    ["Hands-on with Selenium, TestNG and Maven", ["Selenium", "TestNG", "Maven"]],
  ])("%s → %j", (text, expected) => {
    expect(skillNames(text)).toEqual(expected);
  });

  it("does not read a language's ability as a skill", () => {
    expect(skillNames("・日语能力考试N2以上，能熟练进行商务会话")).toEqual([]);
  });
});

describe("a Japanese company's 募集要項 sections", () => {
  it("reads 仕事内容, 応募資格 and 歓迎条件 (the last as preferences)", () => {
    const text = "仕事内容：\n・生产计划的制定\n应募资格：\n・会使用Excel、Word\n歓迎条件：\n・有ISO9001体系相关工作经验者";
    const sections = splitSections(text, foldAligned(text)).map((s) => `${s.kind}${s.preferred ? "?" : ""}:${s.lines.length}`);
    expect(sections).toEqual(["preamble:0", "responsibilities:1", "requirements:1", "requirements?:1"]);
  });
});

describe("English certificates named by their noun", () => {
  it.each([
    ["Current White Card and First Aid certificate", ["First Aid", "White Card"]],
    ["- washington food worker card required", ["food worker card"]],
    ["Current NMC registration", ["NMC registration"]],
    ["Certificate III in Horticulture", ["Certificate III in Horticulture"]],
    ["Chemical handling accreditation", ["Chemical handling accreditation"]],
    ["Working at Heights ticket", ["Working at Heights ticket"]],
  ])("%s → %j", (text, expected) => {
    expect(findCertifications(lines(text)).map((c) => c.name)).toEqual(expected);
  });

  it.each([["Don't provide your bank or credit card details"], ["a monthly BVG ticket"], ["Hold a valid card"]])("%s names none", (text) => {
    expect(findCertifications(lines(text))).toEqual([]);
  });
});

describe("short forms of years and a form's short purpose", () => {
  it("reads yrs as years", () => {
    expect(findExperience(lines("- 2+ yrs line cook experience in a full service restaurant")).minYears).toBe(2);
  });

  it("keeps a short 岗位目的 as the summary, not a short English one", () => {
    const zh = "岗位目的：保障生产安全\n岗位职责：\n1、巡检设备";
    expect(extractPosition("安全员", zh, foldAligned(zh), zh).summary).toBe("保障生产安全");
    const en = "Summary: TBD\nResponsibilities:\n- Inspect equipment";
    expect(extractPosition("Safety Officer", en, foldAligned(en), en).summary).not.toBe("TBD");
  });
});

describe("languages and leading a team stated in an ad without sections", () => {
  const ad = (text: string) => extractPosition("樓面部長", text, foldAligned(text), text).requirements;

  it("reads 懂普通話 and 能帶領樓面團隊", () => {
    const r = ad("‧具3年或以上中式酒樓樓面經驗，能帶領樓面團隊\n‧懂普通話");
    expect(names(r.languages)).toEqual(["普通話"]);
    expect(r.experience.management).toBe(true);
  });

  it("does not read 不懂 as a language required, nor a team in a duty's words as leading one", () => {
    expect(ad("‧具3年或以上樓面經驗\n‧不懂英文亦可").languages).toEqual([]);
    expect(findExperience(lines("3年以上团队协作经验")).management).toBe(false);
  });
});

describe("a PTT post's 需求技能 and a Six Sigma belt", () => {
  it("reads 【需求技能】 as the requirements", () => {
    const text = "【工作內容】\n  1. 設計與開發 API\n【需求技能】\n  - 4 年以上後端開發經驗\n  - 熟悉 Python（Django 或 FastAPI）";
    const sections = splitSections(text, foldAligned(text)).map((s) => `${s.kind}:${s.lines.length}`);
    expect(sections).toEqual(["preamble:0", "responsibilities:1", "requirements:2"]);
  });

  it.each([
    ["4. 六西格玛黑带优先。", ["六西格玛黑带?"]],
    ["Six Sigma Green Belt required", ["Six Sigma Green Belt"]],
  ])("%s → %j", (text, expected) => {
    expect(names(findCertifications(lines(text)))).toEqual(expected);
  });
});

describe("findCertifications: accountancy bodies named as qualified", () => {
  const certs = (text: string, cue: RegExp | null = null) => findCertifications([{ text, key: foldAligned(text) }], cue).map((c) => c.name);

  it("reads each body of a slash list", () => {
    expect(certs("ACA/ACCA/CIMA qualified")).toEqual(["ACA", "ACCA", "CIMA"]);
  });

  it("reads ACA alone", () => {
    expect(certs("Must be ACA qualified with Big Four audit experience")).toEqual(["ACA"]);
  });
});
