import { describe, expect, it } from "vitest";
import type { DocumentLine } from "../../../server/documents/index.js";
import { readResume } from "../../../server/resumes/read-resume.js";

// Readings resume batch 8 showed missing, each as its own general case: layouts written here, not copies.
const at = (column: number, fontSize = 9): Partial<DocumentLine> => ({ fontSize, geometry: { x: column * 200 + 40, y: 0, width: 120, fontSize, column } });
const line = (text: string, extra: Partial<DocumentLine> = {}): DocumentLine => ({ text, page: 1, indent: 0, ...extra });
const read = (document: string | DocumentLine[]) => readResume(document).profile;

describe("a sidebar read before the main column", () => {
  it("finds the name heading the main column when the sidebar's contact lines come first", () => {
    const profile = read([
      line("CONTACT", at(0, 11)), line("12 Rue Cler", at(0)), line("75007 Paris, France", at(0)), line("+33 6 11 22 33 44", at(0)),
      line("jean.dupont@example.fr", at(0)), line("linkedin.com/in/jeandupont", at(0)), line("github.com/jdupont", at(0)),
      line("SKILLS", at(0, 11)), line("Excel", at(0)), line("SAP FI", at(0)),
      line("JEAN DUPONT", at(1, 22)), line("Financial Controller", at(1, 12)),
      line("EXPERIENCE", at(1, 11)), line("Financial Controller\t01/2020 – present", at(1, 10.5)), line("Arcadia Foods SAS · Paris", at(1)),
    ]);
    expect(profile.name).toMatch(/^jean dupont$/i);
    expect(profile.experience.map((e) => [e.title, e.startDate])).toEqual([["Financial Controller", "2020-01"]]);
  });
});

describe("an organization or a school followed by its town after a middle dot", () => {
  const profile = read([
    "Chloé Martin", "chloe.martin@example.fr",
    "Experience", "Supply Planner\t09/2021 – present", "Arcadia Foods S.A. · Lyon", "· Ran the weekly S&OP forecast",
    "Education", "MSc in Supply Chain Management\t2019 – 2021", "École Supérieure de Commerce · Grenoble",
    "BA in Economics\t2016 – 2019", "Università di Bologna · Bologna",
  ].join("\n"));

  it("takes the organization without its town", () => {
    expect(profile.experience.map((e) => [e.title, e.organization])).toEqual([["Supply Planner", "Arcadia Foods S.A."]]);
  });

  it("reads École and Università as schools, the town as neither a major nor a campus", () => {
    expect(profile.education.map((e) => [e.school, e.major])).toEqual([
      ["École Supérieure de Commerce", "Supply Chain Management"],
      ["Università di Bologna", "Economics"],
    ]);
  });
});

describe("how many people a job had to manage", () => {
  it("reads a stated head count of none as no management, whatever the title or verbs say", () => {
    const profile = read(["王海燕", "wanghaiyan@example.com", "工作经历", "2018.03 - 2021.06\t杭州远帆物流有限公司\t仓储主管", "下属人数：0人　　汇报对象：物流经理", "负责仓库日常管理"].join("\n"));
    expect(profile.experience.map((e) => e.management ?? false)).toEqual([false]);
  });

  it("reads 'Direct reports: 0' the same way in English", () => {
    const profile = read(["Dana Whitfield", "dana@example.com", "Experience", "Operations Supervisor, Harbor Freight Lines\tJan 2019 – Dec 2022", "Direct reports: 0", "Supervised the dock schedule with the team"].join("\n"));
    expect(profile.experience.map((e) => e.management ?? false)).toEqual([false]);
  });

  it("reads managing store managers as management", () => {
    const profile = read(["陳志明", "chen@example.com.tw", "工作經歷", "2020/01～仍在職　統一超商股份有限公司　區經理", "管理責任：管理15家門市店長"].join("\n"));
    expect(profile.experience.map((e) => e.management ?? false)).toEqual([true]);
  });
});

