import { p, table } from "../../../../fixtures/documents/build-docx.js";
import { column, encoded, type Page, type Placed, placedPdf, styled, styledDocx, writeMissing } from "../make-files-lib.js";

/**
 * Writes this batch's .docx, .pdf and non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-10/make-files.ts`.
 * Only missing files are written; the eval reads the committed files, never this script. Entries and PDF dates are
 * fixed, so a rerun into an empty folder writes the same bytes. The Chinese PDFs need fonts-wqy-microhei (the
 * WenQuanYi Micro Hei collection); the German job-board PDF is English and uses the standard Helvetica.
 */
const cjkFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const cjkFamily = "WenQuanYiMicroHei";

// 01: a county 卫生健康系统 事业单位 公开招聘计划表 printed to a landscape PDF: 附件1 mark, title, a ruled grid whose columns
// are 序号/主管部门/招聘单位/岗位类别/岗位名称/招聘人数/学历/学位/专业/年龄/其他条件/备注 with no 岗位代码 column, cells
// wrapping onto second lines, notes under the grid, page footer.
const planColumns = [30, 60, 120, 190, 240, 300, 340, 395, 450, 550, 600, 740, 812];
const planHeader = ["序号", "主管部门", "招聘单位", "岗位类别", "岗位名称", "招聘人数", "学历", "学位", "专业", "年龄", "其他条件", "备注"];
const planRows: string[][][] = [
  [["1"], ["县卫生健康", "委员会"], ["县人民医院"], ["专业技术"], ["临床医师"], ["2"], ["本科及以上"], ["学士及以上"], ["临床医学"], ["35周岁及", "以下"], ["具有执业医师资格", "证书"], ["需值夜班"]],
  [["2"], ["县卫生健康", "委员会"], ["县疾病预防", "控制中心"], ["专业技术"], ["检验技师"], ["1"], ["大专及以上"], ["不限"], ["医学检验技术、卫生", "检验与检疫"], ["30周岁及", "以下"], ["具有检验技士及以上资格", "证书，2年以上检验工作经历"], [""]],
  [["3"], ["县卫生健康", "委员会"], ["县妇幼保健院"], ["管理"], ["财务会计"], ["1"], ["本科及以上"], ["学士及以上"], ["会计学、财务管理"], ["35周岁及", "以下"], ["具有初级会计及以上专业", "技术资格"], [""]],
];
const planPages = (): Page[] => {
  const items: Placed[] = [
    { text: "附件1", x: 30, y: 30, size: 11 },
    { text: "2027年清河县卫生健康系统事业单位公开招聘工作人员计划表", x: 190, y: 56, size: 15 },
  ];
  const top = 90;
  const rowH = 36;
  const ys = [top, top + 28, ...planRows.map((_, i) => top + 28 + (i + 1) * rowH)];
  const lines: [number, number, number, number][] = [
    ...ys.map((y) => [30, y, 812, y] as [number, number, number, number]),
    ...planColumns.map((x) => [x, top, x, ys.at(-1)!] as [number, number, number, number]),
  ];
  planHeader.forEach((h, c) => items.push({ text: h, x: planColumns[c]! + 3, y: top + 9, size: 9 }));
  planRows.forEach((row, r) =>
    row.forEach((cell, c) => cell.forEach((t, k) => t && items.push({ text: t, x: planColumns[c]! + 3, y: ys[r + 1]! + 6 + k * 13, size: 9 }))),
  );
  items.push(
    ...column(30, ys.at(-1)! + 16, [
      "注：1.年龄计算截至2026年12月31日，“35周岁及以下”指1991年1月1日以后出生；",
      "　　2.学历、学位须为国家承认的学历学位，专业参照《江苏省2027年度考试录用公务员专业参考目录》；",
      "　　3.招聘单位咨询电话：县人民医院 0517-8123 0001，县疾病预防控制中心 0517-8123 0002，县妇幼保健院 0517-8123 0003。",
    ], 16).map((i) => ({ ...i, size: 9 })),
    { text: "第 1 页，共 1 页", x: 390, y: 560, size: 8 },
  );
  return [{ items, lines }];
};

