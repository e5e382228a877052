import JSZip from "jszip";
import { buildDocx, documentXml, p } from "../../../../fixtures/documents/build-docx.js";
import { bullet, cjkFamily, cjkFont, column, crlf, encoded, esc, headingStyles, type Page, type Placed, placedPdf, styled, stack, styledDocx, wrap, writeMissing } from "../make-files-lib.js";

/**
 * Writes this batch's .docx, .pdf, .eml, .htm and non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-14/make-files.ts`.
 * Only missing files are written; the eval reads the committed files, never this script. Zip entries and PDF dates are
 * fixed, so a rerun into an empty folder writes the same bytes. The Chinese PDFs need fonts-wqy-microhei (the WenQuanYi
 * Micro Hei collection); the English Terms of Reference uses the standard Helvetica.
 */

// ---------------------------------------------------------------------------------------------------------------------
// 02: a city public security bureau's 公开招聘警务辅助人员公告 as a three-page PDF: the bureau's running head and page
// numbers, the notice title, an intro, 一、招聘岗位及人数 as a ruled table (岗位代码 | 岗位名称 | 招聘人数 | 学历 | 专业 | 年龄 |
// 其他条件) whose cells wrap (one post name too), 二、报名条件 with the conditions for every post and the disqualifications,
// then 三、…六、 (registration, the selection steps with a fitness test, pay and the 四级→一级辅警 promotion ladder, contact),
// the signature and date, and the annex 报名登记表 as a grid of blank form labels.
const policeHead = ["岗位代码", "岗位名称", "招聘人数", "学历", "专业", "年龄", "其他条件"];
const policeRows: string[][][] = [
  [["GA01"], ["巡逻防控辅警"], ["20"], ["高中（中专）", "及以上"], ["不限"], ["18-30周岁"], ["限男性；身高170cm", "以上；退役军人同等", "条件下优先"]],
  [["GA02"], ["交通管理辅警"], ["10"], ["大专及以上"], ["不限"], ["18-30周岁"], ["持C1及以上机动车", "驾驶证"]],
  [["GA03"], ["文职辅警（网络", "安全）"], ["3"], ["本科及以上"], ["计算机科学与技术、", "网络工程、信息安全"], ["18-35周岁"], ["熟悉Linux操作系统", "及TCP/IP网络协议；", "持CISP证书者优先"]],
];
const policeCols = [40, 90, 172, 220, 284, 392, 445];
const policePages = (): Page[] => {
  const running = (n: number): Placed[] => [
    { text: "澧川市公安局", x: 40, y: 22, size: 8 },
    { text: "澧公招〔2026〕12号", x: 470, y: 22, size: 8 },
    { text: `— ${n} —`, x: 282, y: 805, size: 9 },
  ];
  const p1: Placed[] = [...running(1), { text: "澧川市公安局2027年度公开招聘", x: 180, y: 52, size: 16 }, { text: "警务辅助人员公告", x: 232, y: 74, size: 16 }];
  const intro = stack(40, 108, [
    "　　为进一步加强我市公安辅警队伍建设，根据《湖南省警务辅助人员管理条例》等有关规定，经研究决定，面向社会公开招聘警务辅助人员33名。现将有关事项公告如下：",
    "一、招聘岗位及人数",
  ]);
  p1.push(...intro.items);
  const top = intro.y + 4;
  p1.push(...policeHead.map((h, i) => ({ text: h, x: (policeCols[i] ?? 0) + 3, y: top + 6, size: 9.5 })));
  const lines: [number, number, number, number][] = [[36, top, 559, top], [36, top + 24, 559, top + 24]];
  let y = top + 30;
  for (const row of policeRows) {
    const height = Math.max(...row.map((c) => c.length)) * 14 + 8;
    row.forEach((cell, i) => cell.forEach((t, k) => p1.push({ text: t, x: (policeCols[i] ?? 0) + 3, y: y + k * 14, size: 9 })));
    y += height;
    lines.push([36, y - 4, 559, y - 4]);
  }
  for (const x of [36, ...policeCols.slice(1).map((c) => c - 3), 559]) lines.push([x, top, x, y - 4]);
  const conditions = stack(40, y + 12, [
    "二、报名条件",
    "（一）基本条件（各岗位均须具备）",
    "　　1. 具有中华人民共和国国籍，遵守宪法和法律；",
    "　　2. 拥护中国共产党的领导，品行端正，无违法犯罪记录；",
    "　　3. 身体健康，符合《公安机关录用人民警察体检标准》的相关要求；",
    "　　4. 具有良好的心理素质和团队协作精神，服从组织安排。",
    "（二）有下列情形之一的，不得报名：",
    "　　1. 曾受过刑事处罚或者涉嫌违法犯罪尚未查清的；",
    "　　2. 曾被开除公职或者被辞退的；",
    "　　3. 本人或者家庭成员、主要社会关系人员参加非法组织、邪教组织的。",
  ]);
  p1.push(...conditions.items);
  const p2 = [...running(2), ...stack(40, 52, [
    "三、报名时间及方式",
    "　　报名时间：2026年12月8日9:00至12月17日17:00。报名方式：登录“澧川公安”微信公众号，点击“辅警招聘”填写报名表，上传身份证、学历证书、驾驶证（GA02岗位）等材料的扫描件。每人限报一个岗位。",
    "四、招聘程序",
    "　　资格审查→体能测评（GA01、GA02岗位）→笔试→面试→体检→政审→公示。体能测评项目：男子1000米跑、10米×4往返跑、纵跳摸高，一项不合格即淘汰。",
    "五、薪酬待遇",
    "　　辅警实行层级化管理，新聘人员为四级辅警，月薪4200-5000元，依法缴纳五险一金。表现优秀者可逐级晋升为三级辅警、二级辅警、一级辅警，优秀一级辅警可推荐担任中队长助理。",
    "六、咨询方式",
    "　　咨询电话：0736-5212110（政治处）　　监督电话：0736-5212345",
    "",
    "附件：澧川市公安局2027年度公开招聘警务辅助人员报名登记表",
    "",
    "　　　　　　　　　　　　　　　　　　　　　　　　　　　澧川市公安局",
    "　　　　　　　　　　　　　　　　　　　　　　　　　　　2026年12月4日",
  ]).items];
  const formRows = [
    ["姓名", "", "性别", "", "民族", "", "照片"],
    ["出生年月", "", "政治面貌", "", "身高(cm)", "", ""],
    ["报考岗位代码", "", "报考岗位名称", "", "", "", ""],
    ["学历", "", "毕业院校及专业", "", "", "", ""],
    ["驾驶证类型", "", "联系电话", "", "", "", ""],
    ["家庭住址", "", "", "", "", "", ""],
    ["本人签名", "", "", "资格审查意见", "", "", ""],
  ];
  const formCols = [40, 110, 180, 260, 330, 400, 470];
  const p3: Placed[] = [...running(3), { text: "附件", x: 40, y: 52, size: 11 }, { text: "澧川市公安局2027年度公开招聘警务辅助人员报名登记表", x: 120, y: 80, size: 13 }];
  const formLines: [number, number, number, number][] = [];
  formRows.forEach((row, r) => {
    const ry = 110 + r * 34;
    row.forEach((t, i) => t && p3.push({ text: t, x: (formCols[i] ?? 0) + 3, y: ry + 12, size: 9.5 }));
    formLines.push([36, ry, 559, ry]);
  });
  formLines.push([36, 110 + formRows.length * 34, 559, 110 + formRows.length * 34]);
  for (const x of [36, ...formCols.slice(1).map((c) => c - 3), 559]) formLines.push([x, 110, x, 110 + formRows.length * 34]);
  p3.push({ text: "注：本表一式两份，须如实填写，弄虚作假者取消聘用资格。", x: 40, y: 110 + formRows.length * 34 + 14, size: 9 });
  return [{ items: p1, lines }, { items: p2 }, { items: p3, lines: formLines }];
};

