import { existsSync, readFileSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import { buildDocx, documentXml, p } from "../../../../fixtures/documents/build-docx.js";
import { type Cell, type Item, itemsPdf, rows } from "../batch5/make-batch5.js";
import { cell, photoParts, run } from "../make-documents.js";

/**
 * Writes batch 8's PDFs, .docx files and encoded texts: `npx tsx test/unit/resumes/corpus/batch8/make-batch8.ts`.
 * The PDFs embed Noto CJK (`apt-get install -y fonts-noto-cjk`) and jszip stamps the time into a .docx, so the
 * written files are committed, only missing .docx files are built, and the tests read only the written files. The
 * encoded texts come from their readable `.src.txt` (make-corpus.ts encodes them the same way); a character the
 * target encoding cannot hold is an error here rather than a silent "?".
 */
const here = (name: string) => new URL(`./${name}`, import.meta.url);


// 62. A 猎聘 (Liepin) résumé downloaded as PDF: the site's mark and a résumé number at the top, the name, a
// "男 | 34岁 | 本科 | 工作12年 | 现居住地" line, contacts, 求职意向, then each job as a bold company with its
// dates and tenure at the right, a "title | department | city" line, 下属人数 / 汇报对象, 工作职责 and 工作业绩;
// a project, the school, languages, a certificate, skills, 自我评价 and the site's footer.
const liepinPdf = () => {
  const l = (text: string, bold = false): Cell[] => [{ x: 40, text, bold, size: bold ? 12 : 9.5 }];
  const dated = (text: string, date: string): Cell[] => [{ x: 40, text, bold: true, size: 10.5 }, { x: 400, text: date, size: 9 }];
  const items = rows(36, 15.5, 9.5, [
    [{ x: 40, text: "猎聘 liepin.com", size: 12, bold: true }, { x: 420, text: "简历编号：RL2026112805", size: 8 }],
    [],
    [{ x: 40, text: "韩志远", size: 20, bold: true }],
    [],
    l("男 | 34岁 | 本科 | 工作12年 | 现居住地：上海市闵行区"),
    l("手机：137 6428 1905　　邮箱：hanzhiyuan@example.com"),
    l("目前状态：在职，看看新机会"),
    [],
    l("求职意向", true),
    l("期望职位：HRBP总监、人力资源经理　　期望地点：上海　　期望年薪：50-60万"),
    l("期望行业：医疗器械、生物医药"),
    [],
    l("工作经历", true),
    dated("上海瑞达医疗器械有限公司", "2020.05 - 至今（6年7个月）"),
    l("HRBP经理 | 人力资源中心 | 上海"),
    l("下属人数：4人　　汇报对象：人力资源总监"),
    l("工作职责：负责研发中心与营销中心（约600人）的HRBP工作，带领4人HRBP团队，对接业务负责人"),
    l("工作业绩：搭建研发职级与晋升体系；核心人才年流失率从18%降至9%"),
    dated("苏州康立生物科技有限公司", "2016.07 - 2020.04（3年10个月）"),
    l("招聘主管 | 人力资源部 | 苏州"),
    l("下属人数：0人　　汇报对象：人力资源经理"),
    l("工作职责：负责研发与生产岗位社会招聘及校园招聘，年均入职120人"),
    dated("上海锦程人力资源有限公司", "2014.07 - 2016.06（2年）"),
    l("招聘顾问 | 猎头事业部 | 上海"),
    l("工作职责：医疗器械行业中高端职位寻访，年度业绩排名团队第一"),
    [],
    l("项目经历", true),
    dated("研发职级体系搭建", "2022.03 - 2022.12"),
    l("项目职务：项目负责人　　项目描述：梳理研发岗位序列，设计P1-P9职级与任职资格标准"),
    [],
    l("教育经历", true),
    dated("华东师范大学", "2010.09 - 2014.06"),
    l("人力资源管理 | 本科 | 统招"),
    [],
    l("语言能力", true),
    l("英语：熟练（CET-6）"),
    l("证书", true),
    l("企业人力资源管理师（二级）　2018.09"),
    l("技能", true),
    l("招聘、绩效管理、薪酬福利、员工关系、SAP SuccessFactors、Excel"),
    l("自我评价", true),
    l("12年人力资源经验，熟悉医疗器械行业研发与销售人才，擅长组织诊断与人才盘点。"),
  ]);
  return itemsPdf([...items, { x: 200, top: 808, size: 7.5, text: "本简历来自猎聘 · 仅供招聘使用，请勿外传" }, { x: 530, top: 808, size: 7.5, text: "1/1" }], [
    { x: 30, y: 28, w: 535, h: 2 },
  ]);
};

// 65. A Japanese-style 職務經歷書 in Traditional Chinese (a Taiwanese engineer at Japanese-owned factories): title,
// "…現在" date and name at the right, a contact line, 職務摘要, then per employer a grey bar "company（dates）", a
// 事業內容／資本額／員工人數 line and a 期間 | 業務內容 table (two posts at the first employer), then 活用的經驗・知識・
// 技能, 資格・證照 with their dates, 學歷, 自我PR and 以上.
const shokumuPdf = () => {
  const l = (text: string, x = 40, size = 9.5): Cell[] => [{ x, text, size }];
  const h = (text: string): Cell[] => [{ x: 40, text, bold: true, size: 11.5 }];
  const bar = (text: string): Cell[] => [{ x: 46, text, bold: true, size: 10.5 }];
  const period = (date: string, text: string): Cell[] => [{ x: 46, text: date, size: 9 }, { x: 150, text, size: 9.5 }];
  const body: Cell[][] = [
    [{ x: 232, text: "職 務 經 歷 書", size: 18, bold: true }],
    [],
    [{ x: 440, text: "2026年11月30日現在", size: 9 }],
    [{ x: 440, text: "姓名　張雅婷", size: 10.5 }],
    l("居住地：桃園市中壢區　　電話：0922-318-456　　E-mail：yating.chang@example.com.tw", 40, 9),
    [],
    h("■職務摘要"),
    l("國立成功大學工業與資訊管理學系畢業後，於日商汽車電裝品工廠擔任品保工程師約4年，"),
    l("2019年起於日系機車零件廠從事生產管理，2021年起擔任生產管理課課長，負責月產30萬件的生產計畫。"),
    [],
    h("■職務經歷"),
    bar("台灣山葉精密股份有限公司　（2019年4月～現在）"),
    l("事業內容：機車引擎零件製造　資本額：新台幣20億元　員工人數：1,200名　股票上市", 46, 9),
    [{ x: 46, text: "期間", bold: true, size: 9.5 }, { x: 150, text: "業務內容", bold: true, size: 9.5 }],
    period("2021年10月～現在", "生產管理課　課長"),
    l("・管理部屬8名（生管專員5名、物料員3名）", 150),
    l("・月產30萬件之生產計畫、產能調整與外包管理", 150),
    l("・主導SAP PP模組導入，交期達成率由92%提升至98%", 150),
    period("2019年4月～2021年9月", "生產管理課　生產管理專員"),
    l("・主力客戶（日系機車廠）之生產排程與出貨管理", 150),
    l("・與日本總公司生產技術部每週視訊會議（日語）", 150),
    [],
    bar("日商東洋電裝台灣有限公司　（2015年7月～2019年3月）"),
    l("事業內容：汽車電裝品製造　資本額：新台幣5億元　員工人數：350名", 46, 9),
    [{ x: 46, text: "期間", bold: true, size: 9.5 }, { x: 150, text: "業務內容", bold: true, size: 9.5 }],
    period("2015年7月～2019年3月", "品質保證課　品保工程師"),
    l("・客訴對應與8D報告撰寫，日本總公司品保部會議之口譯", 150),
    l("・以Minitab進行製程能力分析（Cpk），不良率降低35%", 150),
    [],
    h("■活用的經驗・知識・技能"),
    l("・日系企業生產管理與品質保證經驗共11年"),
    l("・SAP（PP／MM）、Excel VBA、Minitab"),
    l("・日語商務會話與日文文件撰寫"),
    [],
    h("■資格・證照"),
    l("2017年11月　TOEIC 785分"),
    l("2018年12月　日本語能力試驗 N2 合格"),
    l("2020年5月　中華民國品質學會 品質工程師（CQE）"),
    [],
    h("■學歷"),
    l("2015年6月　國立成功大學 工業與資訊管理學系 畢業（學士）"),
    [],
    h("■自我PR"),
    l("在日系工廠養成了重視現場、數據說話的習慣。擔任課長後，建立每日生產會議與異常回報機制，"),
    l("讓交期延遲件數減少一半。希望將生產管理與日語溝通的經驗，運用在貴公司的供應鏈管理職務。"),
    [{ x: 520, text: "以上", size: 9.5 }],
  ];
  const items = rows(40, 16, 9.5, body);
  const topOf = (text: string) => items.find((i) => i.text === text)!.top;
  const rects = [
    ...["台灣山葉精密股份有限公司　（2019年4月～現在）", "日商東洋電裝台灣有限公司　（2015年7月～2019年3月）"].map((t) => ({ x: 40, y: topOf(t) - 3, w: 515, h: 16 })),
  ];
  return itemsPdf(items, rects);
};

// 66. A European two-column CV PDF: a grey left sidebar with contact, personal details (a date of birth), skills
// and languages each rated with ●○ dots, interests; the main column holds the name, headline, profile, jobs as a
// bold title with "MM/YYYY – present" at the right over "Organization · City" and bullets, education, a
// certificate and the Italian GDPR consent line at the foot.
const europeanPdf = () => {
  const s = (text: string, bold = false): Cell[] => [{ x: 44, text, bold, size: bold ? 10.5 : 8.5 }];
  const rated = (name: string, dots: string): Cell[] => [{ x: 44, text: name, size: 8.5 }, { x: 132, text: dots, size: 8 }];
  const side = rows(60, 15, 8.5, [
    s("CONTACT", true), s("Via Tortona 27"), s("20144 Milano, Italy"), s("+39 347 123 4567"), s("sofia.marchetti@example.it"), s("linkedin.com/in/sofiamarchetti"), [],
    s("PERSONAL DETAILS", true), s("Date of birth: 14/03/1990"), s("Nationality: Italian"), [],
    s("SKILLS", true), rated("Google Analytics", "●●●●●"), rated("SQL", "●●●●○"), rated("Python", "●●●○○"), rated("Tableau", "●●●●○"),
    rated("Looker Studio", "●●●●○"), rated("Excel", "●●●●●"), [],
    s("LANGUAGES", true), rated("Italian", "●●●●●"), rated("English", "●●●●○"), rated("Spanish", "●●●○○"), rated("German", "●●○○○"), [],
    s("INTERESTS", true), s("Cycling · Film photography"),
  ]);
  const m = (text: string, bold = false): Cell[] => [{ x: 222, text, bold, size: bold ? 11.5 : 9.5 }];
  const job = (title: string, date: string): Cell[] => [{ x: 222, text: title, bold: true, size: 10.5 }, { x: 478, text: date, size: 8.5 }];
  const main = rows(44, 15, 9.5, [
    [{ x: 222, text: "SOFIA MARCHETTI", size: 22, bold: true }],
    [],
    [{ x: 222, text: "Marketing Analytics Lead", size: 12 }],
    [],
    m("PROFILE", true),
    m("Marketing analyst with ten years in cosmetics, media and retail across"),
    m("Italy and Germany. I build the models that decide where the budget goes,"),
    m("and explain them to the people who spend it."),
    [],
    m("WORK EXPERIENCE", true),
    job("Marketing Analytics Lead", "03/2021 – present"),
    m("Lumina Cosmetics S.p.A. · Milan"),
    m("•  Lead a team of 4 analysts across e-commerce and retail"),
    m("•  Built the marketing-mix model that moved €2M of budget to paid social"),
    job("Senior Marketing Analyst", "09/2017 – 02/2021"),
    m("Brightwave Media S.r.l. · Turin"),
    m("•  Attribution reporting for 30 client brands"),
    job("Junior Data Analyst", "10/2015 – 08/2017"),
    m("Nordica Retail Group GmbH · Munich"),
    m("•  Weekly sales dashboards for 120 stores"),
    [],
    m("EDUCATION", true),
    job("MSc in Marketing Management", "2013 – 2015"),
    m("Università Bocconi · Milan"),
    job("BSc in Economics", "2010 – 2013"),
    m("Università degli Studi di Torino · Turin"),
    [],
    m("CERTIFICATES", true),
    m("Google Analytics Certification — Google, 2023"),
  ]);
  const foot: Item = {
    x: 40, top: 800, size: 6.5,
    text: "I authorise the processing of the personal data contained in this CV pursuant to Art. 13 of Regulation (EU) 2016/679 (GDPR).",
  };
  return itemsPdf([...side, ...main, foot], [{ x: 30, y: 30, w: 172, h: 750 }]);
};

const photoDrawing = `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" distT="0" distB="0" distL="0" distR="0"><wp:extent cx="1080000" cy="1440000"/><wp:docPr id="1" name="照片"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdPhoto"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1080000" cy="1440000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
const bordered = `<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>`;

// 64. A BOSS直聘 附件简历 Word template: a spaced title and a 求职意向 line, a label | value | label | value table whose
// last column is one merged cell holding the candidate's photo (a picture, no text), then headings as bold
// paragraphs with a rule under them: 教育背景, 工作经历 (date<TAB>company<TAB>title over numbered lines), 校园经历
// (a student-union post), 技能证书, 专业技能, 自我评价.
const heading = (text: string) =>
  `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:color="2E75B6"/></w:pBdr><w:spacing w:before="240"/></w:pPr>${run(text, '<w:b/><w:color w:val="2E75B6"/><w:sz w:val="28"/>')}</w:p>`;
export const bossAttachmentBody = () => {
  const infoRows: [string, string, string, string][] = [
    ["姓　　名", "林晓雯", "性　　别", "女"],
    ["出生年月", "1997.05", "民　　族", "汉族"],
    ["政治面貌", "中共党员", "最高学历", "本科"],
    ["联系电话", "158 6745 1230", "电子邮箱", "linxiaowen@example.com"],
    ["现居住地", "杭州市余杭区", "工作年限", "7年"],
  ];
  const info = `<w:tbl>${bordered}${infoRows
    .map((r, i) => `<w:tr>${r.map((c, j) => cell(p(c), j % 2 === 0 ? 1300 : 2200)).join("")}${cell(i === 0 ? photoDrawing : "<w:p/>", 1800, i === 0 ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>")}</w:tr>`)
    .join("")}</w:tbl>`;
  return [
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run("个 人 简 历", '<w:b/><w:sz w:val="44"/>')}</w:p>`,
    p("求职意向：新媒体运营主管　|　期望城市：杭州　|　期望薪资：12-15K　|　到岗时间：一个月内"),
    info,
    heading("教育背景"),
    p("2015.09-2019.06\t浙江传媒学院\t网络与新媒体\t本科"),
    p("主修课程：新媒体运营、数据新闻、视听语言、市场营销学"),
    heading("工作经历"),
    p("2021.08-至今\t杭州小鹿文化传媒有限公司\t新媒体运营主管"),
    p("1. 负责公司3个抖音、小红书品牌账号的内容策划与运营，管理5人内容小组；"),
    p("2. 搭建短视频选题与投放复盘流程，单月GMV最高380万，账号粉丝从8万增长至65万。"),
    p("2019.07-2021.07\t杭州星辰电子商务有限公司\t内容运营专员"),
    p("1. 负责天猫店铺详情页文案与微信公众号推文，单篇最高阅读10万+；"),
    p("2. 协助策划“双11”直播活动，参与直播脚本撰写。"),
    heading("校园经历"),
    p("2017.09-2018.06\t浙江传媒学院学生会\t宣传部部长"),
    p("负责校园活动海报与公众号运营，组织新生摄影大赛。"),
    heading("技能证书"),
    p("大学英语六级（CET-6）、全国计算机等级考试二级、普通话二级甲等"),
    heading("专业技能"),
    p("熟练使用Photoshop、Premiere、剪映、秀米；熟悉巨量千川投放与生意参谋数据分析；熟练使用Excel数据透视表。"),
    heading("自我评价"),
    p("7年新媒体内容运营经验，对短视频和种草内容有敏锐的判断力，数据意识强；性格开朗，抗压能力强，善于团队协作。"),
  ].join("");
};

