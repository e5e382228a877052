import { describe, expect, it } from "vitest";
import { findPhone, looksLikeName } from "../../../server/resumes/contact.js";
import { degreeLevel } from "../../../server/resumes/education.js";
import { titleAndOrganization } from "../../../server/resumes/experience.js";
import { readResume } from "../../../server/resumes/read-resume.js";
import { tagResumeLines } from "../../../server/resumes/line-classes.js";
import { toLines } from "../../../server/resumes/lines.js";
import { splitSections } from "../../../server/resumes/sections.js";

/** The section a line opens when it stands alone, as the reader tags and splits it. */
const headingOf = (text: string) => splitSections(tagResumeLines(toLines(text))).find((s) => s.kind !== "header")?.kind ?? null;

describe("resume section headings", () => {
  it.each([
    ["个人信息", "personal"], ["基本资料", "personal"], ["求职意向", "objective"], ["工作经历", "experience"], ["工作经验", "experience"],
    ["工作經歷", "experience"], ["项目经验", "projects"], ["实习经历", "internship"], ["校园经历", "campus"], ["教育背景", "education"],
    ["教育经历", "education"], ["學歷", "education"], ["专业技能", "skills"], ["技能特长", "skills"], ["证书", "certifications"],
    ["语言能力", "languages"], ["自我评价", "summary"], ["Summary", "summary"], ["EXPERIENCE", "experience"], ["Work History", "experience"],
    ["Education", "education"], ["Skills", "skills"], ["Certifications", "certifications"], ["Languages", "languages"],
    ["【工作经历】", "experience"], ["— Education —", "education"], ["Work Experience 工作經驗", "experience"], ["二、教育背景", "education"],
  ])("%s opens %s", (text, kind) => {
    expect(headingOf(text)).toBe(kind);
  });

  it.each(["个人简历", "语言：英语", "负责工作经历的整理与归档。", "2019.07-至今 工作经历", "Curriculum Vitae"])("%s opens no section", (text) => {
    expect(headingOf(text)).toBeNull();
  });
});

describe("resume phones", () => {
  it.each([
    ["手机 138 1234 5678", "138 1234 5678"], ["+86 186-0211-3344", "+86 186-0211-3344"], ["+852 9123 4567", "+852 9123 4567"],
    ["0912-345-678", "0912-345-678"], ["(206) 555-0147", "(206) 555-0147"], ["+44 7700 900123", "+44 7700 900123"],
  ])("finds %s", (text, phone) => {
    expect(findPhone(text)).toBe(phone);
  });

  it("takes neither a date range nor an ID number for a phone", () => {
    expect(findPhone("2019-07~2021-03")).toBeNull();
    expect(findPhone("410102199503120011")).toBeNull();
  });
});

describe("resume names", () => {
  it.each(["张伟", "欧阳娜娜", "Daniel R. Foster", "MEI LING TAN", "陳怡君"])("%s is a name", (text) => expect(looksLikeName(text)).toBe(true));
  it.each(["销售经理", "个人简历", "Senior Backend Engineer", "Curriculum Vitae", "工作经历"])("%s is not a name", (text) => expect(looksLikeName(text)).toBe(false));
});

describe("resume degrees", () => {
  it.each([
    ["本科", "bachelor"], ["学士", "bachelor"], ["Bachelor of Arts", "bachelor"], ["B.S. in Biology", "bachelor"], ["大专", "associate"],
    ["专科", "associate"], ["硕士", "master"], ["研究生", "master"], ["MBA", "master"], ["Master of Science", "master"], ["博士", "doctorate"],
    ["PhD", "doctorate"], ["高中", "high_school"], ["中专", "high_school"], ["HKDSE", "high_school"], ["大學畢業", "bachelor"], ["專科", "associate"],
  ])("%s → %s", (text, level) => expect(degreeLevel(text)).toBe(level));
});

describe("resume experience rows", () => {
  it("tells title from organization by what each is called, in either order", () => {
    expect(titleAndOrganization("上海云帆信息技术有限公司\t高级Java开发工程师")).toEqual({ title: "高级Java开发工程师", organization: "上海云帆信息技术有限公司" });
    expect(titleAndOrganization("Engineering Manager, Northwind Cloud Inc.")).toEqual({ title: "Engineering Manager", organization: "Northwind Cloud Inc." });
    expect(titleAndOrganization("Acme Retail Group — Senior Data Analyst")).toEqual({ title: "Senior Data Analyst", organization: "Acme Retail Group" });
  });

  it("marks management only when the row states it", () => {
    const text = ["张三", "工作经历", "2019.07-至今 A有限公司 经理", "带领15人团队完成交付。", "2016.07-2019.06 B有限公司 主管", "负责渠道开发。"].join("\n");
    const { profile } = readResume(text);
    expect(profile.experience.map((e) => e.management ?? false)).toEqual([true, false]);
  });

  it("warns about rows whose dates lack a month instead of inventing one", () => {
    const { profile, warnings } = readResume(["Jane Doe", "EXPERIENCE", "Designer, Studio Nine", "2015 – 2018"].join("\n"));
    expect(profile.experience).toEqual([]);
    expect(warnings).toContain("1 experience row without a month in its dates");
  });
});