// 02: a Japanese manufacturer's Dalian subsidiary 募集要项 in Word, Chinese and Japanese side by side: Title, company
// line in both scripts, each post's Heading 1 "职位：中文 / 日本語", a 项目 | 中文 | 日本語 table per post, an 应聘方式 line.
export const jpSubsidiaryBody = [
  styled("Title", "招聘简章　募集要項"),
  p("三和精工（大连）有限公司　三和精工（大連）有限公司　　2026年12月"),
  p("本公司为日本三和精工株式会社全额出资的子公司，主要生产汽车用精密冲压件及注塑件。"),
  p("当社は日本三和精工株式会社の100％出資子会社で、自動車用精密プレス部品・樹脂成形部品を生産しています。"),
  styled("Heading1", "职位一：生产技术工程师 / 生産技術エンジニア"),
  table([
    ["项目／項目", "中文", "日本語"],
    ["工作内容／仕事内容", "负责冲压及注塑新品的工艺设计、模具导入和量产准备", "プレス・射出成形新製品の工程設計、金型導入、量産準備"],
    ["学历／学歴", "大专以上，机械类专业", "短大卒以上、機械系専攻"],
    ["经验／経験", "3年以上冲压或注塑模具生产技术经验", "プレスまたは射出成形金型の生産技術経験3年以上"],
    ["技能／スキル", "会使用AutoCAD、SolidWorks", "AutoCAD、SolidWorksが使えること"],
    ["语言／語学", "日语N2以上者优先", "日本語能力試験N2以上尚可"],
    ["人数／人数", "2名", "2名"],
  ]),
  styled("Heading1", "职位二：总经理助理（日语翻译） / 社長秘書（通訳）"),
  table([
    ["项目／項目", "中文", "日本語"],
    ["工作内容／仕事内容", "总经理日程管理、会议口译及文件笔译，协助对日本总部的联络", "社長のスケジュール管理、会議通訳・文書翻訳、日本本社との連絡補助"],
    ["学历／学歴", "本科以上，日语专业", "大卒以上、日本語専攻"],
    ["经验／経験", "2年以上日资企业翻译或秘书工作经验", "日系企業での通訳または秘書経験2年以上"],
    ["技能／スキル", "熟练使用Office办公软件", "Officeソフトを使いこなせること"],
    ["语言／語学", "日语N1（必须）", "日本語能力試験N1（必須）"],
    ["人数／人数", "1名", "1名"],
  ]),
  p("应聘方式：请将中日文简历发送至 saiyo@sanwa-dalian.example.cn　応募方法：日中両文の履歴書を上記アドレスまでお送りください。"),
  p("地址：大连经济技术开发区黄海西路88号　　电话：0411-8761-0000（人事总务课）"),
].join("");

// 03: a university's 高层次人才引进公告 copied from its 人事处 site, saved as GB18030 (CRLF): site breadcrumb, title and
// meta line, 一、引进类别及条件 as （一）（二）（三） tiers each with numbered conditions, 二、重点引进学科 as a list, 三、引进待遇
// as a tab-pasted 类别/安家费/科研启动费 table, 四、应聘方式, contacts, 附件 and 上一条/下一条.
export const talentNotice = [
  "当前位置：首页 > 通知公告 > 人才招聘",
  "",
  "淮海理工大学2027年高层次人才引进公告",
  "作者：人事处　　来源：人事处　　发布时间：2026-11-27　　点击数：5206",
  "",
  "　　淮海理工大学是省属重点建设高校，现有博士学位授权一级学科6个。为进一步加强师资队伍建设，现面向海内外诚聘高层次人才。",
  "　　一、引进类别及条件",
  "　　（一）学科带头人",
  "　　1.具有博士学位和教授（或相当）专业技术职务，年龄一般不超过50周岁；",
  "　　2.近五年主持国家级科研项目2项以上，能带领学科团队开展科研攻关；",
  "　　3.在本学科领域具有较高学术影响力。",
  "　　（二）青年骨干教师",
  "　　1.具有博士学位，年龄不超过35周岁；",
  "　　2.近三年以第一作者在本学科SCI/SSCI期刊发表论文2篇以上；",
  "　　3.具有海外知名高校博士学位或一年以上海外研修经历者优先。",
  "　　（三）实验技术人员（专职）",
  "　　1.硕士研究生及以上学历，材料科学与工程、化学、机械工程等相关专业；",
  "　　2.具有2年以上高校或科研院所实验室管理工作经验；",
  "　　3.熟悉扫描电镜（SEM）、X射线衍射仪（XRD）等大型仪器的操作与维护。",
  "　　二、重点引进学科",
  "　　控制科学与工程、材料科学与工程、计算机科学与技术、化学工程与技术、管理科学与工程。",
  "　　三、引进待遇",
  "类别\t安家费（万元）\t科研启动费（万元）\t其他",
  "学科带头人\t80-120\t理工科100\t提供过渡住房，协助解决配偶工作",
  "青年骨干教师\t30-50\t理工科30\t直接聘任副教授（符合条件者）",
  "实验技术人员\t—\t—\t按学校相关规定执行",
  "　　四、应聘方式",
  "　　应聘者请将个人简历、代表性成果等材料发送至 rencai@hhit-example.edu.cn，邮件标题请注明“应聘类别+学科+姓名”。学校常年受理，成熟一个引进一个。",
  "　　联系人：王老师、李老师　　联系电话：0518-8589 0000",
  "",
  "附件：淮海理工大学高层次人才应聘申请表.doc",
  "",
  "上一条：关于2027年度专业技术职务任职资格评审工作的通知",
  "下一条：人事处2026年寒假值班安排",
  "",
].join("\r\n");