// ---------------------------------------------------------------------------------------------------------------------
// 03: a Philippine manning agency's line-up mailer saved as .eml: Received/DKIM/List-Unsubscribe headers, a single
// text/plain part in quoted-printable (soft breaks, =E2=80=93), the licence line, the greeting, three RANK blocks (contract,
// salary, requirements with * items), the conditions for all ranks, the crewing manager's signature and the mailing footer.
const crewingBody = `BLUEWAKE MARITIME CREWING INC.
DMW Licence No. DMW-042-LB-07-2024-R | ISO 9001:2015 | MLC 2006 compliant

Good day, Seafarers!

We are urgently lining up the following ranks for our principal's fleet of Supramax bulk carriers (Marshall Islands flag, worldwide trading, ITF-CBA). Joining: January 2027, Singapore or Manila.

RANK: CHIEF OFFICER (2 vacancies)
- Contract: 6 months +/- 1
- Salary: USD 8,200/month (total package)
- In charge of cargo operations and supervises the deck crew
- Requirements:
  * BS Marine Transportation graduate
  * COC Chief Mate Unlimited (STCW II/2)
  * At least 12 months sea service as C/O on bulk carriers
  * GMDSS GOC
  * ECDIS generic and type-specific (JRC)

RANK: 2ND ENGINEER (1 vacancy)
- Contract: 6 months +/- 1
- Salary: USD 7,400/month
- Runs the engine room team under the Chief Engineer
- Requirements:
  * BS Marine Engineering graduate
  * COC Second Engineer Officer (STCW III/2)
  * Min. 2 years as 2/E on bulk carriers
  * Experience with MAN B&W main engines

RANK: ABLE SEAMAN (AB) (3 vacancies)
- Contract: 9 months
- Salary: USD 1,250/month basic + fixed OT
- Requirements:
  * Certificate of Proficiency – Able Seafarer Deck (STCW II/5)
  * Basic Training (STCW VI/1)
  * At least 24 months sea service as AB

FOR ALL RANKS: good spoken and written English; passport and SIRB valid for at least 12 months; yellow fever vaccination card; no pending case with DMW/NLRC.

Interested and qualified? Reply with your updated CV and sea service record, or walk in at our office Mon–Fri 8:00 AM – 4:00 PM. Please DO NOT reply if you are not available for January joining.

NO PLACEMENT FEE. Beware of illegal recruiters using our name.

--
Capt. Ramon D. Villareal
Crewing Manager
Bluewake Maritime Crewing Inc.
5/F Seaman's Centre Bldg., Cabildo St. cor. Arzobispo St., Intramuros, Manila 1002
T: +63 2 8555 0198 | M: +63 917 555 0421 | lineup@bluewake.example

You are receiving this because you registered in the Bluewake seafarer database. Unsubscribe: https://bluewake.example/u/8842
`;
/** Quoted-printable as a mailer writes it: UTF-8 bytes above 126 and "=" escaped, lines soft-broken before 76 columns. */
function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let enc = "";
    for (const byte of Buffer.from(line, "utf8")) enc += byte > 126 || byte === 61 ? `=${byte.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(byte);
    enc = enc.replace(/ $/, "=20");
    while (enc.length > 75) {
      let cut = 75;
      const eq = enc.lastIndexOf("=", cut - 1);
      if (eq > cut - 3) cut = eq;
      out.push(`${enc.slice(0, cut)}=`);
      enc = enc.slice(cut);
    }
    out.push(enc);
  }
  return out.join("\n");
}
const crewingEml = () => `Return-Path: <bounce+8842@mailer.bluewake.example>
Received: from mail-out.bluewake.example (mail-out.bluewake.example [203.0.113.44])
	by mx.seafarer-mail.example with ESMTPS id 4f2a9c1e
	for <rmendoza.ab@seafarer-mail.example>; Thu, 03 Dec 2026 08:12:44 +0800
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=bluewake.example; s=mk1;
	h=from:to:subject:date:message-id; bh=QmLx3cZ0m2tQd1H6p0b8kq1n1X0=; b=Zk9pR2x0aW5n
From: "Bluewake Crewing - Line Up" <lineup@bluewake.example>
Reply-To: lineup@bluewake.example
To: rmendoza.ab@seafarer-mail.example
Subject: URGENT LINE-UP: Chief Officer / 2nd Engineer / AB - Supramax Bulk Carriers - Jan 2027 Joining
Date: Thu, 03 Dec 2026 08:12:40 +0800
Message-ID: <20261203001240.8842.lineup@bluewake.example>
List-Unsubscribe: <https://bluewake.example/u/8842>, <mailto:unsubscribe@bluewake.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Bluewake Mailer 3.2