describe("resume personal data", () => {
  it("drops forbidden data with its value, and never lets a birth date become a school year", () => {
    const { profile, dropped } = readResume(["姓名：张三", "出生年月：1995年3月", "身份证号：410102199503120011", "民族：汉", "教育背景", "郑州大学 软件工程 本科 2017"].join("\n"));
    expect(dropped).toEqual(["birth_date", "ethnicity", "national_id"]);
    expect(JSON.stringify(profile)).not.toMatch(/1995|410102|汉/);
    expect(profile.education).toEqual([{ level: "bachelor", school: "郑州大学", major: "软件工程", graduationYear: 2017 }]);
  });

  it("keeps markup in a name as text (the reader never renders it)", () => {
    const { profile } = readResume(["姓名：<script>alert(1)</script>", "邮箱：a@example.com", "工作经历", "2019.07-至今 A有限公司 经理"].join("\n"));
    expect(profile.name).toBe("<script>alert(1)</script>");
  });

  it("answers no_profile for a document with no person in it", () => {
    expect(() => readResume("岗位职责：\n1. 负责招聘\n任职要求：本科以上")).toThrow(expect.objectContaining({ reason: "no_profile" }));
  });
});

describe("resume layouts from batch 3", () => {
  it("reads a heading with a remark in brackets ('工作经历（按时间顺序）')", () => {
    expect(headingOf("工作经历（按时间顺序）")).toBe("experience");
  });

  it("takes schooling stated in a form's personal cells as one education row", () => {
    const text = ["姓名：\t唐思远", "毕业院校\t上海交通大学\t专业\t机械工程", "学历\t硕士\t毕业时间\t2021.06", "工作经历", "2021.07-至今 上汽大众汽车有限公司 工艺工程师"].join("\n");
    expect(readResume(text).profile.education).toEqual([{ level: "master", school: "上海交通大学", major: "机械工程", graduationYear: 2021 }]);
  });

  it("reads management stated in Traditional script (帶領3人業務小組)", () => {
    const { profile } = readResume(["林家豪", "工作經歷", "宏碁股份有限公司｜資深業務專員｜2021/1~至今", "負責通路客戶經營，帶領3人業務小組。"].join("\n"));
    expect(profile.experience[0]).toMatchObject({ title: "資深業務專員", organization: "宏碁股份有限公司", management: true });
  });

  it("reads a name with a credential after it and does not take it for a place", () => {
    const { profile } = readResume(["SARAH O'CONNOR, RN", "sarah@example.ie\t+353 87 123 4567\tDublin, Ireland", "Experience", "Staff Nurse\tBeaumont Hospital\t09/2011 – 05/2016"].join("\n"));
    expect(profile).toMatchObject({ name: "SARAH O'CONNOR", location: "Dublin, Ireland" });
  });
});

describe("resume warnings say what was not read", () => {
  it("names dated lines before any section heading", () => {
    expect(readResume(["张三", "2019.07-至今 A有限公司 经理"].join("\n")).warnings).toContain("1 dated line before any section heading was not read");
  });

  it("names experience lines before the first dated row, but not the title line a lone date takes", () => {
    const { profile, warnings } = readResume(["Jane Doe", "Experience", "Worked for many clients over the years", "Analyst, Acme Inc.", "Jan 2020 – Present"].join("\n"));
    expect(profile.experience.map((e) => e.title)).toEqual(["Analyst"]);
    expect(warnings).toContain("1 line of an experience section before its first dated row was not read");
  });

  it("names listed items that are sentences rather than skill names", () => {
    expect(readResume(["张三", "工作经历", "2019.07-至今 A有限公司 经理", "专业技能", "Java、我非常热爱学习新技术并且能够快速上手各种工作。"].join("\n")).warnings).toContain(
      "1 listed item left out: a sentence or phrase, not a skill name",
    );
  });

  it("names rows beyond what a profile keeps", () => {
    const rows = Array.from({ length: 52 }, (_, i) => `${1970 + i}.01-${1970 + i}.12 公司${i}有限公司 经理`);
    const { profile, warnings } = readResume(["张三", "工作经历", ...rows].join("\n"));
    expect(profile.experience).toHaveLength(50);
    expect(warnings).toContain("2 experience rows beyond the first 50 were left out");
  });

  it("reads a well-formed resume without warnings", () => {
    const { warnings } = readResume(["张三", "邮箱：zhang@example.com", "工作经历", "2019.07-至今 A有限公司 经理", "负责交付。", "教育背景", "2015.09-2019.06 郑州大学 软件工程 本科", "专业技能", "Java、MySQL"].join("\n"));
    expect(warnings).toEqual([]);
  });
});

