import { describe, expect, it } from "vitest";
import { markdownToLines } from "../../../server/documents/decode/markdown-text.js";
import { findPhone } from "../../../server/resumes/contact.js";
import { findSpan } from "../../../server/resumes/dates.js";
import { managementStated } from "../../../server/resumes/data/roles.js";
import { degreeLevel } from "../../../server/resumes/education.js";
import { titleAndOrganization } from "../../../server/resumes/experience.js";
import { foldLine } from "../../../server/resumes/keys.js";
import { tagResumeLines } from "../../../server/resumes/line-classes.js";
import { toLines } from "../../../server/resumes/lines.js";
import { readResume } from "../../../server/resumes/read-resume.js";
import { splitHeadingCells, splitSections } from "../../../server/resumes/sections.js";

const sectionsOf = (text: string) => splitSections(tagResumeLines(splitHeadingCells(toLines(text))));
const headingOf = (text: string) => sectionsOf(text).find((s) => s.kind !== "header")?.kind ?? null;

describe("resume degree levels (data/degrees.ts, then positions' education keywords)", () => {
  it.each([
    ["副學士", "associate"], ["工商管理副學士", "associate"], ["Associate of Business Administration", "associate"], ["Associate Degree in Nursing", "associate"],
    ["Higher Diploma in Engineering", "associate"], ["高級文憑", "associate"], ["五專", "associate"], ["大學", "bachelor"], ["大学本科", "bachelor"],
    ["BBA (Hons) in Marketing", "bachelor"], ["市場學工商管理（榮譽）學士", "bachelor"], ["高中職", "high_school"], ["高中", "high_school"],
    ["碩士", "master"], ["MSc Computer Science", "master"], ["博士", "doctorate"], ["Ph.D. in Physics", "doctorate"],
  ])("%s → %s", (text, level) => expect(degreeLevel(text)).toBe(level));

  it("reads a bare 大學 part as the degree, not the school, and the year from a 民國 date", () => {
    const { profile } = readResume(["黃柏翰", "教育背景", "國立勤益科技大學　機械工程系　大學　畢業（民國105年6月）"].join("\n"));
    expect(profile.education).toEqual([{ level: "bachelor", school: "國立勤益科技大學", major: "機械工程系", graduationYear: 2016 }]);
  });

  it("reads an associate degree's subject from its English name, not its Chinese one", () => {
    const { profile } = readResume(["Cherry Chan", "EDUCATION", "2015 – 2017  HKU SPACE Community College — Associate of Business Administration 工商管理副學士"].join("\n"));
    expect(profile.education[0]).toMatchObject({ level: "associate", school: "HKU SPACE Community College", major: "Business Administration", graduationYear: 2017 });
  });
});

describe("resume management phrases (data/management.ts)", () => {
  it.each([
    "带领15人团队完成交付", "管理8人采购团队", "負責設計，帶領2名助理工程師", "團隊12人", "下属6人", "组建并管理数据小组",
    "Managed a department of 120", "led a pod of 3 analysts", "Supervised a line crew of 12.", "Lead five plants and 450 employees",
    "Directed two plants and a staff of 200", "managed a team of 6", "Oversaw 40 nurses",
  ])("%s states management", (text) => expect(managementStated.test(foldLine(text))).toBe(true));

  it.each([
    "负责供应商分级管理", "负责门店管理和员工培训", "管理公司总账", "Mentor two junior engineers", "managed an annual budget of HK$8M",
    "Led the migration of 120 services to Kubernetes", "Worked in a team of 5", "Run the Kubernetes platform (40 clusters)",
  ])("%s does not", (text) => expect(managementStated.test(foldLine(text))).toBe(false));
});

describe("resume phones of mainland China, Hong Kong, Taiwan and elsewhere", () => {
  it.each([
    ["139-5160-7788", "139-5160-7788"], ["136 1234 8899", "136 1234 8899"], ["📱 177-0210-3344", "177-0210-3344"], ["(852) 6123 4567", "(852) 6123 4567"],
    ["+852 6123 4567", "+852 6123 4567"], ["0935-246-810", "0935-246-810"], ["+886 935 246 810", "+886 935 246 810"], ["+351 912 345 678", "+351 912 345 678"],
    ["+1 (415) 555-0163", "+1 (415) 555-0163"], ["(312) 555-0177", "(312) 555-0177"],
  ])("finds %s", (text, phone) => expect(findPhone(text)).toBe(phone));
});

describe("resume dates", () => {
  it.each([
    ["民國109年4月～仍在職", 2020, 4], ["2019.03-在职", 2019, 3], ["2021/05 - 至今", 2021, 5],
  ])("%s is a current job", (text, year, month) => expect(findSpan(text)).toMatchObject({ start: { year, month }, end: "current" }));
});

describe("resume sections in Simplified, Traditional and English, however decorated", () => {
  it.each([
    ["━━━━ 教育经历 ━━━━", "education"], ["═══ Skills ═══", "skills"], ["▌工作經歷", "experience"], ["◆ 项目经验 ◆", "projects"], ["【語文能力】", "languages"],
    ["【證照】", "certifications"], ["── Work History ──", "experience"], ["★ 自我評價 ★", "summary"],
  ])("%s opens %s", (text, kind) => expect(headingOf(text)).toBe(kind));

  it.each(["5年工作经验", "12 years experience"])("%s (a count of years) opens no section", (text) => expect(headingOf(text)).toBeNull());

  it("splits a section named inline before its content (资格证书：…), but not a row's own field (学历：本科)", () => {
    const sections = sectionsOf(["蒋文博", "资格证书：中级会计师、税务师", "专业技能：金蝶、用友、Excel"].join("\n"));
    expect(sections.filter((s) => s.kind !== "header").map((s) => [s.kind, s.lines.map((l) => l.text)])).toEqual([
      ["certifications", ["中级会计师、税务师"]],
      ["skills", ["金蝶、用友、Excel"]],
    ]);
    expect(headingOf("学历：本科")).toBeNull();
  });
});

