import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 9, written at 13:10 UTC and kept off main until the parser freeze at the end of session 6, so that it
 * measures the parser as the session leaves it without anyone having seen it: a 国企 公开招聘公告 whose posts are an
 * .xlsx pasted as tab-separated text under two merged header rows (GB18030), a headhunter's WeChat message of three
 * keycap-numbered roles, a Taipei high school's 教師甄選簡章 with subjects as posts (Big5), a Hong Kong government
 * bilingual vacancy circular in Word, a US state job posting printed to PDF, a hotpot chain's Markdown post with a
 * store × post headcount table, an Indian IT services JD with "Desired Candidate Profile", an APSjobs page, an Ashby
 * job page, an Upwork brief (UTF-8 with BOM), a 豆瓣 group post with replies, a Confluence page export of three role
 * briefs, a Chinese 岗位说明书 in Word with 任职资格 and 胜任能力 tables, a Taiwan HR invitation e-mail (UTF-16LE with
 * BOM), a Taiwan 事求人 government vacancy page, a Singapore Careers@Gov page with a Chinese note. Written before the parser was run on any of them.
 */
export const batch09: HeldoutBatch = {
  id: "batch-09",
  written: "2026-12-02",
  documents: {
    // A 国企 公开招聘公告 copied from the group site (breadcrumb, 发布时间/来源/浏览次数, 【字号】【打印】), whose 招聘岗位信息表
    // is an .xlsx pasted as text: tab-separated, two header rows (岗位信息 and 资格条件 merged over their columns), 学历 /
    // 专业 / 年龄 / 其他条件 cells, a 合计 row; then 报名条件 for all, 报名方式, 附件 and 上一篇/下一篇. GB18030, CRLF.
    "01_soe_notice_xlsx_paste_gb18030.txt": {
      family: "soe-notice-xlsx-paste-merged-header-rows",
      positions: [
        {
          title: "网络安全工程师", minLevel: "bachelor", majors: ["计算机科学与技术", "网络空间安全", "信息安全"], majorsRequired: true, minYears: 3,
          management: false, skills: [], acceptSkills: ["网络安全"], languages: [], certifications: pref("CISP"),
        },
        {
          title: "审计专员", minLevel: "bachelor", majors: ["审计学", "会计学", "财务管理"], majorsRequired: true, minYears: 2, management: false,
          skills: [], acceptSkills: ["审计"], languages: [], certifications: req("中级审计师", "中级会计师"),
        },
        {
          title: "桥梁养护工程师", minLevel: "bachelor", majors: ["桥梁与隧道工程", "土木工程"], majorsRequired: true, minYears: 5, management: false,
          skills: [], acceptSkills: ["桥梁养护", "桥梁检测", "检测"], languages: [], certifications: req("工程师职称"),
        },
      ],
    },
    // A headhunter's long WeChat message: sender line and time, a chatty opener, three roles as 1️⃣/2️⃣/3️⃣ lines
    // "company（city）｜title", a 💰 pay line and ✔️ requirement lines each, a referral-bonus line, the consultant's
    // signature with her own title.
    "02_headhunter_wechat_keycaps.txt": {
      family: "headhunter-wechat-keycap-roles",
      positions: [
        {
          title: "电池管理系统BMS软件工程师", titleAliases: ["BMS软件工程师"], minLevel: "bachelor", majors: ["电子", "自动化", "计算机"], majorsRequired: true,
          minYears: 3, maxYears: 8, management: false, skills: [...req("AUTOSAR", "C语言"), ...pref("ISO 26262")],
          acceptSkills: ["C", "SOC", "SOH", "SOC/SOH估算", "SOC/SOH估算算法", "BMS", "BMS软件开发", "ISO26262"], ...none,
        },
        {
          title: "功能安全经理", minYears: 8, management: true, skills: [], acceptSkills: ["功能安全", "汽车电子", "ISO 26262", "ISO26262"],
          languages: req("英语"), certifications: pref("功能安全工程师证书"),
        },
        {
          title: "底盘控制算法工程师", minLevel: "master", majors: ["车辆工程", "控制工程"], majorsRequired: true, minYears: 5, management: false,
          skills: req("MATLAB", "Simulink"), acceptSkills: ["MATLAB/Simulink", "ESC", "EPB", "线控制动", "实车标定", "标定", "控制算法", "算法开发"], ...none,
        },
      ],
    },
    // A Taipei municipal senior high school's 正式教師甄選簡章 (Big5, CRLF): 壹、貳、參 sections, 甄選類科及名額 naming
    // subject posts (國文科 / 數學科 正式教師, 資訊科技科 代理教師), 報考資格 for all and per subject, 報名, 甄選方式 (試教、口試).
    "03_tw_teacher_selection_big5.txt": {
      family: "tw-school-teacher-selection-big5",
      positions: [
        {
          title: "國文科正式教師", minLevel: "bachelor", management: false, languages: [], certifications: req("合格教師證書"),
        },
        {
          title: "數學科正式教師", minLevel: "bachelor", management: false, languages: [], certifications: req("合格教師證書"),
        },
        {
          title: "資訊科技科代理教師", minLevel: "bachelor", majors: ["資訊"], majorsRequired: true, management: false,
          languages: [], certifications: pref("合格教師證書"),
        },
      ],
    },
    // A Hong Kong government department's bilingual vacancy circular in Word: Title and Heading styles, each post's
    // heading "N. English title 中文職稱", Entry Requirements as (a)/(b)/(c) with every English paragraph followed by its
    // Chinese one, a Note, salary on the MPS, duties, promotion prospects naming the rank above, general information.
    "04_hk_gov_bilingual_circular.docx": {
      family: "hk-gov-bilingual-vacancy-circular-docx",
      positions: [
        {
          title: "Assistant Curator II (Museum)", titleAliases: ["二級助理館長（博物館）", "Assistant Curator II", "二級助理館長"], minLevel: "bachelor",
          majors: ["history", "fine arts", "museum studies"], majorsRequired: true, minYears: null, management: false,
          languages: req("Chinese", "English"), certifications: [],
        },
        {
          title: "Museum Assistant", titleAliases: ["博物館助理"], minLevel: "high_school", minYears: 2, management: false,
          languages: req("Chinese", "English"), certifications: [],
        },
      ],
    },
    // A California state job posting printed to PDF (two pages, header bar and "Page N of 2"): job control, Working
    // Title and Classification lines, salary, positions, telework; duties naming the supervisor's class; Minimum
    // Requirements quoting the class specification (Education … and Experience …); Desirable Qualifications; Special
    // Requirements (driver's license); SOQ, how to apply, the EEO paragraph.
    "05_us_state_job_posting.pdf": {
      family: "us-state-job-posting-pdf-min-quals",
      positions: [
        {
          title: "GIS Data Analyst", titleAliases: ["Research Data Specialist I"], minLevel: "bachelor", majors: ["geography", "statistics", "computer science"],
          majorsRequired: true, minYears: 2, management: false, skills: pref("ArcGIS Pro", "Python", "SQL"),
          acceptSkills: ["ArcGIS", "arcpy", "PostgreSQL", "PostGIS", "PostgreSQL/PostGIS", "GIS", "GIS analysis", "geoprocessing", "spatial databases", "Python scripting"],
          languages: [], certifications: req("driver's license"),
        },
      ],
    },
    // A hotpot chain's Markdown recruitment post: emoji H1, a quote of perks, a 门店 × 岗位 headcount table (— for none,
    // a bold 合计 row), then one **岗位**（pay） line per post over its dash items, 福利 with a 晋升通道 line naming five ranks,
    // contact and interview address.
    "06_hotpot_chain_stores.md": {
      family: "zh-chain-store-headcount-matrix-md",
      positions: [
        {
          title: "店长", minLevel: "high_school", minYears: 3, management: true, skills: [],
          acceptSkills: ["成本控制", "排班", "食品安全管理", "食品安全", "门店管理"], languages: [], certifications: req("健康证"),
        },
        {
          title: "楼面经理", minYears: 2, management: true, skills: pref("美团收银系统"), acceptSkills: ["美团", "收银系统", "排班", "培训"], ...none,
        },
        { title: "服务员", minYears: null, management: false, languages: [], certifications: req("健康证") },
        { title: "后厨帮工", management: false, ...none },
      ],
    },
    // An Indian IT services company's careers page copy: breadcrumbs, job code / posted / openings line,
    // "Requirement: Title (Multiple Positions)", Experience / Location / CTC / Notice Period fields, Job Description,
    // "Desired Candidate Profile" bullets, perks, walk-in drive venue, the CV-details line, Similar Jobs with three titles.
    "07_in_it_services_jd.txt": {
      family: "in-it-services-jd-desired-candidate-profile",
      positions: [
        {
          title: "SAP ABAP Consultant", titleAliases: ["SAP ABAP Consultant (Multiple Positions)"], minLevel: "bachelor", majors: [], majorsRequired: false,
          minYears: 4, maxYears: 8, management: false, skills: [...req("SAP ABAP", "S/4HANA"), ...pref("OData", "CDS views")],
          acceptSkills: ["ABAP", "SAP", "S/4 HANA", "Reports", "BAPIs", "BAPI", "BADIs", "BADI", "User Exits", "Smartforms", "Adobe Forms", "OData services", "CDS", "RICEFW", "performance tuning"],
          ...none,
        },
      ],
    },
    // An APSjobs vacancy page: cookie banner, header nav, breadcrumb, h1 title, a summary table (agency, job number,
    // classification APS Level 6, salary, engagement, location, clearance, closing date), About the team / Key duties /
    // Who are we looking for / Eligibility / How to apply, a Similar jobs aside naming three other roles, footer.
    "08_aps_jobs_page.html": {
      family: "aps-jobs-key-duties-eligibility-html",
      positions: [
        {
          title: "Senior Data Analyst", minYears: 3, management: true, skills: req("SQL", "Python"),
          acceptSkills: ["R", "Tableau", "Power BI", "data pipelines", "dashboards", "data analysis"], languages: [],
        },
      ],
    },
    // An Ashby job page saved from the browser: JSON-LD and app-data scripts, logo header, h1 with Overview/Application
    // tabs, a left pane of h2 facts (Location, Employment Type, Department, Compensation), the right-pane description in
    // <li><p> lists, the hidden application form, "Powered by Ashby" footer.
    "09_ashby_job_page.html": {
      family: "ashby-html-job-page",
      positions: [
        {
          title: "Founding Product Designer", minYears: 5, management: false, skills: req("Figma"),
          acceptSkills: ["prototyping", "design system", "design systems", "user research", "interaction design", "visual design", "product design", "developer tools", "front-end code"],
          ...none,
        },
      ],
    },
    // An Upwork job post copied from the freelancer's view, UTF-8 with BOM and CRLF: breadcrumbs, the post's title,
    // posted-ago line, the client's brief with "What we need" / "Requirements" dashes, the fact lines each over its label
    // (Less than 30 hrs/week / Hourly, Expert, $35.00 - $60.00), "Skills and Expertise" chips, preferred qualifications
    // (English level), activity counts, About the client, other open jobs by the client.
    "10_upwork_job_post.txt": {
      family: "upwork-freelance-job-brief",
      positions: [
        {
          title: "Shopify Developer for Dawn Theme Customization", minYears: 3, management: false, skills: req("Shopify", "Liquid", "JavaScript", "CSS"),
          acceptSkills: ["Shopify Theme Development", "Shopify theme development", "Online Store 2.0", "Dawn", "metafields", "Lighthouse", "theme development"],
          languages: pref("English"), certifications: [],
        },
      ],
    },
    // A 豆瓣小组 post copied with the page: site nav, group name, 【内推】 title naming both roles, 来自 line with the
    // poster's own trade, ▍-headed role blocks of · items, contact, 赞/收藏 counts, replies (one asking about a third
    // role), 最新讨论 links, footer.
    "11_douban_group_post.txt": {
      family: "douban-group-post-replies",
      positions: [
        {
          title: "角色原画师", minLevel: null, minYears: 3, management: false, skills: req("Photoshop", "SAI"),
          acceptSkills: ["PS", "人体结构", "原画", "立绘", "三视图", "二次元"], ...none,
        },
        {
          title: "UI设计师", minLevel: null, minYears: 2, management: false, skills: pref("Figma", "AE"),
          acceptSkills: ["After Effects", "AE动效", "动效", "游戏UI"], ...none,
        },
      ],
    },
    // A Confluence page exported to HTML: breadcrumbs, "Space : Page" title, created/modified line, a status lozenge and
    // Jira link, an info macro, a TOC macro, one h2 per role with a page-properties table (Team, Hiring manager naming
    // the manager's own title, Level, Location, Headcount) and bold "Must have" / "Nice to have" lists, an Interview loop
    // table of interviewer titles, a comment, "Document generated by Confluence".
    "12_confluence_export.html": {
      family: "confluence-html-export-role-briefs",
      positions: [
        {
          title: "Senior Android Engineer", minYears: 5, management: false, skills: [...req("Kotlin", "Jetpack Compose"), ...pref("Kotlin Multiplatform")],
          acceptSkills: ["Android", "coroutines", "Kotlin coroutines", "Gradle", "CI", "Compose", "KMP"], ...none,
        },
        {
          title: "Engineering Manager, Payments", titleAliases: ["Engineering Manager"], minYears: 7, management: true, skills: [],
          acceptSkills: ["Java", "Go", "PCI DSS", "on-call", "payments", "backend services", "card-scheme integrations"], ...none,
        },
        {
          title: "QA Automation Engineer (12-month contract)", titleAliases: ["QA Automation Engineer"], minYears: 3, management: false, skills: [],
          acceptSkills: ["Playwright", "Cypress", "REST Assured", "Postman", "API testing", "test automation"], ...none,
        },
      ],
    },
    // A Chinese 岗位说明书 in Word: Title style, file-number line, Heading 1 sections: a 基本信息 grid (岗位名称 | 成本会计 |
    // 所属部门 | 财务部, 直接上级 / 直接下级 naming other roles), 岗位目的, numbered 主要职责 paragraphs, a 任职资格 项目|要求 table
    // (学历, 专业, 工作经验, 专业知识, 技能, 证书), a 胜任能力 table with levels, 职业发展 "成本会计 → 成本主管 → 财务经理", sign-offs.
    "13_zh_jd_book_competency.docx": {
      family: "zh-docx-jd-book-competency-table",
      positions: [
        {
          title: "成本会计", minLevel: "bachelor", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: 3, management: false,
          skills: req("SAP", "Excel"), acceptSkills: ["SAP CO", "SAP CO模块", "CO模块", "数据透视表", "VLOOKUP", "成本核算", "企业会计准则", "分步法", "分批法"],
          languages: [], certifications: [...req("初级会计职称"), ...pref("中级会计职称")],
        },
      ],
    },
    // A Taiwan company's HR e-mail inviting a job-bank candidate, saved from Outlook as Unicode text (UTF-16LE with BOM,
    // CRLF): 寄件者/寄件日期/收件者/主旨 headers, greeting, one role as 職務名稱 / 工作內容 / 條件要求 (．items) / 薪資待遇 /
    // 上班時間, a line naming two other openings in 「」, sign-off with the sender's title, confidentiality line.
    "14_tw_hr_invite_email_utf16.txt": {
      family: "tw-hr-invitation-email-utf16",
      positions: [
        {
          title: "製程整合工程師", titleAliases: ["製程整合工程師（新竹廠）"], minLevel: "master", majors: ["電子", "電機", "材料", "化工"], majorsRequired: true,
          minYears: 2, management: false, skills: req("SPC", "DOE", "JMP"), acceptSkills: ["良率提升", "良率", "異常分析", "製程整合", "良率工程"],
          languages: req("英文"), certifications: [],
        },
      ],
    },
    // A Taiwan 事求人機關徵才系統 vacancy page copy: site name, breadcrumb/accessibility line, tab-separated field rows
    // (機關名稱, 人員區分, 職稱, 官等職等, 職系, 名額…), 資格條件 and 工作項目 as numbered lines under bare labels, contact and
    // dates, 相關職缺 naming three other posts, page links and footer.
    "15_tw_gov_shiqiuren.txt": {
      family: "tw-gov-shiqiuren-vacancy-page",
      positions: [
        {
          title: "工程員", management: false, skills: pref("AutoCAD"), acceptSkills: ["AutoCAD繪圖", "道路", "橋梁", "監造"], languages: [],
        },
      ],
    },
    // A Careers@Gov job page: Singapore government masthead, nav with Singpass login, agency line, h1 title, a tag row
    // (Full-time · Contract · Executive · field), closing date / job ID meta, What the role is / What you will be working
    // on / What we are looking for lists, a Simplified Chinese paragraph restating the language requirement, an
    // About-the-agency block, "More jobs from this agency" naming three roles, footer.
    "16_sg_careers_gov_page.html": {
      family: "sg-careers-gov-html-bilingual-note",
      positions: [
        {
          title: "Senior Librarian (Chinese Collections)", titleAliases: ["Senior Librarian"], minLevel: "bachelor",
          majors: ["Chinese Studies", "Library and Information Science"], majorsRequired: true, minYears: 4, management: true, skills: pref("MARC 21"),
          acceptSkills: ["MARC", "cataloguing", "MARC 21 cataloguing", "integrated library system", "reference work", "collection development"],
          languages: req("Chinese", "English"), certifications: [],
        },
      ],
    },
  },
};
