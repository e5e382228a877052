import { describe, expect, it } from "vitest";
import { decodeDocument, type DocumentLine } from "../../../server/documents/index.js";
import { textPdf } from "../../fixtures/resumes/simple-pdf.js";
import { findPhone } from "../../../server/resumes/contact.js";
import { placeShape } from "../../../server/resumes/data/places.js";
import { tagResumeLines } from "../../../server/resumes/line-classes.js";
import { toLines } from "../../../server/resumes/lines.js";
import { readResume } from "../../../server/resumes/read-resume.js";

// Readings the batch 6 and 7 resumes showed missing, each as its own general case: layouts written here, not copies.
const line = (text: string, extra: Partial<DocumentLine> = {}): DocumentLine => ({ text, page: 1, indent: 0, ...extra });
const read = (document: string | DocumentLine[]) => readResume(document).profile;

describe("headings worded beyond a section name", () => {
  const pdf = (heading: string) => [
    line("Morgan Ellis", { fontSize: 22 }), line("morgan.ellis@example.com", { fontSize: 10 }),
    line("Experience", { fontSize: 13 }), line("Data Engineer, Fabrikam Ltd\tJan 2021 – Present", { fontSize: 10 }), line("Built the nightly loads.", { fontSize: 10 }),
    line(heading, { fontSize: 13 }), line("Python", { fontSize: 10 }), line("Airflow", { fontSize: 10 }),
    line("Education", { fontSize: 13 }), line("BSc Mathematics, University of Leeds, 2019", { fontSize: 10 }),
  ];

  it.each(["Top Skills", "My Skills", "Key Technical Skills"])("reads %s, set in the named headings' size, as the skills heading", (heading) => {
    const tagged = tagResumeLines(toLines(pdf(heading)));
    expect(tagged.find((l) => l.text === heading)?.tag).toBe("heading");
    expect(read(pdf(heading)).skills).toEqual(expect.arrayContaining(["Python", "Airflow"]));
  });

  it("leaves the same words in body size as text", () => {
    const lines = pdf("Top Skills").map((l) => (l.text === "Top Skills" ? { ...l, fontSize: 10 } : l));
    expect(tagResumeLines(toLines(lines)).find((l) => l.text === "Top Skills")?.tag).not.toBe("heading");
  });
});

describe("the name in the largest type", () => {
  it("takes a large-type name over a name-shaped sidebar line read before it", () => {
    const profile = read([
      line("Contact", { fontSize: 12 }), line("sam.okafor@example.com", { fontSize: 9 }), line("Project Planning", { fontSize: 9 }),
      line("Samuel Okafor", { fontSize: 24 }), line("Site Manager at Contoso Builders", { fontSize: 10 }),
      line("Experience", { fontSize: 14 }), line("Site Manager, Contoso Builders\tMay 2019 – Present", { fontSize: 10 }),
    ]);
    expect(profile.name).toBe("Samuel Okafor");
  });
});

describe("a job's company, title and date on lines of their own", () => {
  it("reads company / title / 'Month Year - Present (duration)' / place", () => {
    const profile = read(["Priya Raman", "priya@example.com", "Experience", "Tailspin Toys", "Product Manager", "April 2021 - Present (3 years 8 months)", "Pune, Maharashtra, India", "Owned the checkout roadmap.", "Wingtip Systems", "Business Analyst", "June 2017 - March 2021 (3 yrs 10 mos)", "Mumbai, India"].join("\n"));
    expect(profile.experience.map((e) => [e.title, e.organization, e.startDate, e.endDate])).toEqual([
      ["Product Manager", "Tailspin Toys", "2021-04", null],
      ["Business Analyst", "Wingtip Systems", "2017-06", "2021-03"],
    ]);
  });
});

describe("where the candidate lives", () => {
  it.each(["Austin, Texas, United States", "Zürich, Switzerland", "Sha Tin, N.T.", "Oakland, CA 94612", "Seattle, WA", "Kowloon Bay, Hong Kong"])("%s is shaped like a place", (text) => {
    expect(placeShape.test(text)).toBe(true);
  });

  it.each(["Senior Engineer", "Python, SQL, Spark, Airflow", "Oakland CA 94612 USA 555"])("%s is not", (text) => {
    expect(placeShape.test(text)).toBe(false);
  });

  it("reads a contact cell behind a list bullet and its icon", () => {
    expect(read(["陈思远", "• 📍 新北市板橋區", "• ✉️ siyuan@example.tw", "工作經歷", "2020年3月 - 現在 ・ 設計師 ・ 某某科技"].join("\n")).location).toBe("新北市板橋區");
  });

  it("reads a bilingual location label", () => {
    expect(read(["陳美玲 CHAN Mei Ling", "居住地區 District: Tuen Mun, N.T.", "Email: meiling@example.com.hk", "Experience", "Clerk, Acme Limited\tJan 2020 – Present"].join("\n")).location).toBe("Tuen Mun, N.T.");
  });

  it("reads a ZIP code line's place and the phone after it", () => {
    const profile = read(["JORDAN PARK", "Fresno, CA 93721  |  559-555-0182  |  jordan.park@example.com", "EXPERIENCE", "Barista, Blue Cup Cafe\tMar 2019 – Present"].join("\n"));
    expect(profile.location).toBe("Fresno, CA 93721");
    expect(profile.phone).toBe("559-555-0182");
  });

  it("finds a phone that a run of digits before it would hide", () => {
    expect(findPhone("Fresno, CA 93721 559-555-0182")).toBe("559-555-0182");
    expect(findPhone("93721 2019")).toBeNull();
  });
});

