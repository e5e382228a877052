import { p, table } from "../../../../fixtures/documents/build-docx.js";
import { column, encoded, type Page, type Placed, placedPdf, styled, styledDocx, writeMissing } from "../make-files-lib.js";

/**
 * Writes this batch's .docx, .pdf and non-UTF-8 documents: `npx tsx test/unit/positions/heldout/batch-12/make-files.ts`.
 * Only missing files are written; the eval reads the committed files, never this script. Entries and PDF dates are
 * fixed, so a rerun into an empty folder writes the same bytes. The Traditional Chinese PDF needs fonts-wqy-microhei
 * (the WenQuanYi Micro Hei collection); the Euraxess print is English and uses the standard Helvetica.
 */
const cjkFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const cjkFamily = "WenQuanYiMicroHei";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const crlf = (s: string) => s.replace(/\n/g, "\r\n");

// 01: a provincial 公务员考试录用 职位表 copied out of the Excel annex and pasted as text (GBK, CRLF): the annex heading,
// the sheet title, a tab-separated header row of 15 columns, three post rows (long cells, some empty), and the sheet's
// notes under it.
const gwyHeader = ["序号", "招录机关", "用人单位", "职位名称", "职位代码", "职位层级", "职位简介", "招考人数", "学历", "学位", "专业", "政治面貌", "基层工作最低年限", "其他条件", "咨询电话"];
const gwyRows = [
  ["1", "临川市统计局", "局机关", "综合统计岗", "13020101", "一级科员", "从事国民经济综合统计、统计分析工作", "1", "本科及以上", "学士及以上", "统计学、经济统计学、应用统计学", "不限", "无限制", "", "0794-8261101"],
  ["2", "临川市数据局", "政务信息中心", "信息技术岗", "13020201", "一级主任科员及以下", "从事政务信息系统运维和网络安全管理工作", "2", "本科及以上", "学士及以上", "计算机科学与技术、软件工程、网络工程", "不限", "二年", "取得计算机技术与软件专业技术资格（中级）及以上证书", "0794-8261203"],
  ["3", "临川市市场监督管理局", "法规科", "法制审核岗", "13020301", "一级科员", "从事行政执法案件法制审核工作", "1", "研究生", "硕士及以上", "法学", "中共党员", "无限制", "通过国家统一法律职业资格考试（A类）", "0794-8261330"],
];
const gwyText = [
  "附件1",
  "",
  "江右省2027年度考试录用公务员职位表（临川市）",
  "",
  gwyHeader.join("\t"),
  ...gwyRows.map((r) => r.join("\t")),
  "",
  "注：1.“基层工作最低年限”指具有在县级及以下机关、企事业单位工作的年限，计算截止时间为2027年7月31日。",
  "2.专业参照《江右省2027年度考试录用公务员专业参考目录》。",
  "3.报考者须同时符合招考公告规定的资格条件和本表所列职位条件。",
  "",
].join("\n");

// 04: a Hong Kong aided secondary school's 教師職位空缺 notice in Word, bilingual: school name and address, Title, one
// vacancy table (職位 Post / 要求 Requirements / 職責 Duties) with a paragraph a line in each cell, then 申請手續 How to
// Apply, the personal-data note and the school's seal line.
const schoolBody = [
  p("天恩浸信會中學"),
  p("Grace Baptist Secondary School (Aided)"),
  p("香港九龍深水埗南昌街 120 號 ｜ 120 Nam Cheong Street, Sham Shui Po, Kowloon"),
  styled("Title", "教師職位空缺 Teacher Vacancies (2027/28)"),
  p("本校為一所津貼英文中學，現誠邀具熱誠人士加入教學團隊，由2027年9月1日起生效。"),
  p("We are an EMI aided school and invite applications for the following posts with effect from 1 September 2027."),
  table([
    ["職位 Post", "要求 Requirements", "職責 Duties"],
    [
      ["學位教師（英國語文科）", "Graduate Master/Mistress (English Language)", "常額 Permanent"],
      ["持認可大學學士學位，主修英國語文或英語語言學", "Bachelor's degree from a recognised university, majoring in English or English Linguistics", "持認可學位教師教育文憑（PGDE）", "已達英文科語文能力要求（LPAT）", "Proficiency in English is essential"],
      ["任教初中及高中英文科", "統籌英語戲劇學會及校內英語活動"],
    ],
    [
      ["教學助理（合約）", "Teaching Assistant (Contract)", "一年合約 One-year contract"],
      ["香港中學文憑考試五科第二級或以上，包括中文及英文", "HKDSE Level 2 or above in five subjects including Chinese and English", "熟悉 Microsoft Office；懂 Google Classroom 者優先", "能操流利廣東話及英語", "具學校工作經驗者優先"],
      ["協助教師準備教材、整理電子學習平台", "支援課後功課輔導班及校本活動"],
    ],
  ]),
  styled("Heading2", "申請手續 How to Apply"),
  p("有意者請於2027年1月15日或之前將履歷、學歷及專業資格證明文件副本、現職薪金證明寄交本校校長收（信封面請註明申請職位），或電郵至 hr@gbss.edu.example。"),
  p("Applicants should send a CV with copies of certificates to the Principal on or before 15 January 2027."),
  p("未獲邀面試者，請視作落選論。Applicants not invited for interview within six weeks may consider their applications unsuccessful."),
  p("申請人所提供的資料只作招聘用途。Personal data provided will be used for recruitment purposes only."),
  p("校長　馮嘉信博士　謹啟　　　　二〇二六年十二月"),
].join("");

