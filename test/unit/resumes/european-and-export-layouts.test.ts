import { describe, expect, it } from "vitest";
import type { DocumentLine } from "../../../server/documents/index.js";
import { findDateRanges } from "../../../server/resumes/dates.js";
import { readResume } from "../../../server/resumes/read-resume.js";

// Readings resume batch 9 showed missing, each as its own general case: layouts written here, not copies.
const line = (text: string, extra: Partial<DocumentLine> = {}): DocumentLine => ({ text, page: 1, indent: 0, ...extra });
const read = (document: string | DocumentLine[]) => readResume(document);

describe("a German tabular Lebenslauf (dates and labels in the left cell)", () => {
  const lebenslauf = [
    line("Lebenslauf", { fontSize: 22 }),
    line("Persönliche Daten", { fontSize: 12 }),
    line("Name\tJonas Albers", { fontSize: 10 }),
    line("Adresse\tAm Wall 12, 28195 Bremen", { fontSize: 10 }),
    line("Mobil\t0170 5550199", { fontSize: 10 }),
    line("E-Mail\tj.albers@example.de", { fontSize: 10 }),
    line("Geburtsdatum\t03.11.1988 in Oldenburg", { fontSize: 10 }),
    line("Familienstand\tledig", { fontSize: 10 }),
    line("Beruflicher Werdegang", { fontSize: 12 }),
    line("seit 01/2020\tTeamleiter Vertrieb Norddeutschland", { fontSize: 10 }),
    line("Nordwind Handel GmbH, Bremen-Vegesack", { fontSize: 10 }),
    line("• Führung eines Teams von acht Außendienstmitarbeitern", { fontSize: 10 }),
    line("05/2015 – 12/2019\tVertriebsingenieur", { fontSize: 10 }),
    line("Elbe Logistik AG, Hamburg", { fontSize: 10 }),
    line("Schulbildung und Studium", { fontSize: 12 }),
    line("10/2011 – 04/2015\tBachelor of Science Wirtschaftsingenieurwesen", { fontSize: 10 }),
    line("Universität Hamburg, Gesamtnote 1,9", { fontSize: 10 }),
    line("06/2011\tAllgemeine Hochschulreife (Note 2,3)", { fontSize: 10 }),
    line("Gymnasium am Kattenberg Bremen", { fontSize: 10 }),
    line("Sprachkenntnisse\tDeutsch (Muttersprache)", { fontSize: 10 }),
    line("Schwedisch (Grundkenntnisse)", { fontSize: 10 }),
    line("EDV-Kenntnisse\tSAP SD, Salesforce", { fontSize: 10 }),
    line("Zertifikate\tCertified Scrum Product Owner (CSPO), 2021", { fontSize: 10 }),
  ];

  it("reads its sections, posts and schooling by their German names", () => {
    const { profile } = read(lebenslauf);
    expect(profile.name).toBe("Jonas Albers");
    expect(profile.experience.map((x) => [x.title, x.organization, x.startDate, x.endDate, x.management ?? false])).toEqual([
      ["Teamleiter Vertrieb Norddeutschland", "Nordwind Handel GmbH", "2020-01", null, true],
      ["Vertriebsingenieur", "Elbe Logistik AG", "2015-05", "2019-12", false],
    ]);
    expect(profile.education.map((e) => [e.level, e.school, e.major, e.graduationYear])).toEqual([
      ["bachelor", "Universität Hamburg", "Wirtschaftsingenieurwesen", 2015],
      ["high_school", "Gymnasium am Kattenberg Bremen", undefined, 2011],
    ]);
    expect(profile.skills).toEqual(expect.arrayContaining(["Salesforce"]));
    // "Deutsch" is a known name of German now (the shared alias table holds the languages' European names), so it reads
    // as the canonical 德语, as "English" reads as 英语: a posting asking for German meets it. Schwedisch, unknown, as written.
    expect(profile.languages).toEqual(expect.arrayContaining(["德语", "Schwedisch"]));
    expect(profile.certifications).toEqual(["Certified Scrum Product Owner (CSPO)"]);
  });

  it("drops the birth date and family status by their German labels", () => {
    const { dropped, profile } = read(lebenslauf);
    expect(dropped).toEqual(expect.arrayContaining(["birth_date", "marital_childbearing"]));
    expect(JSON.stringify(profile)).not.toMatch(/1988|ledig|Oldenburg/);
  });

  it("reads 'seit', 'since' and 'depuis' before a date as a post held until now", () => {
    for (const text of ["seit 04/2021", "since 2019", "depuis 09/2018"]) expect(findDateRanges(text)[0]?.end).toBe("current");
    expect(findDateRanges("Wohnsitz seitlich 2019")[0]?.end).toBeNull();
  });
});

