import { existsSync, writeFileSync } from "node:fs";
import { buildDocx, documentXml, p, table } from "../../../../fixtures/documents/build-docx.js";
import { textPdf } from "../../../../fixtures/resumes/simple-pdf.js";
import { type Item, itemsPdf } from "../batch5/make-batch5.js";

/**
 * Writes batch 7's PDFs and .docx: `npx tsx test/unit/resumes/corpus/batch7/make-batch7.ts`. The PDFs embed Noto CJK
 * and jszip stamps the time into a .docx, so the files are committed, only missing ones are written, and the tests
 * read only those.
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);
const lines = (x: number, top: number, leading: number, size: number, texts: (string | { text: string; size?: number; bold?: boolean })[]): Item[] =>
  texts.flatMap((t, i) => {
    const l = typeof t === "string" ? { text: t } : t;
    return l.text ? [{ x, top: top + i * leading, size: l.size ?? size, text: l.text, bold: l.bold }] : [];
  });

// LinkedIn's "Save to PDF" profile: a left column of Contact / Top Skills / Languages / Certifications, the main
// column with name, headline, location, Summary, Experience as company / title / "Month Year - Present (duration)" /
// place, Education as school / "Degree - XX, Field · (YYYY - YYYY)", and a page footer.
const linkedinProfile = () =>
  itemsPdf(
    [
      ...lines(40, 60, 15, 9, [
        { text: "Contact", size: 12, bold: true }, "daniela.chen@example.com", "www.linkedin.com/in/danielachen", "(LinkedIn)", "",
        { text: "Top Skills", size: 12, bold: true }, "Financial Modeling", "Power BI", "SQL", "",
        { text: "Languages", size: 12, bold: true }, "Spanish (Native or Bilingual)", "English (Full Professional)", "",
        { text: "Certifications", size: 12, bold: true }, "Certified Management Accountant", "(CMA)",
      ]),
      ...lines(220, 60, 16, 10, [
        { text: "Daniela Chen", size: 24, bold: true }, "", "FP&A Manager at Northwind Traders", "Austin, Texas, United States", "",
        { text: "Summary", size: 14, bold: true }, "Finance lead for a consumer goods business; forecasting, pricing and board reporting.", "",
        { text: "Experience", size: 14, bold: true }, { text: "Northwind Traders", bold: true }, "FP&A Manager", "March 2022 - Present (2 years 10 months)",
        "Austin, Texas, United States", "Led a team of 3 analysts; rebuilt the rolling forecast.", "", { text: "Contoso Bank", bold: true }, "Senior Financial Analyst",
        "July 2018 - February 2022 (3 years 8 months)", "Dallas, Texas, United States", "Variance analysis for the retail lending book.", "",
        { text: "Education", size: 14, bold: true }, { text: "The University of Texas at Austin", bold: true }, "Master of Science - MS, Finance · (2016 - 2018)",
        { text: "Texas A&M University", bold: true }, "Bachelor of Business Administration - BBA, Accounting · (2012 - 2016)",
      ]),
      { x: 270, top: 800, size: 8, text: "Page 1 of 1" },
    ],
    [{ x: 30, y: 50, w: 170, h: 300 }],
  );

// A Chinese résumé made from a Word table and printed to PDF: every cell a box, labels in the left cells, the
// multi-line education and work cells beside their label.
const tablePdf = () => {
  const row = (top: number, h: number, cells: [number, number, string[]][]) => ({
    rects: cells.map(([x, w]) => ({ x, y: top, w, h })),
    items: cells.flatMap(([x, , texts]) => lines(x + 6, top + 6, 15, 10, texts)),
  });
  const rows = [
    row(60, 26, [[40, 70, ["姓名"]], [110, 150, ["马晓东"]], [260, 70, ["出生年月"]], [330, 130, ["1993.11"]]]),
    row(86, 26, [[40, 70, ["手机"]], [110, 150, ["130 5566 7788"]], [260, 70, ["邮箱"]], [330, 130, ["maxiaodong@example.com"]]]),
    row(112, 26, [[40, 70, ["现居地"]], [110, 150, ["青岛市黄岛区"]], [260, 70, ["最高学历"]], [330, 130, ["硕士"]]]),
    row(138, 40, [[40, 70, ["教育经历"]], [110, 350, ["2016.09-2019.06　中国海洋大学　海洋化学　硕士", "2012.09-2016.06　青岛科技大学　应用化学　本科"]]]),
    row(178, 40, [[40, 70, ["工作经历"]], [110, 350, ["2019.07-至今　青岛海湾化学有限公司　研发工程师", "负责PVC助剂配方研发，获发明专利2项"]]]),
    row(218, 26, [[40, 70, ["专业技能"]], [110, 350, ["Origin、ChemDraw、HPLC、GC-MS"]]]),
    row(244, 26, [[40, 70, ["证书"]], [110, 350, ["英语六级、中级工程师（化工）"]]]),
  ];
  return itemsPdf([{ x: 200, top: 30, size: 16, text: "个人简历", bold: true }, ...rows.flatMap((r) => r.items)], rows.flatMap((r) => r.rects));
};

// A Japanese-company-style 履历书 in Word: a contact table, then a 年 | 月 | 学历・职历 table oldest first with
// 入学/毕业/入职/离职 rows, a 现在 and 以上 row, and a 年 | 月 | 资格・证书 table.
export const rirekishoBody = [
  p("履　历　书"),
  table([["姓名", "宋佳琪"], ["联系电话", "159 4118 2233"], ["邮箱", "songjiaqi@example.com"], ["现住址", "大连市甘井子区"]]),
  table([
    ["年", "月", "学历・职历"],
    ["", "", "学历"],
    ["2016", "9", "大连理工大学 软件学院 软件工程专业 入学"],
    ["2020", "6", "大连理工大学 软件学院 软件工程专业 毕业（本科）"],
    ["", "", "职历"],
    ["2020", "7", "大连东软信息技术有限公司 入职"],
    ["", "", "软件工程师（对日金融系统开发）"],
    ["2023", "3", "大连东软信息技术有限公司 离职"],
    ["2023", "4", "大连富士通系统有限公司 入职"],
    ["", "", "系统工程师，负责日本保险客户的系统维护"],
    ["", "", "现在"],
    ["", "", "以上"],
  ]),
  table([["年", "月", "资格・证书"], ["2019", "12", "日本语能力考试 N1"], ["2021", "5", "基本信息技术者考试（FE）"]]),
].join("");

// A two-page English résumé with a running header on each page; the second job's bullets continue onto page 2.
const twoPages = () =>
  textPdf([
    [
      "Priya Sharma - Resume - Page 1 of 2", "", "PRIYA SHARMA", "Toronto, ON | +1 416 555 0177 | priya.sharma@example.ca", "", "EXPERIENCE",
      "Senior Software Engineer, Maple Health Inc.", "Jan 2022 - Present", "- Lead a team of 5 engineers building the claims platform",
      "- Migrated 40 services to Kubernetes", "Software Engineer, Shopwise", "Jun 2018 - Dec 2021", "- Built the checkout service in Go",
    ],
    [
      "Priya Sharma - Resume - Page 2 of 2", "", "- Reduced checkout latency 30% with caching in Redis", "Junior Developer, Northbyte Labs", "Sep 2016 - May 2018",
      "- Maintained internal tools in Python", "", "EDUCATION", "B.A.Sc. Computer Engineering, University of Waterloo, 2016", "", "SKILLS",
      "Go, Python, Kubernetes, PostgreSQL, Redis, Terraform", "", "LANGUAGES", "English, Hindi, French (intermediate)",
    ],
  ]);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(here("54_en_linkedin_profile.pdf"), await linkedinProfile());
  writeFileSync(here("58_zh_table_printed.pdf"), await tablePdf());
  writeFileSync(here("61_en_two_pages_running_header.pdf"), twoPages());
  if (!existsSync(here("56_zh_rirekisho_table.docx"))) writeFileSync(here("56_zh_rirekisho_table.docx"), await buildDocx(documentXml(rirekishoBody)));
}