describe("resume personal block layouts", () => {
  it("reads labels spread across a form's width (姓　　名：) and drops the forbidden ones with their values", () => {
    const reading = readResume(["姓　　名：蒋文博", "性　　别：男", "民　　族：汉族", "籍　　贯：江苏南京", "电子邮箱：jiangwenbo@example.com"].join("\n"));
    expect(reading.profile.name).toBe("蒋文博");
    expect(reading.dropped).toEqual(["gender", "ethnicity", "household_registration"]);
    expect(JSON.stringify(reading)).not.toMatch(/汉族|江苏南京|"男"/);
  });

  it("reads contact cells labelled by an icon or by a word and a space", () => {
    const { profile } = readResume(["杨子涵", "📱 177-0210-3344　✉ yangzihan@example.edu.cn　📍 武汉市洪山区", "工作经历", "2020.01-至今 武汉某某科技有限公司 工程师"].join("\n"));
    expect(profile).toMatchObject({ phone: "177-0210-3344", email: "yangzihan@example.edu.cn", location: "武汉市洪山区" });
    expect(readResume(["刘海燕", "本科 | 现居住 天津-南开区", "教育经历", "2009.09-2013.06 南开大学 物流管理 本科"].join("\n")).profile.location).toBe("天津-南开区");
  });

  it("drops an age given with its birth date (28岁（1998年2月8日）) as both", () => {
    const reading = readResume(["孙浩然", "男 | 28岁（1998年2月8日）", "教育经历", "2017.09-2021.06 苏州大学 软件工程 本科"].join("\n"));
    expect(reading.dropped).toEqual(["gender", "birth_date", "age"]);
    expect(JSON.stringify(reading.profile)).not.toMatch(/1998|28岁/);
  });

  it("never takes a job site's export stamp for the name", () => {
    expect(readResume(["智联招聘　简历", "刘海燕", "邮箱：liu@example.net", "教育经历", "2009.09-2013.06 南开大学 物流管理 本科"].join("\n")).profile.name).toBe("刘海燕");
  });
});

describe("resume experience layouts", () => {
  it("takes a lone date's header from the line below when the line above is the previous job's description (智联)", () => {
    const text = [
      "刘海燕", "工作经历", "2021.05 - 至今", "天津渤海物流集团有限公司 | 采购部 | 采购经理", "工作描述：负责原材料采购，管理8人采购团队。",
      "2019.03 - 2021.04", "天津康达食品有限公司 | 供应链部 | 采购主管", "工作描述：负责包材和辅料采购。",
    ].join("\n");
    expect(readResume(text).profile.experience.map((e) => [e.title, e.organization, e.management ?? false])).toEqual([
      ["采购经理", "天津渤海物流集团有限公司", true],
      ["采购主管", "天津康达食品有限公司", false],
    ]);
  });

  it("reads 104's labelled job rows (公司名稱/職務名稱/任職期間/工作內容)", () => {
    const text = ["黃柏翰", "【工作經驗】", "公司名稱：精密動力股份有限公司", "職務名稱：資深機構工程師", "任職期間：民國109年4月～仍在職", "工作內容：帶領2名助理工程師。"].join("\n");
    expect(readResume(text).profile.experience).toEqual([
      { title: "資深機構工程師", organization: "精密動力股份有限公司", startDate: "2020-04", endDate: null, description: "帶領2名助理工程師。", management: true },
    ]);
  });

  it("leaves the place after an organization out of title and organization", () => {
    expect(titleAndOrganization("Director of Operations — Prairie Foods LLC, Des Moines, IA")).toEqual({ title: "Director of Operations", organization: "Prairie Foods LLC" });
    expect(titleAndOrganization("Board Advisor — FreightLoop, remote")).toEqual({ title: "Board Advisor", organization: "FreightLoop" });
  });

  it("does not read a career break as a job", () => {
    const text = ["Margaret Okafor", "EXPERIENCE", "Plant Manager — Prairie Foods LLC", "June 2014 – Present", "Career break — family caregiving", "June 2012 – May 2014"].join("\n");
    expect(readResume(text).profile.experience.map((e) => e.title)).toEqual(["Plant Manager"]);
  });
});

describe("resume lists and table layouts", () => {
  it("reads markdown `code` chips as separate items", () => {
    expect(markdownToLines("`Kubernetes` `Terraform` `Helm`\n\nplain `code` text").map((l) => l.text)).toEqual(["Kubernetes\tTerraform\tHelm", "plain code text"]);
  });

  it("holds a language's unscored test as a certificate, a scored one as its level only", () => {
    const { profile } = readResume(["杨子涵", "语言能力", "英语（CET-6，雅思7.0）", "教育背景", "2019.09-2023.06 武汉大学 计算机科学与技术 本科"].join("\n"));
    expect([profile.languages, profile.certifications]).toEqual([["英语"], ["大学英语六级"]]);
  });
});
