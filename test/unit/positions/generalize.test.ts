import { describe, expect, it } from "vitest";
import { findMajors, findMinEducation } from "../../../server/positions/education.js";
import { findExperience } from "../../../server/positions/experience.js";
import { foldAligned } from "../../../server/text/fold.js";
import { parsePositions } from "../../../server/positions/parse.js";
import { findCertifications, findLanguages, findSkills } from "../../../server/positions/skills.js";

// Phrasings found by the hand-written corpus (corpus/*.txt) that the seeds never use, one case each.
const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("education beyond the seeds", () => {
  it.each([
    ["中五程度或以上", "high_school"],
    ["中學畢業", "high_school"],
    ["F.5 or above", "high_school"],
    ["Diploma or above in Logistics", "associate"],
    ["High school diploma required; bachelor's degree preferred", "high_school"],
  ])("%s → %s", (text, level) => {
    expect(findMinEducation(foldAligned(text))).toBe(level);
  });

  it.each([
    ["专业：财务管理、会计学", ["财务管理", "会计学"], true],
    ["科系要求：資訊工程相關、資訊管理相關", ["資訊工程", "資訊管理"], true],
    ["持大學學位，主修會計或財務", ["會計", "財務"], true],
    ["企管、行銷相關科系", ["企管", "行銷"], true],
    ["专业:物流管理、国际贸易 经验:2年以上采购工作经验", ["物流管理", "国际贸易"], true],
    ["Associate degree in Nursing required", ["Nursing"], true],
    ["科系要求：不拘", [], false],
  ])("majors of %s", (text, names, required) => {
    expect(findMajors(lines(text), true)).toEqual({ majors: names, required });
  });

  it("does not read a professional qualification as a major: 持有HKICPA專業資格者優先", () => {
    expect(findMajors(lines("持有HKICPA專業資格者優先"), true).majors).toEqual([]);
  });
});

describe("experience beyond the seeds", () => {
  it.each([
    ["工作經歷：3年以上", 3, null],
    ["5年以上驾龄", 5, null],
    ["4+ years in customer success", 4, null],
    ["2+ years of professional frontend development experience", 2, null],
    ["2.1-3年新媒体运营经验", 1, 3],
    ["曾任組長三年以上", 3, null],
  ])("%s → %s..%s", (text, min, max) => {
    expect(findExperience(lines(text))).toMatchObject({ minYears: min, maxYears: max });
  });

  it.each(["including 1+ year managing people", "曾任組長三年以上", "5年或以上相關經驗，其中2年擔任督導職位"])("%s is management", (text) => {
    expect(findExperience(lines(text)).management).toBe(true);
  });
});

describe("skills, languages and certificates beyond the seeds", () => {
  it("reads Latin tool names in a Chinese requirement whatever the verb", () => {
    expect(findSkills(lines("具備AWS或GCP雲端服務使用經驗者佳"))).toEqual([
      { name: "AWS", required: false },
      { name: "GCP", required: false },
    ]);
  });

  it("does not read 略懂 (a level) as a skill", () => {
    expect(findSkills(lines("英文 -- 聽 /略懂、說 /略懂"))).toEqual([]);
  });

  it("names Chinese from 中英文 and leaves a language inside a list of majors alone", () => {
    expect(findLanguages(lines("良好中英文書寫能力，懂粵語及普通話")).map((l) => l.name)).toEqual(["英文", "中文", "普通話", "粵語"]);
    expect(findLanguages(lines("新闻、广告、中文等相关专业优先"))).toEqual([]);
  });

  it.each([
    ["持有低压电工操作证", "低压电工操作证"],
    ["持有保安人員許可證", "保安人員許可證"],
    ["有报关员证者优先", "报关员证"],
    ["有ISTQB证书者优先", "ISTQB证书"],
    ["具普通小型車駕照", "普通小型車駕照"],
    ["具有中级以上会计职称", "中级以上会计职称"],
    ["Current California RN license", "RN license"],
  ])("%s → %s", (text, name) => {
    expect(findCertifications(lines(text)).map((c) => c.name)).toContain(name);
  });

  it("names an overlapping certificate once: 中级会计师职称", () => {
    expect(findCertifications(lines("中级会计师职称")).map((c) => c.name)).toEqual(["中级会计师职称"]);
  });
});

describe("headings beyond the seeds", () => {
  it("drops a title's English name in parentheses", () => {
    expect(titles("職位：會計主任 (Accounting Supervisor)\n職責：\n- 負責全盤會計工作")).toEqual(["會計主任"]);
  });

  it("keeps a bilingual title whose Chinese half is a role, titled by its first form", () => {
    expect(titles("Position: Administrative Assistant 行政助理\nResponsibilities 職責:\n- Handle filing")).toEqual(["Administrative Assistant"]);
  });

  it("does not read a duty with a count as a title: 督導兩名會計文員", () => {
    expect(titles("會計主任\n職責：\n- 督導兩名會計文員\n- 編製管理報表")).toEqual(["會計主任"]);
  });

  it("does not open a position at a Title Case bullet under other bullets", () => {
    expect(titles("Senior Backend Engineer\nNice to have\n- Experience with ClickHouse\n- AWS Certified Solutions Architect")).toEqual([
      "Senior Backend Engineer",
    ]);
  });

  it("reads a label cell and its value on separate lines, and never a 直接上级 value as a title", () => {
    expect(titles("岗位名称\n市场专员\n直接上级\n市场部经理\n岗位职责\n1、执行市场推广计划；")).toEqual(["市场专员"]);
  });

  it("reads 运营 and 接待 as roles", () => {
    expect(titles("新媒体运营\n岗位职责：\n1.负责公众号运营；")).toEqual(["新媒体运营"]);
    expect(titles("前台接待\n工作职责：\n1、负责来访接待；")).toEqual(["前台接待"]);
  });

  it("ends a recommendation list where a heading's duties begin", () => {
    const text = "出纳岗位职责篇1\n1、负责现金收付工作；\n2、登记现金日记账；\n【范文网为您推荐】\n出纳工作总结\n会计岗位职责\n1、负责日常会计核算工作；";
    expect(titles(text)).toEqual(["出纳", "会计"]);
  });

  it("gives a closing requirement line to the position it names", () => {
    const text = "8.1 销售经理\n8.1.1 负责制定销售计划；\n8.2 销售代表\n8.2.1 负责客户拜访；\n8.3 任职要求\n8.3.1 销售经理须具有本科以上学历，三年以上销售管理经验；";
    const [manager, rep] = parsePositions(text).positions;
    expect(manager!.requirements.education.minLevel).toBe("bachelor");
    expect(rep!.requirements.education.minLevel).toBeNull();
  });
});

describe("sections beyond the seeds", () => {
  it("makes every item of a Nice to have section a preference", () => {
    const [p] = parsePositions("Data Engineer\nRequirements\n- Experience with Spark\nNice to have\n- German language skills\n- Experience with dbt").positions;
    expect(p!.requirements.languages).toEqual([{ name: "German", required: false }]);
    expect(p!.requirements.skills).toEqual([
      { name: "Spark", required: true },
      { name: "dbt", required: false },
    ]);
  });

  it("opens a section at a tab-separated table cell", () => {
    const [p] = parsePositions("岗位名称\t招聘专员\n任职资格\t学历\t大专及以上\n\t经验\t1-3年招聘工作经验").positions;
    expect(p!.requirements.experience).toMatchObject({ minYears: 1, maxYears: 3 });
  });
});
