import type { ComplianceFlag, EducationLevel } from "../../../server/positions/position.schema.js";

/**
 * A careful reader's reading of each hand-written document in corpus/: the positions in order and the
 * requirement fields each one states. A field left out is one the document does not settle (the reader
 * would hesitate), so it is not scored. Names are as written; comparison folds script and case.
 */
export type Named = { name: string; required: boolean };
export type CorpusPosition = {
  title: string;
  /** Other forms the document itself gives the title (bilingual, with and without a bracketed abbreviation); any one matches. */
  titleAliases?: string[];
  minLevel?: EducationLevel | null;
  majors?: string[];
  majorsRequired?: boolean;
  minYears?: number | null;
  maxYears?: number | null;
  management?: boolean;
  /** Skills the reader would list; the parser may name more (skills are open-ended), never fewer. */
  skills?: Named[];
  languages?: Named[];
  certifications?: Named[];
  compliance?: ComplianceFlag[];
};

const req = (...names: string[]): Named[] => names.map((name) => ({ name, required: true }));
const pref = (...names: string[]): Named[] => names.map((name) => ({ name, required: false }));
const none: Pick<CorpusPosition, "languages" | "certifications"> = { languages: [], certifications: [] };

export const expectedCorpus: Record<string, CorpusPosition[]> = {
  // 智联-style post: three jobs, each 职位名称 / 薪资 / 职位描述 / 任职要求; a header line also states 经验 and 学历.
  "01_zhilian_multi.txt": [
    {
      title: "Java开发工程师", minLevel: "bachelor", majors: ["计算机", "软件工程"], majorsRequired: true, minYears: 3, maxYears: 5,
      management: false, skills: [...req("Spring Boot", "MyBatis", "MySQL"), ...pref("Redis", "Kafka")], ...none,
    },
    {
      title: "测试工程师", minLevel: "associate", majors: [], majorsRequired: false, minYears: 2, maxYears: null, management: false,
      skills: req("Selenium", "JMeter"), languages: [], certifications: pref("ISTQB"),
    },
    {
      title: "UI设计师", minLevel: "associate", majors: ["美术", "视觉传达设计"], majorsRequired: false, minYears: 1, maxYears: null,
      skills: req("Figma", "Photoshop", "Illustrator"), ...none,
    },
  ],
  // BOSS直聘-style "岗位一：…（2名）" blocks under one company blurb.
  "02_boss_gangwei.txt": [
    {
      title: "门店店长", minLevel: "high_school", minYears: 3, maxYears: null, management: true, majors: [],
      skills: req("组织协调能力", "抗压能力"), languages: [], certifications: req("健康证"),
    },
    { title: "厨师长", minLevel: "high_school", majors: ["烹饪"], majorsRequired: false, minYears: 5, languages: [], certifications: req("厨师证", "健康证") },
    {
      title: "收银员", minLevel: null, minYears: null, skills: req("收银系统"), ...none,
      compliance: [{ category: "age", text: "年龄18-35岁" }],
    },
  ],
  // A 招聘岗位 list naming the jobs, then each job as 一、岗位名称 / 二、岗位职责 / 三、任职资格 / 四、薪酬待遇.
  "03_zhaopin_list.txt": [
    {
      title: "仓库主管", minLevel: "associate", majors: ["物流管理"], majorsRequired: true, minYears: 5, management: true,
      skills: req("WMS系统", "Excel"), ...none,
    },
    {
      title: "叉车司机", minLevel: "junior_high", minYears: 1, management: false, languages: [], certifications: req("叉车证"),
      compliance: [{ category: "gender", text: "男性" }],
    },
    {
      title: "单证员", minLevel: "bachelor", majors: ["国际贸易", "物流"], majorsRequired: true, minYears: null,
      languages: req("英语"), certifications: [...req("英语四级"), ...pref("报关员证")],
    },
  ],
  // A formal 岗位说明书 with 岗位编号/岗位等级/直接上级 and 任职资格 split into 学历/专业/经验/技能/证书.
  "04_hr_form.txt": [
    {
      title: "财务经理", minLevel: "bachelor", majors: ["财务管理", "会计学"], majorsRequired: true, minYears: 8, maxYears: null,
      management: true, skills: req("用友", "金蝶"), languages: [], certifications: [...req("中级会计师"), ...pref("注册会计师")],
    },
    {
      title: "出纳", minLevel: "associate", majors: ["会计"], majorsRequired: true, minYears: 1, management: false,
      skills: req("Excel", "网银系统"), languages: [], certifications: req("会计从业资格证"),
    },
  ],
  // The same form as a .docx table: cells joined by tabs, 任职资格 rows continued by rows with an empty first cell.
  "05_hr_table_tabs.txt": [
    {
      title: "人力资源经理", minLevel: "bachelor", majors: ["人力资源管理", "心理学"], majorsRequired: true, minYears: 5, maxYears: null,
      management: true, languages: [], certifications: req("人力资源管理师二级证书"),
    },
    {
      title: "招聘专员", minLevel: "associate", majors: [], majorsRequired: false, minYears: 1, maxYears: 3, management: false,
      skills: req("Office办公软件"), ...none,
    },
  ],
  // Two 104人力銀行 pages: a bare title line, 工作內容, then 條件要求 with 工作經歷/學歷要求/科系要求/語文條件/擅長工具.
  "06_tw_104.txt": [
    {
      title: "資深後端工程師", minLevel: "bachelor", majors: ["資訊工程", "資訊管理"], majorsRequired: true, minYears: 3, maxYears: null,
      management: false, skills: [...req("Java", "MySQL", "Docker", "Spring Framework"), ...pref("AWS", "GCP")],
      languages: req("英文"), certifications: [],
    },
    {
      title: "行政助理", minLevel: "associate", majors: [], majorsRequired: false, minYears: 1, management: false,
      skills: req("Word", "Excel", "PowerPoint"), languages: req("英文"), certifications: pref("駕照"),
    },
  ],
  // A 104 page copied with select-all: every field's label on a line of its own and its value on the next
  // ("工作經歷" / "3年以上", "科系要求" / "國際貿易相關、商業管理相關", "具備證照" / "TOEIC 多益測驗 (750分以上)").
  "160_tw_104_stacked_fields.txt": [
    {
      title: "資深業務專員(外商客戶)", minLevel: "bachelor", majors: ["國際貿易", "商業管理"], majorsRequired: true, minYears: 3, maxYears: null,
      management: false, skills: req("Excel", "PowerPoint", "ERP"), languages: req("英文"), certifications: req("TOEIC"),
    },
  ],
  // Hong Kong newspaper-style ad: 職位： / 職責： / 要求：, 或以上, 中五程度, 懂粵語.
  "07_hk.txt": [
    {
      title: "會計主任", minLevel: "bachelor", majors: ["會計", "財務"], majorsRequired: true, minYears: 5, maxYears: null, management: true,
      skills: req("Excel", "MYOB"), languages: req("中文", "英文"), certifications: pref("HKICPA"),
    },
    {
      title: "物業主任", minLevel: "high_school", minYears: 3, management: false, languages: req("中文", "英文", "粵語", "普通話"),
      certifications: req("保安人員許可證"),
    },
    { title: "文員", minLevel: "high_school", minYears: null, management: false, certifications: [] },
  ],
  "08_en_single.txt": [
    {
      title: "Senior Backend Engineer", minLevel: "bachelor", majors: ["Computer Science"], majorsRequired: true, minYears: 5, maxYears: null,
      management: false, skills: [...req("PostgreSQL", "Kafka", "Kubernetes", "Terraform"), ...pref("ClickHouse")],
      languages: [...req("English"), ...pref("German")], certifications: pref("AWS Certified Solutions Architect"),
    },
  ],
  // One company, three roles, each a Title Case line followed by its own sections.
  "09_en_multi.txt": [
    { title: "Product Designer", minLevel: null, minYears: 3, maxYears: 5, management: false, skills: req("Figma"), ...none },
    {
      title: "Data Analyst", minLevel: "bachelor", majors: ["Statistics", "Mathematics", "Economics"], majorsRequired: true, minYears: 2,
      maxYears: null, management: false, skills: [...req("SQL", "Python", "R"), ...pref("Tableau")], ...none,
    },
    {
      title: "Customer Success Manager", minLevel: null, minYears: 4, maxYears: null, management: true, skills: req("Salesforce"),
      languages: req("English", "French"), certifications: [],
    },
  ],
  // A scraped article page: breadcrumbs, 篇1…篇4 each holding one position, page markers, and two lists of other documents.
  "10_scraped.txt": [
    { title: "客服主管", minLevel: "associate", majors: ["物业管理"], majorsRequired: false, minYears: 3, ...none },
    { title: "工程维修工", minLevel: "high_school", minYears: 2, languages: [], certifications: req("电工证") },
    { title: "保安员", minLevel: null, minYears: null },
    { title: "保洁员", minLevel: null, minYears: null },
  ],
  // Discriminatory requirements next to their lawful opposites (性别不限, 年龄不限, 本地市场, 工作地点：本地).
  "11_compliance.txt": [
    {
      title: "前台接待", minLevel: "associate", minYears: null, skills: req("Office"), languages: req("普通话"), certifications: [],
      compliance: [
        { category: "gender", text: "限女性" },
        { category: "age", text: "年龄35岁以下" },
        { category: "height", text: "身高165cm以上" },
        { category: "appearance", text: "形象气质佳" },
      ],
    },
    {
      title: "行政司机", minLevel: "high_school", minYears: 5, languages: [], certifications: req("C1以上驾驶证"),
      compliance: [
        { category: "gender", text: "男" },
        { category: "household_registration", text: "本地户口" },
        { category: "marital_childbearing", text: "已婚已育" },
      ],
    },
    {
      title: "外贸业务员", minLevel: "bachelor", majors: ["国际贸易", "商务英语"], majorsRequired: true, minYears: null,
      languages: req("英语"), certifications: req("英语六级"), compliance: [],
    },
  ],
  // A factory's 招聘简章: 一、普工（20名）, duties on one line, (1) numbering, 会使用 and 持有…证.
  "12_factory.txt": [
    { title: "普工", minLevel: "junior_high", minYears: null, ...none },
    {
      title: "品质检验员", minLevel: "high_school", majors: ["机械"], majorsRequired: false, minYears: 1, maxYears: null,
      skills: req("卡尺", "千分尺"), ...none,
    },
    {
      title: "设备电工", minLevel: "high_school", majors: ["电气自动化"], majorsRequired: true, minYears: 3, skills: pref("PLC编程"),
      languages: [], certifications: req("低压电工操作证"),
    },
  ],
  // Indeed-style: "Job Title:" labels, Job Summary, Qualifications with required/preferred in each line.
  "13_en_indeed.txt": [
    {
      title: "Registered Nurse - Medical/Surgical Unit", minLevel: "associate", majors: ["Nursing"], majorsRequired: true, minYears: 2,
      maxYears: null, management: false, languages: pref("Spanish"), certifications: [...req("RN license", "BLS"), ...pref("ACLS")],
    },
    { title: "Certified Nursing Assistant", minLevel: "high_school", languages: [], certifications: req("CNA") },
  ],
  // An Indeed page copy whose "Job details" box stacks each label over its value ("Pay" / "$22 - $26 an hour",
  // "Job type" / "Full-time"). The post supervises a team (management is left unscored: not read yet).
  // A wiki page export (Notion, Confluence): the page's properties as tab-separated rows ("Owner\tPriya Raman",
  // "Reviewer\tTom Becker") above two roles; a property naming a person is no position. Skills are not scored
  // here: the requirements sit under "What we ask", which is not read as a requirements heading yet.
  "130_en_wiki_properties.txt": [
    { title: "Data Engineer", minLevel: null, majors: [], minYears: 3, maxYears: null, management: false, languages: [], certifications: [] },
    { title: "Account Manager", minLevel: null, majors: [], minYears: 2, maxYears: null, management: false, languages: req("English", "Dutch"), certifications: [] },
  ],
  // A UK council job description: unheaded duty lines, two of which name the roles the post manages ("Line manage
  // three Senior Planning Officers", "Supervise 2 Planning Technicians…"): the staff it manages are no positions.
  "131_en_duties_name_roles.txt": [
    {
      title: "Senior Planning Adviser – Housing Delivery", minLevel: "bachelor", majors: ["town planning"], majorsRequired: true, minYears: 5,
      maxYears: null, management: true, languages: [],
    },
  ],
  // A UK agency's email listing briefs: "1) Title – City – salary", then dash bullets stating the needs (no headings).
  "150_en_agency_email_roles.txt": [
    {
      title: "Group Reporting Accountant", minLevel: null, majors: [], minYears: 3, maxYears: null, management: false, languages: [],
      certifications: req("ACA", "ICAS"),
    },
    {
      title: "Assistant Financial Accountant", minLevel: null, majors: [], minYears: 2, maxYears: null, management: false, languages: [],
      certifications: req("ACCA"),
    },
  ],
  // A 钉钉-style approval form copied as text: label rows, 岗位职责 and 任职要求 numbered "1." with no space ("3.5年以上…" is item 3).
  "151_zh_approval_form.txt": [
    {
      title: "渠道主管", minLevel: "associate", majors: [], minYears: 5, maxYears: null, management: true, languages: [], certifications: [],
    },
  ],
  // A forum's monthly hiring thread: a commenter's handle line ("u/tidewater_cto · 5h"), a "Company | Role, Role |
  // place | pay" line, then one prose paragraph per role opening with its name and a dash. Skills are not scored:
  // prose skills ("embedded C or C++ on ARM Cortex-M") are not read yet.
  "132_en_forum_hiring_comment.txt": [
    { title: "Embedded Software Engineer", minLevel: null, majors: [], minYears: 4, maxYears: null, management: false, ...none },
    { title: "Product Manager", minLevel: null, majors: [], minYears: 3, maxYears: null, management: false, languages: [...req("English"), ...pref("Portuguese")], certifications: [] },
  ],
  // A shop's social post: one paragraph per role, its name then a full-width colon and what it does and needs.
  "133_zh_prose_roles_post.txt": [
    { title: "门店店长", minLevel: "associate", majors: [], minYears: 3, maxYears: null, management: true, ...none },
    { title: "咖啡师", minLevel: null, majors: [], minYears: 1, maxYears: null, management: false, languages: [], certifications: pref("SCA证书") },
  ],
  "161_en_indeed_stacked_details.txt": [
    {
      title: "Warehouse Team Lead", minLevel: "high_school", majors: [], minYears: 2, maxYears: null, management: true, skills: [], languages: [],
      certifications: pref("Forklift certification"),
    },
  ],
  // An Indeed UK page whose duties manage people ("Oversee a kitchen crew of 12", "Line-manage the two Sous Chefs")
  // beside one that manages things ("Manage supplier relationships"); years as a bare range with no "experience".
  "175_en_indeed_kitchen_manager.txt": [
    { title: "Kitchen Manager", minLevel: null, majors: [], minYears: 3, maxYears: 5, management: true, ...none },
  ],
  // An Indeed copy whose fact line states the years as a bare range cell ("2 - 4 years" beside the pay) and whose
  // qualifications repeat only the minimum ("2+ years in software QA"); "Manage test data" manages no one.
  "176_en_indeed_years_cell.txt": [
    { title: "QA Analyst", minLevel: "bachelor", majors: ["Computer Science"], majorsRequired: true, minYears: 2, maxYears: 4, management: false, ...none },
  ],
  // A BOSS直聘 page: the title alone on the first line, salary and a "城市 | 经验 | 学历" line, tags, company card.
  "14_boss_single.txt": [
    {
      title: "新媒体运营", minLevel: "bachelor", majors: ["新闻", "广告", "中文"], majorsRequired: false, minYears: 1, maxYears: 3,
      management: false, skills: req("剪映", "秀米", "Canva"), ...none,
    },
  ],
  // A Taiwan company manual: "3.1 營業部經理" headings, 任用條件, 科系 for majors.
  "15_tw_manual.txt": [
    {
      title: "營業部經理", minLevel: "bachelor", majors: ["企管", "行銷"], majorsRequired: true, minYears: 7, maxYears: null, management: true,
      skills: req("談判能力", "領導能力"), languages: [...req("英文"), ...pref("日文")], certifications: [],
    },
    {
      title: "業務專員", minLevel: "associate", majors: [], majorsRequired: false, minYears: 2, management: false, languages: [],
      certifications: req("汽車駕照", "機車駕照"),
    },
  ],
  // 前程无忧-style: title line, a "城市 | 经验 | 学历 | 招N人 | 薪资" line, 职位信息 with the duties, 职能类别 and 上班地址 after.
  "16_51job.txt": [
    {
      title: "区域销售经理", minLevel: "associate", majors: ["医学", "药学", "生物工程"], majorsRequired: true, minYears: 5, management: true,
      languages: [], certifications: pref("驾照"),
    },
    {
      title: "注册事务专员", minLevel: "bachelor", majors: ["药学", "生物医学工程"], majorsRequired: true, minYears: 2, maxYears: null,
      management: false, languages: req("英语"), certifications: [],
    },
  ],
  // A Taiwan 職務說明書: 職稱 / 部門 / 直屬主管, 工作職掌, 任用資格 with 學歷/經驗/技能/證照 items.
  "17_tw_hr_form.txt": [
    {
      title: "人資專員", minLevel: "bachelor", majors: ["人力資源", "企業管理"], majorsRequired: true, minYears: 2, maxYears: null,
      management: false, skills: req("Excel"), languages: [], certifications: pref("就業服務乙級技術士證照"),
    },
    {
      title: "總務專員", minLevel: "associate", majors: [], majorsRequired: false, minYears: 1, management: false,
      skills: req("Word", "Excel"), languages: [], certifications: req("普通小型車駕照"),
    },
  ],
  // "Position N: …" headings with colon-ended section names, required and preferred in the same line.
  "18_en_positions.txt": [
    {
      title: "Machine Learning Engineer", minLevel: "master", majors: ["Computer Science", "Electrical Engineering"], majorsRequired: true,
      minYears: 3, maxYears: null, management: false, skills: [...req("Python", "PyTorch"), ...pref("CUDA")], ...none,
    },
    { title: "Technical Support Specialist", minLevel: "associate", minYears: 1, maxYears: 2, management: false, languages: pref("Spanish"), certifications: [] },
    {
      title: "Office Manager", minLevel: "high_school", minYears: 4, maxYears: null, management: true,
      skills: req("Microsoft Office", "Google Workspace"), ...none,
    },
  ],
  // A sharing-site collection: 篇N headings named after the collection, each holding its own position heading;
  // a page marker cuts a requirement; the closing 相关文章 list names other documents.
  "19_doc_share.txt": [
    {
      title: "网站编辑", minLevel: "associate", majors: ["中文", "新闻"], majorsRequired: true, minYears: 1,
      skills: req("Photoshop", "Dreamweaver"), ...none,
    },
    { title: "资深网站编辑", minLevel: "bachelor", minYears: 3, management: true, ...none },
    { title: "网站运营专员", minLevel: "associate", minYears: 2, management: false, skills: req("SEO", "SEM"), ...none },
  ],
  // A .docx read paragraph by paragraph: each table cell on its own line, labels without colons.
  "20_docx_paragraphs.txt": [
    {
      title: "市场专员", minLevel: "bachelor", majors: ["市场营销", "广告学"], majorsRequired: true, minYears: 1, maxYears: 3,
      management: false, skills: req("PPT", "Excel"), ...none,
    },
  ],
  // A factory notice listing each job on one numbered line: "1、SMT技术员2名：requirements…".
  "21_inline_list.txt": [
    { title: "SMT技术员", minLevel: "high_school", majors: ["电子"], majorsRequired: true, minYears: 2, ...none },
    { title: "采购员", minLevel: "associate", minYears: 3, skills: req("ERP系统"), ...none },
    { title: "仓管员", minLevel: "high_school", minYears: 1, ...none },
    {
      title: "品质工程师", minLevel: "bachelor", minYears: 5, management: false, skills: req("ISO9001"), languages: [],
      certifications: req("内审员证书"),
    },
  ],
  // Markdown from a careers page: ## role, ### sections, **Location:** lines.
  "22_markdown.txt": [
    {
      title: "Frontend Engineer (React)", minLevel: null, minYears: 2, management: false,
      skills: [...req("React", "TypeScript", "CSS", "GraphQL"), ...pref("Next.js")], languages: req("English"), certifications: [],
    },
    {
      title: "Community Manager", minLevel: "bachelor", majors: ["Communications", "Marketing"], majorsRequired: true, minYears: 3,
      management: false, languages: req("English", "Portuguese"), certifications: [],
    },
  ],
  // Hong Kong bilingual ad: English and Chinese names side by side, F.5, "2 years' experience", Diploma.
  "23_hk_bilingual.txt": [
    {
      title: "Administrative Assistant", titleAliases: ["Administrative Assistant 行政助理", "行政助理"], minLevel: "high_school", minYears: 2, management: false,
      skills: req("MS Office"), languages: req("English", "Chinese"), certifications: [],
    },
    {
      title: "Logistics Coordinator", titleAliases: ["Logistics Coordinator 物流協調員", "物流協調員"], minLevel: "associate", majors: ["Logistics"], majorsRequired: true, minYears: 3,
      languages: req("English", "Cantonese", "Mandarin"), certifications: [],
    },
  ],
  // A part-time 104 page where every condition is 不拘.
  "24_tw_104_b.txt": [
    { title: "門市服務人員", minLevel: "high_school", majors: [], majorsRequired: false, minYears: null, management: false, ...none },
  ],
  // A company handbook: numbered departments (not positions) with a department duty line, then numbered
  // "N、X岗位职责" positions with (1) items and a one-line 任职资格.
  "25_company_handbook.txt": [
    {
      title: "行政人事部经理", minLevel: "bachelor", majors: ["行政管理", "人力资源管理"], majorsRequired: true, minYears: 5,
      management: true, ...none,
    },
    { title: "行政文员", minLevel: "associate", minYears: 1, management: false, ...none },
    {
      title: "财务部经理", minLevel: "bachelor", majors: ["财务", "会计"], majorsRequired: true, minYears: 8, management: true,
      languages: [], certifications: req("中级以上会计职称"),
    },
    {
      title: "会计", minLevel: "associate", majors: ["会计"], majorsRequired: true, minYears: 2, skills: req("用友财务软件"),
      languages: [], certifications: req("会计从业资格证"),
    },
    { title: "工程部经理", minLevel: "bachelor", majors: ["土木工程"], majorsRequired: true, minYears: 10, languages: [], certifications: req("一级建造师证书") },
  ],
  // A Traditional collection: articles 篇1…篇5 named after the collection; articles 1 and 3 hold duties under
  // no heading of their own; a 【…推薦】 list between them; a page marker.
  "26_tw_collection.txt": [
    { title: "倉庫管理員", minLevel: null },
    {
      title: "倉庫主管", minLevel: "associate", majors: ["物流管理"], majorsRequired: false, minYears: 3, management: true,
      skills: req("ERP系統", "Excel"), ...none,
    },
    { title: "倉庫管理員", minLevel: "high_school", minYears: 1, skills: req("電腦"), ...none },
    { title: "倉庫保管員", minLevel: null },
    { title: "倉庫搬運工", minLevel: null, compliance: [{ category: "gender", text: "男性優先" }] },
  ],
  // A .docx table flattened one row per line, cells separated by spaces, 任职资格 rows labelled 教育水平/专业/工作经验.
  "27_flat_table.txt": [
    {
      title: "采购经理", minLevel: "bachelor", majors: ["物流管理", "工商管理"], majorsRequired: true, minYears: 5, maxYears: null,
      management: true, skills: req("SAP系统", "成本分析"), ...none,
    },
  ],
  // A manual chapter: 8.N headings for positions and one department, and a closing 8.5 任职要求 naming each position.
  "28_numbered_chapter.txt": [
    { title: "总经理" },
    { title: "销售经理", minLevel: "bachelor", minYears: 3, management: true },
    { title: "销售代表", minLevel: "associate", minYears: 1 },
  ],
  // US-style descriptions: "Job Description: X", Department / Reports To, Education and Experience, Physical Requirements.
  "29_en_warehouse.txt": [
    { title: "Warehouse Associate", minLevel: "high_school", ...none },
    { title: "Forklift Operator", minLevel: "high_school", minYears: 2, maxYears: null, languages: [], certifications: req("forklift certification") },
  ],
  // A WeChat article: emoji, "▶ 岗位：X", "◆ 岗位职责".
  "30_wechat_post.txt": [
    {
      title: "平面设计师", minLevel: "associate", majors: ["美术设计"], majorsRequired: true, minYears: 2, skills: req("PS", "AI", "CDR"),
      ...none,
    },
    {
      title: "客户执行", minLevel: "bachelor", majors: ["广告", "市场营销"], majorsRequired: true, minYears: 1,
      skills: req("沟通能力", "抗压能力"), ...none,
    },
  ],
  // A sharing-site compilation: 第N篇 articles, a 小编 blurb, （一） items, a closing list of related articles.
  "31_hotel_collection.txt": [
    {
      title: "前厅经理", minLevel: "associate", majors: ["酒店管理"], majorsRequired: true, minYears: 5, management: true,
      skills: req("Opera系统"), languages: req("英语"), certifications: [],
    },
    {
      title: "前台接待员", minLevel: "high_school", languages: req("普通话", "英语"), certifications: [],
      compliance: [{ category: "age", text: "年龄18-28岁" }, { category: "appearance", text: "形象气质佳" }],
    },
    { title: "礼宾员", minLevel: null },
    { title: "客房服务员", minLevel: null },
    { title: "餐饮部经理", minLevel: "associate", minYears: 8, management: true, languages: [], certifications: req("健康证") },
    { title: "餐厅领班", minLevel: null },
  ],
  // 金锄头-style page: site furniture, then the whole form flattened into one "1、" line with 一、…五、 sections.
  "32_flat_line.txt": [
    {
      title: "采购员", minLevel: "associate", majors: ["物流管理", "国际贸易"], majorsRequired: true, minYears: 2, management: false,
      skills: req("ERP系统", "Excel"), ...none,
    },
  ],
  // A Taiwan school's 職務說明書: bare titles, 所屬單位 / 直屬主管, 任用資格 numbered 一、二、.
  "33_tw_school.txt": [
    { title: "教務主任", minLevel: "master", minYears: 3, management: true, languages: [], certifications: req("合格教師證書") },
    { title: "註冊組長", minLevel: "bachelor", skills: req("校務行政系統"), languages: [], certifications: req("合格教師證書") },
    { title: "會計員", minLevel: "associate", majors: ["會計"], majorsRequired: true, minYears: 2, ...none },
  ],
  // Department duty lists (客服部岗位职责, 售后服务部工作职责) between the positions of those departments.
  "34_dept_mixed.txt": [
    { title: "客服部经理", minLevel: "bachelor", minYears: 5, management: true, ...none },
    { title: "客服专员", minLevel: "associate", minYears: null, languages: req("普通话"), certifications: [], compliance: [] },
    {
      title: "售后技术员", minLevel: "high_school", majors: ["电子", "机电"], majorsRequired: true, minYears: 2, languages: [],
      certifications: req("电工证"),
    },
  ],
  // A production department's handbook: "X岗位职责" headings, 所属部门 / 直接上级, 一、岗位职责 二、任职要求.
  "35_factory_sop.txt": [
    {
      title: "车间主任", minLevel: "associate", majors: ["机械制造"], majorsRequired: true, minYears: 8, management: true,
      skills: req("精益生产", "CAD"), ...none,
    },
    { title: "班组长", minLevel: "high_school", minYears: 3, management: true, ...none },
    {
      title: "机修工", minLevel: "high_school", majors: ["机电一体化"], majorsRequired: true, minYears: 3, languages: [],
      certifications: pref("焊工证", "电工证"),
    },
  ],
  // A hiring plan as a table: a header row, then one tab-separated row per position.
  "36_plan_table.txt": [
    {
      title: "会计", minLevel: "bachelor", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: 3, languages: [],
      certifications: req("初级会计师证书"),
    },
    {
      title: "嵌入式软件工程师", minLevel: "bachelor", majors: ["电子信息", "自动化"], majorsRequired: true, minYears: 2,
      skills: req("C语言", "ARM开发"), ...none,
    },
    { title: "行政前台", minLevel: "associate", majors: [], majorsRequired: false, minYears: 1, languages: req("普通话"), certifications: [] },
  ],
  // English prose with no section headings at all.
  "37_en_prose.txt": [
    {
      title: "Marketing Coordinator", minLevel: "bachelor", majors: ["marketing", "communications"], majorsRequired: true, minYears: 2,
      maxYears: 3, skills: [...req("HubSpot", "Google Analytics"), ...pref("Adobe InDesign")], ...none,
    },
  ],
  // One position whose duties are grouped under short sub-headings (市场开拓：, 团队管理：), with 考核指标 and 晋升方向.
  "38_sales_director_subheads.txt": [
    {
      title: "销售总监", minLevel: "bachelor", majors: ["市场营销", "工商管理"], majorsRequired: true, minYears: 10, management: true,
      skills: req("谈判能力", "领导能力", "市场分析能力"), ...none,
    },
  ],
  // 1111人力銀行-style: 職缺名稱, 工作說明, 需求條件 with 學歷限制/科系限制/電腦專長/駕駛執照.
  "39_tw_1111.txt": [
    {
      title: "網頁設計師", minLevel: "associate", majors: ["設計"], majorsRequired: true, minYears: 2,
      skills: req("Photoshop", "Illustrator", "HTML", "CSS"), ...none,
    },
    {
      title: "倉儲物流人員", minLevel: "high_school", majors: [], majorsRequired: false, minYears: null, languages: [],
      certifications: req("普通重型機車駕照"),
    },
  ],
  // Hong Kong English ad: Form 5, LCCI, "2 years' relevant working experience", Putonghua.
  "40_hk_english.txt": [
    {
      title: "Accounts Clerk", minLevel: "high_school", minYears: 2, skills: req("Excel"), languages: req("English", "Chinese"),
      certifications: req("LCCI Level 2"),
    },
    {
      title: "Merchandiser", minLevel: "associate", majors: ["Textiles"], majorsRequired: true, minYears: 3,
      languages: req("English", "Cantonese", "Putonghua"), certifications: [],
    },
  ],
  // A collection mixing job descriptions with a 工作总结 and a 述职报告, which are not positions.
  "41_mixed_nonjd.txt": [
    { title: "销售经理", minLevel: "bachelor", minYears: 3, management: true, ...none },
    { title: "大客户经理", minLevel: "bachelor", majors: ["市场营销"], majorsRequired: false, minYears: 5, ...none },
    { title: "销售助理", minLevel: "associate", minYears: 1, skills: req("Excel"), ...none },
  ],
  // One 岗位说明书 whose 工作关系 and 工作权限 sections name other roles ("1、总经理：审批…").
  "42_relationships.txt": [
    {
      title: "人力资源部经理", minLevel: "bachelor", majors: ["人力资源管理"], majorsRequired: true, minYears: 6, management: true,
      skills: req("HR系统"), languages: [], certifications: pref("人力资源管理师一级证书"),
    },
  ],
  // Traditional pages with pinyin readings (經(jīng)理), .精品文檔. furniture and a page marker.
  "43_tw_pinyin.txt": [
    { title: "物流部經理", minLevel: "bachelor", majors: ["物流管理"], majorsRequired: true, minYears: 5, skills: req("WMS", "TMS"), ...none },
    { title: "調度員", minLevel: "high_school", minYears: 2, ...none },
  ],
  // UK-style numbered form with a person specification split into Essential and Desirable.
  "44_uk_person_spec.txt": [
    {
      title: "Finance Officer", minLevel: null, minYears: 3, skills: [...req("Excel"), ...pref("Sage 200")], languages: [],
      certifications: [...req("AAT"), ...pref("ACCA", "CIMA")],
    },
  ],
  // A one-paragraph classified ad: "诚聘会计一名，要求：女，30岁以下…".
  "45_zh_one_paragraph.txt": [
    {
      title: "会计", minLevel: "high_school", majors: ["会计"], majorsRequired: true, minYears: 2, skills: req("金蝶软件"), languages: [],
      certifications: req("会计证"),
      compliance: [
        { category: "gender", text: "女" },
        { category: "age", text: "30岁以下" },
        { category: "marital_childbearing", text: "已婚" },
      ],
    },
  ],
  // A Traditional 文庫 collection: 篇N articles, a label row under a document title, an ad blurb naming another
  // document in a sentence, a 【…推薦】 list, and a last article with duties under no heading (named by the article).
  "46_tw_wenku.txt": [
    {
      title: "出納", minLevel: "associate", majors: ["財務會計"], majorsRequired: true, minYears: 1, languages: [],
      certifications: req("會計從業資格證書"),
    },
    { title: "總帳會計", minLevel: "bachelor", majors: ["會計"], majorsRequired: true, minYears: 3, languages: [], certifications: req("中級會計職稱") },
    { title: "成本會計", minLevel: null },
    { title: "財務", minLevel: null },
  ],
  // A public institution's form: 岗位类别/岗位等级/所在科室, （一） duties, 任职条件 with 工作经历 and 职称.
  "47_gov_style.txt": [
    {
      title: "办公室主任", minLevel: "bachelor", majors: ["中文", "行政管理"], majorsRequired: true, minYears: 5, management: true,
      skills: req("文字写作能力", "组织协调能力"), ...none,
    },
    {
      title: "群文辅导员", minLevel: "associate", majors: ["音乐", "舞蹈", "美术"], majorsRequired: true, languages: [],
      certifications: req("群众文化初级及以上职称"),
    },
  ],
  // A Chinese company's bilingual form: "Job Title: 中文 English", "岗位职责 Responsibilities:".
  "48_bilingual_cn_first.txt": [
    {
      title: "销售工程师", titleAliases: ["销售工程师 Sales Engineer", "Sales Engineer"], minLevel: "bachelor", majors: ["机械", "自动化", "电气"], majorsRequired: true, minYears: 3,
      skills: req("PLC", "伺服", "变频器"), languages: req("英语"), certifications: req("驾照"),
    },
  ],
  // Campus hiring: "（一）软件工程师 3名", one-line duty and requirement paragraphs split by ；.
  "49_numbered_headcount.txt": [
    { title: "软件工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: null, skills: req("Java", "Go"), ...none },
    { title: "产品经理", minLevel: "master", majors: [], majorsRequired: false, ...none },
    { title: "实习生", minLevel: null },
  ],
  // Indeed's structured fields: "Education: High school or equivalent (Required)", "License/Certification:".
  "50_indeed_fields.txt": [
    { title: "Delivery Driver", minLevel: "high_school", languages: [], certifications: req("Driver's License") },
  ],
  // Text from a PDF: lines wrapped mid-sentence ("其中3年以\n上…"), two label pairs per line, a page number.
  "51_pdf_wrapped.txt": [
    {
      title: "质量经理", minLevel: "bachelor", majors: ["机械", "材料", "质量管理"], majorsRequired: true, minYears: 8, management: true,
      skills: req("SPC", "FMEA", "MSA"), languages: [], certifications: pref("六西格玛黑带证书"),
    },
  ],
  // A chain store's handbook: 第N章 chapters (not positions), （一） headings, ① items.
  "52_big_handbook.txt": [
    { title: "店长", minLevel: "associate", minYears: 5, management: true, ...none },
    { title: "副店长", minLevel: "associate", minYears: 3, management: false, ...none },
    { title: "生鲜主管", minLevel: "high_school", minYears: 2, languages: [], certifications: req("健康证") },
    { title: "理货员", minLevel: null },
    { title: "收银员", minLevel: "high_school", skills: req("收银机"), compliance: [{ category: "age", text: "年龄18-40周岁" }] },
    { title: "防损员", minLevel: "junior_high", compliance: [{ category: "height", text: "身高170cm以上" }] },
  ],
  // A Hong Kong notice: (1) headings, duties and requirements in one dash list, 中六/中三程度.
  "53_hk_vacancies.txt": [
    { title: "高級會計文員", minLevel: "high_school", minYears: 3, skills: req("Excel"), languages: [], certifications: req("LCCI第三級證書") },
    { title: "倉務員", minLevel: "junior_high", ...none },
  ],
  // A .docx form read row by row: two label/value pairs per row joined by tabs (not a hiring table).
  "54_docx_kv_tabs.txt": [
    {
      title: "仓储主管", minLevel: "high_school", majors: ["物流管理"], majorsRequired: true, minYears: 4, management: true,
      skills: req("WMS系统"), languages: [], certifications: pref("叉车证"),
    },
  ],
  // A 104 page for a manager: a （外商） tag on the title, 管理責任 (the job's span, not a requirement), two languages.
  "55_tw_104_c.txt": [
    {
      title: "財務經理", minLevel: "master", majors: ["財務金融", "會計學"], majorsRequired: true, minYears: 5, maxYears: null,
      management: false, skills: req("SAP", "Excel"), languages: req("英文", "日文"), certifications: req("CPA"),
    },
  ],
  // English one-line headers ("Title: X | Location: …") and inline Must-have / Nice-to-have lists.
  "56_en_inline_lists.txt": [
    {
      title: "Data Engineer", minLevel: "bachelor", majors: ["Computer Science"], majorsRequired: true, minYears: 4, maxYears: 6,
      skills: [...req("Python", "SQL", "Airflow"), ...pref("dbt", "Snowflake")], ...none,
    },
    {
      title: "Analytics Engineer", minLevel: "bachelor", majors: ["Economics", "Statistics"], majorsRequired: true, minYears: 2,
      maxYears: null, skills: [...req("SQL", "dbt", "Looker"), ...pref("Python")], ...none,
    },
  ],
  // A 豆丁-style page: VIP/扫码下载/展开全文 furniture and a page marker around three e-commerce positions.
  "57_zh_docin_page.txt": [
    { title: "电商运营专员", minLevel: "associate", minYears: 2, skills: req("直通车", "钻展"), ...none },
    { title: "美工", majors: ["美术", "设计"], majorsRequired: true, minYears: 1, skills: req("Photoshop"), ...none },
    { title: "客服", minLevel: "high_school", ...none },
  ],
  // A social-media post: #岗位一# tags, （急招）, 1） numbering, "我们希望你".
  "58_emoji_brackets.txt": [
    {
      title: "Java高级工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 5, management: false,
      skills: req("Spring Cloud", "Dubbo"), ...none,
    },
    { title: "行政专员", minLevel: "associate", minYears: 1, maxYears: 2, skills: req("Office办公软件"), ...none },
  ],
  // A US form in capitals: POSITION TITLE / REPORTS TO / MINIMUM and PREFERRED QUALIFICATIONS.
  "59_us_formal.txt": [
    {
      title: "Accounts Payable Specialist", minLevel: "associate", majors: ["Accounting", "Business"], majorsRequired: true, minYears: 2,
      skills: [...req("Excel"), ...pref("NetSuite")], languages: [...req("English"), ...pref("Spanish")], certifications: [],
    },
  ],
  // An HTML table flattened to pipes: "| 岗位名称 | 店铺运营 | 所属部门 | 网店运营部 |".
  "60_pipe_table.txt": [
    { title: "店铺运营", minLevel: "associate", majors: ["电子商务"], majorsRequired: true, minYears: 2, skills: req("生意参谋"), ...none },
    { title: "推广专员", minLevel: "associate", minYears: 1, ...none },
  ],
  // A Taiwan university notice: 一、職缺：X（約用）1名, （一） conditions.
  "61_tw_gov.txt": [
    { title: "行政助理", minLevel: "bachelor", minYears: null, skills: req("Word", "Excel"), ...none },
  ],
  // The common HR template: 职位名称/职位代码 cells, 职位概要, and 任职资格 split into 教育背景/经验/技能技巧 with ◆ items.
  "62_hr_template.txt": [
    {
      title: "采购专员", minLevel: "associate", majors: ["物流", "企业管理"], majorsRequired: true, minYears: 2, management: false,
      skills: req("采购流程", "供应商管理", "办公软件", "ERP系统"), ...none,
    },
  ],
  // One paragraph per role: "1.总经理：全面负责…".
  "63_paragraph_roles.txt": [
    { title: "总经理", minLevel: null },
    { title: "行政经理", minLevel: null },
    { title: "会计", minLevel: null },
    { title: "出纳", minLevel: null },
    { title: "业务员", minLevel: null },
  ],
  // The same template in Traditional script.
  "64_tw_template.txt": [
    {
      title: "業務代表", minLevel: "associate", majors: ["市場行銷"], majorsRequired: true, minYears: 1, management: false,
      skills: req("溝通能力", "談判能力", "Office軟體"), ...none,
    },
  ],
  // A restaurant's post: **bold** titles, pay lines, "----" separators.
  "65_en_bold_titles.txt": [
    { title: "Line Cook", minLevel: null, minYears: 1, languages: [], certifications: req("Food handler certification") },
    { title: "Dishwasher", minLevel: null, minYears: null, ...none },
    {
      title: "Restaurant Manager", minLevel: null, majors: ["Hospitality Management"], majorsRequired: false, minYears: 3, management: true,
      languages: [], certifications: req("ServSafe Manager certification"),
    },
  ],
  // A bank's form with two "label：  value" pairs per line and 学历要求/专业要求/资格证书 fields.
  "66_bank_form.txt": [
    {
      title: "客户经理", minLevel: "bachelor", majors: ["金融", "经济"], majorsRequired: true, minYears: 3, languages: req("普通话"),
      certifications: req("银行从业资格证"), compliance: [{ category: "appearance", text: "形象气质佳" }],
    },
  ],
  // A Hong Kong small-business ad: 職位： blocks, 2號牌 licence, age and sex limits next to 年齡不限.
  "67_hk_driver.txt": [
    {
      title: "司機", minYears: 3, languages: req("英語"), certifications: req("香港駕駛執照"),
      compliance: [{ category: "age", text: "30歲以下" }, { category: "gender", text: "男性" }],
    },
    { title: "搬運工", minYears: null, ...none, compliance: [] },
  ],
  // A public notice: （一）岗位名称：X with 1．岗位职责 2．任职条件 inside, then 二、报名方式.
  "68_nested_numbering.txt": [
    {
      title: "综合办公室文员", minLevel: "associate", majors: ["文秘", "汉语言文学"], majorsRequired: true, minYears: null,
      skills: req("办公软件"), ...none,
    },
    {
      title: "财务部会计", minLevel: "bachelor", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: 2, languages: [],
      certifications: req("初级会计职称"),
    },
  ],
  // Hong Kong civil-service style: 職位空缺： heading, (a)…(d) items, 香港中學文憑, 兩年.
  "69_hk_gov_style.txt": [
    { title: "助理文書主任", minLevel: "high_school", minYears: 2, languages: req("粵語", "英語"), certifications: [] },
  ],
  // A form flattened into one numbered page chunk holding two positions.
  "70_flattened_two.txt": [
    { title: "行政专员", minLevel: "associate", majors: ["行政管理"], majorsRequired: true, minYears: 1, ...none },
    { title: "前台", minLevel: "high_school", minYears: null, languages: req("普通话"), certifications: [] },
  ],
  // English prose with typographic apostrophes and "five (5) years".
  "71_en_curly.txt": [
    {
      title: "Senior Accountant", minLevel: "bachelor", majors: ["Accounting", "Finance"], majorsRequired: true, minYears: 5, maxYears: null,
      management: true, skills: req("Excel", "Oracle Financials"), languages: [], certifications: req("CPA license"),
    },
  ],
  // A post whose pay, hours and probation lines are full of numbers that are not requirements.
  "72_salary_noise.txt": [
    {
      title: "电话销售专员", minLevel: "high_school", minYears: null, languages: req("普通话"), certifications: [],
      compliance: [{ category: "age", text: "35周岁以下" }],
    },
  ],
  // A collection of bare 篇N articles, each holding one "（一）X岗位职责" position with （1） requirements.
  "73_collection_paren.txt": [
    { title: "人事专员", minLevel: "associate", majors: ["人力资源管理"], majorsRequired: false, minYears: 1, ...none },
    { title: "培训主管", minLevel: "bachelor", minYears: 3, skills: req("演讲能力", "课程开发能力"), ...none },
    { title: "薪酬专员", minLevel: "associate", majors: ["财务", "人力资源"], majorsRequired: true, skills: req("Excel函数"), ...none },
  ],
  // A job-board template with "Label | value" rows and • bullets.
  "74_en_template.txt": [
    {
      title: "Customer Service Representative", minLevel: "high_school", minYears: 1, maxYears: 2, skills: req("Zendesk", "Freshdesk"),
      languages: pref("English", "Spanish"), certifications: [],
    },
  ],
  // A Taiwan shop's notice with 【職稱】【工作內容】【條件】【待遇】 brackets.
  "75_tw_brackets.txt": [
    {
      title: "門市店長", minLevel: "associate", minYears: 3, management: true, languages: [],
      certifications: pref("食品安全衛生管理人員證照"),
    },
    { title: "吧檯人員", minLevel: "high_school", languages: [], certifications: pref("咖啡師證照") },
  ],
  // Unnumbered duty lines and one requirement line separated by ；.
  "76_unnumbered_lines.txt": [
    {
      title: "物业管家", minLevel: "associate", minYears: 2, skills: req("办公软件"), languages: [], certifications: pref("物业管理员证"),
      compliance: [],
    },
  ],
  // A 原创力-style page: site chrome above, a 热门文档 list and a hosting notice below two positions.
  "77_heavy_furniture.txt": [
    { title: "行政主管", minLevel: "associate", minYears: 3, languages: [], certifications: req("驾照") },
    { title: "人事助理", minLevel: "associate", majors: ["人力资源"], majorsRequired: true, skills: req("Office"), ...none },
  ],
  // A startup posting: Role / Team / Location lines and a "You'll report to" sentence.
  "79_en_role_team.txt": [
    {
      title: "Growth Marketing Manager", majors: ["Marketing", "Economics"], majorsRequired: true, minYears: 5, maxYears: null,
      management: true, skills: req("Google Ads", "Meta Ads Manager", "SQL"), ...none,
    },
  ],
  // A Hong Kong restaurant's window notice: bare titles, one 要求 line and one 待遇 line each.
  "80_hk_restaurant.txt": [
    { title: "侍應生", minYears: null, languages: pref("英語"), certifications: [] },
    { title: "廚房助理", minYears: 1, languages: [], certifications: req("食物衛生證書") },
    { title: "樓面經理", minLevel: "high_school", minYears: 5, management: true, languages: req("普通話"), certifications: [] },
  ],
  // A Taiwan bank's notice: 職務名稱 / 應徵條件 with 一、 items and licence names that end in 證照 or 證明.
  "81_tw_bank.txt": [
    {
      title: "理財專員", minLevel: "bachelor", majors: ["財經"], majorsRequired: false, minYears: null, languages: [],
      certifications: req("信託業務專業測驗", "人身保險業務員資格證照"),
    },
    { title: "櫃員", minLevel: "associate", languages: [], certifications: req("金融市場常識與職業道德測驗合格證明") },
  ],
  // An org chart ("二、财务部：财务经理、会计、出纳") names roles that are not described; two described positions follow.
  "82_zh_numbered_titles_only.txt": [
    { title: "总经理助理", minLevel: "bachelor", minYears: 2, ...none },
    { title: "出纳", minLevel: "associate", majors: ["会计"], majorsRequired: true, ...none },
  ],
  // A UK warehouse advert: a title line, unheaded duty bullets, "You will need:", GCSE. Whether "GCSE … English"
  // states a language is unsettled, so languages are not scored.
  "83_en_no_headings_bullets.txt": [
    {
      title: "Warehouse Team Leader - Night Shift", minLevel: "high_school", minYears: 2, management: true,
      skills: req("WMS", "Microsoft Excel"), certifications: req("Counterbalance forklift licence"),
    },
  ],
  // 【X岗位职责】 headings with 一、 duties and no requirements.
  "84_bracket_headings.txt": [{ title: "店长" }, { title: "导购员" }, { title: "收银员" }],
  // Prose only: the title is named in a sentence ("We're hiring a Senior Product Designer to…").
  "85_en_sentence_title.txt": [
    { title: "Senior Product Designer", minYears: 6, skills: [...req("Figma")], ...none },
  ],
  // Traditional label rows with each section on one line ("崗位職責：1.…2.…") and a bare page number.
  "86_tw_labels_pages.txt": [
    { title: "品管主管", minLevel: "associate", majors: ["理工科"], majorsRequired: true, minYears: 5, management: true, skills: req("ISO9001"), ...none },
    { title: "品檢員", minLevel: "high_school", skills: req("游標卡尺"), ...none },
  ],
  // A 金锄头 page whose text is one "1、" chunk holding two articles (篇一, 篇二), each with its own heading.
  "87_seedlike_hans.txt": [
    { title: "质检员", minLevel: "high_school", minYears: 2, ...none },
    { title: "品质主管", minLevel: "associate", minYears: 5, management: true, skills: req("ISO9001"), ...none },
  ],
  // A Traditional 匯總 collection: articles 1 and 3 hold duties under no heading of their own, an ad list
  // and a blurb naming another document.
  "88_seedlike_hant.txt": [
    { title: "前台" },
    {
      title: "前台文員", minLevel: "associate", languages: req("普通話"), certifications: [],
      compliance: [{ category: "appearance", text: "形象氣質佳" }],
    },
    { title: "前台" },
  ],
  // Emoji section names and ✅ bullets; a title with its stack in parentheses.
  "89_en_emoji.txt": [
    {
      title: "Backend Developer (Node.js)", minYears: 3, skills: [...req("Node.js", "TypeScript", "PostgreSQL"), ...pref("Docker", "AWS")],
      ...none,
    },
  ],
  // A BOSS 职位描述 block: the title under it, duties and requirements numbered as one list with 要求： between.
  "90_boss_mixed.txt": [
    {
      title: "会计", minLevel: "bachelor", majors: ["会计", "财务管理"], majorsRequired: true, minYears: 3, skills: req("金蝶", "用友财务软件"),
      languages: [], certifications: req("初级会计职称"),
    },
  ],
  // A plain-text table aligned with spaces: 岗位名称 / 人数 / 要求 columns.
  "91_space_table.txt": [
    { title: "调度员", minLevel: "associate", minYears: 1, ...none },
    { title: "司机", minYears: 3, languages: [], certifications: req("B2驾驶证") },
    { title: "仓库管理员", minLevel: "high_school", ...none },
  ],
  // A school's notice with a space-aligned table under ─── rules, its 条件 cells (and one 专业 cell) wrapped onto
  // lines indented to their column: "具有2年以上数学教学经验，能胜任班" + "主任工作。", "心理学、应用心理" + "学".
  "120_wrapped_space_table.txt": [
    { title: "初中数学教师", minLevel: "bachelor", majors: ["数学", "统计学"], majorsRequired: true, minYears: 2, management: false, certifications: req("数学学科教师资格证") },
    { title: "小学英语教师", minLevel: "bachelor", majors: ["英语"], majorsRequired: true, minYears: null, management: false },
    { title: "心理健康教师", minLevel: "master", majors: ["心理学", "应用心理学"], majorsRequired: true, minYears: null, management: false, languages: [], certifications: pref("心理咨询师证书") },
  ],
  // A county hospital's post table in Word: 科室 cells merged down over each department's posts (w:vMerge), a title
  // row spanning every column (w:gridSpan), a 合计 row. Read through the .docx decoder (corpus/make-files.ts).
  "121_docx_merged_departments.docx": [
    { title: "心内科医师", minLevel: "bachelor", majors: ["临床医学"], majorsRequired: true, minYears: 3, management: false },
    { title: "呼吸科医师", minLevel: "master", majors: ["内科学"], majorsRequired: true, minYears: null, management: false },
    { title: "超声诊断医师", minLevel: "bachelor", majors: ["医学影像学"], majorsRequired: true, minYears: null },
    { title: "检验技师", minLevel: "associate", majors: ["医学检验技术"], majorsRequired: true, minYears: null },
    { title: "药剂师", minLevel: "bachelor", majors: ["药学"], majorsRequired: true, minYears: 2 },
  ],
  // A water company's brochure as a PDF: a ruled 序号|岗位|人数|学历|专业|岗位要求 grid whose 专业 and 岗位要求 cells
  // wrap over two to four lines, breaking onto page 2 under a repeated header, a page footer under a column.
  "122_pdf_grid_page_break.pdf": [
    { title: "给排水工程师", minLevel: "bachelor", majors: ["给排水科学与工程", "环境工程"], majorsRequired: true, minYears: 3, management: false },
    { title: "水质化验员", minLevel: "associate", majors: ["化学", "应用化学", "环境监测"], majorsRequired: true, minYears: null },
    { title: "管网巡检员", minLevel: "high_school", majorsRequired: false, minYears: null, languages: [], certifications: req("C1及以上驾驶证") },
  ],
  // A careers page's HTML table (职位名称|招聘人数|学历|工作经验|岗位职责|任职要求) whose duty and requirement cells
  // hold several lines split by <br>.
  "123_html_table_br.html": [
    { title: "农艺师", minLevel: "bachelor", majors: ["农学", "植物保护"], majorsRequired: true, minYears: 3, management: false },
    { title: "销售代表", minLevel: "associate", majors: ["市场营销"], majorsRequired: true, minYears: 1, languages: [], certifications: req("C1驾驶证") },
    { title: "仓储主管", minLevel: "associate", majors: ["物流管理"], majorsRequired: true, minYears: 5, skills: req("WMS系统") },
  ],
  // A short social post: an emoji hiring line naming the role, emoji-bulleted duties, one line of requirements, hashtags.
  "100_zh_emoji_post.txt": [
    { title: "咖啡师", minYears: 1, languages: [], certifications: pref("咖啡师证") },
  ],
  // An English social post: a teaser line, "We're hiring a X" naming the role, emoji duties, a needs line, a like/comment bar.
  "101_en_social_post.txt": [
    { title: "Line Cook", minYears: 2, ...none },
  ],
  // A job-site page copy: breadcrumb, title, salary line, tag line, benefit tags, buttons, unnumbered 职位描述/任职要求 lines,
  // the recruiter, 公司介绍 and 工作地址 blocks, and a 相似职位 list that names other jobs.
  "102_zh_jobsite_copy.txt": [
    {
      title: "电商运营专员", minLevel: "associate", majors: ["电子商务", "市场营销"], majorsRequired: false, minYears: 1, maxYears: 3,
      skills: req("生意参谋", "Excel"), ...none,
    },
  ],
  // An HR form whose 岗位编号/岗位定员/岗位等级/岗位目的/岗位权限 rows are fields, and whose 晋升通道 and 工作关系 name other roles.
  "103_hr_form_quota.txt": [
    {
      title: "质量检验员", minLevel: "high_school", majors: ["机械", "质量管理"], majorsRequired: true, minYears: 1, maxYears: null,
      skills: req("机械图纸"), ...none,
    },
  ],
  // A social post whose requirements name tools in compound and phrase shapes: a second name in brackets (Python（NumPy）),
  // a category after 其它, a sentence after a tool (会用 Excel 自己做…), a tool and its purpose (使用…进行…), 优化 after a name.
  "140_zh_post_compound_skills.txt": [
    {
      title: "BI数据分析师", minLevel: "bachelor", majors: ["统计学", "数学"], majorsRequired: true, minYears: null, management: false,
      skills: [...req("SQL", "Power BI"), ...pref("Python", "NumPy", "Excel")], ...none,
    },
    {
      title: "硬件工程师", minLevel: "bachelor", majors: ["电子工程"], majorsRequired: true, minYears: 3, management: false,
      skills: [...req("Altium Designer"), ...pref("EMC")], ...none,
    },
  ],
  // An Indeed copy naming brands before their kind ("Comfort Zone or Thalgo treatments") and a category after a generic adjective.
  "141_en_indeed_brand_skills.txt": [
    { title: "Salon & Spa Lead", minLevel: null, minYears: 2, management: false, skills: pref("Comfort Zone", "Thalgo"), languages: [], certifications: req("NVQ") },
    { title: "Backend Developer", minLevel: null, minYears: 3, management: false, skills: req("Python", "Django", "PostgreSQL", "Redis"), ...none },
  ],
  // A Hong Kong ad whose language abilities (中英文口語及書寫能力) are languages, not skills.
  "142_hk_ad_language_ability.txt": [
    {
      title: "行政助理", titleAliases: ["Admin Assistant"], minLevel: "high_school", minYears: 1, management: false,
      skills: req("MS Excel", "PowerPoint", "溝通能力"), languages: req("中文", "英文"), certifications: [],
    },
  ],
  // An Indeed copy whose tools are named at a clause's head before a preference ("Xero experience would be an advantage").
  // "A full driving licence is desirable" asks for a licence, as a preference (first written with none, when no licence of one
  // word before "licence" was read).
  "143_en_indeed_preferred_tools.txt": [
    { title: "Accounts Assistant", minLevel: null, minYears: 1, management: false, skills: pref("Xero", "Power BI"), languages: [], certifications: pref("driving licence") },
  ],
  // A post naming SAP's modules with 模块 after them (FICO/CO模块, SD模块): the module's letters are the skill, even letters that spell a unit elsewhere.
  "170_zh_post_sap_modules.txt": [
    {
      title: "SAP财务顾问", minLevel: "bachelor", majors: ["财务", "会计"], majorsRequired: true, minYears: null, management: false,
      skills: [...req("SAP", "FICO", "CO", "Excel")], ...none,
    },
    {
      title: "SAP物流顾问", minLevel: "bachelor", majors: ["物流管理"], majorsRequired: true, minYears: null, management: false,
      skills: [...req("SD", "MM"), ...pref("WM", "ABAP")], ...none,
    },
  ],
  // A job-site copy whose "Job details" block ends in "Role: Backend Developer" (the site's role category, restating
  // the title's words) and a "Similar jobs" list: one position.
  "182_en_role_category_field.txt": [
    { title: "Lead Backend Developer (Java)", minYears: 6, skills: req("Java", "Spring Boot", "Kafka", "PostgreSQL"), ...none },
  ],
};