describe("languages in a two-column table", () => {
  it("keeps the languages and leaves their levels", () => {
    const profile = read(["Ana Souza", "ana@example.com", "Languages", "Portuguese\tMother tongue", "English\tFluent (C1)", "Spanish\tIntermediate (B1)", "Italian\tA2"].join("\n"));
    expect(profile.languages).toHaveLength(4);
    expect(profile.languages).not.toEqual(expect.arrayContaining(["Fluent", "Intermediate", "Mother tongue", "A2"]));
  });
});

describe("degrees written as dotted abbreviations", () => {
  it.each([
    ["A.A. Business Administration, Laney College, 2018", "associate", "Business Administration"],
    ["B.A.Sc. Civil Engineering, University of Toronto, 2015", "bachelor", "Civil Engineering"],
    ["M.Tech Software Systems, Anna University, 2020", "master", "Software Systems"],
    ["BFA Graphic Design, Pratt Institute, 2016", "bachelor", "Graphic Design"],
  ])("%s", (row, level, major) => {
    const education = read(["Lee Morgan", "lee@example.com", "Education", row].join("\n")).education;
    expect(education.map((e) => [e.level, e.major])).toEqual([[level, major]]);
  });
});

describe("jobs headed by a company with its dates in brackets", () => {
  it("reads the company, the 职位： row as the title and a 下属： head count as management", () => {
    const profile = read(["王建国", "wangjg@example.com", "工作经历", "远航重工股份有限公司（2014年3月—至今）", "职位：生产副总经理", "下属：4个车间，共600余人", "宏达机械集团有限公司（2010年7月—2014年2月，兼任）", "职位：技术顾问"].join("\n"));
    expect(profile.experience.map((e) => [e.title, e.organization, e.management ?? false])).toEqual([
      ["生产副总经理", "远航重工股份有限公司", true],
      ["技术顾问", "宏达机械集团有限公司", false],
    ]);
  });
});

describe("a title line over an 'organization ・ dates' line", () => {
  it("keeps the title whole and the organization whole", () => {
    const profile = read(["林雅婷", "yating@example.tw", "工作經歷", "資深 前端 工程師", "好好生活 HaoLife ・ 2021年6月 - 現在", "• 負責會員中心", "前端 工程師", "StudioK ・ 2018年9月 - 2021年5月"].join("\n"));
    expect(profile.experience.map((e) => [e.title, e.organization])).toEqual([
      ["資深 前端 工程師", "好好生活 HaoLife"],
      ["前端 工程師", "StudioK"],
    ]);
  });
});

describe("a section named inline inside a job", () => {
  it("reads 技术栈： as skills and the next job as a job", () => {
    const profile = read(["刘洋", "liuyang@example.com", "工作经历", "字节跳动　后端工程师　2022.03-至今", "负责推荐服务", "技术栈：Go　Redis　Kafka", "网易　Java开发工程师　2019.07-2022.02", "负责游戏服务器"].join("\n"));
    expect(profile.experience.map((e) => e.title)).toEqual(["后端工程师", "Java开发工程师"]);
    expect(profile.skills).toEqual(expect.arrayContaining(["Go", "Redis", "Kafka"]));
  });
});

describe("an academic CV", () => {
  it("reads appointments as jobs and a membership by its abbreviation", () => {
    const profile = read([
      "Dr. Rosa Delgado", "r.delgado@example.ac.uk", "EDUCATION", "PhD, Chemistry, University of Bristol, 2012",
      "ACADEMIC APPOINTMENTS", "Senior Lecturer, School of Chemistry, University of Bath, Sep 2019 – present", "Lecturer, School of Chemistry, University of Bath, Jan 2014 – Aug 2019",
      "GRANTS", "Leverhulme Research Fellowship, Jan 2022 – Dec 2023", "PROFESSIONAL MEMBERSHIPS", "Member of the Royal Society of Chemistry (MRSC)",
    ].join("\n"));
    expect(profile.experience.map((e) => [e.title, e.startDate])).toEqual([["Senior Lecturer", "2019-09"], ["Lecturer", "2014-01"]]);
    expect(profile.certifications).toContain("MRSC");
  });
});

describe("a PDF's running header", () => {
  // The PDF decoder leaves page furniture out (documents/lines/pdf-furniture.ts); the reader sees the lines it keeps.
  it("leaves a line repeated at the top of every page out of the job above it", async () => {
    const pdf = textPdf([
      ["Alex Kim - CV - Page 1 of 2", "ALEX KIM", "alex.kim@example.com", "EXPERIENCE", "Data Engineer, Fabrikam Ltd", "Mar 2021 - Present", "- Built the nightly loads"],
      ["Alex Kim - CV - Page 2 of 2", "- Moved the warehouse to Parquet", "EDUCATION", "BSc Physics, University of Leeds, 2020"],
    ]);
    const { lines } = await decodeDocument(pdf, { filename: "cv.pdf" });
    expect(read([...lines]).experience[0]?.description).not.toContain("Page 2 of 2");
  });
});


