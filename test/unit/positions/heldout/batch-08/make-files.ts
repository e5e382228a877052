import { existsSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";
import { buildDocx, documentXml, p } from "../../../../fixtures/documents/build-docx.js";

/**
 * Writes this batch's .docx, .pdf and non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-08/make-files.ts`.
 * The files are committed and only missing ones are written (jszip stamps the time); the eval reads the committed
 * files, never this script. The Chinese PDFs use WenQuanYi Micro Hei (Debian fonts-wqy-microhei).
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);
const cjkFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type Placed = { text: string; x: number; y: number; size?: number; bold?: boolean };
type Page = { items: Placed[]; lines?: [number, number, number, number][] };

/** A PDF of placed text items, written in the order given (as the exporting tool wrote its text boxes). */
function placedPdf(pages: Page[], layout: "portrait" | "landscape"): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout, margin: 30, autoFirstPage: false, info: { Title: "document", CreationDate: new Date(0) } });
  doc.registerFont("regular", cjkFont, "WenQuanYiMicroHei");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage();
    for (const [x1, y1, x2, y2] of page.lines ?? []) doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(0.6).stroke("#000000");
    for (const i of page.items) doc.font("regular").fontSize(i.size ?? 10.5).fillColor("black").text(i.text, i.x, i.y, { lineBreak: false });
  }
  doc.end();
  return done;
}
const column = (x: number, y: number, lines: (string | { text: string; bold?: boolean; size?: number })[], leading = 18): Placed[] =>
  lines.map((l, i) => ({ x, y: y + i * leading, ...(typeof l === "string" ? { text: l } : l) }));

// 03: a 年度招聘计划表 in Word whose 部门 cells are merged down over that department's posts (w:vMerge), with
// 学历 / 专业 / 经验 columns, a 任职要求 column, a 合计 row and a sign-off line.
type Cell = string | { text: string; merge: "restart" | "continue" };
const tc = (c: Cell) =>
  typeof c === "string"
    ? `<w:tc>${p(c)}</w:tc>`
    : `<w:tc><w:tcPr><w:vMerge${c.merge === "restart" ? ' w:val="restart"' : ""}/></w:tcPr>${p(c.text)}</w:tc>`;
const mergedTable = (rows: Cell[][]) =>
  `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>${rows
    .map((r) => `<w:tr>${r.map(tc).join("")}</w:tr>`)
    .join("")}</w:tbl>`;
export const planBody = [
  p("苏州恒拓电子科技有限公司"),
  p("2027年度人员招聘计划表"),
  p("填报部门：人力资源部    填报日期：2026年11月27日"),
  mergedTable([
    ["部门", "岗位", "人数", "学历", "专业", "经验", "任职要求", "到岗时间"],
    [{ text: "研发中心", merge: "restart" }, "嵌入式软件工程师", "2", "本科", "电子信息、计算机", "3年", "熟悉C语言、STM32、FreeRTOS，能阅读原理图", "2027.03"],
    [{ text: "", merge: "continue" }, "硬件工程师", "1", "本科", "电子工程", "5年", "熟练使用Altium Designer，有EMC整改经验", "2027.03"],
    [{ text: "质量部", merge: "restart" }, "质量工程师", "1", "大专", "不限", "2年", "熟悉IATF16949、8D，持内审员证优先", "2027.02"],
    [{ text: "行政部", merge: "restart" }, "行政前台", "1", "大专", "不限", "不限", "形象气质佳，熟练使用Office", "2027.01"],
    ["合计", "", "5", "", "", "", "", ""],
  ]),
  p("说明：1. 以上岗位均为新增编制；2. 薪资按公司薪酬体系定级。"),
  p("编制人：李娜        审核：赵刚（人力资源总监）        批准：总经理"),
].join("");

