import { describe, expect, it } from "vitest";
import { findExperience, managesPeople, statedYearsRanges } from "../../../server/positions/experience.js";
import { foldAligned } from "../../../server/text/fold.js";

const experience = (text: string) => findExperience([{ text, key: foldAligned(text) }]);

describe("findExperience years", () => {
  it.each([
    ["三年以上工作经验", 3, null],
    ["3年以上销售工作经验", 3, null],
    ["最少四年相关工作经验", 4, null],
    ["至少1年以上相关工作经验", 1, null],
    ["3-5年销售或客户服务领域从业经验", 3, 5],
    ["具备3～5年工作经验", 3, 5],
    ["两年以上工作经历", 2, null],
    ["十年以上行业经验", 10, null],
    ["７年以上工作經驗", 7, null],
    ["7+ years of experience in backend development", 7, null],
    ["at least 5 years of professional experience", 5, null],
    ["3 to 5 years of experience", 3, 5],
  ])("%s → %s..%s", (text, min, max) => {
    const e = experience(text);
    expect(e.minYears).toBe(min);
    expect(e.maxYears).toBe(max);
  });

  it("keeps the total when management years are stated inside it", () => {
    const e = experience("5年以上工作经验，其中3年以上管理经验");
    expect(e.minYears).toBe(5);
    expect(e.management).toBe(true);
  });

  it("ignores years that are not experience", () => {
    expect(experience("公司成立于2009年，年龄25岁以上").minYears).toBeNull();
  });
});

describe("findExperience management and fields", () => {
  it.each(["5年以上销售团队管理经验", "兩年擔任督導職位經驗", "3年以上销售经验，1年以上主管经验", "3+ years of people management experience", "Experience of line management and leading a team", "Line management experience"])(
    "%s needs management experience",
    (text) => {
      expect(experience(text).management).toBe(true);
    },
  );

  it("does not read management from plain experience", () => {
    expect(experience("3年以上销售工作经验").management).toBe(false);
  });

  it("does not require management experience that is only preferred", () => {
    expect(experience("有主管经验者优先").management).toBe(false);
  });

  it("reads years given after the word 经验 or 工作年限", () => {
    expect(experience("工作经验：三到五年").minYears).toBe(3);
    expect(experience("工作经验：三到五年").maxYears).toBe(5);
    expect(experience("工作年限：2年").minYears).toBe(2);
  });

  it("names the field of experience", () => {
    expect(experience("3年以上销售工作经验").fields).toEqual(["销售"]);
    expect(experience("3-5年销售或客户服务领域从业经验").fields).toEqual(["销售", "客户服务"]);
  });

  it("names no field for generic experience", () => {
    expect(experience("3年以上相关工作经验").fields).toEqual([]);
    expect(experience("2年以上工作经验").fields).toEqual([]);
  });
});

describe("findExperience: years of doing something", () => {
  it("'4+ years running production infrastructure' states years", () => {
    expect(experience("4+ years running production infrastructure").minYears).toBe(4);
  });

  it("'3 years supervising in a warehouse' states years and management", () => {
    expect(experience("Essential: 3 years supervising in a warehouse")).toMatchObject({ minYears: 3, management: true });
  });

  it("years of age are still no experience", () => {
    expect(experience("Aged 18 years or over").minYears).toBeNull();
  });
});

describe("findExperience: a director's or a head's years are management experience", () => {
  it.each(["10年以上财务工作经验，5年以上财务总监或财务负责人经验", "3年以上部门负责人经验"])("%s", (text) => {
    expect(findExperience([{ text, key: foldAligned(text) }]).management).toBe(true);
  });
});

describe("findExperience: list numbers and post-qualification years", () => {
  const lines = (...texts: string[]) => findExperience(texts.map((text) => ({ text, key: foldAligned(text) })));

  it("reads '2.5年以上' in a list numbered 1., 2., 3. as item 2 stating 5 years", () => {
    expect(lines("1.本科及以上学历；", "2.5年以上快消品销售经验；", "3.持C1驾照。").minYears).toBe(5);
  });

  it("reads item 3 glued to its years when item 2 is above it", () => {
    expect(lines("2.熟悉办公软件", "3.4年以上行政工作经验").minYears).toBe(4);
  });

  it("keeps 2.5 years where no line around it is numbered", () => {
    expect(lines("2.5年以上相关工作经验").minYears).toBe(2.5);
  });

  it("keeps 2.5 years where the neighbours are not its list's numbers", () => {
    expect(lines("1.本科学历", "2.5年以上相关工作经验", "5.沟通能力强").minYears).toBe(5);
    expect(lines("7.本科学历", "2.5年以上相关工作经验").minYears).toBe(2.5);
  });

  it.each([
    ["5+ years post-qualification, managing a team of four", 5],
    ["3 years PQE in a top-100 firm", 3],
    ["minimum of 4 years post qualification experience", 4],
  ])("reads years after qualifying: %s", (text, years) => {
    expect(experience(text).minYears).toBe(years);
  });

  it("does not read post-qualification years as a range end", () => {
    expect(experience("2 years post-qualification").maxYears).toBeNull();
  });
});