// 07: an HR team's monthly headcount request exported from Excel as "CSV UTF-8" (BOM, CRLF) and uploaded with a .txt
// name: a title row and an empty row of commas, the header row, one row per post with quoted cells holding numbered
// lines and doubled quotes, a 合计 row.
const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csvRow = (cells: string[]) => cells.map(csvCell).join(",");
export const headcountCsv = [
  csvRow(["2027年1月招聘需求汇总（电商事业部）", "", "", "", "", "", ""]),
  csvRow(["", "", "", "", "", "", ""]),
  csvRow(["岗位名称", "部门", "人数", "工作地点", "岗位职责", "任职要求", "薪资范围"]),
  csvRow(["电商运营专员", "电商部", "2", "广州", "1.负责天猫、京东店铺日常运营\n2.策划“双12”及年货节店铺活动", "1.大专及以上学历，市场营销、电子商务相关专业\n2.1年以上电商运营经验\n3.熟练使用生意参谋、Excel", "6000-9000"]),
  csvRow(["仓储主管", "物流部", "1", "佛山", "1.管理仓库团队（12人）的收发存作业\n2.推动库存准确率达到99.5%", "1.大专及以上学历\n2.5年以上仓储管理经验，其中2年以上主管经验\n3.熟悉WMS系统，会用Excel做报表", "9000-13000"]),
  csvRow(["平面设计师", "品牌部", "1", "广州", "1.负责店铺首页、详情页及活动海报设计\n2.配合拍摄完成产品修图", "1.本科及以上学历，视觉传达、美术相关专业\n2.2年以上电商设计经验\n3.精通Photoshop、Illustrator，会C4D优先\n4.面试需提供作品集（请注明\"电商\"类作品）", "8000-12000"]),
  csvRow(["合计", "", "4", "", "", "", ""]),
  "",
].join("\r\n");

// 08: a CTgoodjobs (Hong Kong) job page copied and saved by Notepad as "Unicode" (UTF-16LE with BOM, CRLF): site nav,
// breadcrumb, bilingual title and company, Job Highlights, Job Description and Requirements bullets, the facts column
// (Job Function, Industry, Employment Type, Benefits), apply line, Similar Jobs naming three roles, footer.
export const ctgoodjobs = [
  "CTgoodjobs  搵工  公司  職場資訊  登入 / 註冊",
  "首頁 > 搵工 > 會計 / 審計 > Accounts Clerk 會計文員",
  "",
  "Accounts Clerk 會計文員",
  "Sun Kee Trading Co Ltd 新記貿易有限公司",
  "Kwun Tong 觀塘 | 5-day work | 14 Dec 2026 更新",
  "",
  "Job Highlights",
  "• 5-day work, 9:00am – 6:00pm",
  "• Medical insurance & double pay",
  "• Near Kwun Tong MTR station",
  "",
  "Job Description",
  "• Handle daily accounting entries, payment vouchers and bank reconciliation",
  "• Prepare monthly statements and follow up on customer payments",
  "• Assist the Accounting Supervisor in month-end closing",
  "",
  "Requirements",
  "• F.5 / HKDSE or above",
  "• Minimum 1 year of accounting experience; fresh graduates will also be considered as Junior Clerk",
  "• LCCI Level 2 or above in Book-keeping",
  "• Proficient in MS Excel and Chinese word processing",
  "• Good command of Cantonese and English; Mandarin is an advantage",
  "• Immediate availability is preferred",
  "",
  "Job Function: Accounting / Audit > Accounting Clerk",
  "Industry: Trading & Distribution",
  "Employment Type: Full Time",
  "Benefits: Medical Insurance, Double Pay, Five-day Work Week",
  "",
  "Interested parties please click \"Apply Now\" or send your full resume with current and expected salary to hr@sunkee.example.com.hk",
  "（申請人所提供的資料只用作招聘用途）",
  "",
  "Apply Now    Save Job    Share",
  "",
  "Similar Jobs 相似職位",
  "Accounts Assistant (Full Set) - Wing Hing Holdings",
  "Senior Accounting Clerk 高級會計文員 - Harbour Logistics Ltd",
  "Admin cum Accounts Clerk - Yau Tong",
  "",
  "© 2026 CTgoodjobs. All rights reserved.  Privacy Policy  Terms of Use",
  "",
].join("\r\n");