// 05: a Japanese-owned precision parts factory in Taiwan: its 人員招募公告 as posted at the gate, printed to a one-page PDF in
// Traditional Chinese: company name over a rule, document number and date, title, greeting, 「記」, ○-marked posts each
// with indented ・ lines, 共通條件, 應徵方式, the closing 「以上」, and the approval stamp boxes (社長 / 部長 / 課長 / 承辦).
const factoryName = "台灣櫻井精工股份有限公司";
const factoryNameEn = "TAIWAN SAKURAI PRECISION CO., LTD.";
const factoryBody = [
  "櫻精人字第2026-031號　　　　　　　　　　　　　　　　　　2026年12月1日",
  "",
  "人員招募公告",
  "",
  "　本公司因應2027年新產線擴充，茲募集下列人員，歡迎有意者踴躍應徵。",
  "",
  "記",
  "",
  "○品質保證課　品保工程師　　2名",
  "　・業務內容：進料檢驗、製程品質管理、客訴分析及對策報告（8D）作成。",
  "　・學歷：大學以上，機械工程、工業工程相關科系。",
  "　・經驗：品保相關工作經驗2年以上。",
  "　・技能：熟悉FMEA、MSA及QC七大手法。",
  "　・語言：可閱讀日文技術文件者優先，具日本語能力試驗N3以上者優先。",
  "",
  "○製造課　作業員（輪班）　　10名",
  "　・業務內容：CNC加工機上下料、外觀目視檢查、產品包裝。",
  "　・學歷：國中以上。",
  "　・經驗：不拘，新人提供教育訓練。",
  "　・其他：需配合兩班制輪班；持有堆高機操作證照者優先。",
  "",
  "共通條件：身體健康，能遵守公司5S及安全規定。",
  "應徵方式：請攜帶履歷表至本公司警衛室索取應徵表，或電洽管理部人事課 (03)328-6600 分機 210 林小姐。",
  "工作地點：桃園市龜山區華亞二路 88 號（華亞科技園區）",
  "",
  "以上",
];
const factoryPages = (): Page[] => {
  const stamps: Placed[] = ["社長", "部長", "課長", "承辦"].map((t, i) => ({ text: t, x: 330 + i * 58, y: 716, size: 9 }));
  return [
    {
      lines: [
        [40, 70, 555, 70],
        ...[0, 1, 2, 3, 4].map((i) => [322 + i * 58, 708, 322 + i * 58, 778] as [number, number, number, number]),
        [322, 708, 554, 708], [322, 728, 554, 728], [322, 778, 554, 778],
      ],
      items: [
        { text: factoryName, x: 190, y: 36, size: 14 },
        { text: factoryNameEn, x: 205, y: 54, size: 8 },
        ...column(50, 86, factoryBody.map((t) => (t === "人員招募公告" ? { text: `　　　　　　　　　　　　${t}`, size: 16 } : t === "記" || t === "以上" ? { text: `　　　　　　　　　　　　　　　　${t}` } : { text: t })), 19).map((i) => ({ size: 10.5, ...i })),
        ...stamps,
      ],
    },
  ];
};

