import { readFileSync } from "node:fs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { countBelow, readingOrder } from "../../../server/documents/lines/pdf-columns.js";
import { layoutPage } from "../../../server/documents/lines/pdf-lines.js";
import type { PdfText } from "../../fixtures/documents/two-column-pdf.js";
import { RESUME_EN, RESUME_ZH } from "../../fixtures/documents/two-column-texts.js";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));
const plain = (t: PdfText) => (typeof t === "string" ? t : t.text).replace(/\s/g, "");
const item = (str: string, x: number, y: number, size = 10): TextItem => ({
  str, dir: "ltr", transform: [size, 0, 0, size, x, y], width: str.length * size, height: size, fontName: "f", hasEOL: false,
});
const texts = (items: TextItem[]) => layoutPage(items, 1).lines.map((l) => l.text);

describe("PDF reading order on the committed two-column resumes", () => {
  it("should read a left sidebar whole, then the main column, after the full-width header (Chinese)", async () => {
    const { lines } = await decodeDocument(fixture("resume-two-column.zh.pdf"));
    expect(lines.map((l) => l.text.replace(/\s/g, ""))).toEqual([...RESUME_ZH.header, ...RESUME_ZH.sidebar, ...RESUME_ZH.main].map(plain));
    expect(lines.map((l) => l.geometry!.column)).toEqual([...RESUME_ZH.header.map(() => 0), ...RESUME_ZH.sidebar.map(() => 0), ...RESUME_ZH.main.map(() => 1)]);
  });

  it("should read the main column whole, then a right sidebar (English)", async () => {
    const { lines, text } = await decodeDocument(fixture("resume-two-column.en.pdf"));
    expect(lines.map((l) => l.text.replace(/\s/g, ""))).toEqual([...RESUME_EN.header, ...RESUME_EN.main, ...RESUME_EN.sidebar].map(plain));
    expect(text.split("\n").map((l) => l.replace(/\s/g, ""))).toEqual(lines.map((l) => l.text.replace(/\s/g, "")));
  });

  it("should give each line its page, position and font size", async () => {
    const { lines } = await decodeDocument(fixture("resume-two-column.zh.pdf"));
    const name = lines[0]!;
    expect(name.page).toBe(1);
    expect(name.fontSize).toBe(20);
    expect(name.geometry).toMatchObject({ x: 48, fontSize: 20, column: 0 });
    const sidebar = lines.filter((l) => l.geometry!.column === 0 && l.geometry!.y < name.geometry!.y - 40);
    const main = lines.filter((l) => l.geometry!.column === 1);
    expect(Math.max(...sidebar.map((l) => l.geometry!.x + l.geometry!.width))).toBeLessThan(Math.min(...main.map((l) => l.geometry!.x)));
  });
});