// 10: a StepStone job ad printed to PDF: the portal's header and "Job-ID" footer, a left column of facts (location,
// contract, working hours, published), the right column with company, title "(m/w/d)", Ihre Aufgaben / Your tasks,
// Your profile and We offer bullets in English with German labels, the contact box, similar jobs.
/** The ad's body text: 9 pt lines in the right column. */
const small = (y: number, lines: string[]) => column(200, y, lines, 13).map((i) => ({ ...i, size: 9 }));
const stepstonePages = (): Page[] => [
  {
    lines: [[30, 40, 565, 40], [185, 60, 185, 760]],
    items: [
      { text: "StepStone", x: 30, y: 22, size: 12, bold: true },
      { text: "Jobs  |  Unternehmen  |  Gehalt  |  Karriere-Tipps", x: 300, y: 24, size: 8 },
      ...column(30, 70, [
        { text: "Arbeitsort", bold: true, size: 9 },
        { text: "Hamburg", size: 9 },
        { text: "Vertragsart", bold: true, size: 9 },
        { text: "Feste Anstellung", size: 9 },
        { text: "Arbeitszeit", bold: true, size: 9 },
        { text: "Vollzeit, Home Office möglich", size: 9 },
        { text: "Erschienen", bold: true, size: 9 },
        { text: "vor 2 Tagen", size: 9 },
      ], 14),
      { text: "Nordwerk Sensorik GmbH", x: 200, y: 70, size: 10 },
      { text: "Senior Embedded Software Engineer (m/w/d)", x: 200, y: 88, size: 15, bold: true },
      ...small(116, [
        "We build industrial gas sensors used in 40 countries. Our firmware team of eight",
        "develops the software that runs on every device we ship, from the bootloader to",
        "the field-bus interfaces.",
      ]),
      { text: "Ihre Aufgaben / Your tasks", x: 200, y: 166, size: 11, bold: true },
      ...small(184, [
        "•  Design and implement firmware for our next sensor platform on ARM Cortex-M",
        "•  Integrate CAN and Modbus communication stacks",
        "•  Review code and mentor two junior developers on testing practice",
        "•  Work with hardware engineers on board bring-up",
      ]),
      { text: "Ihr Profil / Your profile", x: 200, y: 250, size: 11, bold: true },
      ...small(268, [
        "•  Completed degree in electrical engineering, computer science or a comparable field",
        "•  At least 5 years of experience in embedded C/C++ development for ARM Cortex-M",
        "    microcontrollers",
        "•  Experience with an RTOS such as FreeRTOS or Zephyr",
        "•  Knowledge of functional safety (IEC 61508) is a plus",
        "•  Very good English; German at B2 level or higher is desirable",
      ]),
      { text: "Wir bieten / We offer", x: 200, y: 360, size: 11, bold: true },
      ...small(378, [
        "•  30 days of holiday and flexible working hours",
        "•  Company pension scheme and Deutschlandticket",
        "•  Relocation support for international candidates",
      ]),
      { text: "Kontakt", x: 200, y: 430, size: 11, bold: true },
      ...small(448, [
        "Jana Petersen, HR Business Partner",
        "karriere@nordwerk.example.de  ·  +49 40 1234 5670",
      ]),
      { text: "Ähnliche Jobs", x: 200, y: 494, size: 11, bold: true },
      ...small(512, [
        "Firmware Developer (m/w/d) – Lübeck",
        "Embedded Linux Engineer (m/w/d) – Hamburg",
      ]),
      { text: "Job-ID 11938472  ·  Gedruckt am 02.12.2026  ·  www.stepstone.de", x: 30, y: 800, size: 7 },
    ],
  },
];