describe("a job board's numbered entries", () => {
  it("takes the employer from the numbered line above the labelled title and dates", () => {
    const profile = read([
      "李佳蓉", "jiarong@example.com.tw", "【工作經歷】",
      "1. 台灣大哥大股份有限公司", "職務名稱：客服主任", "任職期間：2021/04～仍在職", "工作內容：", "‧處理客訴與排班",
      "2. 遠傳電信股份有限公司", "職務名稱：客服專員", "任職期間：2017/08～2021/03",
    ].join("\n"));
    expect(profile.experience.map((e) => [e.title, e.organization])).toEqual([["客服主任", "台灣大哥大股份有限公司"], ["客服專員", "遠傳電信股份有限公司"]]);
  });
});

describe("where and on what terms, after a job's dates", () => {
  it("reads the title line above a date followed by '· City, ST · remark', '· Remote' or a lower-case remark", () => {
    const profile = read([
      "Priya Shah", "priya.shah@example.com", "Experience",
      "Business Analyst (Contract) — Front Range Energy", "Feb 2024 – Present · Golden, CO · 9-month contract via Apex Staffing", "- Built the outage report",
      "Bookkeeper — Self-employed", "May 2021 – Jan 2024 · Remote", "- Kept the books of four cafés",
      "Lab Technician — Mesa Labs", "Jun 2018 – Apr 2021 · weekends only, on site",
    ].join("\n"));
    expect(profile.experience.map((e) => [e.title, e.organization, e.startDate])).toEqual([
      ["Business Analyst (Contract)", "Front Range Energy", "2024-02"],
      ["Bookkeeper", "Self-employed", "2021-05"],
      ["Lab Technician", "Mesa Labs", "2018-06"],
    ]);
  });
});

describe("a degree's date on the line below, and a certificate beside its issuer", () => {
  const profile = read([
    "Tomás Reyes", "tomas.reyes@example.com",
    "Education", "M.S. in Industrial Engineering | Georgia Institute of Technology", "December 2016", "Thesis on line balancing",
    "Certifications", "ASQ – Certified Six Sigma Black Belt (CSSBB), 2019", "Lean Bronze Certification — SME, 2017",
  ].join("\n"));

  it("joins a line holding only a date to the degree row above it", () => {
    expect(profile.education.map((e) => [e.school, e.graduationYear])).toEqual([["Georgia Institute of Technology", 2016]]);
  });

  it("holds the certificate, not its issuer, either side of a dash", () => {
    expect(profile.certifications).toEqual(["Certified Six Sigma Black Belt (CSSBB)", "Lean Bronze Certification"]);
  });
});

describe("an employer's row over the posts held there", () => {
  it("gives each post within the employer's span its name, the post's own section being a department (職務經歷書)", () => {
    const profile = read([
      "職務經歷書", "林柏翰", "lin.bohan@example.com.tw",
      "■職務經歷", "台灣精工電子股份有限公司　（2018年3月～現在）", "事業內容：半導體設備　員工人數：800名",
      "期間　業務內容", "2022年1月～現在　設備技術課　課長", "・管理部屬6名", "2018年3月～2021年12月　設備技術課　設備工程師", "・機台保養",
      "■資格・證照", "2019年6月　TOEIC 820分",
    ].join("\n"));
    expect(profile.experience.map((e) => [e.title, e.organization, e.startDate, e.endDate, e.management ?? false])).toEqual([
      ["課長", "台灣精工電子股份有限公司", "2022-01", null, true],
      ["設備工程師", "台灣精工電子股份有限公司", "2018-03", "2021-12", false],
    ]);
    expect(profile.certifications?.join(" ")).toMatch(/TOEIC/);
  });

  it("leaves a post outside the employer's span, or at an organization of its own, as written", () => {
    const profile = read([
      "张伟", "zhangwei@example.com", "职务经历",
      "华东化工集团有限公司　2016.03 - 2019.02", "2016.03 - 2019.02　工艺工程师",
      "2019.03 - 2022.06　苏州新材料有限公司　生产主管",
    ].join("\n"));
    expect(profile.experience.map((e) => [e.title, e.organization])).toEqual([
      ["生产主管", "苏州新材料有限公司"],
      ["工艺工程师", "华东化工集团有限公司"],
    ]);
  });
});