// 09: a Canada Job Bank posting copied from the browser and saved by Notepad as UTF-16LE with BOM (CRLF): the site's
// nav and search box, the title, employer, location, the facts list, Overview label/value lines (Languages, Education,
// Experience), then Responsibilities, Credentials, Experience and specialization, Additional information, Benefits, Who can
// apply, How to apply, and the similar-jobs and report links.
const jobBankText = `Canada.ca
Job Bank
Français
Search jobs   |   Trend analysis   |   Explore careers   |   Employers
Job Bank > Search > Job posting
Job posting
Industrial electrician
Posted on December 1, 2026 by Employer details Northlake Pulp Ltd.
Job Bank #: 3194417
Verified
Location: Prince George, BC  V2N 2K4
Salary: $42.00 to $46.50 hourly (to be negotiated) / 40 hours per week
Terms of employment: Permanent employment, Full time
Day, Evening, Shift, Weekend
Start date: Starts as soon as possible
vacancies: 2 vacancies
Overview
Languages
English
Education
Secondary (high) school graduation certificate
Experience
2 years to less than 3 years
On site
Work must be completed at the physical location. There is no option to work remotely.
Responsibilities
Tasks
Read and interpret drawings, blueprints, schematics and electrical code specifications
Install, examine, replace or repair electrical wiring, receptacles, switch boxes, conduits, feeders, fibre-optic and coaxial cable assemblies, lighting fixtures and other electrical components
Troubleshoot, maintain and repair industrial, electrical and electronic control systems and other related devices
Conduct preventive maintenance programs and keep maintenance records
Credentials
Certificates, licences, memberships, and courses
Industrial Electrician Certificate of Qualification with Red Seal endorsement
Experience and specialization
Equipment and machinery experience
Programmable logic controllers (PLC)
Variable frequency drives (VFD)
Motor control centres
Additional information
Work conditions and physical capabilities
Work under pressure
Attention to detail
Personal suitability
Dependability
Team player
Benefits
Health benefits
Dental plan
Health care plan
Vision care benefits
Financial benefits
Group pension plan
Who can apply to this job?
The employer accepts applications from:
Canadian citizens and permanent or temporary residents of Canada.
Other candidates with or without a valid Canadian work permit.
How to apply
By email
careers@northlakepulp.example
Include this reference number in your application
NLP-IE-2612
Advertised until
2026-12-31
Here are similar jobs
Industrial electrician - Quesnel, BC
Instrumentation technician - Prince George, BC
Report a problem or mistake on this page
Date modified: 2026-12-01
`;

// 10: a EURAXESS job offer printed from the browser to PDF: the browser's date and page title at the top and the URL and
// page number at the bottom of each page, the offer title, the facts table (Organisation/Company, Research Field,
// Researcher Profile, Country, Application Deadline, Type of Contract, Job Status, Hours Per Week, Offer Starting Date, EU
// Research Framework Programme …), Offer Description, Requirements (Research Field / Education Level / Skills/
// Qualifications / Languages with Level), Additional Information, Work Location(s), Where to apply. Two pages.
const euTitle = "Postdoctoral Researcher in Battery Materials Modelling";
const euHeader = (n: number): Placed[] => [
  { text: "03/12/2026, 08:12", x: 30, y: 16, size: 7 },
  { text: `${euTitle} | EURAXESS`, x: 250, y: 16, size: 7 },
  { text: "https://euraxess.ec.europa.example/jobs/318842", x: 30, y: 818, size: 7 },
  { text: `${n}/2`, x: 545, y: 818, size: 7 },
];
const euFacts: [string, string][] = [
  ["Organisation/Company", "Nordvik University of Technology"],
  ["Department", "Department of Materials Science and Engineering"],
  ["Research Field", "Physics » Computational physics; Chemistry » Physical chemistry"],
  ["Researcher Profile", "Recognised Researcher (R2)"],
  ["Country", "Norway"],
  ["Application Deadline", "15 Jan 2027 - 23:59 (Europe/Oslo)"],
  ["Type of Contract", "Temporary"],
  ["Job Status", "Full-time"],
  ["Hours Per Week", "37.5"],
  ["Offer Starting Date", "1 Apr 2027"],
  ["Is the job funded through the EU Research Framework Programme?", "Horizon Europe - MSCA"],
  ["Is the Job related to staff position within a Research Infrastructure?", "No"],
];
const euPages = (): Page[] => [
  {
    items: [
      ...euHeader(1),
      { text: "EURAXESS  |  Jobs & Funding  |  Hosting  |  Partnering  |  Log in", x: 40, y: 40, size: 8 },
      { text: euTitle, x: 40, y: 70, size: 15, bold: true },
      { text: "Apply now", x: 40, y: 94, size: 9 },
      { text: "JOB OFFER", x: 40, y: 120, size: 9, bold: true },
      ...euFacts.flatMap(([k, v], i): Placed[] => [
        { text: k, x: 40, y: 140 + i * 22, size: 8.5, bold: true },
        { text: v, x: 340, y: 140 + i * 22, size: 8.5 },
      ]),
      { text: "OFFER DESCRIPTION", x: 40, y: 420, size: 9, bold: true },
      ...column(40, 440, [
        "The Computational Materials group at Nordvik University of Technology invites applications for a two-year",
        "postdoctoral position within the MSCA Doctoral Network SOLIDION. The researcher will model ion transport and",
        "interface degradation in solid-state lithium batteries, combining first-principles calculations with machine-",
        "learned interatomic potentials, in close collaboration with two industrial partners.",
        "Duties include running large-scale simulations on the national HPC infrastructure, publishing in international",
        "journals, and co-supervising two doctoral candidates in the network.",
      ], 14).map((i) => ({ ...i, size: 9 })),
    ],
  },
  {
    items: [
      ...euHeader(2),
      { text: "REQUIREMENTS", x: 40, y: 50, size: 9, bold: true },
      ...column(40, 70, [
        { text: "Research Field", bold: true }, "Physics",
        { text: "Education Level", bold: true }, "PhD or equivalent",
        { text: "Research Field", bold: true }, "Chemistry",
        { text: "Education Level", bold: true }, "PhD or equivalent",
        { text: "Skills/Qualifications", bold: true },
        "- A PhD in physics, chemistry, materials science or a closely related field",
        "- Hands-on experience with density functional theory (DFT) codes such as VASP or Quantum ESPRESSO",
        "- Good programming skills in Python",
        "- Experience with molecular dynamics in LAMMPS is an advantage",
        { text: "Languages", bold: true }, "ENGLISH",
        { text: "Level", bold: true }, "Excellent",
      ], 15).map((i) => ({ size: 9, ...i })),
      { text: "ADDITIONAL INFORMATION", x: 40, y: 330, size: 9, bold: true },
      ...column(40, 350, [
        "Salary: NOK 615,000 - 670,000 per year before tax. Candidates must not have resided in Norway for more than",
        "12 months in the 36 months before the start date (MSCA mobility rule).",
        "Work Location(s): Number of offers available 1 | Company/Institute Nordvik University of Technology",
        "Country Norway | City Trondvik",
        "WHERE TO APPLY: E-mail recruitment@nvut.example  |  Website https://nvut.example/jobs/2026-418",
        "Contact: Prof. Ingrid Solheim, Department of Materials Science and Engineering",
      ], 14).map((i) => ({ ...i, size: 9 })),
      { text: "Share this page   f   in   X   \u2709", x: 40, y: 440, size: 8 },
    ],
  },
];