describe("readingOrder on drawn items", () => {
  // Row by row, as many generators write: left 15 pt apart, right 18 pt apart.
  const sidebar = ["Skills", "Python", "Go", "SQL", "Languages", "English"].map((s, i) => item(s, 50, 700 - i * 15, 9));
  const main = ["Experience", "Engineer at Acme", "Built billing", "Led a team", "Education", "B.S. 2016"].map((s, i) => item(s, 230, 700 - i * 18, 10));
  const drawnByRow = [...sidebar, ...main].sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);

  it("should never interleave lines of two columns written row by row", () => {
    expect(texts(drawnByRow)).toEqual([...sidebar, ...main].map((i) => i.str));
  });

  it("should read a page of four columns of one measure column by column, each whole (a paper's classified ads)", () => {
    const column = (name: string) => Array.from({ length: 9 }, (_, i) => `${name}第${i + 1}行广告文字`);
    const columns = ["甲栏", "乙栏", "丙栏", "丁栏"].map(column);
    const leading = [12, 13, 12.5, 14];
    const items = columns.flatMap((lines, c) => lines.map((l, i) => item(l, 40 + c * 135, 740 - c * 3 - i * leading[c]!, 9)));
    const drawnByRow = items.sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
    expect(texts(drawnByRow)).toEqual(columns.flat());
    expect(new Set(layoutPage(drawnByRow, 1).lines.map((l) => l.geometry!.column)).size).toBe(4);
  });

  it("should read a label | value table row by row", () => {
    const rows = [["学历要求", "本科及以上"], ["工作经验", "三年以上"], ["岗位职责", "负责招聘"], ["任职资格", "沟通能力强"]];
    const items = rows.flatMap(([label, value], i) => [item(label!, 72, 700 - i * 16), item(value!, 200, 700 - i * 16)]);
    expect(texts(items)).toEqual(rows.map(([l, v]) => `${l} ${v}`));
  });

  it("should read two columns drawn on the same baselines column by column when they run in parallel (a role a column)", () => {
    const left = ["面包师", "薪资：5000-7000元/月", "岗位职责：", "1. 制作面包与西点", "2. 保持操作间卫生", "任职要求：", "1. 1年以上烘焙经验"];
    const right = ["收银员", "薪资：4000-5000元/月", "岗位职责：", "1. 收银与对账", "2. 接待顾客", "任职要求：", "1. 熟练使用收银系统"];
    const items = left.flatMap((l, i) => [item(l, 60, 700 - i * 16), item(right[i]!, 320, 700 - i * 16)]);
    expect(texts(items)).toEqual([...left, ...right]);
  });

  it("should still read a form of different labels side by side row by row", () => {
    const rows = [["姓名：张三", "性别：男"], ["学历：本科", "专业：会计"], ["政治面貌：群众", "婚否：未婚"], ["籍贯：湖南", "民族：汉"]];
    const items = rows.flatMap(([l, r], i) => [item(l!, 60, 700 - i * 16), item(r!, 320, 700 - i * 16)]);
    expect(texts(items)).toEqual(rows.map(([l, r]) => `${l} ${r}`));
  });

  it("should keep right-aligned dates on the line they date", () => {
    const items = [0, 1, 2, 3].flatMap((i) => [
      item(`Engineer at Company ${i}`, 72, 700 - i * 40),
      item(`20${10 + i} - 20${11 + i}`, 480, 700 - i * 40),
      item("Built things and shipped them on time", 72, 686 - i * 40),
    ]);
    expect(texts(items)[0]).toBe("Engineer at Company 0 2010 - 2011");
    expect(layoutPage(items, 1).lines.every((l) => l.geometry!.column === 0)).toBe(true);
  });

  it("should keep right-aligned dates in a smaller size on their lines beside a stamp at the top and a page number", () => {
    // A job site's export: "company ... dates" with the dates a size smaller (so their baseline sits a little higher), a
    // reference number at the top right and "1/1" beside the footer: the right side's lines all stand beside the left's.
    const items = [
      item("智联招聘 zhaopin", 40, 790, 12), item("简历编号：ZP0001", 420, 795, 8),
      ...[0, 1, 2].flatMap((i) => [
        item(`杭州第${i}科技有限公司`, 40, 700 - i * 60, 10.5),
        item(`201${i}.03 - 201${i + 1}.02（1年）`, 400, 701.7 - i * 60, 9),
        item("Java开发工程师 | 研发部 | 杭州", 40, 685 - i * 60, 9.5),
        item("工作职责：负责订单系统的开发与维护", 40, 670 - i * 60, 9.5),
        item("工作业绩：接口耗时下降一半", 40, 655 - i * 60, 9.5),
      ]),
      item("本简历来自招聘网站", 200, 25, 7.5), item("1/1", 530, 25, 7.5),
    ];
    const lines = layoutPage(items, 1).lines;
    expect(lines.every((l) => l.geometry!.column === 0)).toBe(true);
    expect(lines.find((l) => l.text.startsWith("杭州第1科技有限公司"))?.text).toMatch(/^杭州第1科技有限公司\s*2011\.03 - 2012\.02（1年）$/);
  });

  it("should read a sidebar set at the main column's leading as a column, though most of its baselines are the main column's too", () => {
    // Both columns 15 pt apart from the same top, so body lines coincide; the sidebar's headings sit a little lower
    // than a body line, the main column's (in a larger size) a little higher. Three in four baselines are shared.
    const side = ["CONTACT", "Rue de Lyon 4", "69003 Lyon", "+33 6 12 34 56 78", "lea@example.fr", "linkedin.com/in/lea", "Born 1994", "Driving licence B",
      "SKILLS", "Power BI", "SQL", "R", "Excel", "Looker", "dbt", "Python"];
    const main = ["EXPERIENCE", "Data Analyst", "Vireo Retail SA · Lyon", "Built the weekly sales dashboards", "Cut report time by half",
      "INTERNSHIPS", "BI Intern", "Vireo Retail SA · Lyon", "Wrote the SQL for store reports", "Cleaned the loyalty data", "Presented to the board",
      "EDUCATION", "MSc Statistics", "Université de Lyon", "BSc Mathematics", "Université de Grenoble"];
    const heading = (s: string) => /^[A-Z]{5,}$/.test(s);
    const items = [
      ...side.map((s, i) => item(s, 40, 700 - i * 15 - (heading(s) ? 2.5 : 0), 8.5)),
      ...main.map((s, i) => item(s, 220, 700 - i * 15 + (heading(s) ? 2.5 : 0), 9.5)),
    ];
    const lines = layoutPage(items, 1).lines;
    expect(lines.map((l) => l.text)).toEqual([...side, ...main]);
    expect(lines.filter((l) => l.geometry!.column === 1).map((l) => l.text)).toEqual(main);
  });

  it("should read a tabular CV's date | post rows row by row, its section headings standing across the table", () => {
    // Headings in a larger size alone in the label column, a gap above and below; the dates beside their posts; a place
    // and date under the table. No line of the left side stands beside nothing within the table but the headings.
    const rows: [string, string, number, number][] = [];
    let y = 760;
    const row = (left: string, right = "") => (rows.push([left, right, y, 10]), (y -= 15));
    const heading = (text: string) => ((y -= 14), rows.push([text, "", y, 12]), (y -= 29));
    heading("Curriculum Vitae");
    heading("Persönliches");
    row("Name", "Jonas Albers");
    row("Adresse", "Am Wall 12, 28195 Bremen");
    row("Telefon", "0421 555 0102");
    row("Mobil", "0170 555 0199");
    row("E-Mail", "j.albers@example.de");
    heading("Werdegang");
    row("seit 01/2020", "Teamleiter Vertrieb");
    row("", "Nordwind Handel GmbH, Bremen");
    row("", "• Aufbau des Außendienstes");
    row("05/2015 – 12/2019", "Vertriebsmitarbeiter");
    row("", "Elbe Logistik AG, Hamburg");
    heading("Studium");
    row("10/2011 – 04/2015", "Bachelor of Arts BWL");
    row("", "Universität Hamburg");
    heading("Kenntnisse");
    row("Sprachen", "Deutsch, Englisch");
    row("EDV", "SAP SD, Salesforce");
    heading("Bremen, 02.03.2026");
    const items = rows.flatMap(([left, right, at, size]) => [
      ...(left ? [item(left, 40, at, size)] : []),
      ...(right ? [item(right, 260, at, 10)] : []),
    ]);
    const lines = layoutPage(items, 1).lines;
    expect(lines.map((l) => l.text)).toContain("seit 01/2020 Teamleiter Vertrieb");
    expect(lines.map((l) => l.text)).toContain("10/2011 – 04/2015 Bachelor of Arts BWL");
    expect(lines.every((l) => (l.geometry?.column ?? 0) === 0)).toBe(true);
  });

  it("should read a job board export's dates beside each job's first line row by row, below a full-width line", () => {
    // A header with a sidebar-like right block, a full-width sentence, then a heading, and each job's dates at the left
    // on its company's baseline with the job's lines below at the right.
    const items = [
      item("王晓东", 40, 760, 18), item("手机：13700001111", 330, 760, 9), item("邮箱：wxd@example.com", 330, 745, 9),
      item("男 | 29岁", 40, 730, 9), item("期望城市：武汉", 40, 715, 9), item("期望月薪：8000元", 330, 715, 9),
      item("六年仓储物流经验，熟悉WMS系统与库存盘点流程，能吃苦耐劳，服从安排。", 40, 690, 9),
      item("工作经历", 46, 665, 11),
      { ...item("2020.05 - 至今", 40, 650, 10), width: 68 }, item("武汉长江仓储有限公司", 200, 650, 10), item("仓储主管 | 8001-10000元/月", 200, 635, 9),
      item("工作描述：", 200, 620, 9), item("负责三个库区的出入库与盘点", 200, 605, 9), item("带领12人班组完成年度盘点", 200, 590, 9),
      item("推动条码枪上线，差错率下降一半", 200, 575, 9),
      { ...item("2017.03 - 2020.04", 40, 550, 10), width: 84 }, item("湖北顺达物流有限公司", 200, 550, 10), item("仓管员 | 4001-6000元/月", 200, 535, 9),
      item("工作描述：", 200, 520, 9), item("负责收发货与台账", 200, 505, 9), item("协助月度盘点", 200, 490, 9),
    ];
    const lines = texts(items).map((t) => t.replace(/\s+/g, ""));
    const at = (text: string) => lines.indexOf(text);
    expect(at("2020.05-至今武汉长江仓储有限公司")).toBeGreaterThan(at("工作经历"));
    expect(at("负责三个库区的出入库与盘点")).toBe(at("2020.05-至今武汉长江仓储有限公司") + 3);
    expect(at("2017.03-2020.04湖北顺达物流有限公司")).toBe(at("推动条码枪上线，差错率下降一半") + 1);
  });

  it("should read a rating drawn a little above its skill's name after the name, on its line", () => {
    const sidebar = ["Skills", "Excel", "Tableau", "Python", "Languages", "Spanish"];
    const items = [
      ...sidebar.map((s, i) => item(s, 44, 700 - i * 15, 8.5)),
      ...[1, 2, 3, 5].map((i) => item("●●●○○", 132, 700.6 - i * 15, 8)),
      ...["Experience", "Analyst", "Built models", "Led reviews", "Education", "BSc 2016"].map((s, i) => item(s, 260, 700 - i * 18, 10)),
    ];
    const texts = layoutPage(items, 1).lines.map((l) => l.text.replace(/\s+/g, " "));
    expect(texts.slice(0, 6)).toEqual(["Skills", "Excel ●●●○○", "Tableau ●●●○○", "Python ●●●○○", "Languages", "Spanish ●●●○○"]);
  });

  it("should measure indentation in half-em columns from the column's left edge", () => {
    const items = [item("岗位职责", 72, 700), item("1. 招聘", 72, 685), item("2. 培训", 112, 670)];
    expect(layoutPage(items, 1).lines.map((l) => l.indent)).toEqual([0, 0, 8]);
  });

  it("should leave a single-column page exactly as drawn", () => {
    const items = ["岗位名称：出纳", "学历：大专", "经验：一年"].map((s, i) => item(s, 72, 700 - i * 15));
    expect(layoutPage(items, 1).text).toBe("岗位名称：出纳\n学历：大专\n经验：一年");
  });
});