// 67. A US one-page résumé in Word built on the template's styles: the name in Title, a contact line in a custom
// style, section names in Heading 1, each job "Title | Company" in Heading 2 over its dates in Heading 3, achievements
// as List Bullet paragraphs (numbering.xml bullets), skills as List Bullet items.
const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${text.split("\t").map((t, i) => (i ? "<w:r><w:tab/></w:r>" : "") + (t ? run(t) : "")).join("")}</w:p>`;
const bullet = (text: string) => `<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`;
export const usStyledBody = () =>
  [
    styled("Title", "Rachel Nguyen"),
    styled("ContactInfo", "Boston, MA · (617) 555-0142 · rachel.nguyen@example.com · linkedin.com/in/rachelnguyen"),
    styled("Heading1", "Summary"),
    styled("Normal", "Product marketer with ten years in B2B SaaS and robotics. I turn technical products into stories sales teams can use, and measure what those stories do to pipeline."),
    styled("Heading1", "Experience"),
    styled("Heading2", "Senior Product Marketing Manager | Cobalt Robotics"),
    styled("Heading3", "May 2021 – Present"),
    bullet("Managed a team of 3 product marketers and an outside agency across two product lines"),
    bullet("Led the launch of the Patrol platform: $4.2M in qualified pipeline in its first two quarters"),
    bullet("Built a win/loss program in Salesforce; competitive win rate rose from 31% to 44%"),
    styled("Heading2", "Product Marketing Manager | Halcyon Software"),
    styled("Heading3", "June 2018 – April 2021"),
    bullet("Repositioned the analytics suite for mid-market buyers; trial-to-paid conversion up 22%"),
    bullet("Wrote the sales playbook and battlecards used by 40 account executives"),
    styled("Heading2", "Marketing Associate | Brightpath Analytics"),
    styled("Heading3", "August 2015 – May 2018"),
    bullet("Ran webinar and email programs in HubSpot that sourced 1,100 leads a year"),
    styled("Heading1", "Education"),
    styled("Heading2", "B.S. in Business Administration | Boston University"),
    styled("Heading3", "May 2015"),
    styled("Normal", "Questrom School of Business; concentration in Marketing; magna cum laude"),
    styled("Heading1", "Skills"),
    ...["Salesforce", "HubSpot", "Google Analytics", "SQL", "Figma", "Competitive intelligence", "Messaging and positioning"].map(bullet),
    styled("Heading1", "Certifications"),
    styled("Normal", "Pragmatic Institute – Pragmatic Marketing Certified (PMC-III), 2020"),
  ].join("");
const style = (id: string, name: string, inner: string, basedOn = "Normal") =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${id === "Normal" ? "" : `<w:basedOn w:val="${basedOn}"/>`}<w:qFormat/>${inner}</w:style>`;
const usParts = {
  "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`,
  "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>`,
  "word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
${style("Normal", "Normal", "")}
${style("Title", "Title", '<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="52"/></w:rPr>')}
${style("ContactInfo", "Contact Info", '<w:rPr><w:color w:val="595959"/><w:sz w:val="19"/></w:rPr>')}
${style("Heading1", "heading 1", '<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6"/></w:pBdr><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="26"/></w:rPr>')}
${style("Heading2", "heading 2", '<w:pPr><w:keepNext/><w:spacing w:before="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr>')}
${style("Heading3", "heading 3", '<w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="20"/></w:rPr>')}
${style("ListBullet", "List Bullet", '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:ind w:left="360" w:hanging="360"/></w:pPr>')}
</w:styles>`,
  "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`,
};

