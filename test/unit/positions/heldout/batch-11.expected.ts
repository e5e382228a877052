import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 11, written in session 8 and kept off main until the parser freeze at the end of the session, so that it
 * measures the parser as the session leaves it without anyone having seen it: a joint-stock bank's 总行社会招聘公告 PDF with
 * running headers and a post broken across pages, an SOE 内部竞聘 notice in Word with a post table and an empty 报名表, a
 * 台灣就業通 vacancy copy (Big5), a Hong Kong Labour Department iES result of three bilingual vacancy cards (UTF-16BE), a
 * WhatsApp group export with two hiring messages among chat, a UN agency vacancy announcement in HTML, a Workable job
 * page with JSON-LD and an application form, a 飞书招聘 portal job detail page, a securities firm's 招聘启事 in Word whose
 * section, post and item numbers all come from Word's automatic numbering, a UK job description in Word with header and
 * footer parts and a sign-off table, a JobStreet Malaysia copy, a Dcard 工作板 post with emoji and floor replies, a 牛客网
 * 内推 post (GB18030), a Singapore agency's JDs as a PDF one role a page, a Taiwan job-fair booklet page with one grid per
 * employer, and a 语雀 Markdown export with anchors, font tags and closed roles. Written before the parser was run on any
 * of them.
 */