describe("a US federal résumé (agency on the dated line, the title below the duty station)", () => {
  const federal = [
    "Marisol A. Reyes",
    "88 Juniper Lane",
    "Tucson, AZ 85701 US",
    "marisol.reyes@example.com",
    "WORK EXPERIENCE",
    "Bureau of Land Management, Gila District Office\t08/2019 - Present",
    "3201 E Universal Way",
    "Tucson, AZ 85756 United States",
    "Salary: $71,000.00 USD Per Year",
    "Series: 0401 Pay Plan: GS Grade: 11",
    "Rangeland Management Specialist",
    "Duties, Accomplishments and Related Skills:",
    "Supervised a crew of five seasonal technicians monitoring grazing allotments.",
    "Department of the Navy, Naval Facilities Engineering Command\t01/2015 - 07/2019",
    "San Diego, CA 92132 United States",
    "Hours per week: 40",
    "Environmental Protection Specialist",
    "Wrote the base's stormwater reports.",
    "EDUCATION",
    "Northern Arizona University\tFlagstaff, AZ United States",
    "Bachelor's degree 05/2014",
    "GPA: 3.4 of a maximum 4.0",
    "Credits Earned: 120 Semester hours",
    "Major: Environmental Science",
  ].join("\n");

  it("reads the title from its own line and the agency line as the organization", () => {
    const { profile } = read(federal);
    expect(profile.experience.map((x) => [x.title, x.organization, x.startDate, x.management ?? false])).toEqual([
      ["Rangeland Management Specialist", "Bureau of Land Management, Gila District Office", "2019-08", true],
      ["Environmental Protection Specialist", "Department of the Navy, Naval Facilities Engineering Command", "2015-01", false],
    ]);
  });

  it("reads the labelled major below the degree, the school's town being no major, and the header's town with its ZIP and country", () => {
    const { profile } = read(federal);
    expect(profile.education).toEqual([{ level: "bachelor", school: "Northern Arizona University", major: "Environmental Science", graduationYear: 2014 }]);
    expect(profile.location).toMatch(/^Tucson, AZ/);
  });
});

describe("a job board's PDF export", () => {
  const exported = [
    "王晓东",
    "手机：13700001111",
    "工作经历",
    "2020.05 - 至今\t北京天衡会计师事务所（特殊普通合伙）\t（4年）",
    "审计经理\t15001-20000元/月",
    "负责年报审计项目",
    "王晓东的简历 · 智联招聘",
    "语言能力",
    "英语：读写能力良好\t听说能力一般",
    "日语：熟练，可作为工作语言",
    "证书",
    "注册会计师",
    "本简历由智联招聘提供，仅供企业招聘使用",
  ].join("\n");

  it("keeps a firm's legal form in brackets in its name, not as a title", () => {
    const { profile } = read(exported);
    expect(profile.experience.map((x) => [x.title, x.organization])).toEqual([["审计经理", "北京天衡会计师事务所（特殊普通合伙）"]]);
    expect(profile.experience[0]!.description ?? "").not.toMatch(/智联招聘/);
  });

  it("reads how well a language is heard, read or used as its level, not as a language, and the site's stamps as furniture", () => {
    const { profile } = read(exported);
    expect(profile.languages).toEqual(["英语", "日语"]);
    expect(profile.certifications).toEqual(["注册会计师"]);
    expect(profile.skills).toEqual([]);
  });
});

describe("a tradesperson's tickets and licences", () => {
  const trade = [
    "Aroha Ngata",
    "Plumber · Gasfitter",
    "aroha.ngata@example.co.nz",
    "Frankston, Melbourne VIC 3199",
    "TICKETS & LICENCES",
    "• Plumbing Licence – Water Supply and Sanitary (Lic. No. 55501)",
    "• Red Card – Construction Induction (CPCCWHS1001)",
    "• Forklift Licence – LF Class (TLILIC0003)",
    "• Apply First Aid & CPR – current to 03/2026",
    "SKILLS",
    "• Backflow testing (testable devices, annual reports, tagging of valves)",
    "WORK HISTORY",
    "Plumber · – Bayside Plumbing Pty Ltd, Frankston\tMar 2020 – Present",
  ].join("\n");

  it("reads the tickets heading as certificates, each ticket by its name before the dash", () => {
    const { profile } = read(trade);
    expect(profile.certifications).toEqual(["Plumbing Licence", "Red Card", "Forklift Licence", "Apply First Aid & CPR"]);
  });

  it("reads 'Suburb, City ST 3199' as where the candidate lives, and a skill with a long bracket by its name", () => {
    const { profile } = read(trade);
    expect(profile.location).toBe("Frankston, Melbourne VIC 3199");
    expect(profile.skills).toEqual(expect.arrayContaining(["Backflow testing"]));
  });
});