// 12: a sales-team JD draft in Word with tracked changes left in (修订稿): the HR reviewer's insertions (w:ins) and
// deletions (w:del with w:delText) inside the requirement lines, two posts as Heading2 with 岗位职责 / 任职要求 lists.
// The reading is the text with the changes accepted, as the draft's author means it.
const rev = (author: string, id: number) => `w:id="${id}" w:author="${esc(author)}" w:date="2026-11-28T10:${String(id).padStart(2, "0")}:00Z"`;
const run = (t: string) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const ins = (t: string, id: number) => `<w:ins ${rev("周晓岚", id)}>${run(t)}</w:ins>`;
const del = (t: string, id: number) => `<w:del ${rev("周晓岚", id)}><w:r><w:delText xml:space="preserve">${esc(t)}</w:delText></w:r></w:del>`;
const para = (...parts: string[]) => `<w:p>${parts.join("")}</w:p>`;
const delPara = (t: string, id: number) => `<w:p><w:pPr><w:rPr><w:del ${rev("周晓岚", id)}/></w:rPr></w:pPr>${del(t, id + 1)}</w:p>`;
const draftBody = [
  p("【修订稿 v3 — 请销售中心确认后发布】"),
  styled("Title", "沐川医疗器械销售中心岗位说明"),
  p("编制：人力资源部　　审核：销售中心　　日期：2026年11月28日"),
  styled("Heading2", "一、华东区域销售经理"),
  p("所属部门：销售中心华东大区　　汇报对象：销售副总裁　　工作地点：上海"),
  p("岗位职责："),
  para(run("1. 负责华东区域（沪苏浙皖）医院渠道的销售目标达成，带领"), del("4", 1), ins("6", 2), run("人销售团队；")),
  p("2. 开发和维护三甲医院及经销商关系，推动新产品准入；"),
  p("3. 制定区域销售计划，按月复盘销售数据。"),
  p("任职要求："),
  para(run("1. 本科及以上学历，专业不限，医学、药学背景"), ins("者", 3), run("优先；")),
  para(run("2. "), del("3", 4), ins("5", 5), run("年以上医疗器械销售经验，其中2年以上团队管理经验；")),
  delPara("3. 熟悉SAP系统操作；", 6),
  para(ins("3. 熟练使用Salesforce CRM，能独立完成销售预测；", 8)),
  p("4. 能接受每月50%以上时间出差。"),
  styled("Heading2", "二、销售运营专员"),
  p("所属部门：销售中心运营部　　汇报对象：销售运营主管　　工作地点：上海"),
  p("岗位职责："),
  p("1. 维护CRM客户与商机数据，出具销售周报、月报；"),
  p("2. 支持销售团队完成投标文件及合同流转。"),
  p("任职要求："),
  p("1. 本科及以上学历，统计学、数学、市场营销等相关专业优先；"),
  para(run("2. 1年以上销售运营或数据分析相关工作经验"), del("，应届生亦可", 9), run("；")),
  para(run("3. 精通Excel（数据透视表、VLOOKUP），会使用"), del("Tableau", 10), ins("Power BI", 11), run("者优先；")),
  p("4. 细致耐心，沟通顺畅。"),
  p("（本说明书经销售中心确认后由人力资源部统一发布）"),
].join("");