// 13: a German-invested company's job descriptions in Word as side-by-side tables: a heading per post, a table whose
// rows are "English label 中文标签 | English | 中文" with several paragraphs a cell (duties, requirements), an HR footer.
export const sideBySideBody = [
  styled("Title", "Job Description 职位描述"),
  p("Kessler Antriebstechnik (Taicang) Co., Ltd.　凯斯勒传动技术（太仓）有限公司"),
  styled("Heading2", "JD-QA-07"),
  table([
    ["Position 职位", "Quality Engineer", "质量工程师"],
    ["Department 部门", "Quality", "质量部"],
    ["Reports to 汇报对象", "Quality Manager", "质量经理"],
    ["Responsibilities 职责", ["Handle customer complaints with 8D reports", "Lead PFMEA and control plans for new projects", "Run supplier audits"], ["使用8D报告处理客户投诉", "主导新项目的PFMEA及控制计划", "执行供应商审核"]],
    ["Requirements 任职要求", ["Bachelor's degree in mechanical engineering or materials", "3+ years of quality experience in the automotive industry", "Familiar with IATF 16949, FMEA, SPC and MSA", "Good English (CET-6)", "Internal auditor certificate preferred"], ["本科及以上学历，机械或材料相关专业", "3年以上汽车行业质量工作经验", "熟悉IATF 16949、FMEA、SPC、MSA", "英语良好（六级）", "有内审员证书者优先"]],
  ]),
  styled("Heading2", "JD-PU-02"),
  table([
    ["Position 职位", "Purchasing Manager", "采购经理"],
    ["Department 部门", "Supply Chain", "供应链部"],
    ["Reports to 汇报对象", "General Manager", "总经理"],
    ["Responsibilities 职责", ["Lead a team of 5 buyers", "Develop local suppliers for castings and machined parts", "Negotiate annual contracts"], ["管理5人采购团队", "开发铸件及机加工件本地供应商", "负责年度合同谈判"]],
    ["Requirements 任职要求", ["Bachelor's degree or above", "8+ years of purchasing experience, including 3 years managing a team", "Hands-on SAP MM", "Fluent English; German is a plus"], ["本科及以上学历", "8年以上采购经验，其中3年以上团队管理经验", "熟练使用SAP MM模块", "英语流利，懂德语者优先"]],
  ]),
  p("HR Department 人力资源部　　Issued 发布日期：2026-11-25　　Contact 联系方式：hr.taicang@kessler.example.com"),
].join("");

// 14: a Taiwan university department's 徵聘專任教師啟事 saved as Big5 (CRLF): title, 一、徵聘職缺 naming two posts,
// 二、資格條件 with common and per-post numbered conditions, 三、應繳資料, 四、收件截止, 五、聯絡人, the 公告 date.
export const twFaculty = [
  "國立南瀛科技大學資訊工程系徵聘專任教師啟事",
  "",
  "一、徵聘職缺：",
  "　（一）專任助理教授以上教師1名。",
  "　（二）專案助理教授1名（聘期一年，得視績效續聘）。",
  "二、資格條件：",
  "　（一）共同條件：須具國內外大學博士學位（國外學歷須經教育部認可），並符合教育人員任用條例之規定。",
  "　（二）專任助理教授以上教師：博士學位須為資訊工程、電機工程或資訊管理相關領域，具人工智慧或資訊安全研究專長，並能以英語授課。",
  "　（三）專案助理教授：具資料科學研究專長；具2年以上業界實務經驗者優先。",
  "三、應繳資料：",
  "　（一）履歷表（含著作目錄）及學經歷證件影本。",
  "　（二）博士論文及近五年代表著作。",
  "　（三）教學及研究計畫書。",
  "四、收件截止：即日起至115年12月31日止（以郵戳為憑），逾期或資料不全者恕不受理。",
  "五、聯絡人：資訊工程系辦公室　李小姐　電話：(06)253-0000轉5101　E-mail：csie@nyust-example.edu.tw",
  "",
  "國立南瀛科技大學　敬啟",
  "中華民國115年11月28日",
  "",
].join("\r\n");