describe("countBelow on ascending baselines", () => {
  const ys = [100, 112, 112, 124, 150];

  it("should count the baselines below a y, and with orEqual those at it too", () => {
    expect(countBelow(ys, 112)).toBe(1);
    expect(countBelow(ys, 112, true)).toBe(3);
    expect(countBelow(ys, 130)).toBe(4);
    expect(countBelow(ys, 130, true)).toBe(4);
  });

  it("should answer 0 below the lowest and the length above the highest", () => {
    expect(countBelow(ys, 99)).toBe(0);
    expect(countBelow(ys, 100)).toBe(0);
    expect(countBelow(ys, 150, true)).toBe(5);
    expect(countBelow(ys, 151)).toBe(5);
    expect(countBelow([], 1, true)).toBe(0);
  });
});

describe("readingOrder on a long page", () => {
  it("should read two long columns at different leadings column by column", () => {
    // A dense page (a data sheet's two columns of 400 lines): the nearest other-side baselines come from an index.
    const left = Array.from({ length: 400 }, (_, i) => item(`Left entry ${i}`, 40, 8000 - i * 10, 8));
    const right = Array.from({ length: 320 }, (_, i) => item(`Right entry ${i}`, 320, 8000 - i * 12.5, 9));
    const drawnByRow = [...left, ...right].sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
    const order = readingOrder(drawnByRow);
    expect(order.items.map((i) => i.str)).toEqual([...left, ...right].map((i) => i.str));
    expect(new Set(right.map((i) => order.columnOf.get(i)))).toEqual(new Set([1]));
  });
});
