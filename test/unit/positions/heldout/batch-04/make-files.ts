import { existsSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import PDFDocument from "pdfkit";
import { buildDocx, documentXml, p, table } from "../../../../fixtures/documents/build-docx.js";

/**
 * Writes this batch's non-text documents: `npx tsx test/unit/positions/heldout/batch-04/make-files.ts`.
 * The .docx (jszip stamps the time) and the PDF (needs fonts-noto-cjk) are committed; the eval only reads
 * the committed files, never this script.
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);

// A Word table: a property manager's quarterly hiring-demand sheet, duties and requirements as
// multi-paragraph cells, a sign-off line under the table.
export const docxBody = [
  p("宁康物业服务有限公司"),
  p("2026年第一季度人员招聘需求表"),
  table([
    ["序号", "岗位名称", "人数", "岗位职责", "任职要求", "工作地点"],
    [
      "1", "物业管家", "3",
      ["1. 负责所辖楼栋业主的日常服务与回访；", "2. 处理业主报事报修并跟踪闭环；", "3. 催缴物业费。"],
      ["1. 大专及以上学历，物业管理专业优先；", "2. 1年以上物业客服或管家工作经验；", "3. 熟练使用办公软件；", "4. 持物业管理员证者优先。"],
      "滨江花园项目",
    ],
    [
      "2", "工程维修主管", "1",
      ["1. 负责小区供配电、给排水、电梯等设备的运行维护；", "2. 管理维修班组5人，安排值班与巡检；", "3. 组织设备年度保养计划。"],
      ["1. 中专及以上学历，机电、电气类相关专业；", "2. 3年以上物业工程维修经验，其中1年以上班组管理经验；", "3. 须持有低压电工证，持制冷作业证者优先。"],
      "滨江花园项目",
    ],
  ]),
  p("填表部门：人力行政部\t填表人：周敏\t日期：2026年11月25日"),
  p("部门负责人审批：\t\t总经理审批："),
].join("");

// A US nonprofit's job description from Word: Title/Heading 2 paragraph styles (styles.xml included), a
// "Label: value" header block, bulleted paragraphs, and sections that say no one reports to the role.
const styled = (style: string, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t xml:space="preserve">${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</w:t></w:r></w:p>`;
const bullet = (text: string) => styled("ListBullet", text);
export const styledDocxBody = [
  styled("Title", "Program Coordinator"),
  p("Department: Community Health Programs"),
  p("Reports to: Director of Community Programs"),
  p("FLSA Status: Non-exempt, full-time (40 hours/week)"),
  p("Location: Fresno, CA"),
  styled("Heading2", "Position Summary"),
  p("The Program Coordinator runs the day-to-day delivery of our diabetes prevention classes in English and Spanish across 12 community sites."),
  styled("Heading2", "Essential Functions"),
  bullet("Schedule classes, instructors and sites each quarter"),
  bullet("Enroll participants and track attendance and outcomes in Salesforce"),
  bullet("Prepare monthly reports for funders"),
  bullet("Other duties as assigned"),
  styled("Heading2", "Supervisory Responsibilities"),
  p("None."),
  styled("Heading2", "Qualifications"),
  bullet("Bachelor's degree in social work, public health or a related field required"),
  bullet("Minimum 2 years of experience coordinating community or health programs"),
  bullet("Proficiency in Microsoft Office and Salesforce"),
  bullet("Bilingual English/Spanish preferred"),
  bullet("Valid California driver's license and reliable transportation required"),
  styled("Heading2", "Physical Demands"),
  p("Must be able to lift up to 25 pounds and drive between sites."),
  p("Valley Health Alliance is an equal opportunity employer. Revised 10/2026."),
].join("");
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`;
const documentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

// A three-page bank notice; every page has a running header and a page-number footer, and the
// requirement lists run across page breaks.
export const pdfPages: { text: string; size?: number; bold?: boolean }[][] = [
  [
    { text: "江南农商银行股份有限公司2026年社会招聘公告", size: 16, bold: true },
    { text: "根据业务发展需要，我行现面向社会公开招聘以下岗位人员，欢迎符合条件的人士报名。" },
    { text: "一、招聘岗位及条件", bold: true },
    { text: "（一）对公客户经理（2名）", bold: true },
    { text: "工作地点：苏州市区各支行" },
    { text: "岗位职责：" },
    { text: "1. 负责对公客户的营销拓展和日常维护；" },
    { text: "2. 开展授信业务的贷前调查、贷后管理；" },
    { text: "3. 完成存款、贷款及中间业务指标。" },
    { text: "任职条件：" },
    { text: "1. 全日制本科及以上学历，金融、经济、管理类相关专业；" },
    { text: "2. 3年以上银行对公业务或信贷工作经验；" },
  ],
  [
    { text: "3. 具有较强的营销能力和沟通协调能力；" },
    { text: "4. 持有银行业专业人员职业资格证书者优先。" },
    { text: "（二）风险管理岗（1名）", bold: true },
    { text: "工作地点：总行风险管理部" },
    { text: "岗位职责：" },
    { text: "1. 负责信用风险计量模型的开发与监测；" },
    { text: "2. 撰写全行风险分析报告；" },
    { text: "3. 参与内部评级体系建设。" },
    { text: "任职条件：" },
    { text: "1. 全日制硕士研究生及以上学历，金融工程、统计学、数学相关专业；" },
    { text: "2. 2年以上金融机构风险管理工作经验；" },
  ],
  [
    { text: "3. 熟练使用SQL和Python，会SAS者优先；" },
    { text: "4. 持有FRM证书者优先。" },
    { text: "二、报名方式", bold: true },
    { text: "应聘者请于2026年12月15日前登录我行官网“人才招聘”栏目在线报名，每人限报一个岗位。" },
    { text: "三、招聘程序", bold: true },
    { text: "资格审查、笔试、面试、体检、考察，择优录用。" },
    { text: "四、其他", bold: true },
    { text: "本次招聘不收取任何费用，请应聘者谨防上当受骗。" },
    { text: "江南农商银行股份有限公司人力资源部" },
    { text: "2026年11月28日" },
  ],
];

function multiPagePdf(pages: typeof pdfPages): Promise<Buffer> {
  const fonts = "/usr/share/fonts/opentype/noto";
  const doc = new PDFDocument({ size: "A4", margin: 56, autoFirstPage: false, info: { Title: "招聘公告", CreationDate: new Date(0) } });
  doc.registerFont("regular", `${fonts}/NotoSansCJK-Regular.ttc`, "NotoSansCJKsc-Regular");
  doc.registerFont("bold", `${fonts}/NotoSansCJK-Bold.ttc`, "NotoSansCJKsc-Bold");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  pages.forEach((lines, i) => {
    doc.addPage();
    doc.font("regular").fontSize(8).text("江南农商银行 · 2026年社会招聘公告", 56, 28, { lineBreak: false });
    doc.font("regular").fontSize(8).text("编号：JN-HR-2026-041", 440, 28, { lineBreak: false });
    let y = 70;
    for (const line of lines) {
      const size = line.size ?? (line.bold ? 12 : 10.5);
      if (line.bold) y += 6;
      doc.font(line.bold ? "bold" : "regular").fontSize(size).text(line.text, 56, y, { lineBreak: false });
      y += size * 1.9;
    }
    doc.font("regular").fontSize(8).text(`第 ${i + 1} 页 共 ${pages.length} 页`, 270, 800, { lineBreak: false });
    doc.font("regular").fontSize(8).text("www.jnrcb.example.com", 56, 812, { lineBreak: false });
  });
  doc.end();
  return done;
}

// A job-fair exhibitor sheet saved by a county talent site, in GBK: a space-aligned table of posts.
export const gbkText = [
  "==== 2026年冬季大型人才招聘会 参会单位信息 ====",
  "展位号：B-17",
  "单位名称：仁和医院有限公司（民营二级综合医院）",
  "单位地址：东莞市万江区人民路188号",
  "联系人：李主任　　电话：0769-8888 1234",
  "-----------------------------------------------------------",
  "招聘岗位    人数    学历    月薪          要求",
  "护士        8       中专    4000-6000     持护士执业证书，有二甲以上医院工作经验者优先",
  "药剂师      1       大专    5000-7000     药学专业，具药师资格证，2年以上医院药房工作经验",
  "收费员      2       高中    3500-4500     熟练操作电脑，会使用医院HIS系统，有收银经验优先",
  "-----------------------------------------------------------",
  "福利待遇：五险一金、包住宿、年终奖、带薪年假",
  "★ 本信息由东莞人才网提供　www.dgrc.example.com　服务热线 400-800-1234 ★",
  "【上一条】东莞市宏达五金制品有限公司　　【下一条】东莞市美佳超市连锁有限公司",
  "",
].join("\r\n");

const writeNew = async (name: string, make: () => Buffer | Uint8Array | Promise<Buffer | Uint8Array>) => {
  if (!existsSync(here(name))) writeFileSync(here(name), await make());
};

if (import.meta.url === `file://${process.argv[1]}`) {
  // jszip stamps the time into a .docx: committed files are left as they are.
  await writeNew("05_docx_demand_table.docx", () => buildDocx(documentXml(docxBody)));
  await writeNew("06_pdf_multipage_notice.pdf", () => multiPagePdf(pdfPages));
  await writeNew("08_gbk_job_fair.txt", () => iconv.encode(gbkText, "gbk"));
  await writeNew("16_en_docx_styles.docx", () =>
    buildDocx(documentXml(styledDocxBody), { "word/styles.xml": stylesXml, "word/_rels/document.xml.rels": documentRels }));
}
