import { existsSync, writeFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { buildDocx, documentXml, p } from "../../../fixtures/documents/build-docx.js";

/**
 * Writes the corpus documents that are not plain text: `npx tsx test/unit/positions/corpus/make-files.ts`. The files
 * are committed and only missing ones are written (jszip stamps the time); the corpus tests read the committed files
 * through the document decoder (corpus-text.ts), never this script. The PDF uses Noto Sans CJK SC (Debian fonts-noto-cjk).
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);
const cjkFont = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

// 121: a county hospital's 招聘岗位表 in Word: 科室 cells merged down over each department's posts (w:vMerge), a
// wide title row spanning every column (w:gridSpan), and a 合计 row.
type Cell = string | { text: string; merge?: "restart" | "continue"; span?: number };
const tc = (c: Cell) => {
  if (typeof c === "string") return `<w:tc>${p(c)}</w:tc>`;
  const props = `${c.span ? `<w:gridSpan w:val="${c.span}"/>` : ""}${c.merge ? `<w:vMerge${c.merge === "restart" ? ' w:val="restart"' : ""}/>` : ""}`;
  return `<w:tc><w:tcPr>${props}</w:tcPr>${p(c.text)}</w:tc>`;
};
const grid = (rows: Cell[][]) => `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map(tc).join("")}</w:tr>`).join("")}</w:tbl>`;
const hospitalBody = [
  p("青溪县人民医院2027年公开招聘编外工作人员岗位表"),
  p("根据医院发展需要，现公开招聘编外专业技术人员，岗位如下："),
  grid([
    [{ text: "青溪县人民医院2027年招聘岗位一览表", span: 6 }],
    ["科室", "岗位名称", "招聘人数", "学历要求", "专业要求", "其他条件"],
    [{ text: "内科", merge: "restart" }, "心内科医师", "2", "本科及以上", "临床医学", "具有执业医师资格，3年以上心内科工作经历"],
    [{ text: "", merge: "continue" }, "呼吸科医师", "1", "硕士研究生及以上", "内科学", "取得住院医师规范化培训合格证"],
    [{ text: "医技科", merge: "restart" }, "超声诊断医师", "1", "本科及以上", "医学影像学", "具有执业医师资格"],
    [{ text: "", merge: "continue" }, "检验技师", "2", "大专及以上", "医学检验技术", "具有检验技士及以上资格"],
    [{ text: "", merge: "continue" }, "药剂师", "1", "本科及以上", "药学", "具有药士及以上资格，2年以上医院药房工作经历"],
    ["合计", "", "7", "", "", ""],
  ]),
  p("报名时间：2027年1月4日至1月15日。联系电话：0578-1234567。"),
].join("");

type Placed = { text: string; x: number; y: number; size?: number };
type Page = { items: Placed[]; lines: [number, number, number, number][] };

/** A PDF of placed text items and ruling lines, one page each. */
function placedPdf(pages: Page[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 30, autoFirstPage: false, info: { Title: "document", CreationDate: new Date(0) } });
  doc.registerFont("regular", cjkFont, "NotoSansCJKsc-Regular");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage();
    for (const [x1, y1, x2, y2] of page.lines) doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.6).stroke("#000000");
    for (const i of page.items) doc.font("regular").fontSize(i.size ?? 10.5).fillColor("black").text(i.text, i.x, i.y, { lineBreak: false });
  }
  doc.end();
  return done;
}

/** One ruled grid row: each cell's lines 14 apart from the top of the row, and the row's rules. */
const gridRow = (xs: number[], y: number, h: number, cells: string[][]): Page => ({
  items: cells.flatMap((lines, col) => lines.map((text, i) => ({ text, x: xs[col]! + 3, y: y + 6 + i * 14, size: 9 }))),
  lines: [[xs[0]!, y, xs.at(-1)!, y], [xs[0]!, y + h, xs.at(-1)!, y + h], ...xs.map((x) => [x, y, x, y + h] as [number, number, number, number])],
});
const merge = (...parts: Page[]): Page => ({ items: parts.flatMap((x) => x.items), lines: parts.flatMap((x) => x.lines) });

// 122: a municipal water company's 招聘简章 as a PDF: its 岗位计划表 (序号|岗位|人数|学历|专业|岗位要求) a ruled grid
// whose 专业 and 岗位要求 cells wrap over two to four lines, breaking onto page 2 under a repeated header row.
const waterPages = (): Page[] => {
  const xs = [40, 70, 160, 195, 265, 375, 555];
  const header = () => gridRow(xs, 0, 24, [["序号"], ["岗位"], ["人数"], ["学历"], ["专业"], ["岗位要求"]]);
  const at = (row: Page, y: number): Page => ({ items: row.items.map((i) => ({ ...i, y: i.y + y })), lines: row.lines.map(([a, b, c, d]) => [a, b + y, c, d + y]) });
  const rows = [
    gridRow(xs, 0, 66, [["1"], ["给排水工程师"], ["2"], ["本科及以上"], ["给排水科学与工", "程、环境工程"], ["1.具有3年以上市政给排", "水设计或运维经验；", "2.持注册公用设备工程师", "（给水排水）证书者优先。"]]),
    gridRow(xs, 0, 52, [["2"], ["水质化验员"], ["3"], ["大专及以上"], ["化学、应用化学、", "环境监测"], ["1.熟悉水质检测国家标准；", "2.能适应倒班。"]]),
    gridRow(xs, 0, 52, [["3"], ["管网巡检员"], ["4"], ["高中及以上"], ["专业不限"], ["1.能适应户外工作；", "2.持C1及以上驾驶证。"]]),
  ];
  const page1 = merge(
    { items: [
      { text: "澄江市自来水有限公司2027年招聘简章", x: 150, y: 60, size: 15 },
      { text: "一、招聘计划", x: 40, y: 110 },
      { text: "本次共招聘9人，各岗位条件见下表。", x: 40, y: 132 },
    ], lines: [] },
    at(header(), 600), at(rows[0]!, 624), at(rows[1]!, 690),
    { items: [{ text: "— 1 —", x: 280, y: 800, size: 9 }], lines: [] },
  );
  const page2 = merge(
    at(header(), 60), at(rows[2]!, 84),
    { items: [
      { text: "二、报名方式", x: 40, y: 170 },
      { text: "请于2027年1月20日前将简历发送至hr@chengjiang-water.example。", x: 40, y: 192 },
      { text: "— 2 —", x: 280, y: 800, size: 9 },
    ], lines: [] },
  );
  return [page1, page2];
};

const writeNew = async (name: string, make: () => Buffer | Uint8Array | Promise<Buffer | Uint8Array>) => {
  if (!existsSync(here(name))) writeFileSync(here(name), await make());
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeNew("121_docx_merged_departments.docx", () => buildDocx(documentXml(hospitalBody)));
  await writeNew("122_pdf_grid_page_break.pdf", () => placedPdf(waterPages()));
}
