import { existsSync, writeFileSync } from "node:fs";
import { buildDocx, documentXml } from "../../../../fixtures/documents/build-docx.js";
import { type Cell, type Shape, type Text, bordered, cell, field, grid, pagesPdf, para, photoDrawing, PHOTO, rows, run, topOf, W, writeEncoded } from "../make-documents.js";

/**
 * Writes batch 9's PDFs, .docx files and encoded texts: `npx tsx test/unit/resumes/corpus/batch9/make-batch9.ts`.
 * Batch 9 was written blind (2026-12-04): nobody ran the reader on these documents while they and their readings
 * were written. The CJK PDFs embed Noto CJK (`apt-get install -y fonts-noto-cjk`), the Latin ones use the PDF
 * standard fonts; jszip stamps the time into a .docx, so the written files are committed, only missing .docx files
 * are built, and the tests read only the written files. The encoded texts come from their readable `.src.txt`; a
 * character the target encoding cannot hold is an error here rather than a silent "?".
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);

// 72. A 智联招聘 résumé exported to PDF, two pages: the site's mark and address over a rule on page 1, the name
// with the phone and email in a block at the right, a "女 | 31岁 | 本科 | 8年工作经验" line and 现居住地 | 户口, 求职意向
// wishes, 自我评价, each job a "dates　company　（tenure）" line over "title | salary", an industry line and 工作描述,
// the second job's description running onto page 2 under the page's running header; grey bars behind the section
// names; school, languages, dated certificates, rated skills; "第N页/共2页" footers.
const zhaopinPdf = () => {
  const l = (text: string, x = 40, size = 9.5): Cell[] => [{ x, text, size }];
  const h = (text: string): Cell[] => [{ x: 46, text, font: "bold", size: 11.5 }];
  const job = (dates: string, company: string, tenure: string): Cell[] => [
    { x: 40, text: dates, size: 10, font: "bold" }, { x: 160, text: company, size: 10, font: "bold" }, { x: 420, text: tenure, size: 9, color: "#666666" },
  ];
  const first = rows(40, 16, 9.5, [
    [{ x: 40, text: "智联招聘", size: 14, font: "bold", color: "#1a5fb4" }, { x: 460, text: "www.zhaopin.com", size: 8, color: "#666666" }],
    [],
    [{ x: 40, text: "刘思琪", size: 20, font: "bold" }, { x: 360, text: "手机：13980126657", size: 9.5 }],
    [{ x: 360, text: "邮箱：liusiqi_cd@example.com", size: 9.5 }],
    l("女　|　31岁　|　本科　|　8年工作经验"),
    l("现居住地：成都市高新区　|　户口：四川绵阳"),
    [],
    h("求职意向"),
    l("期望工作地区：成都　　期望月薪：15001-20000元/月　　目前状况：在职，考虑换个新环境"),
    l("期望从事职业：财务经理、财务主管　　期望从事行业：快速消费品、制造业"),
    [],
    h("自我评价"),
    l("8年财务工作经验，从审计做到企业财务，熟悉制造业成本核算与合并报表，沟通顺畅，责任心强。"),
    [],
    h("工作经历"),
    job("2021.03 - 至今", "成都味源食品股份有限公司", "（5年9个月）"),
    l("财务主管　|　15001-20000元/月", 160),
    l("快速消费品（食品/饮料/烟酒）　|　企业性质：民营　|　规模：1000-9999人", 160, 8.5),
    l("工作描述：", 160),
    l("负责公司及3家子公司的月度结账与合并报表编制，管理6人核算团队；", 160),
    l("主导金蝶K/3 Cloud财务模块上线，月结周期由8天缩短至4天；", 160),
    l("配合年度审计与税务稽查，全年无重大审计调整。", 160),
    [],
    job("2018.07 - 2021.02", "四川正信会计师事务所（特殊普通合伙）", "（2年8个月）"),
    l("审计员　|　8001-10000元/月", 160),
    l("会计/审计　|　企业性质：合伙企业　|　规模：100-499人", 160, 8.5),
    l("工作描述：", 160),
    l("参与制造业、零售业客户的年报审计及IPO审计，负责收入、存货、固定资产科目的实质性测试；", 160),
    l("编制审计工作底稿，与客户财务沟通调整事项；", 160),
  ]);
  const second = rows(40, 16, 9.5, [
    [{ x: 40, text: "刘思琪的简历 · 智联招聘", size: 8, color: "#666666" }],
    [],
    l("2019年起独立负责2家中型制造业客户的现场审计。", 160),
    [],
    job("2017.07 - 2018.06", "成都蓉欣商贸有限公司", "（1年）"),
    l("出纳　|　4001-6000元/月", 160),
    l("工作描述：", 160),
    l("负责现金与银行日记账、网银付款、发票开具及员工报销初审。", 160),
    [],
    h("教育经历"),
    [{ x: 40, text: "2013.09 - 2017.06", size: 10, font: "bold" }, { x: 160, text: "西南财经大学", size: 10, font: "bold" }, { x: 320, text: "会计学", size: 9.5 }, { x: 420, text: "本科", size: 9.5 }],
    [],
    h("语言能力"),
    l("英语：读写能力良好　|　听说能力一般"),
    [],
    h("证书"),
    [{ x: 40, text: "2016.12", size: 9.5 }, { x: 160, text: "大学英语六级", size: 9.5 }],
    [{ x: 40, text: "2019.05", size: 9.5 }, { x: 160, text: "中级会计职称", size: 9.5 }],
    [{ x: 40, text: "2022.11", size: 9.5 }, { x: 160, text: "税务师", size: 9.5 }],
    [],
    h("专业技能"),
    [{ x: 40, text: "金蝶K/3 Cloud", size: 9.5 }, { x: 160, text: "熟练", size: 9.5 }],
    [{ x: 40, text: "用友U8", size: 9.5 }, { x: 160, text: "熟练", size: 9.5 }],
    [{ x: 40, text: "Excel", size: 9.5 }, { x: 160, text: "精通", size: 9.5 }],
    [{ x: 40, text: "Power BI", size: 9.5 }, { x: 160, text: "良好", size: 9.5 }],
  ]);
  const bars = (texts: Text[], names: string[]): Shape[] => names.map((n) => ({ rect: [40, topOf(texts, n) - 3, 515, 18], fill: "#e8eef7" }));
  const footer = (n: number): Text => ({ x: 270, top: 806, size: 8, text: `第${n}页/共2页`, color: "#666666" });
  return pagesPdf(
    [
      { texts: [...first, footer(1)], shapes: [{ line: [40, 60, 555, 60], color: "#1a5fb4", width: 1.5 }, ...bars(first, ["求职意向", "自我评价", "工作经历"])] },
      { texts: [...second, { x: 200, top: 790, size: 7.5, text: "本简历由智联招聘提供，仅供企业招聘使用", color: "#666666" }, footer(2)], shapes: bars(second, ["教育经历", "语言能力", "证书", "专业技能"]) },
    ],
    { cjk: true },
  );
};

// 73. A German Lebenslauf in the tabular form: "Lebenslauf" and a photo at the top right, Persönliche Daten as label |
// value rows (an address over two rows, Geburtsdatum with the birthplace, Familienstand with a child), then
// Berufserfahrung and Ausbildung with the dates in the left column ("seit 04/2021", "10/2016 – 03/2021") and the
// post, the firm and bullets in the right, Abitur under the degrees, Kenntnisse (Sprachen, EDV, Weiterbildung,
// Hobbys), and the place, date and name as a signature at the foot.
const lebenslaufPdf = () => {
  const v = (label: string, value: string, font?: Text["font"]): Cell[] => [{ x: 40, text: label, size: 10, color: "#444444" }, { x: 170, text: value, size: 10, font }];
  const h = (text: string): Cell[] => [{ x: 40, text, font: "bold", size: 13, color: "#203864" }];
  const texts = rows(44, 15.5, 10, [
    [{ x: 40, text: "Lebenslauf", size: 24, font: "bold", color: "#203864" }],
    [],
    [],
    h("Persönliche Daten"),
    [],
    v("Name", "Katharina Weber"),
    v("Anschrift", "Lindwurmstraße 88"),
    v("", "80337 München"),
    v("Telefon", "+49 176 2345 6789"),
    v("E-Mail", "k.weber@example.de"),
    v("Geburtsdatum", "14.06.1990 in Augsburg"),
    v("Familienstand", "verheiratet, ein Kind"),
    v("Staatsangehörigkeit", "deutsch"),
    [],
    h("Berufserfahrung"),
    [],
    v("seit 04/2021", "Projektleiterin Elektrokonstruktion", "bold"),
    v("", "Brandt Antriebstechnik GmbH, Garching bei München"),
    v("", "•  Leitung eines Teams von fünf Elektrokonstrukteuren"),
    v("", "•  Planung von Schaltanlagen für Prüfstände, Budgetverantwortung bis 2 Mio. EUR"),
    v("10/2016 – 03/2021", "Entwicklungsingenieurin", "bold"),
    v("", "Hofmann Automation AG, Augsburg"),
    v("", "•  Schaltschrankplanung mit EPLAN Electric P8"),
    v("", "•  SPS-Programmierung mit Siemens TIA Portal (S7-1500)"),
    v("", "•  Inbetriebnahmen beim Kunden in Polen und China"),
    v("03/2015 – 08/2015", "Praktikantin Hardwareentwicklung", "bold"),
    v("", "Kessler Elektronik GmbH, Ulm"),
    v("", "•  Pflichtpraktikum im Masterstudium: Leiterplattenlayout und Prüfaufbauten"),
    [],
    h("Ausbildung"),
    [],
    v("10/2014 – 09/2016", "Master of Science Elektrotechnik und Informationstechnik", "bold"),
    v("", "Technische Universität München, Abschlussnote 1,6"),
    v("10/2010 – 09/2014", "Bachelor of Engineering Elektrotechnik", "bold"),
    v("", "Hochschule Augsburg"),
    v("06/2010", "Abitur (Note 2,1)", "bold"),
    v("", "Holbein-Gymnasium Augsburg"),
    [],
    h("Kenntnisse"),
    [],
    v("Sprachen", "Deutsch (Muttersprache)"),
    v("", "Englisch (verhandlungssicher, C1)"),
    v("", "Französisch (Grundkenntnisse)"),
    v("EDV", "EPLAN Electric P8, Siemens TIA Portal, AutoCAD Electrical"),
    v("", "MS Office, SAP PM"),
    v("Weiterbildung", "Projektmanagement-Fachfrau (GPM/IPMA Level D), 2022"),
    v("Hobbys", "Bergsteigen, Chorgesang"),
    [],
    [{ x: 40, text: "München, 01.12.2026", size: 10 }],
    [{ x: 40, text: "Katharina Weber", size: 13, font: "italic" }],
  ]);
  const rules: Shape[] = ["Persönliche Daten", "Berufserfahrung", "Ausbildung", "Kenntnisse"].map((n) => ({
    line: [40, topOf(texts, n) + 19, 555, topOf(texts, n) + 19], color: "#203864", width: 0.8,
  }));
  return pagesPdf([{ texts, shapes: [{ photo: [445, 40, 105, 135] }, ...rules] }], { cjk: false });
};

// 76. A Canva-style one-page résumé: a dark sidebar with a round photo, CONTACT lines each after a small icon
// (drawn, not text), EDUCATION with the school's name in capitals over two lines, SKILLS and LANGUAGES as names over
// filled bars (no words for the level), HOBBIES; the main column holds the letter-spaced name and headline, ABOUT ME,
// WORK EXPERIENCE on a timeline (a dot per job: dates in capitals, the company, then the title), and two referees
// side by side. Written in layer order: the sidebar's text first, then the main column's.
const canvaPdf = () => {
  const white = "#ffffff";
  const gold = "#f2b134";
  const side: Text[] = [];
  const sideShapes: Shape[] = [{ rect: [0, 0, 200, 842], fill: "#1f3b4d" }, { photo: [45, 35, 110, 110], round: true }];
  let y = 170;
  const head = (text: string) => {
    side.push({ x: 28, top: y, text, size: 12, font: "bold", color: gold, spacing: 2 });
    sideShapes.push({ line: [28, y + 17, 172, y + 17], color: gold, width: 0.8 });
    y += 27;
  };
  const say = (text: string, x = 28, size = 9, font: Text["font"] = "regular") => {
    side.push({ x, top: y, text, size, font, color: white });
    y += size + 6;
  };
  head("CONTACT");
  for (const t of ["+1 312 555 0148", "maya.patel@example.com", "Chicago, IL", "www.mayapatel.design"]) {
    sideShapes.push({ circle: [33, y + 5, 5], fill: gold });
    say(t, 46);
  }
  y += 12;
  head("EDUCATION");
  say("2012 - 2016", 28, 8.5);
  say("SCHOOL OF THE ART INSTITUTE", 28, 8.5, "bold");
  say("OF CHICAGO", 28, 8.5, "bold");
  say("BFA in Graphic Design", 28, 9);
  y += 12;
  const bar = (name: string, share: number) => {
    say(name, 28, 9);
    sideShapes.push({ rect: [28, y - 2, 144, 4], fill: "#4a6577" }, { rect: [28, y - 2, 144 * share, 4], fill: gold });
    y += 10;
  };
  head("SKILLS");
  bar("Adobe Illustrator", 0.95);
  bar("Adobe Photoshop", 0.9);
  bar("Adobe InDesign", 0.85);
  bar("Figma", 0.8);
  bar("After Effects", 0.6);
  y += 12;
  head("LANGUAGES");
  bar("English", 1);
  bar("Gujarati", 0.75);
  bar("Spanish", 0.4);
  y += 12;
  head("HOBBIES");
  say("Ceramics  ·  Cycling  ·  Travel");

  const ink = "#1f3b4d";
  const main: Text[] = [
    { x: 228, top: 52, text: "MAYA PATEL", size: 30, font: "bold", color: ink, spacing: 6 },
    { x: 230, top: 92, text: "GRAPHIC DESIGNER", size: 11, color: "#555555", spacing: 4 },
  ];
  const mainShapes: Shape[] = [];
  let m = 135;
  const mhead = (text: string) => {
    main.push({ x: 228, top: m, text, size: 13, font: "bold", color: ink, spacing: 2 });
    m += 24;
  };
  const line = (text: string, x = 228, size = 9.5, font: Text["font"] = "regular", color = "#333333") => {
    main.push({ x, top: m, text, size, font, color });
    m += size + 5;
  };
  mhead("ABOUT ME");
  line("Brand and packaging designer with ten years in agencies and print. I like");
  line("systems that hold up from a business card to a 48-sheet billboard.");
  m += 14;
  mhead("WORK EXPERIENCE");
  const timelineTop = m;
  const job = (dates: string, company: string, title: string, bullets: string[]) => {
    mainShapes.push({ circle: [234, m + 4, 4], fill: gold });
    line(dates, 248, 8.5, "bold", "#888888");
    line(company, 248, 9.5);
    line(title, 248, 11, "bold", ink);
    for (const b of bullets) line(`•  ${b}`, 252, 9);
    m += 10;
  };
  job("MAR 2021 - PRESENT", "Lakeshore Creative Agency, Chicago", "Senior Graphic Designer", [
    "Lead a team of 3 designers on brand identity work for 20+ clients",
    "Art-directed the rebrand of a 62-store regional grocery chain",
  ]);
  job("JUN 2018 - FEB 2021", "Windy City Print Co., Chicago", "Graphic Designer", [
    "Packaging and catalogue layouts in InDesign and Illustrator",
    "Prepared press-ready files for offset and large-format print",
  ]);
  job("AUG 2016 - MAY 2018", "Fresh Pixel Studio, Evanston", "Junior Designer", ["Social media graphics and email templates for local retailers"]);
  mainShapes.push({ line: [234, timelineTop + 4, 234, m - 20], color: "#cccccc", width: 1 });
  m += 6;
  mhead("REFERENCES");
  const refTop = m;
  for (const [x, lines] of [
    [228, ["Daniel Brooks", "Creative Director, Lakeshore Creative", "Phone: 312-555-0199", "d.brooks@example.com"]],
    [400, ["Priya Shah", "Owner, Fresh Pixel Studio", "Phone: 847-555-0121", "priya@freshpixel.example.com"]],
  ] as const) {
    lines.forEach((t, i) => main.push({ x, top: refTop + i * 14, text: t, size: i === 0 ? 10 : 8.5, font: i === 0 ? "bold" : "regular", color: "#333333" }));
  }
  return pagesPdf([{ texts: [...side, ...main], shapes: [...sideShapes, ...mainShapes] }], { cjk: false, order: "given" });
};

// 78. A US federal résumé as the USAJOBS builder prints it, two Letter pages: name, address, day phone and email;
// availability, desired locations, citizenship, veterans' preference, clearance and federal status; each job as a
// bold agency line with its dates at the right, the duty station's address, salary, hours per week, series and grade,
// then the title, duties, the supervisor's name and phone and whether to contact them; the second job's duties run
// onto page 2; Army service as a job; degrees as school, degree and date, GPA, credits and major; DAU courses, two
// certifications, a language rated by skill, references with their phones and emails, and Additional Information.
const federalPdf = () => {
  const l = (text: string, x = 54, size = 10, font?: Text["font"]): Cell[] => [{ x, text, size, font }];
  const b = (text: string): Cell[] => l(text, 54, 10, "bold");
  const h = (text: string): Cell[] => l(text, 54, 12, "bold");
  const agency = (text: string, dates: string): Cell[] => [{ x: 54, text, size: 10.5, font: "bold" }, { x: 440, text: dates, size: 10 }];
  const first = rows(50, 14, 10, [
    l("DeShawn T. Williams", 54, 17, "bold"),
    l("1420 Wellington Court"),
    l("Columbus, OH 43215 US"),
    l("Day Phone: (614) 555-0123"),
    l("Email: deshawn.williams@example.com"),
    [],
    l("Availability:      Job Type: Permanent"),
    l("                          Work Schedule: Full-Time"),
    l("Desired locations:   US-OH-Columbus, US-OH-Dayton"),
    [],
    l("Citizenship: United States of America"),
    l("Veterans' Preference: 5-Point Preference (Tentative Preference, TP)"),
    l("Security Clearance: Secret"),
    l("Federal Status: Current federal civilian employee (GS-0346-12)"),
    [],
    h("WORK EXPERIENCE"),
    agency("Defense Logistics Agency, DLA Land and Maritime", "03/2020 - Present"),
    l("3990 E Broad St"),
    l("Columbus, OH 43213 United States"),
    l("Salary: $98,496.00 USD Per Year"),
    l("Hours per week: 40"),
    l("Series: 0346   Pay Plan: GS   Grade: 12"),
    b("Logistics Management Specialist"),
    l("Duties, Accomplishments and Related Skills:"),
    l("Lead a team of six logistics technicians managing spare parts for land weapon systems worth $310M."),
    l("Forecast demand and set reorder points for 2,300 national stock numbers in SAP (DLA EBS)."),
    l("Reduced backorders for Stryker vehicle parts by 27% in FY2023 by re-phasing long-lead procurements."),
    l("Supervisor: Karen Mitchell ((614) 555-0187)"),
    l("Okay to contact this Supervisor: Yes"),
    [],
    agency("Air Force Materiel Command, 88th Air Base Wing", "07/2016 - 02/2020"),
    l("Wright-Patterson AFB"),
    l("Dayton, OH 45433 United States"),
    l("Salary: $46,120.00 USD Per Year"),
    l("Hours per week: 40"),
    l("Series: 2005   Pay Plan: GS   Grade: 7"),
    b("Supply Technician"),
    l("Duties, Accomplishments and Related Skills:"),
    l("Processed receipts, issues and turn-ins of equipment in the Defense Property Accountability System (DPAS)."),
  ]);
  const second = rows(50, 14, 10, [
    l("Conducted quarterly inventories of 4,800 line items with 99.6% accuracy."),
    l("Supervisor: Robert Greene ((937) 555-0144)"),
    l("Okay to contact this Supervisor: Contact me first"),
    [],
    agency("U.S. Army, 101st Airborne Division (Air Assault)", "06/2010 - 06/2016"),
    l("Fort Campbell, KY 42223 United States"),
    l("Hours per week: 50"),
    l("Rank: Sergeant (E-5)"),
    b("Unit Supply Specialist (92Y)"),
    l("Duties, Accomplishments and Related Skills:"),
    l("Supervised four soldiers in the battalion supply room; accountable for $12M of property with no losses."),
    l("Ran the unit's property book in GCSS-Army through two deployments."),
    l("Supervisor: SFC Michael Ortiz (no longer in service)"),
    [],
    h("EDUCATION"),
    [{ x: 54, text: "Franklin University", size: 10, font: "bold" }, { x: 300, text: "Columbus, OH United States", size: 10 }],
    l("Bachelor's degree   05/2019"),
    l("GPA: 3.6 of a maximum 4.0"),
    l("Credits Earned: 124 Semester hours"),
    l("Major: Supply Chain Management"),
    [],
    [{ x: 54, text: "Hopkinsville Community College", size: 10, font: "bold" }, { x: 300, text: "Hopkinsville, KY United States", size: 10 }],
    l("Associate's degree   12/2014"),
    l("Credits Earned: 64 Semester hours"),
    l("Major: Business Administration"),
    [],
    h("JOB RELATED TRAINING"),
    l("Defense Acquisition University: LOG 0010 Introduction to Life Cycle Logistics (2021);"),
    l("LOG 0040 Product Support Fundamentals (2021)."),
    [],
    h("CERTIFICATIONS"),
    l("Certified Professional in Supply Management (CPSM), Institute for Supply Management, 2023"),
    l("DAWIA Life Cycle Logistics - Practitioner, 2022"),
    [],
    h("LANGUAGE SKILLS"),
    l("Language: Spanish    Spoken: Intermediate    Written: Novice    Read: Intermediate"),
    [],
    h("REFERENCES"),
    l("Karen Mitchell    Supervisory Logistics Management Specialist    DLA Land and Maritime"),
    l("Phone: (614) 555-0187    Email: karen.mitchell@example.mil    Reference Type: Professional"),
    l("Angela Ruiz    Inventory Management Specialist    88th Air Base Wing"),
    l("Phone: (937) 555-0152    Email: angela.ruiz@example.mil    Reference Type: Professional"),
    [],
    h("ADDITIONAL INFORMATION"),
    l("Skills: SAP (DLA EBS), GCSS-Army, DPAS, Microsoft Excel (pivot tables, Power Query), Power BI."),
    l("Awards: DLA Land and Maritime Team Award (2022); Army Commendation Medal (2014)."),
  ]);
  const footer = (n: number): Text => ({ x: 280, top: 752, size: 8, text: `Page ${n} of 2` });
  return pagesPdf([{ texts: [...first, footer(1)] }, { texts: [...second, footer(2)] }], { cjk: false, size: "LETTER" });
};


// 74. An Indian fresher's résumé in Word: a centred underlined RESUME, the name in capitals, mobile | e-mail and a
// street address, CAREER OBJECTIVE, an ACADEMIC QUALIFICATIONS table (B.E., Class XII, Class X with boards, years and
// percentages), one internship with a "Duration:" line, two academic projects with dates, a TECHNICAL SKILLS table of
// category | items, certifications, extra-curricular posts (a club secretary, an NSS volunteer), PERSONAL DETAILS as
// tab-aligned "label : value" lines (father's name, date of birth, gender, marital status, languages known, hobbies)
// and the DECLARATION with place, date and the name in brackets.
const shaded = (text: string) => para(text, '<w:b/><w:sz w:val="23"/>', '<w:shd w:val="clear" w:fill="D9E2F3"/><w:spacing w:before="200" w:after="80"/>');
const indianBody = () =>
  [
    para("RESUME", '<w:b/><w:u w:val="single"/><w:sz w:val="28"/>', '<w:jc w:val="center"/>'),
    para("ANANYA KRISHNAN", '<w:b/><w:sz w:val="32"/>'),
    para("Mobile: +91 98450 12345  |  E-mail: ananya.k2025@example.in"),
    para("Address: No. 14, 3rd Cross, Jayanagar 4th Block, Bengaluru – 560011, Karnataka", "", '<w:pBdr><w:bottom w:val="single" w:sz="8"/></w:pBdr>'),
    shaded("CAREER OBJECTIVE"),
    para("To secure an entry-level software engineering position in a reputed organisation where I can apply my technical skills, learn continuously and contribute to the growth of the company."),
    shaded("ACADEMIC QUALIFICATIONS"),
    grid([2200, 2600, 2200, 1000, 1200], [
      ["Qualification", "Institution", "Board / University", "Year of Passing", "Percentage / CGPA"],
      ["B.E. (Computer Science and Engineering)", "R.V. College of Engineering, Bengaluru", "Visvesvaraya Technological University", "2025", "8.7 CGPA"],
      ["Class XII (PCMC)", "Sri Kumaran Children's Home PU College", "Karnataka PUE Board", "2021", "94.2%"],
      ["Class X", "Kendriya Vidyalaya, Malleswaram", "CBSE", "2019", "95.6%"],
    ]),
    shaded("INTERNSHIP"),
    para("Software Development Intern – Infoweave Technologies Pvt. Ltd., Bengaluru", "<w:b/>"),
    para("Duration: January 2025 – June 2025"),
    para("•\tDeveloped REST APIs in Java (Spring Boot) for the inventory module of a retail ERP."),
    para("•\tWrote unit tests with JUnit and fixed 30+ defects reported by the QA team."),
    shaded("ACADEMIC PROJECTS"),
    para("1. Crop Disease Detection using CNN (Final Year Project, Aug 2024 – May 2025)", "<w:b/>"),
    para("Trained a convolutional neural network in Python (TensorFlow) on 12,000 leaf images; 94% test accuracy."),
    para("2. Library Management System (Mini Project, 2023)", "<w:b/>"),
    para("Java Swing front end with a MySQL database; issue, return and fine tracking."),
    shaded("TECHNICAL SKILLS"),
    grid([3000, 6200], [
      ["Programming Languages", "Java, Python, C"],
      ["Web Technologies", "HTML, CSS, JavaScript, React"],
      ["Database", "MySQL"],
      ["Tools", "Git, VS Code, Eclipse"],
      ["Operating Systems", "Windows, Linux"],
    ], false),
    shaded("CERTIFICATIONS"),
    para("•\tNPTEL – Programming in Java (Elite + Silver), IIT Kharagpur, 2023"),
    para("•\tOracle Certified Associate, Java SE 8 Programmer, 2024"),
    shaded("EXTRA-CURRICULAR ACTIVITIES"),
    para("•\tSecretary, Coding Club, RVCE (2023 – 2024): organised weekly contests for 150 members."),
    para("•\tVolunteer, National Service Scheme (NSS), 2022."),
    para("•\tSecond prize, inter-college hackathon CodeFest 2024."),
    shaded("PERSONAL DETAILS"),
    ...[
      ["Father's Name", "R. Krishnan"], ["Date of Birth", "12-08-2003"], ["Gender", "Female"], ["Marital Status", "Single"],
      ["Nationality", "Indian"], ["Languages Known", "English, Kannada, Tamil, Hindi"], ["Hobbies", "Carnatic music, badminton"],
    ].map(([k, v]) => para(`${k}\t:\t${v}`, "", '<w:tabs><w:tab w:val="left" w:pos="2600"/><w:tab w:val="left" w:pos="2900"/></w:tabs>')),
    shaded("DECLARATION"),
    para("I hereby declare that the above-mentioned information is true to the best of my knowledge and belief."),
    para("Place: Bengaluru"),
    para("Date: 28/11/2026\t(ANANYA KRISHNAN)", "", '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>'),
  ].join("");

// 81. A Taiwanese nurse's 履歷表 in Word with a page header (her name and 護理師履歷) and a footer of PAGE / NUMPAGES
// fields: a 基本資料 table of label | value pairs with the photo in a merged last column (性別, 出生日期, 婚姻狀況, a
// 希望職務 wish, the address across three cells), then 學歷, 工作經歷 (期間 | 服務機構 | 單位／職稱 | 工作內容, "2020/7~迄今")
// and 專業證照 tables, 專長, 語言能力 and a 自傳.
const nurseBody = () => {
  const head = (text: string) => para(text, '<w:b/><w:color w:val="FFFFFF"/><w:sz w:val="24"/>', '<w:shd w:val="clear" w:fill="3B7A57"/><w:spacing w:before="200" w:after="60"/>');
  const info: [string, string, string, string][] = [
    ["姓名", "陳宛蓁", "英文姓名", "Wan-Chen Chen"],
    ["性別", "女", "出生日期", "1994/03/18"],
    ["婚姻狀況", "未婚", "希望職務", "專科護理師、加護病房護理師"],
    ["手機", "0987-654-321", "E-mail", "wanchen.chen@example.com.tw"],
  ];
  const widths = [1200, 2300, 1200, 2600];
  const photoCell = (i: number) => cell(i === 0 ? photoDrawing : "<w:p/>", 1900, i === 0 ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>");
  const infoTable = `<w:tbl>${bordered}<w:tblGrid>${[...widths, 1900].map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${info
    .map((r, i) => `<w:tr>${r.map((c, j) => cell(para(c, j % 2 === 0 ? "<w:b/>" : ""), widths[j]!, j % 2 === 0 ? '<w:shd w:val="clear" w:fill="E2EFDA"/>' : "")).join("")}${photoCell(i)}</w:tr>`)
    .join("")}<w:tr>${cell(para("通訊地址", "<w:b/>"), 1200, '<w:shd w:val="clear" w:fill="E2EFDA"/>')}${cell(para("臺中市北屯區崇德路二段100號8樓"), 6100, '<w:gridSpan w:val="3"/>')}${photoCell(4)}</w:tr></w:tbl>`;
  return [
    para("履　歷　表", '<w:b/><w:sz w:val="40"/>', '<w:jc w:val="center"/>'),
    infoTable,
    head("學歷"),
    grid([1900, 3400, 2200, 1700], [
      ["期間", "學校名稱", "科系", "學位"],
      ["2012/9~2016/6", "中山醫學大學", "護理學系", "學士"],
      ["2009/9~2012/6", "臺中市立臺中女子高級中等學校", "普通科", "高中"],
    ]),
    head("工作經歷"),
    grid([1700, 1900, 2300, 3300], [
      ["期間", "服務機構", "單位／職稱", "工作內容"],
      ["2020/7~迄今", "臺中博安醫院", "內科加護病房／護理師（N3）", "重症病人照護（呼吸器、CVVH、ECMO）；擔任小組長，管理6名護理師的排班與病床分配"],
      ["2016/8~2020/6", "彰化慈光醫院", "一般外科病房／護理師", "術前術後護理、傷口照護與衛教，每班照護8至10床"],
    ]),
    head("專業證照"),
    grid([3600, 3800, 1800], [
      ["證照名稱", "發證單位", "取得日期"],
      ["護理師證書", "考選部", "2016/08"],
      ["BLS 基本救命術", "台灣急救教育推廣與訓練協會", "2025/03"],
      ["ACLS 高級心臟救命術", "中華民國急救加護醫學會", "2024/11"],
      ["N3 臨床能力進階", "臺中博安醫院", "2023/06"],
    ]),
    head("專長"),
    para("重症照護、呼吸器照護、CVVH、傷口照護、護理資訊系統（HIS）、Excel"),
    head("語言能力"),
    para("國語：精通　　台語：中等　　英文：中等"),
    head("自傳"),
    para("我在彰化長大，大學就讀中山醫學大學護理學系，畢業後進入彰化慈光醫院一般外科病房，學會在忙碌的病房裡分清輕重緩急。"),
    para("2020年轉至臺中博安醫院內科加護病房，照護呼吸器與洗腎病人，2023年通過N3進階並擔任小組長。希望未來能往專科護理師發展。"),
    `<w:sectPr xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1200" w:right="1000" w:bottom="1200" w:left="1000" w:header="600" w:footer="600"/></w:sectPr>`,
  ].join("");
};
const nurseParts = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>`,
  "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdPhoto" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>`,
  "word/header1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr>${run("陳宛蓁　｜　護理師履歷", '<w:color w:val="808080"/><w:sz w:val="18"/>')}</w:p></w:hdr>`,
  "word/footer1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run("第 ")}${field("PAGE")}${run(" 頁，共 ")}${field("NUMPAGES")}${run(" 頁")}</w:p></w:ftr>`,
  "word/media/image1.png": PHOTO,
};

const encodings: Record<string, string> = {
  "75_hk_bilingual_hkscs.big5hkscs": "big5hkscs",
  "77_zh_email_body_gb18030.gb18030": "gb18030",
};

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(here("72_zh_zhaopin_pdf_export.pdf"), await zhaopinPdf());
  writeFileSync(here("73_de_lebenslauf_tabular.pdf"), await lebenslaufPdf());
  writeFileSync(here("76_en_canva_skill_bars.pdf"), await canvaPdf());
  writeFileSync(here("78_en_us_federal_resume.pdf"), await federalPdf());
  const docx: Record<string, () => Promise<Uint8Array>> = {
    "74_in_fresher_declaration.docx": () => buildDocx(documentXml(indianBody())),
    "81_tw_nurse_licences_header.docx": () => buildDocx(documentXml(nurseBody()), nurseParts),
  };
  for (const [name, build] of Object.entries(docx)) if (!existsSync(here(name))) writeFileSync(here(name), await build());
  writeEncoded(new URL("./", import.meta.url), encodings);
}