const encoders: Record<string, (text: string) => Buffer> = {
  "63_zh_lagou_online.gbk": (t) => iconv.encode(t, "gbk"),
  "69_tw_1111_resume.big5": (t) => iconv.encode(t, "big5"),
  "70_sg_email_nric.utf16le": (t) => iconv.encode(t, "utf16le", { addBOM: true }),
};
const decoders: Record<string, (bytes: Buffer) => string> = {
  "63_zh_lagou_online.gbk": (b) => iconv.decode(b, "gbk"),
  "69_tw_1111_resume.big5": (b) => iconv.decode(b, "big5"),
  "70_sg_email_nric.utf16le": (b) => iconv.decode(b, "utf16le"),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(here("62_zh_liepin_export.pdf"), await liepinPdf());
  writeFileSync(here("65_tw_shokumu_keirekisho.pdf"), await shokumuPdf());
  writeFileSync(here("66_en_eu_two_column_dots.pdf"), await europeanPdf());
  const docx: Record<string, () => Promise<Uint8Array>> = {
    "64_zh_boss_attachment_photo.docx": () => buildDocx(documentXml(bossAttachmentBody()), photoParts),
    "67_en_us_word_styles.docx": () => buildDocx(documentXml(usStyledBody()), usParts),
  };
  for (const [name, build] of Object.entries(docx)) if (!existsSync(here(name))) writeFileSync(here(name), await build());
  for (const [name, encode] of Object.entries(encoders)) {
    const source = readFileSync(here(`${name}.src.txt`), "utf8");
    const bytes = encode(source);
    const back = decoders[name]!(bytes).replace(/^\uFEFF/, "");
    if (back !== source) {
      const at = [...back].findIndex((c, i) => c !== [...source][i]);
      throw new Error(`${name}: the encoding cannot hold ${JSON.stringify([...source][at])} (character ${at})`);
    }
    writeFileSync(here(`${name}.txt`), bytes);
  }
}