// 16: a Macau government bureau's 公開招聘通告 printed to PDF with every Chinese paragraph followed by its Portuguese
// one: the bureau's name in both languages, the notice number, 一、招聘職位及名額 naming two posts, 二、報考條件 per
// post, 三、語言要求, 四、報考方式, the date and signature line.
const macauPages = (): Page[] => [
  {
    items: [
      { text: "澳門特別行政區政府　統計暨普查局", x: 150, y: 40, size: 14 },
      { text: "Direcção dos Serviços de Estatística e Censos", x: 175, y: 62, size: 11 },
      { text: "公開招聘通告　Aviso de Recrutamento", x: 180, y: 90, size: 13 },
      { text: "通告編號：DSEC/REC/2026/07　　Aviso n.º DSEC/REC/2026/07", x: 40, y: 116, size: 9 },
      ...column(40, 140, [
        "統計暨普查局以統一管理制度的方式進行對外開考，以填補下列職位空缺：",
        "Faz-se saber que se encontra aberto concurso externo, na modalidade de gestão uniformizada, para o preenchimento",
        "dos lugares seguintes:",
        "一、招聘職位及名額",
        "I. Lugares a preencher",
        "（一）第一職階二等技術員（資訊範疇）2名；",
        "(1) Técnico de 2.ª classe, 1.º escalão, área de informática: 2 lugares;",
        "（二）第一職階二等技術輔導員（統計範疇）1名。",
        "(2) Adjunto-técnico de 2.ª classe, 1.º escalão, área de estatística: 1 lugar.",
        "二、報考條件",
        "II. Condições de candidatura",
        "（一）二等技術員：具備資訊科學、電腦工程或相關範疇的學士學位；",
        "(1) Técnico de 2.ª classe: licenciatura em ciências informáticas, engenharia informática ou área afim;",
        "（二）二等技術輔導員：具備高中畢業學歷及統計範疇的專業培訓課程，並具備兩年以上統計工作經驗。",
        "(2) Adjunto-técnico de 2.ª classe: habilitação ao nível do ensino secundário complementar, curso de formação",
        "     em estatística e, pelo menos, dois anos de experiência profissional em estatística.",
        "三、語言要求",
        "III. Requisitos linguísticos",
        "投考人須懂中文；懂葡文者優先。",
        "Os candidatos devem conhecer a língua chinesa; o conhecimento da língua portuguesa constitui factor de",
        "preferência.",
        "四、報考方式",
        "IV. Forma de candidatura",
        "投考人須於本通告公佈翌日起計二十日內，透過公職招聘網上報名系統報考。",
        "Os candidatos devem apresentar a candidatura através do sistema electrónico, no prazo de vinte dias.",
      ], 18).map((i) => ({ ...i, size: 9 })),
      { text: "二零二六年十二月二日於統計暨普查局", x: 330, y: 630, size: 9 },
      { text: "Direcção dos Serviços de Estatística e Censos, aos 2 de Dezembro de 2026.", x: 250, y: 648, size: 9 },
      { text: "局長　黎志華　　O Director, Lai Chi Wa", x: 360, y: 670, size: 9 },
      { text: "第 1 頁／共 1 頁", x: 270, y: 800, size: 8 },
    ],
  },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeMissing(new URL("./", import.meta.url), {
    "01_shiye_plan_pdf_no_post_code.pdf": () => placedPdf(planPages(), "landscape", cjkFont, cjkFamily),
    "02_jp_subsidiary_zh_ja_jd.docx": () => styledDocx(jpSubsidiaryBody),
    "03_university_talent_notice_gb18030.txt": () => encoded(talentNotice, "gb18030"),
    "07_headcount_csv_quoted_cells.txt": () => encoded(headcountCsv, "utf8", true),
    "08_hk_ctgoodjobs_copy_utf16.txt": () => encoded(ctgoodjobs, "utf16le", true),
    "10_stepstone_de_print.pdf": () => placedPdf(stepstonePages(), "portrait"),
    "13_zh_en_side_by_side_jd.docx": () => styledDocx(sideBySideBody),
    "14_tw_university_faculty_big5.txt": () => encoded(twFaculty, "big5"),
    "16_macau_gov_notice_zh_pt.pdf": () => placedPdf(macauPages(), "portrait", cjkFont, cjkFamily),
  });
}