describe("a 个人简历 form's schooling cells over two rows", () => {
  const row = (...cells: string[]) => line(cells.join("\t"), { table: { table: 0, row: 0 } });
  it("joins the 专业 | 毕业时间 row to the 毕业院校 | 学历 row", () => {
    const profile = read([
      line("个人简历"), row("姓名", "周文静", "电话", "139 0571 2233"), row("邮箱", "zhouwj@example.com"),
      row("毕业院校", "浙江工业大学", "学历", "本科"), row("专业", "化学工程与工艺", "毕业时间", "2016.06"),
      line("工作经历"), row("2016.07-至今", "杭州蓝海化工有限公司", "工艺员"),
    ]);
    expect(profile.education).toEqual([{ level: "bachelor", school: "浙江工业大学", major: "化学工程与工艺", graduationYear: 2016 }]);
  });
});

describe("a degree's grade beside it", () => {
  const schooling = (...rows: string[]) => read(["Daniel Osei", "daniel@example.com", "Education", ...rows].join("\n")).education.map((e) => [e.school, e.major, e.graduationYear]);

  it("reads the subject, not the class of honours or the grade, as the major", () => {
    expect(schooling("2012 - 2016   University of Manchester", "              BSc (Hons), Physics, First Class Honours")).toEqual([["University of Manchester", "Physics", 2016]]);
    expect(schooling("University of Ghana, Bachelor of Science (Computer Science), Upper Second, 2015")).toEqual([["University of Ghana", "Computer Science", 2015]]);
    expect(schooling("Boston College — B.A. Economics, Magna Cum Laude, 2011")).toEqual([["Boston College", "Economics", 2011]]);
    expect(schooling("2008-2012 浙江大学 本科 GPA 3.7/4.0")).toEqual([["浙江大学", undefined, 2012]]);
  });
});

describe("a 履历书's career written as events", () => {
  const rirekisho = (...career: string[]) =>
    readResume(["履 历 书", "姓名\t孙海涛", "邮箱\tsun.haitao@example.cn", "年\t月\t学历・职历", "职历", ...career, "年\t月\t资格・证书", "2017\t6\t大学英语六级", "2019\t12\t应用信息技术者考试（AP）"].join("\n")).profile;

  it("reads a join row, the post below it and the leave row or 现在 as one job, and the dated certificate table", () => {
    const profile = rirekisho(
      "2018\t4\t青岛啤酒股份有限公司入职", "生产计划员", "2021\t8\t青岛啤酒股份有限公司 离职（个人原因）",
      "2021年9月　海尔智家股份有限公司　入社", "供应链计划主管，负责华北区排产", "现在", "以上",
    );
    expect(profile.experience.map((e) => [e.title, e.organization, e.startDate, e.endDate, e.description])).toEqual([
      ["供应链计划主管", "海尔智家股份有限公司", "2021-09", null, "负责华北区排产"],
      ["生产计划员", "青岛啤酒股份有限公司", "2018-04", "2021-08", undefined],
    ]);
    // The month column is no certificate, and a name written in Chinese first keeps its bracketed abbreviation.
    expect(profile.certifications).toEqual(["大学英语六级", "应用信息技术者考试（AP）"]);
  });

  it("invents no end: a join row without its leave row or 现在 stays as written", () => {
    expect(rirekisho("2018\t4\t青岛啤酒股份有限公司入职", "生产计划员").experience).toEqual([]);
  });
});