describe("an Indian fresher's résumé", () => {
  const fresher = [
    "RESUME",
    "VIKRAM SHETTY",
    "Mobile: +91 99000 11223 | E-mail: vikram.s@example.in",
    "ACADEMIC QUALIFICATIONS",
    "Qualification\tInstitution\tBoard / University\tYear of Passing\tPercentage",
    "B.Tech (Mechanical Engineering)\tNITK Surathkal College of Engineering\tNITK\t2024\t8.1 CGPA",
    "Class XII\tSt. Aloysius PU College\tKarnataka PUE Board\t2020\t91%",
    "Class X\tKendriya Vidyalaya No. 2\tCBSE\t2018\t93%",
    "CERTIFICATIONS",
    "• AutoCAD Certified User, 2023",
    "EXTRA-CURRICULAR ACTIVITIES",
    "• Captain, college cricket team (2022 – 2023).",
    "• First prize, state robotics meet 2023.",
    "PERSONAL DETAILS",
    "Father's Name\t:\tS. Shetty",
    "Date of Birth\t:\t04-05-2002",
  ].join("\n");

  it("reads Class XII as upper secondary and Class X below it, a Vidyalaya as a school", () => {
    const { profile } = read(fresher);
    expect(profile.education.map((e) => [e.level, e.school, e.graduationYear])).toEqual([
      ["bachelor", "NITK Surathkal College of Engineering", 2024],
      ["high_school", "St. Aloysius PU College", 2020],
      ["junior_high", "Kendriya Vidyalaya No. 2", 2018],
    ]);
  });

  it("keeps club posts and prizes out of the certificates, the father's name out of the name, and the birth date behind its colon cell", () => {
    const { profile, dropped } = read(fresher);
    expect(profile.certifications).toEqual(["AutoCAD Certified User"]);
    expect(profile.name).toMatch(/^vikram shetty$/i);
    expect(dropped).toContain("birth_date");
    expect(JSON.stringify(profile)).not.toMatch(/2002|S\. Shetty/);
  });
});

describe("a Taiwanese 履歷表's tables", () => {
  const form = [
    "林佳穎\t｜\t藥師履歷",
    "工作經歷",
    "期間\t服務機構\t單位／職稱\t工作內容",
    "2019/3~迄今\t高雄榮安醫院\t藥劑部／組長\t門診調劑與用藥諮詢；帶領4名藥師輪值",
    "2015/7~2019/2\t屏東安心藥局\t藥師\t處方調劑與庫存管理",
    "專業證照",
    "證照名稱\t發證單位\t取得日期",
    "藥師證書\t考選部\t2015/06",
    "CPR 心肺復甦術\t中華民國紅十字會\t2024/05",
  ].join("\n");

  it("reads a certificate table's name column only, under its column heads", () => {
    expect(read(form).profile.certifications).toEqual(["藥師證書", "CPR"]);
  });

  it("reads management stated in the row's duties cell", () => {
    expect(read(form).profile.experience.map((x) => x.management ?? false)).toEqual([true, false]);
  });
});

describe("an academic CV in Markdown tables", () => {
  const cv = [
    "钱思远 · 个人简历",
    "- 📧 qiansy@example.edu.cn",
    "- 🎂 1991.11",
    "",
    "## 工作经历",
    "",
    "| 时间 | 单位 | 职务 |",
    "| --- | --- | --- |",
    "| 2021.03–至今 | 浙江大学 化学系 | 博士后（合作导师：王海 研究员） |",
  ].join("\n");

  it("keeps a bracket's spaced remark in the post's name, the university as its employer", () => {
    const { profile } = read(cv);
    expect(profile.experience.map((x) => [x.title, x.organization, x.startDate])).toEqual([["博士后（合作导师：王海 研究员）", "浙江大学", "2021-03"]]);
  });

  it("drops a birthday behind its cake icon", () => {
    const { profile, dropped } = read(cv);
    expect(dropped).toContain("birth_date");
    expect(JSON.stringify(profile)).not.toMatch(/1991/);
  });
});

describe("a bilingual degree over two lines", () => {
  it("reads the degree's other-script line as the same row's, not as the degree of the school dated below", () => {
    const { profile } = read([
      "Ho Wing Sze",
      "EDUCATION 教育程度",
      "2013 – 2017\tCity University of Hong Kong 香港城市大學",
      "BSc (Hons) in Computing Mathematics",
      "計算數學(榮譽)理學士",
      "2007 – 2013\tTsuen Wan Government Secondary School 荃灣官立中學",
      "HKDSE 2013",
    ].join("\n"));
    expect(profile.education.map((e) => [e.level, e.graduationYear])).toEqual([["bachelor", 2017], ["high_school", 2013]]);
  });
});