${quotedPrintable(crewingBody)}`;

// ---------------------------------------------------------------------------------------------------------------------
// 04: an Outlook message saved as "HTML" (.htm), windows-1252: Word's filtered HTML (VML/Office namespaces, the
// Generator meta, the MsoNormal style block, an mso 9 conditional), a UK contractor's director replying to an agency
// recruiter with the two role briefs as MsoListParagraph bullets with the Symbol-font bullet in <![if !supportLists]>, the
// signature and disclaimer, then the recruiter's earlier message under its From/Sent/To/Subject block.
const li = (text: string) =>
  `<p class=MsoListParagraph style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=EN-GB>${text}<o:p></o:p></span></p>`;
const mp = (html: string) => `<p class=MsoNormal><span lang=EN-GB>${html}<o:p></o:p></span></p>`;
const outlookHtm = () => `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>RE: Thornbury Road scheme – QS and Site Manager briefs</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
 p.MsoListParagraph
	{margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;}
 span.EmailStyle19
	{mso-style-type:personal-reply;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>

<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>
 <tr><td><p class=MsoNormal><b>From:</b> Gareth Pryce &lt;g.pryce@hollinsbuild.example&gt;</p></td></tr>
 <tr><td><p class=MsoNormal><b>Sent:</b> 02 December 2026 17:48</p></td></tr>
 <tr><td><p class=MsoNormal><b>To:</b> Sophie Allard &lt;sophie.allard@keystonetalent.example&gt;</p></td></tr>
 <tr><td><p class=MsoNormal><b>Cc:</b> HR Team &lt;hr@hollinsbuild.example&gt;</p></td></tr>
 <tr><td><p class=MsoNormal><b>Subject:</b> RE: Thornbury Road scheme – QS and Site Manager briefs</p></td></tr>
</table>

${mp("Hi Sophie,")}
${mp("&nbsp;")}
${mp("Thanks for chasing. Here are the two briefs for the Thornbury Road scheme (112 homes, Bristol, start on site March). Happy for you to advertise both straight away.")}
${mp("&nbsp;")}
${mp("<b><u>Site Manager</u></b>")}
${mp("Permanent, £58–65k + car allowance. Reports to the Contracts Manager.")}
${li("Runs the site day to day and manages our subcontractors and a site team of four (assistant site manager, two trades supervisors and a site administrator)")}
${li("5 years’ experience as a Site Manager on new-build residential")}
${li("SMSTS, CSCS Black Card and First Aid at Work are essential")}
${li("NVQ Level 6 in Construction Site Management would be a bonus")}
${li("Full UK driving licence")}
${mp("&nbsp;")}
${mp("<b><u>Quantity Surveyor</u></b>")}
${mp("Permanent, £45–52k. Works with the Commercial Manager; no line management.")}
${li("Degree in Quantity Surveying (RICS-accredited)")}
${li("3+ years’ post-graduate experience with a main contractor")}
${li("Valuations, subcontractor payments and final accounts; solid on NEC4 and JCT")}
${li("CostX and Excel – we take off in CostX")}
${li("Working towards MRICS is preferred")}
${mp("&nbsp;")}
${mp("No need to send me junior QS CVs for now – the Assistant QS role is on hold until Q2.")}
${mp("&nbsp;")}
${mp("Cheers,")}
${mp("Gareth")}
${mp("&nbsp;")}
<p class=MsoNormal><b><span style='color:#1F3864'>Gareth Pryce</span></b><span style='color:#1F3864'> | Operations Director<br>Hollins Build Ltd | Unit 4, Aztec West, Bristol BS32 4TD<br>T: 01454 555 201 | M: 07700 900 418</span><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>This email and any attachments are confidential and intended solely for the addressee. Hollins Build Ltd is registered in England and Wales, company no. 08123456. Please consider the environment before printing this email.</span><o:p></o:p></p>
${mp("&nbsp;")}
<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>
<p class=MsoNormal><b>From:</b> Sophie Allard &lt;sophie.allard@keystonetalent.example&gt;<br><b>Sent:</b> 01 December 2026 09:15<br><b>To:</b> Gareth Pryce &lt;g.pryce@hollinsbuild.example&gt;<br><b>Subject:</b> Thornbury Road scheme – QS and Site Manager briefs<o:p></o:p></p>
</div>
${mp("&nbsp;")}
${mp("Morning Gareth,")}
${mp("Could you send over the must-haves for the Site Manager and QS roles when you get a minute? I have two strong site managers in the Bristol area already.")}
${mp("Kind regards,")}
${mp("Sophie Allard | Senior Consultant, Construction | Keystone Talent")}

</div>

</body>

</html>
`;

// ---------------------------------------------------------------------------------------------------------------------
// 05: a Carousell HK job listing copied from the browser and saved by an HK Windows Notepad as Big5-HKSCS (CRLF),
// Cantonese: site nav and search, breadcrumb, the listing title and 工作 price, 刊登於 / 地點, 「描述」 with a ★ block per
// role (- lines), a line for both roles, the 「關於此刊登」 facts, the seller card, the safety tip, 「類似刊登」 (other shops'
// listings, not positions of this one), and the footer.
const carousellText = `Carousell 旋轉拍賣
搜尋「工作」　　出售　　聊天　　登入 / 註冊
首頁 > 工作 > 餐飲 > 荃灣

荃灣拉麵店請人 廚房助理（全職）＋ 兼職樓面
HK$17,500
刊登於 3 日前 ‧ 荃灣 ‧ 工作

描述
【拉麵一番 荃灣店】請人！地鐵站行 3 分鐘，返工好方便

★ 廚房助理（全職）
- 月薪 $17,500 + 勤工獎 $800
- 負責切配、煮麵、洗碗同執拾廚房
- 有廚房經驗優先，冇經驗都可以教
- 持基本食物衞生證書優先
- 每星期做 6 日，輪休

★ 兼職樓面
- 時薪 $65–70，每星期最少返 3 日
- 識講簡單英文同廣東話，會招呼遊客
- 學生、主婦都歡迎

兩個職位都包員工餐，有意 WhatsApp 6123 4567（陳生）或者直接 Carousell 聊天，唔該晒！

關於此刊登
類別：工作 > 餐飲
工作類型：全職 / 兼職
地點：荃灣 沙咀道
狀況：招聘中

賣家
ramen_ichiban_tw
已驗證 ‧ 加入於 2021 年 ‧ 回覆率 98%
聊天　　撐

安全提示：切勿預先付款或提供身份證副本予未經核實嘅僱主。

類似刊登
觀塘 茶餐廳請水吧 HK$18,000
沙田 甜品店兼職店務員 HK$62
旺角 壽司店請刺身師傅 HK$26,000

關於 Carousell　　幫助中心　　私隱政策　　使用條款
Carousell 版權所有 2026
`;

// ---------------------------------------------------------------------------------------------------------------------
// 06: two 小雞上工 gig listings copied from the web app and saved by Windows Notepad as UTF-16LE with a BOM (CRLF): the app
// header and filters, each listing's headline with its date and hours, pay, the employer's rating, 地點, 工作內容 numbered
// lines, 工作條件 ・ lines, 福利, the 需要人數 / 已報名 counter and the 報名 button, a rule between, and 你可能也喜歡 (other
// listings, not positions of this copy).
const xiaojiText = `小雞上工 Chick Job
首頁　找工作　我的收藏　登入／註冊
新北市 ▼　全部日期 ▼　時薪排序 ▼

【急徵】物流倉儲理貨員｜12/8(二) 09:00-18:00
時薪 NT$210｜當日匯款
雇主：順達物流股份有限公司 ★4.8（326則評價）
地點：新北市五股區五工六路
工作內容
1. 依揀貨單進行揀貨、理貨、貼標
2. 使用手持PDA刷條碼出入庫
工作條件
・年滿18歲（當天需攜帶身分證件）
・可久站、搬運10公斤以下貨物
・有堆高機證照者優先（另加時薪$30）
福利：提供午餐、勞保、當日匯款
需要人數 8／已報名 5
［我要報名］
────────────
【長期】飲料店門市人員（週末班）
時薪 NT$200
雇主：茶聚 板橋文化店 ★4.6（88則評價）
地點：新北市板橋區文化路一段
工作內容：飲料製作、收銀、門市清潔
工作條件
・高中職以上（在學生可）
・有手搖飲經驗佳，無經驗可
・需配合至少3個月的週六、週日班
福利：員工飲料、勞健保
需要人數 2／已報名 1
［我要報名］
────────────
你可能也喜歡
・展場搬運人員　12/10　時薪$220　南港
・活動工作人員　12/12　時薪$200　信義
・超商大夜班代班　12/9　時薪$230　三重
`;

// ---------------------------------------------------------------------------------------------------------------------
// 08: a World Bank-financed project's Terms of Reference for an individual consultant as a two-page PDF: the running head
// and "Page n of 3", the title block (assignment title, project, financing, reference), numbered sections 1–8 with lettered
// lists, a deliverables table, the reporting line naming the project's other specialists (not positions), duration and
// the selection method.
const torSections: (string | { text: string; bold?: boolean; indent?: number })[] = [
  { text: "1. BACKGROUND", bold: true },
  "The Government of Ghana has received financing from the World Bank toward the cost of the Ghana Rural Water Supply and Resilience Project (GRWSRP) and intends to apply part of the proceeds for consulting services. The project will drill or rehabilitate 1,200 boreholes and build 85 small-town piped water schemes in the Northern, Upper East and Upper West Regions. The Project Coordination Unit (PCU) sits in the Community Water and Sanitation Agency (CWSA).",
  "",
  { text: "2. OBJECTIVE OF THE ASSIGNMENT", bold: true },
  "The objective of the assignment is to ensure that all project activities are prepared and carried out in line with the World Bank Environmental and Social Framework (ESF), the project's Environmental and Social Commitment Plan (ESCP) and the environmental laws of Ghana.",
  "",
  { text: "3. SCOPE OF WORK", bold: true },
  "The Consultant will:",
  { text: "a) screen subprojects and prepare site-specific ESIAs and ESMPs;", indent: 18 },
  { text: "b) supervise contractors' implementation of their C-ESMPs, including occupational health and safety;", indent: 18 },
  { text: "c) run the project grievance redress mechanism (GRM) and the stakeholder engagement plan;", indent: 18 },
  { text: "d) prepare quarterly environmental and social monitoring reports for the PCU and the World Bank;", indent: 18 },
  { text: "e) train PCU, district assembly and contractor staff on ESF requirements.", indent: 18 },
  "",
  { text: "4. DELIVERABLES AND SCHEDULE", bold: true },
];
const torAfterTable: (string | { text: string; bold?: boolean; indent?: number })[] = [
  { text: "5. QUALIFICATIONS AND EXPERIENCE", bold: true },
  "The Consultant shall have the following qualifications and experience:",
  { text: "a) A Master's degree in Environmental Science, Environmental Engineering, Social Sciences or a related field;", indent: 18 },
  { text: "b) At least 8 years of relevant professional experience, of which at least 5 years on donor-funded infrastructure projects;", indent: 18 },
  { text: "c) Demonstrated knowledge of the World Bank Environmental and Social Framework (ESS1 to ESS10);", indent: 18 },
  { text: "d) Proven experience preparing ESIAs and ESMPs for water supply or rural infrastructure;", indent: 18 },
  { text: "e) Excellent written and spoken English; knowledge of Dagbani is an advantage;", indent: 18 },
  { text: "f) Registration with the Environmental Protection Agency (EPA) as an EIA practitioner is an advantage.", indent: 18 },
  "",
  { text: "6. REPORTING ARRANGEMENTS", bold: true },
  "The Consultant will report to the Project Coordinator and will work closely with the Procurement Specialist, the Financial Management Specialist and the Monitoring and Evaluation Specialist of the PCU.",
  "",
  { text: "7. DURATION AND LOCATION", bold: true },
  "Twelve (12) months, full time, extendable subject to performance. The Consultant will be based in Tamale with regular field travel to the project districts.",
  "",
  { text: "8. SELECTION METHOD", bold: true },
  "The Consultant will be selected by the Individual Consultant Selection method set out in the World Bank's Procurement Regulations for IPF Borrowers (September 2023). Interested individuals should send a CV and a cover letter to procurement@grwsrp.example by 18 December 2026, quoting the reference number above.",
];
const torPages = (): Page[] => {
  const pages: Page[] = [];
  let items: Placed[] = [];
  let lines: [number, number, number, number][] = [];
  let y = 60;
  const newPage = () => {
    pages.push({ items, lines });
    items = [];
    lines = [];
    y = 60;
  };
  const flow = (blocks: (string | { text: string; bold?: boolean; indent?: number })[]) => {
    for (const b of blocks) {
      const block = typeof b === "string" ? { text: b } : b;
      if (block.text === "") {
        y += 8;
        continue;
      }
      for (const t of wrap(block.text, 515 - (block.indent ?? 0), 10, 0.52)) {
        if (y > 770) newPage();
        items.push({ text: t, x: 40 + (block.indent ?? 0), y, size: 10, bold: block.bold });
        y += 14;
      }
    }
  };
  items.push(
    { text: "TERMS OF REFERENCE", x: 222, y, size: 14, bold: true },
    { text: "FOR THE RECRUITMENT OF AN INDIVIDUAL CONSULTANT", x: 150, y: y + 20, size: 11, bold: true },
    { text: "ENVIRONMENTAL AND SOCIAL SAFEGUARDS SPECIALIST", x: 150, y: y + 38, size: 11, bold: true },
  );
  y += 66;
  for (const [label, value] of [
    ["Country:", "Republic of Ghana"],
    ["Project:", "Ghana Rural Water Supply and Resilience Project (GRWSRP), P180412"],
    ["Financing:", "IDA Credit No. 7312-GH"],
    ["Assignment title:", "Environmental and Social Safeguards Specialist"],
    ["Reference No.:", "GH-MSWR-412874-CS-INDV"],
  ] as [string, string][]) {
    items.push({ text: label, x: 40, y, size: 10, bold: true }, { text: value, x: 150, y, size: 10 });
    y += 14;
  }
  y += 10;
  flow(torSections);
  const cols = [40, 70, 330, 460];
  const head = ["No.", "Deliverable", "Timing", "Payment"];
  const rows = [
    ["1", "Inception report and work plan", "1 month after signing", "10%"],
    ["2", "Quarterly E&S monitoring reports (4)", "End of each quarter", "60%"],
    ["3", "Updated ESMF and GRM manual", "Month 6", "15%"],
    ["4", "End-of-assignment report", "Month 12", "15%"],
  ];
  if (y > 650) newPage();
  const top = y;
  head.forEach((h, i) => items.push({ text: h, x: (cols[i] ?? 0) + 4, y: y + 4, size: 10, bold: true }));
  y += 20;
  for (const row of rows) {
    row.forEach((c, i) => items.push({ text: c, x: (cols[i] ?? 0) + 4, y: y + 4, size: 10 }));
    lines.push([36, y, 555, y]);
    y += 18;
  }
  lines.push([36, top, 555, top], [36, y, 555, y]);
  for (const x of [36, 66, 326, 456, 555]) lines.push([x, top, x, y]);
  y += 16;
  flow(torAfterTable);
  pages.push({ items, lines });
  return pages.map((pg, i) => ({
    ...pg,
    items: [
      { text: "Ministry of Sanitation and Water Resources | GRWSRP (P180412)", x: 40, y: 24, size: 8 },
      { text: "ToR: E&S Safeguards Specialist", x: 430, y: 24, size: 8 },
      ...pg.items,
      { text: `Page ${i + 1} of ${pages.length}`, x: 270, y: 805, size: 8 },
    ],
  }));
};

// ---------------------------------------------------------------------------------------------------------------------
// 10: a game studio's bilibili 动态 copied from the web page and saved as GB18030 (CRLF): the site's nav bar, the account
// card (UP主, 粉丝), the post time, the 【招贤纳士】 post with #话题#, two ▶ roles each "名称｜城市｜薪资" over · lines, the
// apply line and a note that interns are not hired, the forward/comment/like counts, the hot comments with the studio's
// replies (one naming a post already filled), and 相关推荐.
const biliText = `哔哩哔哩 (゜-゜)つロ 干杯~
首页　番剧　直播　游戏中心　会员购　漫画　赛事　　搜索　　登录　大会员　消息　动态　收藏　历史　创作中心

星砂工作室官方
UP主 · 粉丝 12.4万 · 关注
2026-12-01 18:00 · 投稿了动态

【招贤纳士】星砂工作室新项目（UE5 开放世界动作）开放以下岗位～ #游戏招聘# #UE5# #上海招聘#

▶ 技术美术（TA）｜上海｜20-35K·14薪
· 本科及以上学历，美术或计算机相关专业均可
· 3年以上TA工作经验，至少一款UE项目上线经验
· 熟练使用Houdini、Substance Designer，掌握HLSL
· 会用Python写DCC工具者优先
▶ 战斗策划｜上海｜15-25K·14薪
· 2年以上ACT/ARPG战斗策划经验，参与过完整项目
· 对动作手感、受击反馈、怪物AI有自己的理解
· 能用Excel搭建技能数值表
· 热爱动作游戏，有自己的作品或Demo优先

简历投递：hr@xingsha.example，邮件标题「岗位-姓名-B站」
（本项目暂不招聘实习生哦，校招请关注明年春招）

转发 326　评论 1.2万　点赞 4812

评论 1.2万　　按热度　按时间
硬核魂系玩家：能投主美吗[doge]
　　星砂工作室官方 UP主：回复 @硬核魂系玩家 ：主美已经招满啦，欢迎关注后续～
　　点赞 2088　回复
咸鱼翻身中：战斗策划接受跨行吗，我是做动画的
　　星砂工作室官方 UP主：回复 @咸鱼翻身中 ：有相关作品可以投递试试！
　　点赞 356　回复
路过的TA：HLSL必须吗，只会连连看能不能投
　　点赞 190　回复
查看更多回复 >

相关推荐
【米哈游】2027届校园招聘正式启动！
UE5 材质入门到精通 第12集
战斗策划的一天 | 游戏行业vlog
`;

// ---------------------------------------------------------------------------------------------------------------------
// 11: a Taiwan university career centre's 校園徵才博覽會 廠商職缺一覽表 in Word: the Title, an intro, a Heading1, one table
// (攤位 | 廠商名稱 | 職缺名稱 | 需求人數 | 學歷 | 科系 | 條件／備註 | 工作地點) whose booth and company cells are vertically
// merged where one company has two posts (w:vMerge), post cells Chinese then English, then 注意事項 as numbered paragraphs
// (w:numPr over a decimal numbering part), a 職缺異動 note naming a post that is already filled, and the compiler's line.
const cellXml = (content: string | string[], merge?: "restart" | "continue", width?: number) => {
  const paras = (Array.isArray(content) ? content : [content]).map(p).join("") || "<w:p/>";
  const pr = `${width ? `<w:tcW w:w="${width}" w:type="dxa"/>` : ""}${merge ? `<w:vMerge${merge === "restart" ? ' w:val="restart"' : ""}/>` : ""}`;
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${paras}</w:tc>`;
};
const tableXml = (rows: string[], header = false) =>
  `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>${rows
    .map((r, i) => `<w:tr>${i === 0 && header ? '<w:trPr><w:tblHeader/></w:trPr>' : ""}${r}</w:tr>`)
    .join("")}</w:tbl>`;
