import { existsSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";
import { buildDocx, documentXml, p, table } from "../../../../fixtures/documents/build-docx.js";

/**
 * Writes this batch's non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-06/make-files.ts`. The .docx
 * (jszip stamps the time) and PDFs (Noto CJK) are committed and only missing files are written; the eval reads the
 * committed files, never this script.
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);
type Placed = { text: string; x: number; y: number; size?: number; bold?: boolean };

function placedPdf(pages: { items: Placed[]; boxes?: { x: number; y: number; w: number; h: number }[] }[]): Promise<Buffer> {
  const fonts = "/usr/share/fonts/opentype/noto";
  const doc = new PDFDocument({ size: "A4", margin: 40, autoFirstPage: false, info: { Title: "jobs", CreationDate: new Date(0) } });
  doc.registerFont("regular", `${fonts}/NotoSansCJK-Regular.ttc`, "NotoSansCJKsc-Regular");
  doc.registerFont("bold", `${fonts}/NotoSansCJK-Bold.ttc`, "NotoSansCJKsc-Bold");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage();
    for (const b of page.boxes ?? []) doc.rect(b.x, b.y, b.w, b.h).stroke("#336699");
    // written row by row across the columns, as poster tools do
    for (const i of [...page.items].sort((a, b) => a.y - b.y || a.x - b.x)) {
      doc.font(i.bold ? "bold" : "regular").fontSize(i.size ?? 10).fillColor("black").text(i.text, i.x, i.y, { lineBreak: false });
    }
  }
  doc.end();
  return done;
}
const column = (x: number, y: number, lines: (string | { text: string; bold?: boolean; size?: number })[], leading = 17): Placed[] =>
  lines.map((l, i) => ({ x, y: y + i * leading, ...(typeof l === "string" ? { text: l } : l) }));

// A recruitment poster as a PDF: a banner, then two roles side by side in two columns, a shared footer.
const poster = () =>
  placedPdf([
    {
      items: [
        { text: "青禾餐饮管理有限公司", x: 180, y: 50, size: 20, bold: true },
        { text: "JOIN US  诚邀你的加入", x: 200, y: 82, size: 14 },
        ...column(50, 140, [
          { text: "储备店长", bold: true, size: 15 }, "薪资：8000-12000元/月", "岗位职责：", "1. 协助店长管理门店日常运营", "2. 负责员工排班与培训",
          "3. 控制门店成本与损耗", "任职要求：", "1. 大专及以上学历", "2. 2年以上餐饮门店管理经验", "3. 持健康证",
        ]),
        ...column(310, 140, [
          { text: "中央厨房品控专员", bold: true, size: 15 }, "薪资：6000-8000元/月", "岗位职责：", "1. 负责原料验收与成品抽检", "2. 执行HACCP体系文件",
          "3. 跟进食品安全异常整改", "任职要求：", "1. 食品科学与工程相关专业，本科", "2. 1年以上食品企业品控经验", "3. 持食品安全管理员证优先",
        ]),
        { text: "福利：五险一金 · 员工餐 · 带薪年假 · 节日礼品", x: 130, y: 370, size: 11 },
        { text: "投递邮箱：hr@qinghe-example.com    地址：长沙市岳麓区麓谷大道88号", x: 90, y: 392, size: 10 },
      ],
      boxes: [{ x: 40, y: 130, w: 245, h: 220 }, { x: 300, y: 130, w: 245, h: 220 }],
    },
  ]);

// An English PDF brochure: a letterhead, two roles each in a box, a closing date and a page footer.
const brochure = () =>
  placedPdf([
    {
      items: [
        { text: "Harbourside City Council", x: 50, y: 40, size: 18, bold: true },
        { text: "Careers with Council  |  Vacancies bulletin no. 47", x: 50, y: 64, size: 10 },
        ...column(60, 110, [
          { text: "Environmental Health Officer", bold: true, size: 13 }, "Grade 7  |  $98,420 – $108,150 + super  |  Permanent full-time",
          "About the role", "Investigate food safety, noise and public health complaints across the city.", "Inspect food premises and prepare enforcement reports.",
          "About you", "Degree in Environmental Health recognised by EHA.", "At least 3 years of experience as an EHO in local government.",
          "Current driver's licence essential.",
        ]),
        ...column(60, 330, [
          { text: "Team Leader Parks Maintenance", bold: true, size: 13 }, "Grade 6  |  $86,900 – $94,300 + super  |  Permanent full-time",
          "About the role", "Lead a crew of 8 horticulture and maintenance staff.", "Plan the mowing, planting and tree programs for 140 parks.",
          "About you", "Certificate III in Horticulture or Arboriculture.", "Minimum 5 years in parks or open-space maintenance, including 2 years supervising.",
          "Chemical handling accreditation (AQF3) and a current driver's licence.",
        ]),
        { text: "Applications close 5pm Friday 18 December 2026. Apply at careers.harbourside.example.", x: 50, y: 560, size: 10 },
        { text: "Harbourside City Council is an equal opportunity employer.", x: 50, y: 578, size: 9 },
        { text: "Page 1 of 1", x: 270, y: 800, size: 8 },
      ],
      boxes: [{ x: 50, y: 100, w: 495, h: 200 }, { x: 50, y: 320, w: 495, h: 210 }],
    },
  ]);

// An NHS Jobs advert saved from Word: job overview and duties, then a Person Specification table whose rows are
// criteria groups and whose columns are Essential and Desirable.
export const nhsBody = [
  p("Staff Nurse - Acute Medical Unit"),
  p("Band 5  |  £29,970 to £36,483 a year  |  Permanent, full time (37.5 hours)"),
  p("Northgate Teaching Hospitals NHS Foundation Trust, Leeds"),
  p("Job overview"),
  p("We are looking for a registered nurse to join our 32-bed Acute Medical Unit."),
  p("Main duties of the job"),
  p("Assess, plan and deliver care for acutely unwell adult patients."),
  p("Administer medicines, including IV therapy, in line with Trust policy."),
  p("Supervise healthcare assistants and student nurses on shift."),
  p("Person Specification"),
  table([
    ["", "Essential", "Desirable"],
    ["Qualifications", ["Registered Nurse (Adult) with current NMC registration", "Degree in Nursing"], ["Mentorship qualification"]],
    ["Experience", ["Experience of acute adult nursing, including student placements"], ["6 months post-registration experience in acute medicine"]],
    ["Skills", ["IV drug administration or willingness to train", "Good written and spoken English"], ["Venepuncture and cannulation"]],
  ]),
  p("This post is subject to an enhanced DBS check."),
].join("");

// An HR sheet saved from Excel as "Unicode Text": UTF-16LE with BOM, tab-separated, a header row, cells with line
// breaks quoted.
export const unicodeText = [
  "职位\t部门\t岗位职责\t任职要求\t编制",
  '销售助理\t销售部\t"1、负责销售订单录入与跟进\n2、整理客户资料，制作销售报表"\t"1、大专以上学历，市场营销相关专业优先\n2、熟练使用Excel和ERP系统\n3、1年以上销售助理经验"\t1',
  '电气工程师\t技术部\t"1、负责非标自动化设备的电气设计\n2、编写PLC程序并现场调试"\t"1、本科以上学历，电气工程及其自动化专业\n2、3年以上非标设备电气设计经验\n3、熟悉西门子PLC和EPLAN"\t2',
  "",
].join("\r\n");

const writeNew = async (name: string, make: () => Buffer | Uint8Array | Promise<Buffer | Uint8Array>) => {
  if (!existsSync(here(name))) writeFileSync(here(name), await make());
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeNew("05_poster_two_columns.pdf", poster);
  await writeNew("06_nhs_person_spec.docx", () => buildDocx(documentXml(nhsBody)));
  await writeNew("10_en_council_brochure.pdf", brochure);
  await writeNew("12_excel_unicode_text.txt", () => iconv.encode(unicodeText, "utf16le", { addBOM: true }));
}
