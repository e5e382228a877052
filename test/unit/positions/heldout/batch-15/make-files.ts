import JSZip from "jszip";
import { buildDocx, documentXml, p } from "../../../../fixtures/documents/build-docx.js";
import { bullet, cjkFamily, cjkFont, crlf, encoded, esc, headingStyles, type Page, type Placed, placedPdf, stack, styled, wrap, writeMissing } from "../make-files-lib.js";

/**
 * Writes this batch's .docx, .pdf, .eml and non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-15/make-files.ts`.
 * Only missing files are written; the eval reads the committed files, never this script. Zip entries and PDF dates are
 * fixed, so a rerun into an empty folder writes the same bytes. The Chinese PDFs need fonts-wqy-microhei (the WenQuanYi
 * Micro Hei collection); the Indian PSU advertisement uses the standard Helvetica.
 */
/** A ruled table of wrapped cells from (x0, top): each row as tall as its tallest cell. */
function ruledTable(cols: number[], right: number, top: number, rows: string[][], size: number, leading: number, latin = 0.55): { items: Placed[]; lines: [number, number, number, number][]; y: number } {
  const items: Placed[] = [];
  const lines: [number, number, number, number][] = [[cols[0]! - 3, top, right, top]];
  let y = top;
  for (const row of rows) {
    const cells = row.map((c, i) => wrap(c, (cols[i + 1] ?? right) - (cols[i] ?? 0) - 6, size, latin));
    const height = Math.max(...cells.map((c) => c.length)) * leading + 8;
    cells.forEach((cell, i) => cell.forEach((t, k) => items.push({ text: t, x: (cols[i] ?? 0) + 2, y: y + 5 + k * leading, size })));
    y += height;
    lines.push([cols[0]! - 3, y, right, y]);
  }
  for (const x of [...cols.map((c) => c - 3), right]) lines.push([x, top, x, y]);
  return { items, lines, y };
}

