import JSZip from "jszip";
import { p, table } from "../../../../fixtures/documents/build-docx.js";
import { column, encoded, type Page, type Placed, placedPdf, styled, styledDocx, writeMissing } from "../make-files-lib.js";

/**
 * Writes this batch's .docx, .pdf and non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-11/make-files.ts`.
 * Only missing files are written; the eval reads the committed files, never this script. Entries and PDF dates are
 * fixed, so a rerun into an empty folder writes the same bytes. The Chinese PDFs need fonts-wqy-microhei (the
 * WenQuanYi Micro Hei collection); the Singapore agency PDF is English and uses the standard Helvetica.
 */
const cjkFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const cjkFamily = "WenQuanYiMicroHei";
const fixedTime = new Date(Date.UTC(2026, 11, 1, 0, 0, 0));
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A .docx from styledDocx with further parts (numbering, header, footer) and the relationships and content types that
 * name them, as Word writes a document that has them; every added entry carries the same fixed time.
 */
async function docxWithParts(body: string, parts: Record<string, string>, rels: string, overrides: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await styledDocx(body));
  const out = new JSZip();
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${overrides}</Types>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${rels}</Relationships>`;
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || name === "[Content_Types].xml" || name === "word/_rels/document.xml.rels") continue;
    out.file(name, await entry.async("uint8array"), { date: fixedTime, createFolders: false });
  }
  out.file("[Content_Types].xml", contentTypes, { date: fixedTime, createFolders: false });
  out.file("word/_rels/document.xml.rels", docRels, { date: fixedTime, createFolders: false });
  for (const [name, text] of Object.entries(parts)) out.file(name, text, { date: fixedTime, createFolders: false });
  return out.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

// 01: a joint-stock bank's 总行社会招聘公告 printed to a two-page PDF: a running header (bank name in Chinese and English,
// a rule) and a "— N —" footer on each page, title, intro, 一、招聘岗位 with （一）（二）（三） posts each "部门　岗位（N名）" over
// 工作地点 / 岗位职责 / 任职资格 numbered lines, the second post broken across the page, then 二、基本条件 for everyone,
// 三、报名方式, 四、招聘程序, 五、其他说明, signature and date.
const bankHeader = (n: number): Placed[] => [
  { text: "华信银行股份有限公司", x: 40, y: 28, size: 9 },
  { text: "HUAXIN BANK CO., LTD.", x: 440, y: 28, size: 8 },
  { text: `— ${n} —`, x: 285, y: 805, size: 9 },
];
const bankLine = (lines: string[], y: number, size = 10.5, leading = 19) => column(48, y, lines, leading).map((i) => ({ ...i, size }));
const bankPages = (): Page[] => [
  {
    lines: [[40, 42, 555, 42]],
    items: [
      ...bankHeader(1),
      { text: "华信银行2027年总行社会招聘公告", x: 170, y: 64, size: 16 },
      ...bankLine([
        "　　华信银行成立于1993年，是一家总部位于上海的全国性股份制商业银行，现有分支机构420余家。",
        "因业务发展需要，现面向社会公开招聘总行专业人才，诚邀优秀人士加入。",
        "一、招聘岗位",
        "（一）总行信息科技部　数据架构师（1名）",
        "　　工作地点：上海",
        "　　岗位职责：",
        "　　1.负责全行数据架构规划与企业级数据模型设计，推动数据标准落地；",
        "　　2.参与数据中台建设，牵头数据仓库分层设计与性能优化；",
        "　　3.指导开发团队开展数据开发规范评审。",
        "　　任职资格：",
        "　　1.全日制本科及以上学历，计算机科学与技术、软件工程、数学等相关专业，硕士优先；",
        "　　2.5年以上金融行业数据仓库或数据架构工作经验；",
        "　　3.精通SQL，熟悉Hadoop、Hive、Spark等大数据技术，熟悉Teradata或GaussDB者优先；",
        "　　4.具有DAMA CDMP认证者优先。",
        "（二）总行风险管理部　信用风险模型专员（2名）",
        "　　工作地点：上海",
        "　　岗位职责：",
        "　　1.负责零售信贷评分卡及PD、LGD模型的开发、验证与监控；",
        "　　2.配合监管要求开展内部评级体系的优化工作。",
      ], 96),
    ],
  },
  {
    lines: [[40, 42, 555, 42]],
    items: [
      ...bankHeader(2),
      ...bankLine([
        "　　任职资格：",
        "　　1.全日制硕士研究生及以上学历，统计学、金融工程、数学等相关专业；",
        "　　2.3年以上银行或持牌消费金融机构风险模型开发经验；",
        "　　3.熟练使用Python或SAS，熟悉逻辑回归、XGBoost等建模方法；",
        "　　4.持有FRM证书者优先。",
        "（三）总行合规部　反洗钱合规经理（1名）",
        "　　工作地点：北京",
        "　　岗位职责：",
        "　　1.组织开展全行反洗钱和制裁合规管理，起草相关制度；",
        "　　2.管理反洗钱监测分析团队（4人），审核可疑交易报告。",
        "　　任职资格：",
        "　　1.全日制本科及以上学历，法学、金融学相关专业；",
        "　　2.8年以上银行合规或反洗钱工作经验，其中3年以上团队管理经验；",
        "　　3.英语熟练，能阅读英文监管文件，通过大学英语六级；",
        "　　4.持有CAMS（国际公认反洗钱师）证书者优先。",
        "二、基本条件",
        "　　1.遵纪守法，品行端正，无不良从业记录；",
        "　　2.身体健康，能适应岗位工作要求；",
        "　　3.年龄一般不超过40周岁（1986年1月1日以后出生），特别优秀者可适当放宽。",
        "三、报名方式",
        "　　请登录华信银行官方网站“人才招聘”栏目在线投递简历，报名截止时间为2026年12月20日。",
        "四、招聘程序",
        "　　资格审查、笔试、面试、体检、背景调查、录用。",
        "五、其他说明",
        "　　本次招聘不收取任何费用，请应聘者谨防受骗。本公告由华信银行人力资源部负责解释。",
      ], 64),
      { text: "华信银行股份有限公司人力资源部", x: 360, y: 570, size: 10.5 },
      { text: "2026年12月1日", x: 400, y: 590, size: 10.5 },
    ],
  },
];

// 02: a port logistics SOE's 内部竞聘 notice in Word: red-header title, 文号, 各部门 salutation, 一、竞聘岗位 as a table
// (序号/竞聘岗位/所在部门/职数/岗位职责/任职条件), 二、基本条件 for all applicants, 三、竞聘程序, 四、工作要求, then the 附件
// 报名表 as an empty form table, issuing department and date.
export const competitionBody = [
  styled("Title", "关于开展2027年度中层及骨干岗位内部竞聘工作的通知"),
  p("苏港物流〔2026〕86号"),
  p("各部门、各分公司："),
  p("　　为进一步优化干部人才队伍结构，拓宽员工职业发展通道，经公司党委研究决定，开展2027年度部分岗位内部竞聘工作。现将有关事项通知如下："),
  styled("Heading1", "一、竞聘岗位"),
  table([
    ["序号", "竞聘岗位", "所在部门", "职数", "岗位职责", "任职条件"],
    [
      "1", "安全环保部副经理", "安全环保部", "1",
      ["协助部门经理开展安全生产监督检查；", "分管隐患排查治理和环保督察迎检工作。"],
      ["本科及以上学历，安全工程、环境工程相关专业；", "从事安全管理工作5年以上，其中担任主管及以上职务满2年；", "持有注册安全工程师证书。"],
    ],
    [
      "2", "数字化项目主管", "信息中心", "1",
      ["负责码头操作系统（TOS）升级项目的计划、实施与验收；", "协调业务部门梳理需求。"],
      ["本科及以上学历，计算机类专业；", "3年以上信息化项目管理经验；", "熟悉Oracle数据库及Java开发；", "持有PMP证书者优先。"],
    ],
    [
      "3", "费用审核岗", "财务共享中心", "2",
      ["审核各单位费用报销及付款单据；", "编制月度费用分析表。"],
      ["大专及以上学历，会计、财务管理专业；", "具有初级会计专业技术资格；", "在本公司财务岗位工作满2年；", "熟练使用金蝶EAS系统。"],
    ],
  ]),
  styled("Heading1", "二、基本条件"),
  p("　　（一）拥护党的路线方针政策，遵守公司各项规章制度；"),
  p("　　（二）在公司连续工作满2年（截至2026年12月31日），近两年年度考核结果均为称职及以上；"),
  p("　　（三）年龄原则上不超过45周岁；"),
  p("　　（四）身体健康，能正常履行岗位职责。"),
  styled("Heading1", "三、竞聘程序"),
  p("　　（一）个人报名。符合条件的员工填写《内部竞聘报名表》（见附件），经所在部门负责人签字后，于12月15日前交人力资源部。"),
  p("　　（二）资格审查。人力资源部对报名人员进行资格审查，审查结果在OA公示。"),
  p("　　（三）竞聘演讲与答辩。每人演讲时间不超过8分钟，答辩5分钟。"),
  p("　　（四）民主测评与组织考察。"),
  p("　　（五）公司党委研究决定聘任人选，并进行任前公示。"),
  styled("Heading1", "四、工作要求"),
  p("　　各部门要高度重视，积极动员符合条件的员工报名，不得以任何理由阻止员工参加竞聘。竞聘工作接受纪委全程监督。"),
  p("　　联系人：人力资源部 周敏，内线 8021。"),
  p("附件：内部竞聘报名表"),
  table([
    ["姓名", "", "性别", "", "出生年月", ""],
    ["现任部门及岗位", "", "", "入司时间", "", ""],
    ["学历/专业", "", "", "职称/证书", "", ""],
    ["竞聘岗位", "", "", "是否服从调剂", "", ""],
    ["主要工作经历", "", "", "", "", ""],
    ["所在部门意见", "", "", "负责人签字：", "", ""],
  ]),
  p("苏州港联物流集团有限公司人力资源部"),
  p("2026年12月3日"),
].join("");

// 03: a Taiwan government job site (台灣就業通) vacancy page copied and saved as Big5 (CRLF): site nav, breadcrumb, the
// title, company with the 職缺編號, update line, 【工作內容】 numbered duties, 【職缺條件】 as label：value rows (學歷要求, 科系
// 要求, 工作經驗, 語文條件, 電腦專長, 專業證照, 駕駛執照, 其他條件), 【福利制度】, 【聯絡方式】, action links, similar vacancies.
export const taiwanJobs = [
  "台灣就業通　TaiwanJobs　　找工作　找人才　職訓課程　就業服務據點　　登入｜註冊",
  "首頁 > 找工作 > 職缺詳細資料",
  "",
  "CNC車床技術員",
  "永順精密工業股份有限公司　　（職缺編號：11502873）",
  "更新日期：115/12/01　　瀏覽人次：382",
  "",
  "【工作內容】",
  "1.負責CNC車床之操作、程式修改及首件量測。",
  "2.依圖面進行治具調整與刀具更換。",
  "3.配合品保單位處理製程異常。",
  "",
  "【職缺條件】",
  "需求人數：2人",
  "工作性質：全職",
  "工作地點：臺中市大雅區",
  "工作時間：日班 08:00~17:00，需配合加班",
  "薪資待遇：月薪 新臺幣33,000元至42,000元",
  "學歷要求：高中職以上",
  "科系要求：機械工程相關、模具相關",
  "工作經驗：1年以上",
  "語文條件：不拘",
  "電腦專長：AutoCAD",
  "專業證照：車床－數值控制車床乙級技術士（具備者優先）",
  "駕駛執照：普通重型機車駕照",
  "其他條件：能看懂機械圖面，會使用游標卡尺、分厘卡等量具。",
  "",
  "【福利制度】",
  "勞健保、勞退提撥6%、三節獎金、員工旅遊、供午餐",
  "",
  "【聯絡方式】",
  "聯絡人：人資部 陳小姐",
  "電話：04-2568-0000 分機 21",
  "應徵方式：請直接點選「我要應徵」或親洽公司",
  "",
  "我要應徵　　加入追蹤　　分享到LINE　　列印",
  "",
  "此職缺的相似職缺",
  "CNC銑床操作員　｜　鴻林五金有限公司　｜　臺中市神岡區",
  "品管檢驗員　｜　永順精密工業股份有限公司　｜　臺中市大雅區",
  "模具技術員　｜　大成模具企業社　｜　彰化縣和美鎮",
  "",
  "勞動部勞動力發展署 版權所有　隱私權政策　網站資料開放宣告",
  "",
].join("\r\n");

// 04: a Hong Kong Labour Department Interactive Employment Service search result copied and saved by Notepad as
// "Unicode big endian" (UTF-16BE with BOM, CRLF): the service name in both languages, breadcrumb with the count,
// then three vacancy cards of bilingual "中文 English: value" rows, dashes between cards, page count and disclaimer.
const iesCard = (rows: [string, string][]) => rows.map(([label, value]) => `${label}: ${value}`);
export const iesResults = [
  "勞工處 互動就業服務　Labour Department Interactive Employment Service",
  "主頁 > 職位空缺搜尋 > 搜尋結果（共 3 個職位空缺）　　English | 繁體 | 简体",
  "",
  ...iesCard([
    ["職位空缺編號 Order No.", "12-3456789"],
    ["職位 Job Title", "倉務員 Warehouse Assistant"],
    ["僱主 Employer", "興隆物流有限公司 Hing Lung Logistics Limited"],
    ["行業 Industry", "運輸及倉庫 Transport and Storage"],
    ["工作地點 Work Location", "葵青區 Kwai Tsing District"],
    ["職責 Duties", "負責貨物收發、點算及上落貨；使用手提掃描器及電腦系統記錄存貨；需操作叉車。"],
    ["學歷 Education", "中三程度 Form 3"],
    ["經驗 Experience", "1年相關經驗 1 year relevant experience"],
    ["其他要求 Other Requirements", "持有效叉車操作證書；懂操作倉存系統；能操流利廣東話"],
    ["工作時數 Working Hours", "每星期工作6天，每天9小時"],
    ["工資 Wages", "月薪 HK$17,000 - HK$19,000"],
    ["僱用形式 Employment Type", "全職 Full-time"],
    ["申請方法 Application", "請致電 2345 6789 與鄭先生聯絡"],
  ]),
  "--------------------------------------------------",
  ...iesCard([
    ["職位空缺編號 Order No.", "12-3456802"],
    ["職位 Job Title", "行政助理 Administrative Assistant"],
    ["僱主 Employer", "卓越會計師事務所有限公司 Excel Partners CPA Limited"],
    ["行業 Industry", "專業服務 Professional Services"],
    ["工作地點 Work Location", "灣仔區 Wan Chai District"],
    ["職責 Duties", "處理一般文書工作、接聽電話及接待客戶；整理文件及更新客戶資料庫；協助安排會議。"],
    ["學歷 Education", "中學文憑試 / 中五程度 HKDSE / Form 5"],
    ["經驗 Experience", "2年文職經驗 2 years clerical experience"],
    ["其他要求 Other Requirements", "懂中英文電腦輸入，熟悉 Microsoft Word 及 Excel；能操流利廣東話及英語，懂普通話優先"],
    ["工作時數 Working Hours", "星期一至五 9:00-18:00"],
    ["工資 Wages", "月薪 HK$16,000 - HK$18,500"],
    ["僱用形式 Employment Type", "全職 Full-time"],
    ["申請方法 Application", "請將履歷電郵至 hr@excelcpa.example.com.hk"],
  ]),
  "--------------------------------------------------",
  ...iesCard([
    ["職位空缺編號 Order No.", "12-3456815"],
    ["職位 Job Title", "保安主任 Security Supervisor"],
    ["僱主 Employer", "恒安物業管理有限公司 Hang On Property Management Limited"],
    ["行業 Industry", "物業管理 Property Management"],
    ["工作地點 Work Location", "沙田區 Sha Tin District"],
    ["職責 Duties", "管理8名保安員，編排更表；巡邏屋苑及處理突發事件；撰寫事故報告。"],
    ["學歷 Education", "中五程度 Form 5"],
    ["經驗 Experience", "3年物業保安經驗，其中1年主管經驗"],
    ["其他要求 Other Requirements", "持有效保安人員許可證（B類）；持有效平安咭者優先"],
    ["工作時數 Working Hours", "每天12小時，四天工作三天休息"],
    ["工資 Wages", "月薪 HK$21,000 - HK$23,000"],
    ["僱用形式 Employment Type", "全職 Full-time"],
    ["申請方法 Application", "請親臨沙田石門安耀街3號匯達大廈面試，或致電 2601 0000"],
  ]),
  "",
  "頁數 1 / 1",
  "聲明：職位空缺資料由僱主提供，本處不會核實其內容。求職人士應小心查證。",
  "Disclaimer: Vacancy information is provided by employers. The Labour Department does not verify its contents.",
  "",
].join("\r\n");

// 09: a securities firm's 社会招聘启事 in Word whose numbering is all Word's automatic numbering: Heading 1 sections
// ("一、" from a chineseCounting list), Heading 2 posts ("（一）"), and the duty and requirement items as numbered list
// paragraphs restarting at 1 under each label, so no number is in the text itself.
const autoNumbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>${Array.from({ length: 8 }, (_, i) => `<w:num w:numId="${i + 2}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`).join("")}</w:numbering>`;
const numbered = (style: string, numId: number, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const section = (text: string) => numbered("Heading1", 1, 0, text);
const post = (text: string) => numbered("Heading2", 1, 1, text);
const items = (numId: number, texts: string[]) => texts.map((t) => numbered("ListParagraph", numId, 0, t)).join("");
export const securitiesBody = [
  styled("Title", "东岳证券股份有限公司2027年社会招聘启事"),
  p("　　东岳证券股份有限公司成立于2001年，注册地山东济南，是一家综合类证券公司，下设42家证券营业部。因业务发展需要，现面向社会公开招聘以下岗位人员。"),
  section("招聘岗位"),
  post("财富管理部　投资顾问（2名）"),
  p("岗位职责："),
  items(2, ["为高净值客户提供资产配置建议和投资咨询服务；", "开发和维护客户关系，完成客户资产规模目标；", "撰写市场点评及投资策略报告。"]),
  p("任职要求："),
  items(3, ["本科及以上学历，金融、经济相关专业；", "2年以上证券或银行财富管理工作经验；", "已取得证券投资顾问胜任能力考试合格证书；", "持有CFP或AFP证书者优先。"]),
  post("信息技术部　Java开发工程师（3名）"),
  p("岗位职责："),
  items(4, ["参与公司集中交易、清算等核心系统的设计与开发；", "负责系统性能优化与线上问题排查。"]),
  p("任职要求："),
  items(5, ["本科及以上学历，计算机相关专业；", "3年以上Java开发经验，有证券行业交易、清算系统开发经验者优先；", "精通Spring Boot、MyBatis，熟悉MySQL、Oracle数据库；", "熟悉Kafka、Redis者优先。"]),
  post("合规法务部　合规专员（1名）"),
  p("岗位职责："),
  items(6, ["对公司业务开展合规审查，出具合规审查意见；", "跟踪监管法规变化，组织合规培训。"]),
  p("任职要求："),
  items(7, ["硕士研究生及以上学历，法学专业；", "1年以上证券公司合规或律师事务所工作经验；", "通过国家统一法律职业资格考试；", "通过大学英语六级考试，能阅读英文法规文件。"]),
  section("应聘方式"),
  p("　　请将个人简历（注明应聘岗位）发送至 zhaopin@dongyue-sec.example.cn，邮件标题格式：应聘岗位＋姓名＋工作年限。报名截止时间：2026年12月31日。"),
  section("其他说明"),
  p("　　本次招聘不收取任何费用。公司将对应聘者个人信息严格保密，恕不退还应聘材料。"),
  p("东岳证券股份有限公司人力资源部"),
  p("2026年12月2日"),
].join("");
const securitiesDocx = () =>
  docxWithParts(
    securitiesBody,
    { "word/numbering.xml": autoNumbering },
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`,
    `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`,
  );

// 10: a UK housing association's job description in Word with a header part (organisation, document reference and
// version) and a footer part (page number field and a confidentiality line): Title, a role-details table, Heading 1
// sections (purpose, key responsibilities, knowledge/skills/experience, behaviours) with bullets, and a sign-off table.
const jdHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr ${W}><w:p><w:r><w:t xml:space="preserve">Harrowgate Housing Trust</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">Job Description</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Ref: HR-JD-118 | Version 3 | Review date: November 2027</w:t></w:r></w:p></w:hdr>`;
const jdFooter = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr ${W}><w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> · CONFIDENTIAL – for recruitment use only</w:t></w:r></w:p></w:ftr>`;
const bulletList = (texts: string[]) => texts.map((t) => numbered("ListBullet", 1, 0, t)).join("");
export const housingJdBody = [
  styled("Title", "Job Description"),
  table([
    ["Job title", "Repairs Planner"],
    ["Department", "Property Services"],
    ["Reports to", "Repairs Operations Manager"],
    ["Grade", "Band 5 (£31,200 – £34,100)"],
    ["Location", "Leeds (hybrid, two days a week in the office)"],
    ["Responsible for", "No direct reports"],
  ]),
  styled("Heading1", "Purpose of the role"),
  p("To plan and schedule responsive repairs and planned maintenance across our 9,000 homes, so that residents get the right trade at the right time and first-time fix rates keep improving."),
  styled("Heading1", "Key responsibilities"),
  bulletList([
    "Schedule daily work for 45 in-house operatives and two subcontractors, balancing priorities and travel time",
    "Rebook missed and no-access appointments and keep residents informed",
    "Monitor job completion against target times and escalate jobs at risk",
    "Produce weekly performance reports for the Repairs Operations Manager",
  ]),
  styled("Heading1", "Knowledge, skills and experience"),
  bulletList([
    "At least 2 years' experience scheduling responsive repairs or planned maintenance in social housing or facilities management",
    "Working knowledge of a repairs scheduling system (e.g. Totalmobile or DRS)",
    "Advanced Excel skills, including pivot tables and lookups",
    "Educated to GCSE level or equivalent, including English and Maths",
    "A Level 3 qualification in Housing (CIH) is desirable",
    "Full UK driving licence, for occasional site visits",
  ]),
  styled("Heading1", "Behaviours"),
  bulletList(["Puts residents first", "Owns problems through to resolution", "Works openly with colleagues across teams"]),
  p("This job description is not exhaustive and may be reviewed in consultation with the postholder."),
  table([
    ["Prepared by", "J. Whitlock, HR Business Partner", "Date", "14/11/2026"],
    ["Approved by", "M. Okafor, Head of Property Services", "Date", "18/11/2026"],
    ["Postholder signature", "", "Date", ""],
  ]),
  `<w:sectPr><w:headerReference w:type="default" r:id="rId3" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/><w:footerReference w:type="default" r:id="rId4" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
].join("");
const bulletNumbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const housingDocx = () =>
  docxWithParts(
    housingJdBody,
    { "word/numbering.xml": bulletNumbering, "word/header1.xml": jdHeader, "word/footer1.xml": jdFooter },
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>`,
    `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`,
  );

// 13: a 牛客网 discussion-board 内推 post copied and saved as GB18030 (CRLF): board breadcrumb, the post title with the
// referral code, poster/time/views line, referral link and code, base line, "1、title" roles each over "- " items, the
// process line, hashtags, numbered floor comments with the poster's replies, related posts.
export const nowcoderPost = [
  "牛客网 > 讨论区 > 招聘信息 > 内推",
  "",
  "【内推码：NTA8K2】云岫科技2027届春招&社招内推，简历直达HR，进度可查",
  "楼主：云岫-后端-小周　　发布于 2026-11-29 22:13　　浏览 3521　　点赞 41　　收藏 88",
  "",
  "内推链接：https://app.mokahr.example/campus/yunxiu?code=NTA8K2",
  "内推码：NTA8K2（投递时填写，简历优先筛选）",
  "",
  "base：杭州 / 上海，可远程面试",
  "",
  "岗位一览（点链接能看到全部40+岗位，下面是我们组急招的）：",
  "",
  "1、C++后台开发工程师（社招）",
  "- 本科及以上，计算机相关专业",
  "- 3年以上Linux下C++服务端开发经验，熟悉多线程、网络编程",
  "- 熟悉gRPC、Protobuf，有分布式存储经验加分",
  "",
  "2、算法工程师-推荐方向（2027届校招）",
  "- 硕士及以上学历，计算机、数学、统计等专业",
  "- 熟悉PyTorch或TensorFlow，熟悉推荐系统常用模型（DeepFM、DIN等）",
  "- 有顶会论文或Kaggle比赛获奖经历优先",
  "- 应届毕业生，2026年9月—2027年8月毕业",
  "",
  "3、测试开发工程师（社招/校招均可）",
  "- 本科及以上学历，专业不限",
  "- 熟悉Python，会用pytest写自动化用例",
  "- 了解Jenkins、Docker，有性能测试经验（JMeter/Locust）优先",
  "- 社招要求1年以上测试开发经验",
  "",
  "流程：简历筛选 → 笔试（算法岗） → 2-3轮技术面 → HR面，一般两周内出结果。",
  "有问题评论区问，或者私信我，看到都会回~",
  "",
  "#内推#　#春招#　#杭州#",
  "",
  "评论（56）",
  "1楼　牛友8473：已投C++岗，能查进度吗",
  "　　楼主 回复 牛友8473：可以的，内推系统里能看到",
  "2楼　offer收割机：测开还招实习吗",
  "　　楼主 回复 offer收割机：实习暂时不招哈",
  "3楼　匿名牛友：算法岗笔试难度大概什么水平",
  "　　楼主 回复 匿名牛友：两道编程题，力扣中等左右",
  "",
  "相关推荐",
  "星河互娱2027届校招内推，免笔试，帖子直接回复邮箱",
  "【25届→27届】面经汇总：后端开发一面到HR面",
  "",
].join("\r\n");

// 14: a Singapore recruitment agency's job descriptions as a two-page PDF, one role a page: the agency's name and EA
// licence number in a header band, JOB ID, title, a Location | Salary | Working days line, "Our client…" intro,
// Responsibilities and Requirements bullets wrapped by hand with hanging indents, how to apply, the consultant with
// registration number, a footer with the address and the "only shortlisted candidates" line.
const agencyFrame = (n: number): Placed[] => [
  { text: "APEX TALENT PARTNERS PTE LTD", x: 40, y: 26, size: 12, bold: true },
  { text: "EA Licence No. 19C9876  |  UEN 201912345K", x: 360, y: 29, size: 8 },
  { text: "Apex Talent Partners Pte Ltd  ·  80 Robinson Road #10-01 Singapore 068898  ·  apextalent.example.sg", x: 100, y: 790, size: 7 },
  { text: `We regret that only shortlisted candidates will be notified.        Page ${n} of 2`, x: 150, y: 802, size: 7 },
];
const agencyBody = (y: number, lines: (string | Omit<Placed, "x" | "y">)[]) => column(50, y, lines, 15).map((i) => ({ size: 10, ...i }));
const agencyPages = (): Page[] => [
  {
    lines: [[40, 44, 555, 44], [40, 782, 555, 782]],
    items: [
      ...agencyFrame(1),
      ...agencyBody(70, [
        "JOB ID: ATP-2611-042",
        { text: "Logistics Executive (Import/Export)", size: 15, bold: true },
        "Location: Tuas   |   Salary: up to $3,800   |   5 days, Mon – Fri",
        "",
        "Our client, a regional third-party logistics provider with warehouses in Singapore and Johor, is looking",
        "for a Logistics Executive to join its import/export desk.",
        "",
        { text: "Responsibilities", bold: true },
        "•  Prepare and submit import, export and transhipment permits for sea and air shipments",
        "•  Coordinate with shipping lines, forwarders and hauliers on bookings and delivery schedules",
        "•  Check commercial invoices, packing lists and bills of lading for accuracy before",
        "    declaration",
        "•  Update shipment status in the system and reply to customer queries",
        "",
        { text: "Requirements", bold: true },
        "•  Diploma in Logistics / Supply Chain Management or a related discipline",
        "•  Min. 2 years of experience in freight forwarding or shipping documentation",
        "•  Familiar with TradeNet permit declaration and CargoWise",
        "•  Proficient in MS Office",
        "•  Good written English for correspondence; able to converse in Mandarin to liaise with",
        "    China-based suppliers",
        "",
        "Interested applicants, please email your updated resume in MS Word format to",
        "rachel.koh@apextalent.example.sg, quoting the Job ID in the subject line.",
        "",
        "Rachel Koh  |  Senior Consultant  |  EA Personnel Reg. No. R1987654",
      ]),
    ],
  },
  {
    lines: [[40, 44, 555, 44], [40, 782, 555, 782]],
    items: [
      ...agencyFrame(2),
      ...agencyBody(70, [
        "JOB ID: ATP-2611-057",
        { text: "Assistant Finance Manager", size: 15, bold: true },
        "Location: Central   |   Salary: $7,000 – $8,500   |   Hybrid, 3 days in office",
        "",
        "Our client, an SGX-listed property developer, is expanding its corporate finance team.",
        "",
        { text: "Responsibilities", bold: true },
        "•  Lead a team of 3 executives in month-end and year-end closing for 12 entities",
        "•  Prepare consolidated financial statements in accordance with SFRS(I)",
        "•  Review intercompany reconciliations and liaise with external auditors",
        "•  Support the Finance Manager in budgeting and cash flow forecasting",
        "",
        { text: "Requirements", bold: true },
        "•  Degree in Accountancy; CA (Singapore) or ACCA qualified",
        "•  At least 6 years of relevant experience, including 2 years in a supervisory role,",
        "    preferably with audit firm background",
        "•  Experience with SAP Business One and strong Excel skills",
        "•  Sound knowledge of SFRS(I)",
        "",
        "Interested applicants, please email your updated resume in MS Word format to",
        "rachel.koh@apextalent.example.sg, quoting the Job ID in the subject line.",
        "",
        "Rachel Koh  |  Senior Consultant  |  EA Personnel Reg. No. R1987654",
      ]),
    ],
  },
];

// 15: a Taiwan science-park job fair booklet page printed to PDF (Traditional): the fair's running title and page
// number, then one block per employer (booth, company, industry, address line) over a ruled grid of 職缺名稱/名額/學歷/科系/
// 工作經驗/工作內容及條件, a note line and the organiser footer.
const fairColumns = [40, 140, 180, 230, 320, 380, 555];
const fairHeader = ["職缺名稱", "名額", "學歷", "科系", "工作經驗", "工作內容及條件"];
type FairRow = string[][];
const fairBlock = (top: number, heading: string, sub: string, rows: FairRow[]): { items: Placed[]; lines: [number, number, number, number][]; bottom: number } => {
  const items: Placed[] = [
    { text: heading, x: 40, y: top, size: 11 },
    { text: sub, x: 40, y: top + 16, size: 8 },
  ];
  const gridTop = top + 32;
  const rowH = 34;
  const ys = [gridTop, gridTop + 20, ...rows.map((_, i) => gridTop + 20 + (i + 1) * rowH)];
  const lines: [number, number, number, number][] = [
    ...ys.map((y) => [40, y, 555, y] as [number, number, number, number]),
    ...fairColumns.map((x) => [x, gridTop, x, ys.at(-1)!] as [number, number, number, number]),
  ];
  fairHeader.forEach((h, c) => items.push({ text: h, x: fairColumns[c]! + 3, y: gridTop + 6, size: 8.5 }));
  rows.forEach((row, r) => row.forEach((cell, c) => cell.forEach((t, k) => t && items.push({ text: t, x: fairColumns[c]! + 3, y: ys[r + 1]! + 5 + k * 11, size: 8.5 }))));
  return { items, lines, bottom: ys.at(-1)! };
};
const fairPages = (): Page[] => {
  const a = fairBlock(80, "攤位 A-07　晶亞光電股份有限公司", "產業：光電產業　　地址：臺南市新市區南科三路12號　　網址：www.jingya-opto.example.tw", [
    [["製程工程師"], ["5"], ["碩士"], ["化工、材料、電機"], ["不拘"], ["負責黃光、蝕刻製程參數優化；", "需具TOEIC 600分以上成績"]],
    [["設備技術員"], ["10"], ["高中職"], ["機械、電機、電子"], ["不拘"], ["四班二輪；", "設備保養與異常排除"]],
  ]);
  const b = fairBlock(a.bottom + 30, "攤位 B-15　禾豐精密機械股份有限公司", "產業：機械設備製造業　　地址：臺南市善化區南科九路8號　　電話：06-505-0000", [
    [["機構設計工程師"], ["2"], ["大學"], ["機械"], ["3年以上"], ["自動化設備機構設計；", "熟SolidWorks"]],
    [["業務專員（外銷）"], ["1"], ["大學"], ["不限"], ["2年以上"], ["英文流利，可配合出差東南亞；", "具日文能力者佳"]],
  ]);
  return [
    {
      lines: [[40, 52, 555, 52], ...a.lines, ...b.lines],
      items: [
        { text: "2027南科聯合徵才博覽會　廠商職缺資料", x: 40, y: 34, size: 10 },
        { text: "第 12 頁", x: 510, y: 34, size: 9 },
        ...a.items,
        ...b.items,
        { text: "※ 各廠商職缺以現場公告為準，薪資面議者請洽攤位人員。", x: 40, y: b.bottom + 20, size: 8.5 },
        { text: "主辦單位：臺南市政府勞工局　　協辦單位：南部科學園區管理局", x: 160, y: 800, size: 8 },
      ],
    },
  ];
};

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeMissing(new URL("./", import.meta.url), {
    "01_bank_head_office_notice.pdf": () => placedPdf(bankPages(), "portrait", cjkFont, cjkFamily),
    "02_soe_internal_competition.docx": () => styledDocx(competitionBody),
    "03_tw_taiwanjobs_gov_big5.txt": () => encoded(taiwanJobs, "big5"),
    "04_hk_labour_ies_utf16be.txt": () => encoded(iesResults, "utf16be", true),
    "09_securities_auto_numbered.docx": securitiesDocx,
    "10_uk_jd_header_footer.docx": housingDocx,
    "13_nowcoder_referral_gb18030.txt": () => encoded(nowcoderPost, "gb18030"),
    "14_sg_agency_jd.pdf": () => placedPdf(agencyPages(), "portrait"),
    "15_tw_job_fair_grid.pdf": () => placedPdf(fairPages(), "portrait", cjkFont, cjkFamily),
  });
}