// 15: a 应届生求职网 campus post copied from the page and saved as GB18030 (CRLF): the site header and nav, the post title,
// 发布时间/浏览次数/来源, the company blurb, a pipe table of posts (岗位名称 | 招聘人数 | 专业要求 | 学历要求 | 工作地点), a
// 岗位说明 block per post, 招聘流程, 网申方式, the site's 温馨提示, and the 相关招聘 list of other companies' posts.
const yjsText = `应届生求职网 YingJieSheng.COM | 校园招聘 | 实习招聘 | 宣讲会 | 招聘会 | 职业测评 | 论坛
当前位置：应届生求职网 > 校园招聘 > 化工/新材料 > 正文

恒川新材料集团2027届校园招聘
发布时间：2026-11-26 10:32   浏览次数：3,418   来源：企业投稿
网申截止：2026-12-25   工作地点：浙江嘉兴、江苏南通

【公司简介】
恒川新材料集团创立于2004年，是国内领先的高性能工程塑料与特种薄膜生产企业，深交所主板上市，员工4,800余人，拥有国家企业技术中心和博士后科研工作站。

【招聘岗位】
岗位名称 | 招聘人数 | 专业要求 | 学历要求 | 工作地点
工艺工程师 | 5 | 高分子材料与工程、化学工程与工艺 | 硕士 | 嘉兴
设备工程师 | 3 | 机械设计制造及其自动化、电气工程及其自动化 | 本科 | 南通
财务管培生 | 2 | 会计学、财务管理 | 硕士 | 嘉兴

【岗位说明】
工艺工程师：负责聚合及挤出工艺的开发与优化，参与新产品中试放大；要求2027届硕士，专业如上表，熟悉高分子材料加工原理，能适应车间倒班实习。
设备工程师：负责生产线设备的安装调试、点检维护及技改项目；要求2027届本科及以上，专业如上表，熟悉AutoCAD、SolidWorks者优先。
财务管培生：在核算、资金、税务、预算岗位轮岗培养；要求2027届硕士，专业如上表，英语六级，通过CPA部分科目者优先。

【招聘流程】
网申 → 笔试（行测＋专业） → 群面 → 终面 → 签约

【网申方式】
请登录恒川集团校园招聘官网 campus.hengchuan.example 在线填写简历，每人限报一个岗位。

温馨提示：本站所有招聘信息均由用人单位提供，求职过程中请勿缴纳任何费用。
分享到：微信  QQ空间  新浪微博  复制链接

相关招聘
· 嘉兴某化工集团2027届校园招聘（化工工艺、安全工程）
· 南通某纺织新材料公司招聘研发工程师、质检员
· 某石化上市公司2027届管培生招聘
【返回顶部】`;

await writeMissing(new URL("./", import.meta.url), {
  "01_gwy_post_table_paste_gbk.txt": () => encoded(crlf(gwyText), "gbk"),
  "04_hk_school_teacher_vacancies.docx": () => styledDocx(schoolBody),
  "05_tw_jp_factory_notice.pdf": () => placedPdf(factoryPages(), "portrait", cjkFont, cjkFamily),
  "09_ca_job_bank_utf16le.txt": () => encoded(crlf(jobBankText), "utf16le", true),
  "10_euraxess_offer_print.pdf": () => placedPdf(euPages(), "portrait"),
  "12_jd_draft_tracked_changes.docx": () => styledDocx(draftBody),
  "15_yingjiesheng_campus_gb18030.txt": () => encoded(crlf(yjsText), "gb18030"),
});