// ---------------------------------------------------------------------------------------------------------------------
// Word parts: table cells with vertical merges, decimal numbering, the styles and the relationships.
const cellXml = (content: string | string[], merge?: "restart" | "continue", width?: number, shade?: string) => {
  const paras = (Array.isArray(content) ? content : [content]).map(p).join("") || "<w:p/>";
  const pr = `${width ? `<w:tcW w:w="${width}" w:type="dxa"/>` : ""}${merge ? `<w:vMerge${merge === "restart" ? ' w:val="restart"' : ""}/>` : ""}${shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade}"/>` : ""}`;
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${paras}</w:tc>`;
};
const tableXml = (rows: string[], header = false) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>${rows
    .map((r, i) => `<w:tr>${i === 0 && header ? '<w:trPr><w:tblHeader/></w:trPr>' : ""}${r}</w:tr>`)
    .join("")}</w:tbl>`;
const numbered = (text: string, numId = 2) =>
  `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const boldPara = (text: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`;
const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;
const fixedTime = new Date(Date.UTC(2026, 11, 1, 0, 0, 0));
/** A .docx with the heading styles and a numbering part (bullets numId 1, decimal numId 2–4), entries at a fixed time. */
async function numberedDocx(body: string): Promise<Uint8Array> {
  const styles = headingStyles.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>');
  const built = await buildDocx(documentXml(body), { "[Content_Types].xml": contentTypes, "word/styles.xml": styles, "word/numbering.xml": numberingXml, "word/_rels/document.xml.rels": docRels });
  const zip = await JSZip.loadAsync(built);
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.file(name, await entry.async("uint8array"), { date: fixedTime, createFolders: false });
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

// ---------------------------------------------------------------------------------------------------------------------
// 01: a provincial university's 高层次人才引进计划 in Word: Title, the intro, 一、引进岗位 over one table (序号 | 学院 | 学科（专业）
// | 岗位 | 人数 | 学历学位 | 专业要求 | 其他要求) whose 学院 cell is merged down over the two rows of one school, 二、引进待遇 as a
// second table by tier (A类 / B类 / C类人才: 安家费, 科研启动费, 岗位 — tiers, not posts), 三、应聘方式 as numbered paragraphs,
// and the personnel office's contact and date.
const gaoxiaoBody = [
  styled("Title", "赣南理工学院2027年高层次人才引进计划"),
  p("　　为深入实施人才强校战略，加快学科建设，我校面向海内外公开引进高层次人才。现将有关事项公布如下："),
  styled("Heading1", "一、引进岗位"),
  tableXml([
    ["序号", "学院", "学科（专业）", "岗位", "人数", "学历学位", "专业要求", "其他要求"].map((h) => cellXml(h, undefined, undefined, "D9E2F3")).join(""),
    [cellXml("1"), cellXml("材料与化学工程学院", "restart"), cellXml("材料科学与工程"), cellXml("学科带头人"), cellXml("1"), cellXml("博士研究生"), cellXml(["材料科学与工程、", "化学工程与技术"]), cellXml(["具有正高级专业技术职务；", "主持过国家级科研项目；", "能带领学科团队开展科研攻关"])].join(""),
    [cellXml("2"), cellXml("", "continue"), cellXml("化学"), cellXml("实验技术人员"), cellXml("1"), cellXml("硕士研究生"), cellXml("分析化学、应用化学"), cellXml(["2年以上高校或企业实验室工作经历；", "熟练操作液相色谱仪（HPLC）、", "气相色谱仪（GC）"])].join(""),
    [cellXml("3"), cellXml("计算机与人工智能学院"), cellXml("人工智能"), cellXml(["专任教师", "（人工智能方向）"]), cellXml("3"), cellXml("博士研究生"), cellXml(["计算机科学与技术、", "软件工程、人工智能"]), cellXml(["熟悉PyTorch等深度学习框架；", "有海外访学经历者优先"])].join(""),
  ], true),
  styled("Heading1", "二、引进待遇"),
  tableXml([
    ["类别", "安家费", "科研启动费", "其他"].map((h) => cellXml(h)).join(""),
    [cellXml("A类人才"), cellXml("80万元"), cellXml("理工科100万元"), cellXml("直接聘任教授，解决配偶工作")].join(""),
    [cellXml("B类人才"), cellXml("40万元"), cellXml("理工科30万元"), cellXml("聘任副教授，提供周转房")].join(""),
    [cellXml("C类人才"), cellXml("20万元"), cellXml("理工科10万元"), cellXml("博士津贴每月2000元")].join(""),
  ]),
  p("注：具体类别由学校人才工作领导小组根据应聘者条件认定；实验技术人员岗位不享受上表待遇，按学校在编职工标准执行。"),
  styled("Heading1", "三、应聘方式"),
  numbered("应聘者将个人简历、学历学位证书、代表性成果等材料扫描为一个PDF，发送至 rcb@gnit.example。"),
  numbered("邮件主题请注明“应聘学院+岗位+姓名”。"),
  numbered("学校将在收到材料后10个工作日内与初审合格者联系，安排面试或试讲。"),
  p("联系人：人事处 陈老师　电话：0797-8390123"),
  p("赣南理工学院人事处　2026年12月1日"),
].join("");

// ---------------------------------------------------------------------------------------------------------------------
// 02: a 劳务派遣 agency's one-page 驻厂招聘 sheet as a PDF: the agency's name and licence number, the banner title, the
// client factory line, a ruled post table (工种 | 人数 | 工资 | 要求), then 福利待遇, 晋升 (线长 / 组长, not posts),
// 面试须知, the no-fee warning and the agency's contact and QR caption.
const dispatchPages = (): Page[] => {
  const items: Placed[] = [
    { text: "昆山聚才人力资源服务有限公司", x: 40, y: 30, size: 11 },
    { text: "劳务派遣经营许可证编号：苏昆人社派许字第320583202100418号", x: 40, y: 46, size: 8 },
    { text: "大厂直招 · 长期稳定 · 工资月月准时发", x: 150, y: 76, size: 18 },
    { text: "用工单位：华泰精密电子（昆山）有限公司　工作地点：昆山开发区青阳港路", x: 40, y: 110, size: 10.5 },
    { text: "一、招聘岗位", x: 40, y: 136, size: 12 },
  ];
  const table = ruledTable([43, 150, 200, 300], 555, 156, [
    ["工种", "人数", "工资", "要求"],
    ["普工（SMT操作员）", "80", "综合5500-7000元", "18-40周岁，初中及以上学历，能适应两班倒，无经验可培训"],
    ["AOI检测员", "10", "综合6000-7500元", "高中或中专以上学历，1年以上AOI检测经验，视力良好，会电脑基本操作"],
    ["设备电工", "2", "综合7500-9000元", "持低压电工证（特种作业操作证），3年以上工厂设备维修经验，能看懂电气图纸"],
  ], 10, 15);
  items.push(...table.items);
  const after = stack(40, table.y + 16, [
    { text: "二、福利待遇", size: 12 },
    "1. 缴纳五险，入职即买商业保险；2. 免费住宿（6人间，空调、热水、WiFi），餐补每天15元；3. 加班按国家规定1.5倍/2倍/3倍计算。",
    { text: "三、晋升通道", size: 12 },
    "表现优秀者可由派遣转为厂方正式员工，并可晋升线长、组长、车间主管。",
    { text: "四、面试须知", size: 12 },
    "请携带本人身份证原件、一寸照片2张、黑色签字笔；面试时间每周一至周六上午8:30，地点：开发区人力资源市场二楼聚才人力。",
    "※ 本公司不收取任何押金、体检费、服装费，如有人以本公司名义收费请拨打举报电话。",
    "",
    "报名热线：0512-5766 8899　微信同号：181 1234 5566（王主管）",
    "[二维码] 扫码添加招聘专员",
  ], 10.5, 515, 18);
  items.push(...after.items);
  return [{ items, lines: table.lines }];
};

// ---------------------------------------------------------------------------------------------------------------------
// 03: a private hospital's 护理部 recruitment notice as plain text saved from Notepad in GBK with CRLF: ===== rules, the
// hospital name and notice title, 一、招聘岗位 with （一）…（三） posts each with 人数 and numbered conditions, 二、共同条件
// shared by every post, 三、薪酬待遇, 四、报名方式, and the N0→N4 护理层级 ladder (levels, not posts) and a note that
// 护理员（护工） is outsourced (not a post).
const nurseText = `==================================================
            仁和医院（三级综合医院）
          2027年度护理人员招聘启事
==================================================

    我院是经省卫生健康委批准设立的三级综合医院，开放床位1200张。因业务发展需要，现面向社会招聘护理人员，具体如下：

一、招聘岗位

（一）手术室护士　5名
    1. 大专及以上学历，护理学专业；
    2. 具有2年以上三级医院手术室工作经验；
    3. 熟悉腔镜、骨科手术配合者优先。

（二）ICU护士　4名
    1. 本科及以上学历，护理学专业；
    2. 具有1年以上ICU或急诊科工作经验；
    3. 持有重症监护专科护士证书者优先。

（三）内科护士长　1名
    1. 本科及以上学历，护理学专业；
    2. 具有主管护师及以上专业技术职称；
    3. 8年以上临床护理工作经验，其中3年以上护理管理经验，能带领科室护理团队。

二、共同条件
    1. 取得护士执业证书，且执业注册在有效期内；
    2. 身体健康，能适应夜班工作；
    3. 无医疗差错事故及不良执业记录。

三、薪酬待遇
    1. 执行我院薪酬体系，护士年薪10-16万元，护士长面议；
    2. 缴纳五险一金，提供单身公寓；
    3. 护理层级晋升：N0→N1→N2→N3→N4，每年考核晋级。

四、报名方式
    请将个人简历、学历证书、护士执业证书复印件发送至：hlb@renhehosp.example
    邮件标题注明“应聘岗位+姓名”。报名截止：2026年12月31日。
    联系人：护理部 王老师　电话：0571-8899 6120

注：护理员（护工）岗位由第三方公司统一管理，不在本次招聘范围内。

                                           仁和医院人力资源部
                                           2026年12月2日
`;

// ---------------------------------------------------------------------------------------------------------------------
// 04: a Singapore executive-search firm's "confidential mandates" digest saved as .eml: Received/DKIM/From/To/Subject
// headers, multipart/alternative with a base64 text/plain part and a base64 text/html part carrying the same body; the
// body names three confidential roles (A/B/C) with client descriptions, requirement bullets, a role that is filled (not a
// position), the EA licence and registration lines and a PDPA footer.
const huntText = `Dear Wei Ling,

Hope you are well and that Q4 is treating you kindly. As promised, here are the mandates we are running this month. All three are confidential searches, so the clients are described rather than named. If any of them is right for you, or for someone in your network, just reply to this email.

ROLE A - Head of Treasury, Asia Pacific
Client: a Fortune 500 agri-commodity trader, regional HQ in Singapore
- Degree in Finance or Economics
- 12+ years in corporate treasury, including at least 5 years leading a treasury team
- Hands-on with SAP TRM or Kyriba
- CFA or CTP preferred
- Mandarin would be an advantage for working with the Shanghai trading desk
Package: SGD 300-360k base + bonus

ROLE B - Senior Regulatory Affairs Manager, APAC
Client: a European medical device company, 400 staff in the region
- Degree in Biomedical Engineering, Life Sciences or Pharmacy
- 8 years of regulatory affairs in medical devices, with submissions to HSA, NMPA and PMDA
- Sound knowledge of ISO 13485 and EU MDR
- Manages a team of three RA specialists
- RAC certification is a plus
Package: SGD 180-210k + 15% bonus

ROLE C - Plant Engineering Manager (based in Johor Bahru, Malaysia)
Client: a listed food & beverage manufacturer
- Degree in Mechanical or Electrical Engineering
- 10 years of maintenance/engineering in FMCG or food manufacturing
- Has run a TPM programme; SAP PM experience preferred
- Leads 25 technicians across three shifts
- Fluent in English and Malay
Package: MYR 25-30k per month + car

PS: the CFO search I mentioned in September has been filled - thank you to everyone who sent referrals.

Warm regards,
Rachel Tan
Partner, Financial Services & Life Sciences Practice
Meridian Search Partners Pte. Ltd.
EA Licence No. 19C9999 | EA Registration No. R1223344
8 Marina View, #28-01 Asia Square Tower 1, Singapore 018960
M: +65 9123 4567

This email is confidential and intended solely for the addressee. We handle your personal data in accordance with the Singapore PDPA. To stop receiving mandate updates, reply UNSUBSCRIBE.
`;
const huntHtml = `<html><head><meta charset="utf-8"><style>p{font-family:Arial,sans-serif;font-size:10pt}</style></head><body>${huntText
  .trim()
  .split(/\n\n/)
  .map((block) => {
    const lines = block.split("\n");
    if (/^ROLE [A-C]/.test(lines[0] ?? "")) {
      const items = lines.filter((l) => l.startsWith("- ")).map((l) => `<li>${esc(l.slice(2))}</li>`).join("");
      const rest = lines.filter((l) => !l.startsWith("- ") && l !== lines[0]).map((l) => `<p>${esc(l)}</p>`).join("");
      return `<p><b>${esc(lines[0] ?? "")}</b></p>${rest.replace(/<\/p>.*$/, "</p>")}<ul>${items}</ul>${lines.filter((l) => l.startsWith("Package")).map((l) => `<p>${esc(l)}</p>`).join("")}`;
    }
    return `<p>${lines.map(esc).join("<br>")}</p>`;
  })
  .join("\n")}</body></html>`;
const b64 = (s: string) => (Buffer.from(s, "utf8").toString("base64").match(/.{1,76}/g) ?? []).join("\n");
const huntEml = () => `Return-Path: <rachel.tan@meridiansearch.example>
Received: from mail.meridiansearch.example (mail.meridiansearch.example [198.51.100.23])
	by mx.corpmail.example with ESMTPS id 7c1d20aa
	for <weiling.ong@corpmail.example>; Wed, 02 Dec 2026 09:31:07 +0800
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=meridiansearch.example; s=s1;
	h=from:to:subject:date; bh=Xk2p0QdL1m8sY0aVb3c9d8e7f6g=; b=aHVudGVyLXNpZw
From: Rachel Tan <rachel.tan@meridiansearch.example>
To: Ong Wei Ling <weiling.ong@corpmail.example>
Subject: Confidential mandates - December (Treasury / Regulatory Affairs / Plant Engineering)
Date: Wed, 02 Dec 2026 09:31:02 +0800
Message-ID: <CAM8x2k1-20261202013102@meridiansearch.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6"

--000000000000a1b2c3d4e5f6
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

${b64(huntText)}
--000000000000a1b2c3d4e5f6
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

${b64(huntHtml)}
--000000000000a1b2c3d4e5f6--
`;

// ---------------------------------------------------------------------------------------------------------------------
// 09: a Taiwan township farmers' association's 約僱人員甄選簡章 saved as Big5 text (CRLF): the title, 一、甄選職缺及名額 as a
// box-drawing table (職缺 | 名額 | 資格條件), 二、共同資格, 三、甄選方式 with weights, 四、報名, and the annex 報名表 as blank
// labels. 大專 is an associate level.
const farmText = `　　　　　　　　　　　　　雲林縣崙背鄉農會
　　　　　　　　　　　　115年度約僱人員甄選簡章

一、甄選職缺及名額：
┌──────────┬────┬──────────────────────┐
│　職　缺　　　　　　│名　額　│　資　格　條　件　　　　　　　　　　　　　　│
├──────────┼────┼──────────────────────┤
│會計助理（約僱）　　│　１名　│大學以上學歷，會計、財務金融相關科系畢業；　│
│　　　　　　　　　　│　　　　│具電腦文書處理能力（Word、Excel）；　　　　　│
│　　　　　　　　　　│　　　　│持有會計事務技術士丙級證照者優先。　　　　　│
├──────────┼────┼──────────────────────┤
│推廣股指導員（約僱）│　１名　│大專以上學歷，農藝、園藝、植物保護相關科系；│
│　　　　　　　　　　│　　　　│須具普通重型機車駕照並自備機車，能配合下鄉　│
│　　　　　　　　　　│　　　　│輔導農民。　　　　　　　　　　　　　　　　　│
└──────────┴────┴──────────────────────┘

二、共同資格：
　　（一）中華民國國民，品行端正，無不良嗜好。
　　（二）現職本會員工之配偶及三親等以內血親、姻親不得報考。

三、甄選方式：
　　筆試（40%）：會計助理考「會計學」；推廣股指導員考「農業推廣概論」。
　　口試（60%）：筆試成績前五名者參加口試。

四、報名日期及方式：
　　自115年1月5日起至1月16日止，上班時間親自或委託他人至本會人事室報名，逾期不受理。
　　聯絡電話：(05)696-1234 轉 205 人事室 林小姐

五、待遇：依本會約僱人員薪給標準核支，月薪新台幣３２，０００元起，享勞健保。

附件：報名表
姓名：　　　　　性別：　　　　　出生日期：
報考職缺：　　　　　　　　　　　聯絡電話：
最高學歷（學校／科系）：
經歷：
`;

// ---------------------------------------------------------------------------------------------------------------------
// 10: a South African local municipality's vacancy circular, copied from the PDF into Notepad and saved as "Unicode"
// (UTF-16LE with a BOM, CRLF): the municipality, circular number and closing date, the Z83 instructions, then per post
// "POST:" with the reference, salary notch and an upper-case REQUIREMENTS / KEY PERFORMANCE AREAS block, a withdrawn post
// (not a position), the enquiries line and the employment-equity note.
const zaText = `UMZIVUBA LOCAL MUNICIPALITY
Private Bag X1012, Nkandla Road, Umzivuba, 3880 | KwaZulu-Natal

VACANCY CIRCULAR NO. 14/2026
CLOSING DATE: 18 DECEMBER 2026 AT 12:00

Applications must be submitted on the new Z83 form (obtainable from any government office or www.dpsa.gov.za), with a detailed CV and certified copies of qualifications and ID not older than three months. Late, faxed or e-mailed applications will not be considered.

POST: SENIOR ELECTRICIAN (REF: UMZ/TECH/031)
DEPARTMENT: TECHNICAL SERVICES – ELECTRICAL SECTION
SALARY: T12 (R 412 034 – R 468 210 per annum plus benefits)
REQUIREMENTS:
Grade 12 / N3 with a Trade Test Certificate as an Electrician
Wireman's Licence
Valid Code 10 (C1) driver's licence
5 years' experience after qualifying as an electrician, in medium-voltage and low-voltage reticulation
KEY PERFORMANCE AREAS:
Maintains and repairs the municipal electrical network, substations and street lighting
Supervises and allocates work to electrician assistants and general workers
Compiles job cards, material requisitions and monthly reports

POST: TRAFFIC OFFICER (X2) (REF: UMZ/COMM/044)
DEPARTMENT: COMMUNITY SERVICES – TRAFFIC AND LICENSING
SALARY: T8 (R 281 760 – R 320 112 per annum plus benefits)
REQUIREMENTS:
Grade 12 and a Traffic Officer Diploma
Valid Code EB driver's licence
2 years' experience as a registered Traffic Officer
Must be able to speak, read and write isiZulu and English
Willing to work shifts, weekends and public holidays
KEY PERFORMANCE AREAS:
Enforces road traffic legislation and municipal by-laws
Conducts roadblocks, speed control and escorts

NB: The post of MANAGER: COMMUNITY SERVICES (REF: UMZ/COMM/039) advertised in Circular 11/2026 is hereby withdrawn.

ENQUIRIES: Mr S. Dlamini (Human Resources) 035 833 1100

The Umzivuba Local Municipality is an equal opportunity, affirmative action employer. Preference will be given to candidates whose appointment will promote representivity in line with the Employment Equity Plan. People with disabilities are encouraged to apply. If you have not been contacted within three months of the closing date, please consider your application unsuccessful.

MR T.M. NTULI
MUNICIPAL MANAGER
`;

// ---------------------------------------------------------------------------------------------------------------------
// 14: an Australian disability-support NFP's position description in Word: the organisation and Title, a facts table
// (Position title | Program | Reports to | Direct reports | Classification (SCHADS Level) | Location | Employment type),
// Heading1 Position purpose, Key responsibilities as decimal-numbered paragraphs, Key selection criteria with Heading2
// Essential and Desirable as two numbered lists (restarting at 1), Mandatory requirements as bullets, Our values, and a
// sign-off table (Employee name / Signature / Date) left blank.
const facts = (rows: string[][]) => tableXml(rows.map((r) => r.map((c, i) => cellXml(c, undefined, i === 0 ? 2800 : 6200, i === 0 ? "F2F2F2" : undefined)).join("")));
const pdBody = [
  p("Riverbend Community Living Ltd · ABN 11 222 333 444"),
  styled("Title", "Position Description"),
  facts([
    ["Position title", "Team Leader – Supported Independent Living (SIL)"],
    ["Program", "Supported Independent Living, Geelong region"],
    ["Reports to", "Area Manager, Geelong"],
    ["Direct reports", "Approx. 18 Disability Support Workers across three SIL houses"],
    ["Classification", "SCHADS Award Level 5"],
    ["Location", "Norlane and Corio houses, VIC"],
    ["Employment type", "Full-time, permanent (76 hours per fortnight)"],
  ]),
  styled("Heading1", "Position purpose"),
  p("The Team Leader leads the support teams in three SIL houses so that each resident receives safe, person-centred support in line with their NDIS plan and goals."),
  styled("Heading1", "Key responsibilities"),
  numbered("Lead, roster and supervise the support workers in the three houses, including inductions, supervision sessions and performance reviews.", 2),
  numbered("Make sure support is delivered in line with each resident's support plan, behaviour support plan and risk assessments.", 2),
  numbered("Manage incidents and report them to the NDIS Quality and Safeguards Commission within required timeframes.", 2),
  numbered("Manage the houses' budgets, staffing hours and petty cash.", 2),
  styled("Heading1", "Key selection criteria"),
  styled("Heading2", "Essential"),
  numbered("Certificate IV in Disability Support (or equivalent).", 3),
  numbered("At least three years' experience in disability support, including one year leading or coordinating a team.", 3),
  numbered("Working knowledge of the NDIS Practice Standards and incident management requirements.", 3),
  numbered("Competent with rostering software, ideally ShiftCare, and with Microsoft Word and Excel.", 3),
  styled("Heading2", "Desirable"),
  numbered("Diploma of Community Services.", 4),
  numbered("Experience implementing Positive Behaviour Support plans.", 4),
  styled("Heading1", "Mandatory requirements"),
  bullet("NDIS Worker Screening Check"),
  bullet("Working with Children Check (employee)"),
  bullet("Current driver's licence and a roadworthy vehicle"),
  bullet("First Aid and CPR certificates (HLTAID011 and HLTAID009)"),
  styled("Heading1", "Our values"),
  p("Respect · Inclusion · Courage · Accountability"),
  boldPara("Acceptance of position description"),
  tableXml([
    [cellXml("Employee name", undefined, 2800), cellXml("", undefined, 6200)].join(""),
    [cellXml("Signature", undefined, 2800), cellXml("", undefined, 6200)].join(""),
    [cellXml("Date", undefined, 2800), cellXml("", undefined, 6200)].join(""),
  ]),
  p("Document owner: People & Culture · Version 3.2 · Reviewed November 2026"),
].join("");

// ---------------------------------------------------------------------------------------------------------------------
// 15: an Indian central public sector enterprise's recruitment advertisement as a two-page PDF (Helvetica): the company
// block and "(A Government of India Enterprise)", the advertisement number, a ruled post table (Post Code | Name of Post |
// No. of Posts | Pay Scale | Essential Qualification | Post-qualification Experience | Upper Age Limit), a Desirable line
// per post under the table, then numbered General Instructions (reservation, relaxation, fee, how to apply) on page 2.
const psuPages = (): Page[] => {
  const head: Placed[] = [
    { text: "DAKSHIN THERMAL POWER CORPORATION LIMITED", x: 120, y: 30, size: 14, bold: true },
    { text: "(A Government of India Enterprise) | CIN: U40100TG1999GOI000000", x: 150, y: 50, size: 9 },
    { text: "Corporate Centre: Vidyut Bhawan, Somajiguda, Hyderabad – 500082 | www.dtpcl.example", x: 115, y: 63, size: 9 },
    { text: "RECRUITMENT ADVERTISEMENT No. 07/2026", x: 175, y: 90, size: 13, bold: true },
    { text: "Online applications are invited from eligible Indian nationals for the following posts on regular basis:", x: 40, y: 114, size: 10 },
  ];
  const table = ruledTable([43, 85, 185, 245, 315, 430, 505], 555, 134, [
    ["Post Code", "Name of Post", "No. of Posts", "Pay Scale (IDA)", "Essential Qualification", "Post-qualification Experience", "Upper Age Limit"],
    ["AM-ME", "Assistant Manager (Mechanical)", "6 (UR-3, OBC-2, SC-1)", "E-1: Rs 50,000 – 1,60,000", "Full-time B.E./B.Tech in Mechanical Engineering with min. 60% marks", "2 years in O&M of thermal power plants", "30 years"],
    ["ET-FIN", "Executive Trainee (Finance)", "4 (UR-2, EWS-1, ST-1)", "E-0: Rs 40,000 – 1,40,000", "CA or CMA (final) from ICAI / ICMAI", "Freshers", "27 years"],
    ["JE-EL", "Junior Engineer (Electrical)", "8 (UR-4, OBC-2, SC-1, ST-1)", "S-3: Rs 30,000 – 1,20,000", "Three-year Diploma in Electrical Engineering", "3 years in maintenance of HT/LT switchgear", "28 years"],
  ], 8.5, 12, 0.5);
  const desirable = stack(40, table.y + 14, [
    "Desirable: AM-ME – working knowledge of SAP PM; ET-FIN – exposure to SAP FICO; JE-EL – none.",
    "Pay scales are in the Industrial Dearness Allowance (IDA) pattern. Selected Executive Trainees will be placed as Assistant Manager (Finance) on completion of one year's training; Junior Engineers may be considered for the post of Senior Engineer after 5 years as per the promotion policy.",
  ], 9.5, 515, 14, 0.5);
  const p1 = [...head, ...table.items, ...desirable.items, { text: "Page 1 of 2", x: 270, y: 810, size: 8 }];
  const p2 = [...stack(40, 40, [
    { text: "GENERAL INSTRUCTIONS", size: 11 },
    "1. Reservation and age relaxation for SC/ST/OBC (NCL)/EWS/PwBD/Ex-servicemen candidates will be as per Government of India guidelines.",
    "2. The qualification must be from a university or institute recognised by UGC/AICTE. Candidates in the final year are not eligible.",
    "3. Application fee: Rs 500 for UR/OBC/EWS candidates; SC/ST/PwBD/Ex-servicemen and departmental candidates are exempted.",
    "4. Selection will be through a Computer Based Test followed by Personal Interview (for Executive posts) or Skill Test (for Junior Engineer).",
    "5. Apply online only through the Careers section of www.dtpcl.example from 07.12.2026 to 06.01.2027. No other mode of application will be accepted.",
    "6. Canvassing in any form will lead to disqualification.",
    "",
    "Sd/-",
    "General Manager (HR)",
  ], 10, 515, 16, 0.5).items, { text: "Page 2 of 2", x: 270, y: 810, size: 8 }];
  return [{ items: p1, lines: table.lines }, { items: p2 }];
};

// ---------------------------------------------------------------------------------------------------------------------
// 16: a Hong Kong care home's recruitment leaflet as a one-page PDF in Traditional Chinese, two columns: the left column
// the home's name, 誠聘 and three posts each as a bilingual head (中文 / English) over ・ lines; the right column 福利,
// the 晉升階梯 (護理員 → 高級護理員 → 保健員, a ladder, not posts), a filled 院舍主任 post, 申請方法 with a QR caption, and the
// licence number footer.
const carePages = (): Page[] => {
  const left = stack(40, 120, [
    { text: "誠聘 We are hiring", size: 15 },
    "",
    { text: "登記護士（普通科） Enrolled Nurse (General)", size: 12 },
    "・持有香港護士管理局發出之登記護士（普通科）執業證明書",
    "・具安老院舍工作經驗者優先",
    "・需輪班（早、午、夜更）",
    "",
    { text: "保健員 Health Worker", size: 12 },
    "・已完成社會福利署認可之保健員訓練課程並已註冊",
    "・一年或以上安老院舍相關經驗",
    "・懂基本電腦操作",
    "",
    { text: "護理員 Personal Care Worker", size: 12 },
    "・中三程度或以上",
    "・持有護理員證書者優先，無經驗者可獲安排培訓",
    "・能操流利廣東話",
  ], 10.5, 245, 19);
  const right = stack(310, 120, [
    { text: "福利 Benefits", size: 12 },
    "・五天半工作，有薪年假12天起",
    "・勤工獎每月$800、夜更津貼",
    "・免費膳食及制服",
    "",
    { text: "晉升階梯", size: 12 },
    "護理員 → 高級護理員 → 保健員（資助修讀保健員課程）",
    "",
    "※ 院舍主任一職已聘請，多謝垂注。",
    "",
    { text: "申請方法", size: 12 },
    "請將履歷連同要求待遇寄：九龍深水埗長沙灣道321號地下 頤康護老院 人事部收，或電郵至 hr@yihong-care.example",
    "查詢：2788 1234 / WhatsApp 6123 4567 陳姑娘",
    "[QR] 掃描二維碼即時報名",
  ], 10.5, 245, 19);
  const items: Placed[] = [
    { text: "頤康護老院 Yi Hong Care Home", x: 150, y: 40, size: 20 },
    { text: "（私營安老院　牌照編號：1234 · 參與改善買位計劃 EA1）", x: 150, y: 72, size: 10 },
    ...left.items,
    ...right.items,
    { text: "本院為平等機會僱主，所收集之個人資料只作招聘用途。", x: 40, y: 790, size: 8.5 },
  ];
  return [{ items, lines: [[295, 115, 295, 760]] }];
};

await writeMissing(new URL("./", import.meta.url), {
  "01_zh_gaoxiao_talent_discipline_table.docx": () => numberedDocx(gaoxiaoBody),
  "02_labour_dispatch_factory_posts.pdf": () => placedPdf(dispatchPages(), "portrait", cjkFont, cjkFamily),
  "03_private_hospital_nursing_gbk_crlf.txt": () => encoded(crlf(nurseText), "gbk"),
  "04_headhunter_confidential_mandates.eml": () => Buffer.from(crlf(huntEml()), "utf8"),
  "09_tw_farmers_association_big5.txt": () => encoded(crlf(farmText), "big5"),
  "10_za_municipality_circular_utf16le.txt": () => encoded(crlf(zaText), "utf16le", true),
  "14_au_nfp_position_description.docx": () => numberedDocx(pdBody),
  "15_in_psu_recruitment_advertisement.pdf": () => placedPdf(psuPages(), "portrait"),
  "16_hk_care_home_leaflet.pdf": () => placedPdf(carePages(), "portrait", cjkFont, cjkFamily),
});