const numbered = (text: string, numId = 2) =>
  `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const fairBody = [
  styled("Title", "國立中興科技大學 2027 校園徵才博覽會"),
  styled("Heading1", "廠商職缺一覽表（第一梯次）"),
  p("活動日期：2027年3月13日（六）09:30–15:30　地點：本校體育館一樓　主辦：學生事務處 職涯發展中心"),
  p("攤位配置圖請見附件二；現場備有履歷健診與職涯諮詢，歡迎同學攜帶紙本履歷參加。"),
  tableXml([
    ["攤位", "廠商名稱", "職缺名稱", "需求人數", "學歷", "科系", "條件／備註", "工作地點"].map((h) => cellXml(h)).join(""),
    [cellXml("A01", "restart"), cellXml("宏晶半導體股份有限公司", "restart"), cellXml(["設備工程師", "Equipment Engineer"]), cellXml("10"), cellXml("大學以上"), cellXml("機械、電機、化工相關"), cellXml(["需配合輪班", "英文 TOEIC 600 分以上"]), cellXml("台中中科")].join(""),
    [cellXml("", "continue"), cellXml("", "continue"), cellXml(["製程整合工程師", "Process Integration Engineer"]), cellXml("5"), cellXml("碩士以上"), cellXml("材料、化工、物理相關"), cellXml(["熟悉 JMP 或 Minitab 統計分析", "有半導體實習經驗佳"]), cellXml("台中中科")].join(""),
    [cellXml("B07"), cellXml("綠林餐飲集團"), cellXml(["儲備店長", "Management Trainee"]), cellXml("5"), cellXml("專科以上"), cellXml("餐旅相關科系佳"), cellXml(["具1年以上餐飲服務經驗", "培訓後帶領門市團隊"]), cellXml("全台各分店")].join(""),
    [cellXml("C12"), cellXml("新境軟體科技"), cellXml(["軟體工程師（後端）", "Backend Engineer"]), cellXml("3"), cellXml("大學以上"), cellXml("資工、資管相關"), cellXml(["熟悉 Java 或 Go", "熟悉 SQL；有實習經驗佳"]), cellXml("台北內湖")].join(""),
  ], true),
  styled("Heading2", "注意事項"),
  numbered("本表依各廠商提供資料彙整，實際職缺內容以廠商現場公告為準。"),
  numbered("請同學自行上各廠商官網或 104 人力銀行完成線上投遞，現場僅收紙本履歷。"),
  numbered("完成 3 家以上攤位面談並集點者，可至服務台兌換紀念品。"),
  p("職缺異動：D03 益發精密工業「品管工程師」已額滿，取消招募；E05 廠商改為第二梯次參展。"),
  p("職涯發展中心 製表　2026/12/01　洽詢：(04) 2555-1234 分機 2301"),
].join("");
const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
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
/** A .docx with the heading styles and a numbering part (bullets numId 1, decimal numId 2), entries at a fixed time. */
async function numberedDocx(body: string, numbering = numberingXml): Promise<Uint8Array> {
  const styles = headingStyles.replace("</w:styles>", '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>');
  const built = await buildDocx(documentXml(body), { "[Content_Types].xml": contentTypes, "word/styles.xml": styles, "word/numbering.xml": numbering, "word/_rels/document.xml.rels": docRels });
  const zip = await JSZip.loadAsync(built);
  const out = new JSZip();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.file(name, await entry.async("uint8array"), { date: fixedTime, createFolders: false });
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

// ---------------------------------------------------------------------------------------------------------------------
// 13: a Google Forms application form printed from the browser to PDF (Traditional Chinese): the browser's print header
// (date and time, page title) and footer (the viewform URL and n/2), the form banner and title, the description naming two
// internship posts as 【A】/【B】 with ・ lines and the shared period and pay, the * 必填 note, the questions with their
// 您的回答 lines, the 應徵職缺 radio options repeating the two post names, check boxes, the upload button, 提交 / 清除表單
// and Google's disclaimers.
const formPages = (): Page[] => {
  const browser = (n: number): Placed[] => [
    { text: "2026/12/2 下午3:41", x: 30, y: 14, size: 8 },
    { text: "山嵐文創 2027 寒假實習生招募報名表", x: 230, y: 14, size: 8 },
    { text: "https://docs.google.com/forms/d/e/1FAIpQLSd3kq0YvXr7mN2bW9cT5hJ8uE4fA6gL1pZ0sQ_x2oRk/viewform", x: 30, y: 818, size: 8 },
    { text: `${n}/2`, x: 545, y: 818, size: 8 },
  ];
  const card = (y: number, h: number): [number, number, number, number][] => [[60, y, 535, y], [60, y + h, 535, y + h], [60, y, 60, y + h], [535, y, 535, y + h]];
  const p1: Placed[] = [
    ...browser(1),
    { text: "山嵐文創 2027 寒假實習生招募報名表", x: 75, y: 70, size: 17 },
    ...column(75, 104, [
      "謝謝你對山嵐文創有興趣！我們是一間做台灣在地選物與文創品牌的小團隊，",
      "這個寒假想找兩位夥伴一起工作。",
      "",
      "招募職缺：",
      "【A】行銷企劃實習生（2名）",
      "・大學在學（大三以上）或應屆畢業，傳播、行銷、設計相關科系佳",
      "・會使用 Canva、Photoshop 製作社群圖文",
      "・有經營 IG 帳號的經驗加分",
      "【B】電商營運實習生（1名）",
      "・大學在學，不限科系",
      "・熟悉 Excel（會用樞紐分析）",
      "・會看 Google Analytics 報表者加分",
      "",
      "實習期間：2027/1/20–2/20，週一至週五 9:00–18:00，時薪 $196，供午餐。",
      "地點：台北市大同區迪化街一段（近北門站）",
      "",
      "yuki@shanlan.example（未共用）切換帳戶",
      "* 表示必填問題",
    ], 17).map((i) => ({ ...i, size: 10 })),
  ];
  const q = (y: number, label: string, extra: string[] = ["您的回答"]): Placed[] => [
    { text: label, x: 75, y: y + 16, size: 11 },
    ...extra.map((t, i) => ({ text: t, x: 75, y: y + 42 + i * 20, size: 10 })),
  ];
  const lines1: [number, number, number, number][] = [...card(56, 370)];
  let y = 440;
  for (const [label, extra] of [["電子郵件 *", ["您的電子郵件"]], ["姓名 *", undefined], ["就讀學校與科系 *", undefined]] as [string, string[] | undefined][]) {
    p1.push(...q(y, label, extra));
    lines1.push(...card(y, 80));
    y += 92;
  }
  const p2: Placed[] = [...browser(2)];
  const lines2: [number, number, number, number][] = [];
  y = 40;
  for (const [label, extra] of [
    ["應徵職缺 *", ["○ A 行銷企劃實習生", "○ B 電商營運實習生"]],
    ["可實習的時段 *", ["□ 全程（1/20–2/20）", "□ 部分時段（請於下方說明）"]],
    ["上傳履歷（PDF，10 MB 以內）*", ["新增檔案"]],
    ["你為什麼想加入山嵐？", undefined],
  ] as [string, string[] | undefined][]) {
    const h = 60 + (extra ?? ["x"]).length * 20;
    p2.push(...q(y, label, extra));
    lines2.push(...card(y, h));
    y += h + 12;
  }
  p2.push(
    { text: "提交", x: 75, y: y + 10, size: 11 },
    { text: "清除表單", x: 470, y: y + 10, size: 10 },
    { text: "請勿透過 Google 表單提交密碼。", x: 75, y: y + 40, size: 8 },
    { text: "這份內容並非由 Google 建立或認可。 檢舉濫用情形 - 服務條款 - 隱私權政策", x: 75, y: y + 56, size: 8 },
    { text: "Google 表單", x: 260, y: y + 80, size: 12 },
  );
  return [{ items: p1, lines: lines1 }, { items: p2, lines: lines2 }];
};

// ---------------------------------------------------------------------------------------------------------------------
// 14: a Kenyan NGO's vacancy announcement in Word: organisation name, Title "VACANCY ANNOUNCEMENT", the reference line, an
// about paragraph, then per post a Heading1, a facts table (Job title | Reports to | Location | Contract), "Key
// responsibilities" as decimal-numbered paragraphs and "Qualifications and experience" as bullets; then How to apply, the
// shortlisting, no-fee and safeguarding notes, and the P.O. Box footer.
const ngoBody = [
  p("TUMAINI COMMUNITY HEALTH TRUST"),
  p("P.O. Box 4410-40100, Kisumu, Kenya | www.tumainitrust.example"),
  styled("Title", "VACANCY ANNOUNCEMENT"),
  p("Ref: TCHT/HR/2026/014 and TCHT/HR/2026/015"),
  p("Tumaini Community Health Trust is a Kenyan non-governmental organisation working with county governments to strengthen primary health care, HIV and maternal health services in Kisumu, Siaya and Homa Bay counties. With funding from a consortium of donors, we invite applications from suitably qualified candidates for the following positions."),
  styled("Heading1", "1. Monitoring, Evaluation and Learning (MEL) Officer"),
  table2([
    ["Job title", "Monitoring, Evaluation and Learning (MEL) Officer"],
    ["Reports to", "Programme Manager"],
    ["Location", "Kisumu, with frequent travel to Siaya and Homa Bay"],
    ["Contract", "2 years, renewable"],
  ]),
  styled("Heading2", "Key responsibilities"),
  numbered("Maintain the project's indicator tracking table and reporting calendar."),
  numbered("Run routine data quality assessments with county health records officers."),
  numbered("Design and manage mobile data collection for surveys and the baseline."),
  numbered("Produce quarterly dashboards and learning briefs for donors and county teams."),
  styled("Heading2", "Qualifications and experience"),
  bullet("Bachelor's degree in Statistics, Epidemiology, Public Health or a related field"),
  bullet("At least 3 years' experience in monitoring and evaluation of health programmes"),
  bullet("Proficiency in DHIS2, KoboToolbox or ODK, and Stata or SPSS"),
  bullet("Knowledge of Power BI is an added advantage"),
  bullet("Fluency in English and Kiswahili; Dholuo is an added advantage"),
  styled("Heading1", "2. Project Accountant"),
  table2([
    ["Job title", "Project Accountant"],
    ["Reports to", "Finance and Administration Manager"],
    ["Location", "Kisumu"],
    ["Contract", "2 years, renewable"],
  ]),
  styled("Heading2", "Key responsibilities"),
  numbered("Prepare monthly donor financial reports and bank reconciliations.", 3),
  numbered("Review payment vouchers and make sure spending complies with donor rules.", 3),
  numbered("Supervise the Finance Assistant and coordinate the annual external audit.", 3),
  styled("Heading2", "Qualifications and experience"),
  bullet("Bachelor's degree in Accounting, Finance or Commerce"),
  bullet("Certified Public Accountant – CPA(K)"),
  bullet("At least 4 years' accounting experience, 2 of them managing donor funds in an NGO"),
  bullet("Working knowledge of QuickBooks or Sage, and advanced Excel"),
  styled("Heading1", "How to apply"),
  p("Send a cover letter and a detailed CV with three referees, as one PDF, to recruitment@tumainitrust.example, quoting the reference number and position in the subject line, by 5:00 pm on 18 December 2026."),
  p("Only shortlisted candidates will be contacted. Tumaini Community Health Trust does not charge any fee at any stage of its recruitment process."),
  p("Safeguarding: Tumaini has zero tolerance for sexual exploitation and abuse. Successful candidates will undergo background and reference checks."),
  p("Tumaini is an equal opportunity employer. Women and persons living with disabilities are encouraged to apply."),
].join("");
function table2(rows: string[][]): string {
  return tableXml(rows.map((r) => r.map((c, i) => cellXml(c, undefined, i === 0 ? 2400 : 6600)).join("")));
}
const ngoNumbering = numberingXml.replace("</w:numbering>", '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>');

// ---------------------------------------------------------------------------------------------------------------------
// 15: an evening paper's 分类广告 page as a PDF: the masthead and page line, four narrow columns of boxed small ads under
// ■ category bands (招聘求职, 房屋租售, 声明公告, 生活服务), each ad a bold head over lines wrapped to the column; four hiring
// ads (one hotel ad for a cook), a job seeker's ad, a driving school's 招生, rentals, 遗失声明 (one of a nurse's licence) and
// a cleaning service, then the page's small print.
type Ad = { band?: string; head: string; body: string };
const adColumns: Ad[][] = [
  [
    { band: "■ 招聘求职", head: "高薪诚聘货车司机", body: "持A2驾照，5年以上驾龄，熟悉湖北省内线路，无不良驾驶记录。月薪8000-12000元，包住。电话：139 0710 5521 张先生" },
    { head: "某外贸公司招聘", body: "外贸业务员2名：大专以上学历，英语六级，1年以上外贸经验，熟练使用阿里巴巴国际站。底薪+提成，双休。联系：027-8555 3102 李女士" },
    { head: "诚聘主办会计", body: "本科学历，持中级会计师证，熟悉金蝶K/3，3年以上工业企业全盘账经验。地址：汉阳区龙阳大道88号。电话：027-8555 7788 王经理" },
  ],
  [
    { head: "酒楼诚聘厨师", body: "3年以上粤菜经验，持健康证，包吃住，月休4天，工资面议。地址：江汉区青年路218号 电话：186 2700 3345" },
    { head: "求职", body: "本人男，45岁，持B2驾照，驾龄15年，身体健康，求货车或商务车司机工作。电话：135 5410 7762" },
    { head: "金桥驾校冬季招生", body: "C1/C2 学费3980元，一人一车，周末班、晚班，包接送。报名热线：027-8555 6600" },
  ],
  [
    { band: "■ 房屋租售", head: "出租", body: "光谷步行街旁精装两室一厅，家电齐全，拎包入住，月租2800元。电话：131 6600 2218" },
    { head: "门面转让", body: "武昌中南路临街门面60平米，现做餐饮，设备齐全，因家中有事低价转让。电话：177 7100 9031" },
  ],
  [
    { band: "■ 声明公告", head: "遗失声明", body: "武汉恒泰商贸有限公司遗失营业执照副本，统一社会信用代码91420100MA4K000000，声明作废。" },
    { head: "遗失声明", body: "张晓梅遗失护士执业证书，编号201842001234，声明作废。" },
    { band: "■ 生活服务", head: "家美家政", body: "开荒保洁、家电清洗、月嫂育儿嫂，持证上岗，服务全城。电话：027-8555 1199" },
  ],
];
const adPages = (): Page[] => {
  const items: Placed[] = [
    { text: "江城晚报", x: 40, y: 30, size: 22 },
    { text: "2026年12月3日　星期四　　B12　分类广告　　责编：刘敏　　刊登热线：027-85550000", x: 150, y: 42, size: 9 },
  ];
  const lines: [number, number, number, number][] = [[36, 62, 559, 62]];
  const colX = [40, 171, 302, 433];
  const colW = 122;
  adColumns.forEach((ads, c) => {
    const x = colX[c] ?? 0;
    let y = 72;
    for (const ad of ads) {
      if (ad.band) {
        items.push({ text: ad.band, x, y, size: 10 });
        y += 18;
      }
      const top = y;
      items.push({ text: ad.head, x: x + 4, y: y + 4, size: 10.5 });
      y += 20;
      for (const t of wrap(ad.body, colW - 8, 8.5)) {
        items.push({ text: t, x: x + 4, y, size: 8.5 });
        y += 12;
      }
      y += 4;
      lines.push([x, top, x + colW, top], [x, y, x + colW, y], [x, top, x, y], [x + colW, top, x + colW, y]);
      y += 10;
    }
  });
  items.push({ text: "本版广告内容由客户提供，请读者谨慎核实，凡涉及收费、汇款等事项务必当面确认。", x: 40, y: 560, size: 8 });
  return [{ items, lines }];
};

await writeMissing(new URL("./", import.meta.url), {
  "02_police_auxiliary_recruitment_notice.pdf": () => placedPdf(policePages(), "portrait", cjkFont, cjkFamily),
  "03_seafarer_crewing_lineup.eml": () => Buffer.from(crlf(crewingEml()), "utf8"),
  "04_outlook_saved_reply.htm": () => encoded(crlf(outlookHtm()), "win1252"),
  "05_carousell_hk_listing_big5hkscs.txt": () => encoded(crlf(carousellText), "big5hkscs"),
  "06_xiaoji_gig_app_utf16le.txt": () => encoded(crlf(xiaojiText), "utf16le", true),
  "08_world_bank_tor_consultant.pdf": () => placedPdf(torPages(), "portrait"),
  "10_bilibili_dongtai_gb18030.txt": () => encoded(crlf(biliText), "gb18030"),
  "11_tw_campus_job_fair_table.docx": () => numberedDocx(fairBody),
  "13_google_forms_printout.pdf": () => placedPdf(formPages(), "portrait", cjkFont, cjkFamily),
  "14_ke_ngo_vacancy_announcement.docx": () => numberedDocx(ngoBody, ngoNumbering),
  "15_evening_paper_classifieds.pdf": () => placedPdf(adPages(), "portrait", cjkFont, cjkFamily),
});