describe("regions beside a school or a licence", () => {
  it("reads neither a state code as the major nor a state as a certificate", () => {
    const profile = read(["Dana Brooks", "dana@example.com", "EDUCATION", "Purdue University, West Lafayette, IN\tMay 2015", "B.S. Mechanical Engineering", "CERTIFICATIONS", "Professional Engineer (PE), Indiana"].join("\n"));
    expect(profile.education[0]?.major).toBe("Mechanical Engineering");
    expect(profile.certifications).toEqual(["Professional Engineer (PE)"]);
  });
});

describe("a bilingual Hong Kong resume", () => {
  const profile = read([
    "陳志明 CHAN Chi Ming", "Email: chiming@example.com.hk", "工作經驗 WORK EXPERIENCE", "Project Engineer 項目工程師\tMar 2020 – Present",
    "Gammon Construction Limited 金門建築有限公司", "- Site coordination for MTR works", "電腦技能 COMPUTER SKILLS", "AutoCAD, Revit, Excel",
    "語言 LANGUAGES", "廣東話 Cantonese (native), 英語 English (fluent)", "專業資格 PROFESSIONAL QUALIFICATIONS", "HKIE Corporate Member, 2023",
  ].join("\n"));

  it("reads a title written in two scripts as one title, and the company on the line below", () => {
    expect(profile.experience.map((e) => [e.title, e.organization])).toEqual([["Project Engineer", "Gammon Construction Limited 金門建築有限公司"]]);
  });

  it("reads a bilingual skills heading, languages named in two scripts, and no year as a certificate", () => {
    expect(profile.skills).toEqual(expect.arrayContaining(["AutoCAD", "Revit", "Excel"]));
    expect(profile.languages).toHaveLength(2);
    expect(profile.certifications).not.toContain("2023");
  });
});

describe("list items with a qualifier", () => {
  it("holds a tool in brackets, a licence with its class, and a test named in two scripts by its name and level", () => {
    const profile = read(["周婷", "zhouting@example.com", "技能", "SQL、Python（pandas、NumPy）", "证书", "驾驶证C1", "JLPT 日本語能力試驗 N2", "获奖", "校级一等奖学金（2023）"].join("\n"));
    expect(profile.skills).toEqual(expect.arrayContaining(["SQL", "Python", "pandas", "NumPy"]));
    // Held under their canonical names (server/matching aliases): C1驾驶证, 日语能力考试N2.
    expect(profile.certifications).toHaveLength(2);
    expect(profile.certifications?.join(" ")).toMatch(/C1/);
    expect(profile.certifications?.join(" ")).toMatch(/N2/);
    expect(profile.certifications?.join(" ")).not.toContain("奖学金");
  });

  it("reads 驾驶证C1 as a certificate under a 技能证书 heading", () => {
    expect(read(["孙强", "sunqiang@example.com", "技能证书", "驾驶证C1、Office办公软件"].join("\n")).certifications?.join(" ")).toMatch(/驾驶证/);
  });
});

describe("a Europass CV", () => {
  const profile = read([
    "PERSONAL INFORMATION", "Tomasz Zieliński", "ul. Polna 3, 00-625 Warszawa (Poland)", "tomasz.z@example.pl",
    "WORK EXPERIENCE", "01/03/2021–Present\tWarehouse Planner", "Rhenus Logistics Sp. z o.o., Błonie (Poland)", "▪ Planned outbound waves",
    "15/06/2017–28/02/2021\tShift Supervisor", "Kuehne Logistics S.A., Łódź (Poland)",
    "EDUCATION AND TRAINING", "10/2012–06/2017\tMaster of Science in Logistics", "Warsaw School of Economics, Warszawa (Poland)",
    "PERSONAL SKILLS", "Mother tongue(s)\tPolish", "English\tC1\tC1\tB2", "Dutch\tA2\tA2\tA1", "Digital skills\tSAP EWM, Excel",
  ].join("\n"));

  it("reads day-first dates, the company on the line below without its town, and the major without the country", () => {
    expect(profile.experience.map((e) => [e.title, e.organization, e.startDate, e.endDate])).toEqual([
      ["Warehouse Planner", "Rhenus Logistics Sp. z o.o.", "2021-03", null],
      ["Shift Supervisor", "Kuehne Logistics S.A.", "2017-06", "2021-02"],
    ]);
    expect(profile.education.map((e) => e.major)).toEqual(["Logistics"]);
  });

  it("reads the city after the postal code, the languages of the grid and no level as a skill", () => {
    expect(profile.location).toBe("Warszawa");
    expect(profile.languages).toHaveLength(3);
    expect(profile.skills).not.toEqual(expect.arrayContaining(["C1"]));
  });
});