// 11: a UK civil service "Job description and person specification" in Word: OFFICIAL markings, Heading 1/2
// paragraph styles, a grade/salary block, bulleted responsibilities, Essential / Desirable criteria, Behaviours and
// the vetting line.
const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const bullet = (text: string) => `<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
export const civilServiceBody = [
  p("OFFICIAL"),
  styled("Title", "Job description and person specification"),
  styled("Heading1", "Senior Policy Adviser – Net Zero Buildings"),
  p("Department for Energy Security and Net Zero"),
  p("Grade: Grade 7\tSalary: £61,000 – £67,500 (London); £55,000 – £61,000 (national)"),
  p("Location: London, Manchester or Aberdeen (hybrid, 60% in office)"),
  p("Contract: Permanent, full-time"),
  styled("Heading2", "Job summary"),
  p("You will lead policy on heat decarbonisation in commercial buildings, working with ministers, industry and local government."),
  styled("Heading2", "Job description"),
  bullet("Lead the development of options for minimum energy performance standards for non-domestic buildings"),
  bullet("Prepare submissions and briefings for ministers and senior officials"),
  bullet("Manage relationships with industry bodies, HM Treasury and devolved governments"),
  bullet("Line manage two Senior Executive Officers"),
  styled("Heading2", "Person specification"),
  styled("Heading3", "Essential criteria"),
  bullet("Experience of developing and delivering government policy, ideally in energy or the built environment"),
  bullet("Experience of line management and leading a team"),
  bullet("Ability to analyse complex evidence and explain it clearly to non-specialists"),
  styled("Heading3", "Desirable criteria"),
  bullet("Knowledge of building energy performance (EPCs, DECs or SAP/SBEM methodology)"),
  styled("Heading2", "Behaviours"),
  p("We'll assess you against these behaviours during the selection process: Seeing the Big Picture; Leadership; Communicating and Influencing; Delivering at Pace."),
  styled("Heading2", "Security"),
  p("Successful candidates must undergo a criminal record check and get Counter-terrorist Check (CTC) clearance."),
  p("Nationality requirements: open to UK, Irish and Commonwealth nationals and some EU/EEA nationals."),
  p("OFFICIAL"),
].join("");
const civilServiceStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style></w:styles>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;

// 04: a Taiwan state-owned company's 甄試簡章 as a three-page PDF: a running header and "第 N 頁，共 3 頁" footer on
// every page, general 報名資格 on page 1, the 職缺 table (代碼|職缺名稱|名額|工作內容|學歷及科系|證照) as a ruled grid
// that breaks across pages 1–2, then exam dates and notes.
const twHeader = (n: number): Placed[] => [
  { text: "臺灣綠能水電股份有限公司 115年度新進職員甄試簡章", x: 160, y: 28, size: 9 },
  { text: `第 ${n} 頁，共 3 頁`, x: 265, y: 805, size: 9 },
];
const gridRow = (xs: number[], y: number, h: number, cells: string[][]): { items: Placed[]; lines: [number, number, number, number][] } => ({
  items: cells.flatMap((lines, col) => lines.map((text, i) => ({ text, x: xs[col]! + 3, y: y + 6 + i * 14, size: 9 }))),
  lines: [[xs[0]!, y, xs[xs.length - 1]!, y], [xs[0]!, y + h, xs[xs.length - 1]!, y + h], ...xs.map((x) => [x, y, x, y + h] as [number, number, number, number])],
});
const twPages = (): Page[] => {
  const xs = [40, 75, 150, 185, 320, 460, 555];
  const head = gridRow(xs, 470, 24, [["代碼"], ["職缺名稱"], ["名額"], ["工作內容"], ["學歷及科系"], ["證照"]]);
  const r1 = gridRow(xs, 494, 80, [["A01"], ["電機工程師"], ["12"], ["變電所設備維護、電力", "系統運轉及故障排除"], ["大學以上電機工程相", "關學系畢業"], ["具室內配線技術士乙", "級以上證照者優先"]]);
  const r2 = gridRow(xs, 574, 80, [["A02"], ["資訊工程師"], ["4"], ["資訊系統開發維運、", "資安管理"], ["大學以上資訊工程、", "資訊管理相關學系畢業"], ["無"]]);
  const headAgain = gridRow(xs, 60, 24, [["代碼"], ["職缺名稱"], ["名額"], ["工作內容"], ["學歷及科系"], ["證照"]]);
  const r3 = gridRow(xs, 84, 66, [["A03"], ["會計專員"], ["3"], ["帳務處理、稅務申報", "及內部稽核配合"], ["大學以上會計、財務", "金融相關學系畢業"], ["無"]]);
  return [
    {
      lines: [[40, 42, 555, 42], ...head.lines, ...r1.lines, ...r2.lines],
      items: [
        ...twHeader(1),
        { text: "臺灣綠能水電股份有限公司", x: 190, y: 60, size: 16 },
        { text: "115年度新進職員甄試簡章", x: 200, y: 84, size: 14 },
        ...column(40, 120, [
          "一、報名資格",
          "（一）具中華民國國籍，且未具外國國籍者。",
          "（二）符合下列各職缺學歷及科系規定者（以教育部認可之學校為限）。",
          "（三）本甄試不限工作經驗，115年6月畢業之應屆畢業生可報考。",
          "（四）男性須役畢或免役。",
          "二、甄試類科、名額、工作內容及資格條件",
          "（一）錄取人員分發至本公司各區營運處，須配合輪班。",
          "（二）各職缺之學歷科系與證照規定如下表：",
        ], 22),
        ...head.items, ...r1.items, ...r2.items,
      ],
    },
    {
      lines: [[40, 42, 555, 42], ...headAgain.lines, ...r3.lines],
      items: [
        ...twHeader(2),
        ...headAgain.items, ...r3.items,
        ...column(40, 170, [
          "三、甄試方式",
          "（一）第一試：筆試（共同科目：國文、英文；專業科目依職缺另訂）。",
          "（二）第二試：口試，依第一試成績擇優按各職缺名額2倍通知參加。",
          "四、重要日程",
          "報名期間：115年12月8日至12月22日（網路報名）。",
          "筆試日期：116年1月17日（星期六）。",
        ], 22),
      ],
    },
    {
      lines: [[40, 42, 555, 42]],
      items: [
        ...twHeader(3),
        ...column(40, 60, [
          "五、待遇",
          "錄取人員起薪約新臺幣4萬2千元，另依規定發給獎金。",
          "六、注意事項",
          "（一）報考人所繳證件如有偽造、變造者，取消錄取資格。",
          "（二）本簡章如有未盡事宜，依本公司相關規定辦理。",
          "洽詢電話：(02)2345-6789 分機 1234 人力資源處",
        ], 22),
      ],
    },
  ];
};

// 12: a 校园招聘宣讲会 slide deck exported to PDF (landscape, one slide a page): cover, company slide, one slide per
// role with 岗位职责 and 任职要求 in two text boxes side by side (each box written whole), benefits, how to apply; a
// footer and slide number on each slide.
const slide = (n: number, title: string, boxes: Placed[][]): Page => ({
  items: [{ text: title, x: 50, y: 40, size: 26 }, ...boxes.flat(), { text: "星河半导体 | 2027届校园招聘", x: 50, y: 560, size: 9 }, { text: String(n), x: 790, y: 560, size: 9 }],
});
const slidesPages = (): Page[] => [
  { items: [{ text: "星河半导体 2027届校园招聘宣讲会", x: 170, y: 220, size: 30 }, { text: "加入我们，一起造芯", x: 320, y: 280, size: 18 }, { text: "2026年12月 · 东南大学站", x: 330, y: 320, size: 12 }] },
  slide(2, "关于我们", [column(60, 110, ["· 成立于2015年，专注高性能模拟与混合信号芯片", "· 员工800+，研发人员占比70%", "· 总部南京，研发中心：上海、成都、新竹"], 30)]),
  slide(3, "数字IC设计工程师", [
    column(60, 110, ["岗位职责", "· 负责SoC子系统的RTL设计与集成", "· 编写设计文档，配合验证完成覆盖率收敛", "· 参与综合、时序分析与ECO"], 28),
    column(440, 110, ["任职要求", "· 2027届硕士及以上，微电子、电子工程、", "  计算机相关专业", "· 熟悉Verilog/SystemVerilog，会使用VCS、", "  Verdi等EDA工具", "· 有UVM验证经验者优先"], 28),
  ]),
  slide(4, "模拟IC设计工程师", [
    column(60, 110, ["岗位职责", "· 负责ADC、PLL、LDO等模块的电路设计", "· 配合版图工程师完成版图与后仿"], 28),
    column(440, 110, ["任职要求", "· 2027届硕士及以上，微电子、电子工程相关专业", "· 扎实的模拟电路基础", "· 熟练使用Cadence Virtuoso进行电路设计与仿真"], 28),
  ]),
  slide(5, "FAE现场应用工程师", [
    column(60, 110, ["岗位职责", "· 为客户提供芯片选型与方案设计支持", "· 现场调试，定位并解决客户问题", "· 收集客户需求并反馈给产品线"], 28),
    column(440, 110, ["任职要求", "· 2027届本科及以上，电子、通信、自动化相关专业", "· 会使用示波器等常用仪器", "· 英语口语流利，能适应出差"], 28),
  ]),
  slide(6, "薪酬福利", [column(60, 110, ["· 硕士年薪30-45万，本科年薪20-28万", "· 落户协助、人才公寓、餐补房补", "· 导师制培养，每年两次调薪机会"], 30)]),
  slide(7, "投递方式", [column(60, 110, ["网申地址：campus.xinghe-semi.example", "内推码：XH2027", "截止时间：2026年12月31日"], 30)]),
];

// 08: a Taiwan hospital's 徵才公告 saved from Notepad as "Unicode" (UTF-16LE with BOM, CRLF): 一、二、 sections, each
// role with 職稱 / 名額 / 資格 (numbered) / 工作內容 lines, then 報名方式 and contact.
export const twHospital = [
  "新光紀念醫院　徵才公告",
  "公告日期：115年12月1日",
  "",
  "一、職稱：專科護理師（內科）",
  "　　名額：2名",
  "　　資格：",
  "　　1.國內外大學護理系畢業，領有護理師及專科護理師證書。",
  "　　2.具2年以上內科臨床護理經驗。",
  "　　3.具ACLS證書者尤佳。",
  "　　工作內容：協助醫師執行內科病人照護、醫囑開立及衛教。",
  "二、職稱：醫事檢驗師",
  "　　名額：1名",
  "　　資格：",
  "　　1.醫學檢驗相關科系大學以上畢業，領有醫事檢驗師證書。",
  "　　2.無經驗可，有血庫經驗者優先。",
  "　　工作內容：臨床生化、血液及血庫檢驗作業。",
  "三、報名方式：請於115年12月15日前將履歷表、畢業證書及證照影本寄至 hr@skmh-example.org.tw，主旨註明應徵職稱。",
  "四、甄選方式：書面審查、筆試、面試。",
  "五、聯絡人：人力資源室　陳小姐　(02)2833-0000 分機 2101",
  "",
].join("\r\n");

// 09: a Hong Kong property manager's Chinese notice saved in Big5-HKSCS (with HKSCS characters such as 啱): two
// (1)/(2) roles with 要求 dash lines, pay and contact lines, the personal-data line.
export const hkProperty = [
  "明豐物業管理有限公司",
  "誠聘",
  "",
  "(1) 保安員 (日/夜更)",
  "工作地點：將軍澳、沙田住宅屋邨",
  "要求：",
  "- 中三或以上程度",
  "- 持有效保安人員許可證 (PSPL)",
  "- 具一年或以上住宅保安經驗優先",
  "- 懂基本英文",
  "",
  "(2) 物業主任",
  "工作地點：觀塘商業大廈",
  "要求：",
  "- 大專或以上程度，物業管理或相關學科優先",
  "- 三年或以上住宅或商業物業管理經驗",
  "- 持有物業管理人（第二級）牌照優先",
  "- 良好中英文書寫能力，懂普通話",
  "- 熟悉電腦操作 (MS Word, Excel)",
  "",
  "待遇：人工面議，啱傾就傾；另設勤工獎、有薪年假、醫療津貼",
  "有意者請致電 2345 6789 或 WhatsApp 9123 4567 與人事部聯絡，",
  "或將履歷寄：九龍觀塘鴻圖道88號12樓 人事部收",
  "（申請人資料只作招聘用途）",
  "",
].join("\r\n");

const writeNew = async (name: string, make: () => Buffer | Uint8Array | Promise<Buffer | Uint8Array>) => {
  if (!existsSync(here(name))) writeFileSync(here(name), await make());
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeNew("03_docx_vmerge_plan_table.docx", () => buildDocx(documentXml(planBody)));
  await writeNew("04_tw_exam_brochure.pdf", () => placedPdf(twPages(), "portrait"));
  await writeNew("08_tw_hospital_utf16.txt", () => iconv.encode(twHospital, "utf16le", { addBOM: true }));
  await writeNew("09_hk_property_big5hkscs.txt", () => iconv.encode(hkProperty, "big5hkscs"));
  await writeNew("11_uk_civil_service.docx", () => buildDocx(documentXml(civilServiceBody), { "word/styles.xml": civilServiceStyles, "word/_rels/document.xml.rels": docRels }));
  await writeNew("12_slides_pdf.pdf", () => placedPdf(slidesPages(), "landscape"));
}