describe("managesPeople", () => {
  const manages = (...texts: string[]) => managesPeople(texts.map((text) => ({ text, key: foldAligned(text) })));
  it.each([
    "Line manage two Senior Executive Officers",
    "Supervise a team of 8-12 associates",
    "Currently managing a team of 6+ engineers",
    "Lead a brigade of 9 in our 60-cover restaurant",
    "Lead a team of 2 quantity surveyors and coordinate with site teams",
    "You will manage 5 engineers across two squads",
    "带领区域销售团队（4-6人）开展市场推广活动",
    "管理10人以上的客服团队",
    "下属3人",
    "supervise and mentor two APS 5 analysts, reviewing their code and outputs",
    "Supervise two Librarians and a team of Library Officers",
  ])("%s manages people", (text) => expect(manages(text)).toBe(true));
  it.each([
    "Manage relationships with industry bodies, HM Treasury and devolved governments",
    "Lead the development of options for minimum energy performance standards",
    "Train new team members and look after our guests",
    "Run the restaurant floor on your shifts",
    "Manage 20 client accounts",
    "Supervise and support two vendor migrations",
    "负责固定资产管理",
  ])("%s manages no one", (text) => expect(manages(text)).toBe(false));
  it("a preferred team lead is no manager", () => {
    expect(manages("Experience leading a team of 5 is a plus")).toBe(false);
  });
  it("a post that only prefers management experience leads work, not people", () => {
    expect(manages("带领3人小组完成模块交付", "有团队管理经验者优先")).toBe(false);
    expect(manages("带领3人小组完成模块交付")).toBe(true);
  });
  it("years spent supervising are management experience", () => {
    expect(experience("1 year or more supervising in a restaurant or hotel").management).toBe(true);
  });
});

describe("statedYearsRanges", () => {
  const ranges = (...texts: string[]) => statedYearsRanges(texts.map((text) => ({ text, key: foldAligned(text) })));
  it("reads a bare range in a fact line's cell", () => {
    expect(ranges("5 - 9 years    ₹ 14-22 Lacs P.A.    Hybrid - Pune")).toEqual([{ min: 5, max: 9 }]);
    expect(ranges("QA Lead\tInfosys\t8-12 Yrs\tBengaluru")).toEqual([{ min: 8, max: 12 }]);
    expect(ranges("3至5年")).toEqual([{ min: 3, max: 5 }]);
  });
  it("reads no range inside prose or a salary", () => {
    expect(ranges("5 - 9 years of experience in QA")).toEqual([]);
    expect(ranges("₹ 14-22 Lacs P.A.")).toEqual([]);
    expect(ranges("Aged 5 - 9 years old")).toEqual([]);
  });
});

describe("a labelled cell whose numbered list opens on a figure", () => {
  it.each([
    ["其他条件:1.3年以上会计工作经验", 3],
    ["任职要求:1.2年以上出纳经验", 2],
    // Half a year is written; the first item's number is not read as one.
    ["工作经验:1.5年以上", 1.5],
  ])("%s → %s", (text, min) => {
    expect(experience(text).minYears).toBe(min);
  });
});

describe("findExperience: years said after the work they were spent on", () => {
  it.each([
    ["从事人力资源工作4年以上", 4],
    ["在同类企业仓储岗位工作满3年", 3],
    ["從事會計工作兩年以上", 2],
  ])("%s → %s", (text, min) => {
    expect(experience(text).minYears).toBe(min);
  });

  it("reads a 其中 clause as part of the total before it, whatever the part is", () => {
    const r = experience("从事设备维护工作6年以上，其中在外资企业工作满3年");
    expect(r.minYears).toBe(6);
  });
});

describe("findExperience: years with asides and alternatives", () => {
  it("reads the years before an aside and an alternative figure as the minimum", () => {
    expect(experience("At least 3 years (with a PhD) or 6 years (with a bachelor's degree) of relevant research experience").minYears).toBe(3);
  });

  it("reads years added to another requirement as no minimum of their own", () => {
    const r = findExperience([
      { text: "A bachelor's degree with an additional two years of relevant experience", key: foldAligned("A bachelor's degree with an additional two years of relevant experience") },
      { text: "Minimum 4 years of experience in logistics", key: foldAligned("Minimum 4 years of experience in logistics") },
    ]);
    expect(r.minYears).toBe(4);
  });

  it("reads a years range from an app card's fact line set apart with bars", () => {
    expect(statedYearsRanges([{ text: "深圳 南山区 | 1-3年 | 本科", key: foldAligned("深圳 南山区 | 1-3年 | 本科") }])).toEqual([{ min: 1, max: 3 }]);
  });
});

describe("findExperience: a line that is only a figure of years", () => {
  it.each([
    ["1 year to less than 2 years", 1, 2],
    ["5+ years", 5, null],
    ["3-5年", 3, 5],
  ])("%s → %s", (text, min, max) => {
    const r = experience(text);
    expect([r.minYears, r.maxYears]).toEqual([min, max]);
  });

  it("reads no minimum from a figure of years inside a sentence about something else", () => {
    expect(experience("Contract of 2 years").minYears).toBeNull();
  });
});

describe("findExperience: years said with the tool they were spent on", () => {
  it.each([
    ["3+ years with Vue and Pinia", 3],
    ["At least 2 years with Salesforce CPQ", 2],
    ["4+ yrs exp. in SAP FICO", 4],
    ["Minimum 5 yrs exp in payroll", 5],
  ])("%s", (text, years) => {
    expect(experience(text).minYears).toBe(years);
  });

  it("reads no years of a company's age or a product's", () => {
    expect(experience("Founded 12 years ago with a team of three").minYears).toBeNull();
  });
});