describe("resume layouts probed before batch 5", () => {
  it("takes the organization from its own line above a 'Title | dates' line", () => {
    const text = ["JOHN SMITH", "WORK EXPERIENCE", "Acme Corp — San Francisco, CA", "Senior Software Engineer | Jan. 2020 – Present", "- Cut latency by 40%", "Beta Labs", "Software Engineer | June 2017 – December 2019", "- Built APIs in Go"];
    expect(readResume(text.join("\n")).profile.experience.map((e) => [e.title, e.organization, e.startDate, e.description])).toEqual([
      ["Senior Software Engineer", "Acme Corp", "2020-01", "Cut latency by 40%"],
      ["Software Engineer", "Beta Labs", "2017-06", "Built APIs in Go"],
    ]);
  });

  it("does not take a description line for the next row's organization", () => {
    const text = ["Jane Doe", "Experience", "Analyst | Acme Inc. | Jan 2020 – Present", "Built dashboards for sales", "Intern | Jun 2019 – Dec 2019"];
    expect(readResume(text.join("\n")).profile.experience.map((e) => [e.title, e.organization ?? null, e.description ?? null])).toEqual([
      ["Analyst", "Acme Inc.", "Built dashboards for sales"],
      ["Intern", null, null],
    ]);
  });

  it("reads a school's campus after its name as part of the school when the degree names the subject", () => {
    const { profile } = readResume(["JOHN SMITH", "EDUCATION", "University of California, Berkeley — B.S. Computer Science, 2017"].join("\n"));
    expect(profile.education).toEqual([{ level: "bachelor", school: "University of California, Berkeley", major: "Computer Science", graduationYear: 2017 }]);
  });

  it("knows schools by their names in Spanish, French and German", () => {
    const { profile } = readResume(["Maria Garcia", "Education", "Universidad Complutense de Madrid - Master in Marketing, 2016"].join("\n"));
    expect(profile.education).toEqual([{ level: "master", school: "Universidad Complutense de Madrid", major: "Marketing", graduationYear: 2016 }]);
  });
});

describe("resume rows written over several lines", () => {
  it("reads a school and its degree on two lines as one row", () => {
    const { profile, warnings } = readResume(["Priya Natarajan", "EDUCATION", "National University of Singapore", "Master of Science in Statistics, 2018"].join("\n"));
    expect(profile.education).toEqual([{ level: "master", school: "National University of Singapore", major: "Statistics", graduationYear: 2018 }]);
    expect(warnings).toEqual(["no email address found"]);
  });

  it("reads the subject of a Chinese degree (工商管理學士)", () => {
    expect(readResume(["黃嘉欣", "教育程度", "香港大學　工商管理學士　2018"].join("\n")).profile.education).toEqual([{ level: "bachelor", school: "香港大學", major: "工商管理", graduationYear: 2018 }]);
  });

  it("reads title, organization and dates on three lines, in either order", () => {
    const text = ["Priya Natarajan", "EXPERIENCE", "Senior Data Scientist", "Grab Holdings, Singapore", "Aug 2021 - Present", "• Built pricing models", "Shopee Pte. Ltd.", "Data Scientist", "Jul 2018 - Jul 2021"];
    expect(readResume(text.join("\n")).profile.experience.map((e) => [e.title, e.organization, e.startDate, e.description ?? null])).toEqual([
      ["Senior Data Scientist", "Grab Holdings", "2021-08", "Built pricing models"],
      ["Data Scientist", "Shopee Pte. Ltd.", "2018-07", null],
    ]);
  });

  it("reads a 51job export: company and duration on the dated line, department and title below", () => {
    const text = ["张强", "工作经验", "2018/3--2020/5：上海某某信息科技有限公司（500-1000人） [ 2年2个月]", "所属行业：互联网", "技术部　Java工程师", "负责订单系统开发", "2020/6--至今：杭州某某网络有限公司 [ 3年]", "研发中心　高级Java工程师"];
    expect(readResume(text.join("\n")).profile.experience.map((e) => [e.title, e.organization, e.startDate, e.endDate])).toEqual([
      ["高级Java工程师", "杭州某某网络有限公司", "2020-06", null],
      ["Java工程师", "上海某某信息科技有限公司", "2018-03", "2020-05"],
    ]);
  });
});