export const batch11: HeldoutBatch = {
  id: "batch-11",
  written: "2026-12-03",
  documents: {
    // A bank's 总行社会招聘公告 printed to two PDF pages: a running header (bank name in Chinese and English over a rule) and a
    // "— N —" footer on each page, title, intro, 一、招聘岗位 with （一）（二）（三） posts written "部门　岗位（N名）" over 工作地点 /
    // 岗位职责 / 任职资格 numbered lines (the second post's 任职资格 falls on page 2), 二、基本条件 for everyone (age only),
    // 报名方式, 招聘程序, 其他说明, signature and date.
    "01_bank_head_office_notice.pdf": {
      family: "pdf-bank-head-office-social-recruitment-notice-running-header",
      positions: [
        {
          title: "数据架构师", minLevel: "bachelor", majors: ["计算机科学与技术", "软件工程", "数学"], majorsRequired: true, minYears: 5, management: false,
          skills: [...req("SQL", "Hadoop", "Hive", "Spark"), ...pref("Teradata", "GaussDB")],
          acceptSkills: ["数据架构", "数据模型设计", "企业级数据模型", "数据仓库", "数据中台", "数据标准", "大数据", "数据仓库分层设计", "性能优化", "数据开发规范"],
          languages: [], certifications: pref("CDMP"),
        },
        {
          title: "信用风险模型专员", minLevel: "master", majors: ["统计学", "金融工程", "数学"], majorsRequired: true, minYears: 3, management: false,
          skills: req("Python", "SAS"), acceptSkills: ["逻辑回归", "XGBoost", "评分卡", "PD", "LGD", "模型开发", "模型验证", "内部评级", "建模", "风险模型"],
          languages: [], certifications: pref("FRM"),
        },
        {
          title: "反洗钱合规经理", minLevel: "bachelor", majors: ["法学", "金融学"], majorsRequired: true, minYears: 8, management: true, skills: [],
          acceptSkills: ["反洗钱", "制裁合规", "可疑交易报告", "合规管理", "监管文件"],
          languages: req("英语"), certifications: [...req("英语六级"), ...pref("CAMS")],
        },
      ],
    },
    // A port-logistics SOE's 内部竞聘 notice in Word: Title, 文号, salutation, 一、竞聘岗位 as one table (序号/竞聘岗位/所在部门/
    // 职数/岗位职责/任职条件) with several paragraphs a cell, 二、基本条件 for all (company tenure, appraisal, age), 三、竞聘程序
    // (（一）… steps), 四、工作要求, the 附件 报名表 as an empty form table, issuing department and date. The 项目主管's
    // management is not stated (it manages a project, not people), so it is not read.
    "02_soe_internal_competition.docx": {
      family: "docx-soe-internal-competition-notice-post-table",
      positions: [
        {
          title: "安全环保部副经理", minLevel: "bachelor", majors: ["安全工程", "环境工程"], majorsRequired: true, minYears: 5, management: true, skills: [],
          acceptSkills: ["安全生产监督检查", "隐患排查治理", "环保督察", "安全管理", "监督检查"], languages: [], certifications: req("注册安全工程师"),
        },
        {
          title: "数字化项目主管", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 3, skills: req("Oracle", "Java"),
          acceptSkills: ["TOS", "码头操作系统", "信息化项目管理", "项目管理", "Oracle数据库", "Java开发", "需求梳理"], languages: [], certifications: pref("PMP"),
        },
        {
          title: "费用审核岗", minLevel: "associate", majors: ["会计", "财务管理"], majorsRequired: true, minYears: 2, management: false, skills: req("金蝶EAS"),
          acceptSkills: ["金蝶", "EAS", "金蝶EAS系统", "费用审核", "费用报销", "费用分析", "报销审核", "付款单据"], languages: [], certifications: req("初级会计"),
        },
      ],
    },
    // A 台灣就業通 (Taiwan government job site) vacancy page copied and saved as Big5 (CRLF): site nav, breadcrumb, the title
    // alone on a line, company with 職缺編號, update/views line, 【工作內容】 numbered duties, 【職缺條件】 label：value rows (學歷要求,
    // 科系要求, 工作經驗, 語文條件：不拘, 電腦專長, 專業證照 preferred, 駕駛執照), 【福利制度】, 【聯絡方式】, action links, 相似職缺 list.
    "03_tw_taiwanjobs_gov_big5.txt": {
      family: "tw-taiwanjobs-gov-vacancy-copy-big5",
      positions: [
        {
          title: "CNC車床技術員", minLevel: "high_school", majors: ["機械工程", "模具"], majorsRequired: true, minYears: 1, management: false,
          skills: req("AutoCAD"),
          acceptSkills: ["CNC", "CNC車床", "游標卡尺", "分厘卡", "量具", "程式修改", "首件量測", "治具調整", "刀具更換", "機械圖面", "看懂機械圖面", "圖面"],
          languages: [], certifications: [...pref("數值控制車床乙級技術士"), ...req("普通重型機車駕照")],
        },
      ],
    },
    // A Hong Kong Labour Department iES search result saved as UTF-16BE with BOM (CRLF): service name in both languages,
    // breadcrumb with the count, three vacancy cards of "中文 English: value" rows (Order No., 職位 Job Title "中文 English",
    // employer, industry, district, duties, education, experience, other requirements, hours, wages, application), dashes
    // between cards, page count and disclaimers. 中三 (Form 3) is junior secondary; 中五 (Form 5) is read as high school.
    "04_hk_labour_ies_utf16be.txt": {
      family: "hk-labour-dept-ies-bilingual-vacancy-cards-utf16be",
      positions: [
        {
          title: "倉務員", titleAliases: ["Warehouse Assistant", "倉務員 Warehouse Assistant"], minLevel: "junior_high", minYears: 1, management: false,
          skills: [], acceptSkills: ["叉車", "操作叉車", "手提掃描器", "倉存系統", "電腦系統", "點算", "上落貨", "貨物收發"],
          languages: req("廣東話"), certifications: req("叉車操作證書"),
        },
        {
          title: "行政助理", titleAliases: ["Administrative Assistant", "行政助理 Administrative Assistant"], minLevel: "high_school", minYears: 2,
          management: false, skills: req("Word", "Excel"),
          acceptSkills: ["Microsoft Word", "Microsoft Excel", "中英文電腦輸入", "中文輸入", "電腦輸入", "文書工作", "資料庫", "接待"],
          languages: [...req("廣東話", "英語"), ...pref("普通話")], certifications: [],
        },
        {
          title: "保安主任", titleAliases: ["Security Supervisor", "保安主任 Security Supervisor"], minLevel: "high_school", minYears: 3, management: true,
          skills: [], acceptSkills: ["編排更表", "更表", "巡邏", "事故報告", "突發事件"],
          languages: [], certifications: [...req("保安人員許可證"), ...pref("平安咭")],
        },
      ],
    },
    // A WhatsApp (Android) group chat export: "dd/mm/yy, hh:mm - Name: message" lines whose messages run on to further lines,
    // system lines, the admin's posting format, two hiring messages by different members in *bold* headlines (one with
    // "Requirements:" dashes, one with "What we need:" bullets), replies, a deleted message, an off-topic request the admin
    // sends elsewhere. The Sous Chef's diploma is only preferred, so minLevel is not read.
    "05_whatsapp_group_export_sg.txt": {
      family: "whatsapp-group-chat-export-en",
      positions: [
        {
          title: "Sous Chef", majors: ["Culinary Arts"], majorsRequired: false, minYears: 4, management: true, skills: [],
          acceptSkills: ["kitchen", "professional kitchen", "brigade", "kitchen brigade", "supplier calls"],
          languages: [...req("English"), ...pref("Mandarin")], certifications: req("Food Hygiene"),
        },
        {
          title: "Barista (Full-time)", titleAliases: ["Barista"], minYears: 1, management: false,
          skills: [...req("espresso", "latte art"), ...pref("La Marzocco")], acceptSkills: ["espresso machines", "barista", "coffee"],
          languages: [], certifications: req("Food Hygiene"),
        },
      ],
    },
    // A UN agency vacancy announcement saved as HTML: site header with language links, breadcrumb, h1, a facts table (job
    // id, location, grade, "Education & Work Experience: Master's - 5 years OR Bachelor's - 7 years", required and desired
    // languages), Background, Duties, competency tables, Required Skills and Experience (Education with the bachelor-in-
    // lieu clause, Experience, Language), disclaimers, apply bar, similar jobs, footer. The two education routes leave the
    // minimum level open, so minLevel is not read; 5 years is the lowest stated minimum.
    "06_un_vacancy_announcement.html": {
      family: "un-agency-vacancy-announcement-html",
      positions: [
        {
          title: "Programme Specialist (Climate Finance)", titleAliases: ["Programme Specialist"], majors: ["economics", "environmental science", "public policy"],
          majorsRequired: true, minYears: 5, management: true, skills: [...req("Excel"), ...pref("Power BI")],
          acceptSkills: [
            "GCF", "GEF", "Green Climate Fund", "Global Environment Facility", "financial modelling", "climate finance", "blended finance", "funding proposals",
            "resource mobilization", "knowledge generation", "business development", "partnership management", "results-based payments",
            "development finance", "environmental programme management", "social and environmental safeguards",
          ],
          languages: [...req("English"), ...pref("Thai")], certifications: [],
        },
      ],
    },
    // A Workable-hosted job page saved as HTML: JSON-LD JobPosting in the head (a short description only), company header,
    // h1 with location/workplace/type/department spans, Overview/Application tabs, Description (intro + bullets),
    // Requirements bullets and a "Nice to have:" list, Benefits, the application form's labels and questions, footer.
    "07_workable_job_page.html": {
      family: "workable-html-job-page-jsonld-application-form",
      positions: [
        {
          title: "Senior Data Engineer", minLevel: "bachelor", majors: ["Computer Science"], majorsRequired: true, minYears: 5, management: false,
          skills: [...req("Python", "SQL", "Airflow", "Dagster", "dbt", "Snowflake", "BigQuery"), ...pref("Kafka", "Terraform")],
          acceptSkills: ["data pipelines", "streaming pipelines", "batch pipelines", "data quality", "lineage", "feature store", "warehouse", "data modelling", "code review", "event streaming", "pairing"],
          languages: [...req("English"), ...pref("Norwegian")], certifications: [],
        },
      ],
    },
    // A 飞书招聘 career portal job detail page saved as HTML: portal nav, crumbs, the title in an h2, a tag row (city, 产品,
    // 社招, 全职, 职位 ID), 投递/内推/分享 buttons, 职位描述 and 职位要求 blocks as <pre> numbered "1、" lines, a 相似职位 side
    // list naming three roles, QR code, footer. Leading a small team is only preferred, so management is not read.
    "08_feishu_hire_job_detail.html": {
      family: "feishu-hire-portal-job-detail-html",
      positions: [
        {
          title: "高级产品经理（商业化）", titleAliases: ["高级产品经理"], minLevel: "bachelor", majors: ["计算机", "统计"], majorsRequired: false, minYears: 5,
          skills: req("SQL", "A/B实验"),
          acceptSkills: ["A/B测试", "AB实验", "数据分析", "商业化", "广告产品", "信息流广告", "商业化产品规划", "产品规划", "产品路线图", "出价", "定向", "竞品分析", "沟通能力"],
          ...none,
        },
      ],
    },
    // A securities firm's 社会招聘启事 in Word where every number is Word's automatic numbering (numbering.xml): Heading 1
    // sections ("一、" from a chineseCounting list), Heading 2 posts ("（一）部门　岗位（N名）"), and "岗位职责：" / "任职要求："
    // paragraphs over list paragraphs numbered from 1 each time, so no number appears in the text itself.
    "09_securities_auto_numbered.docx": {
      family: "docx-auto-numbered-headings-and-lists-zh",
      positions: [
        {
          title: "投资顾问", minLevel: "bachelor", majors: ["金融", "经济"], majorsRequired: true, minYears: 2, management: false, skills: [],
          acceptSkills: ["资产配置", "投资咨询", "客户关系", "财富管理", "市场点评", "投资策略报告", "客户开发"],
          languages: [], certifications: [...req("证券投资顾问"), ...pref("CFP", "AFP")],
        },
        {
          title: "Java开发工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: [...req("Java", "Spring Boot", "MyBatis", "MySQL", "Oracle"), ...pref("Kafka", "Redis")],
          acceptSkills: ["交易系统", "清算系统", "集中交易", "性能优化", "线上问题排查", "Java开发", "Oracle数据库"], ...none,
        },
        {
          title: "合规专员", minLevel: "master", majors: ["法学"], majorsRequired: true, minYears: 1, management: false, skills: [],
          acceptSkills: ["合规审查", "合规培训", "监管法规", "英文法规"], languages: req("英语"), certifications: req("法律职业资格", "英语六级"),
        },
      ],
    },
    // A UK housing association's job description in Word with a header part (organisation, "Job Description", reference and
    // version) and a footer part (PAGE field, confidentiality line): Title, a two-column role-details table (Job title,
    // Department, Reports to, Grade, Location, "Responsible for: No direct reports"), Heading 1 sections with bullets
    // (purpose, key responsibilities, knowledge/skills/experience, behaviours), a closing note and a sign-off table.
    // "GCSE level or equivalent" is secondary school, read as high_school; the housing qualification is desirable.
    "10_uk_jd_header_footer.docx": {
      family: "en-docx-jd-header-footer-signoff-table",
      positions: [
        {
          title: "Repairs Planner", minLevel: "high_school", minYears: 2, management: false, skills: req("Excel"),
          acceptSkills: [
            "Totalmobile", "DRS", "pivot tables", "lookups", "repairs scheduling system", "scheduling", "planned maintenance", "responsive repairs",
            "Advanced Excel", "performance reports", "facilities management",
          ],
          languages: [], certifications: [...pref("Level 3 qualification in Housing"), ...req("driving licence")],
        },
      ],
    },
    // A JobStreet Malaysia job page copied as text: site nav, back link, title, company, location, classification, type,
    // pay, posted age, Quick apply, Job highlights, Responsibilities and Requirements bullets in JobStreet's classic
    // wording ("Candidate must possess at least…", "Required skill(s):", "Required language(s):"), company overview and
    // facts, employer questions, scam notice, Similar jobs naming three roles, footer.
    "11_jobstreet_my_copy.txt": {
      family: "jobstreet-my-copy-classic-requirements",
      positions: [
        {
          title: "Account Executive (Full Set / AP & AR)", titleAliases: ["Account Executive"], minLevel: "associate", majors: ["Accounting", "Finance"],
          majorsRequired: true, minYears: 3, management: false, skills: req("AutoCount", "SQL Accounting", "Excel"),
          acceptSkills: [
            "MS Excel", "AP", "AR", "general ledger", "full set of accounts", "bank reconciliations", "management reports", "SST", "e-Invoice",
            "statutory audit", "tax filing", "Cost Accounting", "General/Cost Accounting",
          ],
          languages: [...req("English", "Bahasa Malaysia"), ...pref("Mandarin")], certifications: pref("ACCA", "CIMA"),
        },
      ],
    },
    // A Dcard 工作板 post copied as text: site nav, board, "#徵才 …" headline naming both roles, anonymous school line and
    // time, an intro, "🔹 職缺一：title" blocks with 💰 pay, 📌 需求： "✔️" items and a "➕ 加分：" line, a shared "學歷不限、
    // 科系不限" line after both, apply line, hashtags, counts, B1–B6 floor comments (one asking about interns and frontend
    // roles the poster says are not open), more posts.
    "12_tw_dcard_work_board.txt": {
      family: "tw-dcard-work-board-post-emoji-floors",
      positions: [
        {
          title: "後端工程師（Node.js）", titleAliases: ["後端工程師"], minLevel: null, majors: [], majorsRequired: false, minYears: 2, management: false,
          skills: [...req("Node.js", "TypeScript", "PostgreSQL", "AWS", "GCP"), ...pref("Redis")],
          acceptSkills: ["金流串接", "金流", "後端開發", "部署", "POS"], ...none,
        },
        {
          title: "UI/UX設計師", minLevel: null, majors: [], majorsRequired: false, minYears: 1, management: false,
          skills: [...req("Figma"), ...pref("HTML", "CSS")],
          acceptSkills: ["使用者訪談", "可用性測試", "作品集", "介面設計", "App", "Web", "前端", "UI", "UX"], ...none,
        },
      ],
    },
    // A 牛客网 discussion-board 内推 post saved as GB18030 (CRLF): breadcrumb, 【内推码】 title, poster/time/views line, referral
    // link and code, base line, "1、title（社招）" roles over "- " items, process line, hashtags, floor comments with the
    // poster's replies (one about an internship that is not open), related posts. The 测试开发 role takes both campus and
    // experienced hires, with years only for the latter, so its years are not read.
    "13_nowcoder_referral_gb18030.txt": {
      family: "nowcoder-referral-post-gb18030",
      positions: [
        {
          title: "C++后台开发工程师（社招）", titleAliases: ["C++后台开发工程师"], minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 3,
          management: false, skills: req("C++", "Linux", "gRPC", "Protobuf"), acceptSkills: ["多线程", "网络编程", "分布式存储", "服务端开发", "后台开发"], ...none,
        },
        {
          title: "算法工程师-推荐方向（2027届校招）", titleAliases: ["算法工程师-推荐方向", "算法工程师"], minLevel: "master", majors: ["计算机", "数学", "统计"],
          majorsRequired: true, minYears: null, management: false, skills: req("PyTorch", "TensorFlow"),
          acceptSkills: ["推荐系统", "DeepFM", "DIN", "Kaggle", "顶会论文", "推荐", "推荐系统常用模型"], ...none,
        },
        {
          title: "测试开发工程师（社招/校招均可）", titleAliases: ["测试开发工程师"], minLevel: "bachelor", majors: [], majorsRequired: false, management: false,
          skills: [...req("Python", "pytest"), ...pref("JMeter", "Locust")], acceptSkills: ["Jenkins", "Docker", "自动化用例", "性能测试", "自动化测试", "测试开发"], ...none,
        },
      ],
    },
    // A Singapore recruitment agency's JDs printed to a two-page PDF, one role a page: agency name with EA licence and UEN
    // over a rule, JOB ID, title, "Location | Salary | days" line, "Our client…" intro, Responsibilities and Requirements
    // bullets wrapped by hand onto indented continuation lines, how to apply, consultant with registration number, footer.
    "14_sg_agency_jd.pdf": {
      family: "sg-recruitment-agency-jd-pdf-ea-licence",
      positions: [
        {
          title: "Logistics Executive (Import/Export)", titleAliases: ["Logistics Executive"], minLevel: "associate", majors: ["Logistics", "Supply Chain Management"],
          majorsRequired: true, minYears: 2, management: false, skills: req("TradeNet", "CargoWise", "MS Office"),
          acceptSkills: ["Office", "permit declaration", "TradeNet permit declaration", "freight forwarding", "shipping documentation", "permits", "bills of lading", "commercial invoices", "packing lists"],
          languages: req("English", "Mandarin"), certifications: [],
        },
        {
          title: "Assistant Finance Manager", minLevel: "bachelor", majors: ["Accountancy"], majorsRequired: true, minYears: 6, management: true,
          skills: req("SAP Business One", "Excel"),
          acceptSkills: ["SAP", "SFRS(I)", "SFRS", "month-end closing", "year-end closing", "consolidated financial statements", "intercompany reconciliations", "budgeting", "cash flow forecasting", "audit"],
          languages: [], certifications: req("CA (Singapore)", "ACCA"),
        },
      ],
    },
    // A Taiwan science-park job fair booklet page printed to PDF: running title and page number, then per employer a 攤位
    // line with the company, an industry/address line and a ruled grid (職缺名稱/名額/學歷/科系/工作經驗/工作內容及條件) with
    // two-line cells, a note and the organisers' footer. 工作經驗「不拘」 is no minimum; TOEIC is the only language statement
    // for the 製程 post, so its languages are not read.
    "15_tw_job_fair_grid.pdf": {
      family: "tw-job-fair-booklet-employer-grids-pdf",
      positions: [
        {
          title: "製程工程師", minLevel: "master", majors: ["化工", "材料", "電機"], majorsRequired: true, minYears: null, management: false, skills: [],
          acceptSkills: ["黃光", "蝕刻", "製程參數優化", "製程", "黃光、蝕刻製程"], certifications: req("TOEIC"),
        },
        {
          title: "設備技術員", minLevel: "high_school", majors: ["機械", "電機", "電子"], majorsRequired: true, minYears: null, management: false, skills: [],
          acceptSkills: ["設備保養", "異常排除", "設備保養與異常排除"], ...none,
        },
        {
          title: "機構設計工程師", minLevel: "bachelor", majors: ["機械"], majorsRequired: true, minYears: 3, management: false, skills: req("SolidWorks"),
          acceptSkills: ["機構設計", "自動化設備", "自動化設備機構設計"], ...none,
        },
        {
          title: "業務專員（外銷）", titleAliases: ["業務專員"], minLevel: "bachelor", majors: [], majorsRequired: false, minYears: 2, management: false, skills: [],
          acceptSkills: ["外銷", "出差"], languages: [...req("英文"), ...pref("日文")], certifications: [],
        },
      ],
    },
    // A 语雀 document exported to Markdown: <a name> anchors before every heading, :::tips / :::warning blocks, a pasted
    // image with its long query string, "## 一、title" roles over "### 工作职责" / "### 任职要求" numbered items (one inside a
    // <font style> span), a two-column pay/location/interviewer table per role, a 已关闭岗位 list of struck-through roles
    // that are not open, the referral bonus and 投递方式.
    "16_yuque_md_export.md": {
      family: "yuque-md-export-anchors-font-tags",
      positions: [
        {
          title: "Unity 客户端开发（主程方向）", titleAliases: ["Unity 客户端开发"], minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 5,
          management: true, skills: [...req("Unity", "C#", "Lua"), ...pref("Shader")],
          acceptSkills: ["xLua", "ToLua", "热更新", "Lua 热更新", "Lua 热更新方案", "Code Review", "客户端框架", "客户端核心框架", "性能优化", "包体"], ...none,
        },
        {
          title: "游戏数值策划", minLevel: "bachelor", majors: ["数学", "统计", "经济学"], majorsRequired: false, minYears: 3, management: false,
          skills: [...req("Excel"), ...pref("Python")],
          acceptSkills: ["VBA", "函数", "Excel（函数、VBA）", "数值模拟", "数值模型", "经济系统", "战斗数值", "养成线", "卡牌", "数值策划"], ...none,
        },
      ],
    },
  },
};
