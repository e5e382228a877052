import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 6, written while this session's parser changes were being made and scored on main as it stood at
 * 01:45 UTC, to see whether they generalize: a Notion page export with toggles, a 飞书 doc table with <br> cells, a
 * lower-case craigslist post, a MyCareersFuture (Singapore) copy, a two-column Chinese poster PDF, an NHS advert with
 * a Person Specification table in .docx, a 脉脉 post with one-line roles, a 招聘简章 whose table cells wrap onto
 * indented lines, a Chinese Markdown page with <details> roles, an English council brochure PDF with boxed roles, a
 * Yourator (Taiwan) page, an Excel "Unicode Text" export. Written before the parser was run on any of them.
 */
export const batch06: HeldoutBatch = {
  id: "batch-06",
  written: "2026-12-02",
  documents: {
    // A Notion page exported to HTML: icon, page title, a property table (owner, last edited, status), a 💡 callout,
    // each role a toggle (<details><summary>) with a location/pay line and h3 sections over one-item lists.
    "01_notion_export.html": {
      family: "notion-html-export-toggles",
      positions: [
        {
          title: "Product Designer", minYears: 4, management: false, skills: req("Figma"),
          acceptSkills: ["auto layout", "component libraries", "data visualisation", "data visualization", "usability testing", "B2B SaaS", "UI design", "portfolio"],
          languages: [], certifications: [],
        },
        {
          title: "Customer Success Manager (DACH)", titleAliases: ["Customer Success Manager"], minYears: 3, management: false,
          skills: [], acceptSkills: ["HubSpot", "Salesforce", "customer success", "account management", "SaaS", "CRM", "renewals"],
          languages: req("German", "English"), certifications: [],
        },
      ],
    },
    // A 飞书 cloud doc saved as HTML: suite header, title, an updater line with the shared base and referral bonus, a
    // 岗位|职责|要求|HC table whose cells hold numbered items separated by <br>, a referral line, suite footer.
    "02_feishu_table.html": {
      family: "feishu-doc-table-html",
      positions: [
        {
          title: "Unity客户端开发", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: [...req("Unity", "C#"), ...pref("Lua")], acceptSkills: ["热更新", "Lua热更新", "渲染优化", "客户端开发", "手游"], ...none,
        },
        {
          title: "游戏原画师", minLevel: "associate", majors: ["美术"], majorsRequired: true, minYears: 2, management: false,
          skills: req("Photoshop"), acceptSkills: ["PS", "原画", "原画设计", "作品集"], ...none,
        },
        {
          title: "游戏运营经理", minLevel: "bachelor", majors: [], majorsRequired: false, minYears: 5, management: true,
          skills: req("SQL"), acceptSkills: ["数据分析", "活动策划", "版本运营", "游戏运营"], ...none,
        },
      ],
    },
    // A craigslist post, all lower case: breadcrumb, "line cook - full time (capitol hill)" heading, compensation /
    // employment type / job title attribute lines, prose, "- " lists, the poster's notices, post id and date.
    "03_craigslist_lowercase.txt": {
      family: "craigslist-lowercase-post",
      positions: [
        {
          title: "line cook", titleAliases: ["line cook - full time (capitol hill)", "line cook - full time"], minYears: 2, management: false,
          skills: [], acceptSkills: ["saute", "grill", "prep", "line cook"], languages: [], certifications: req("food worker card"),
        },
      ],
    },
    // A MyCareersFuture (Singapore) copy: title, company, job id, posted/closing, area, employment type, seniority,
    // category and monthly pay each on its own line, unbulleted Roles & Responsibilities and Requirements, a Skills list.
    "04_mycareersfuture_sg.txt": {
      family: "mycareersfuture-sg-copy",
      positions: [
        {
          title: "Senior Quantity Surveyor", minLevel: "bachelor", majors: ["Quantity Surveying", "Building"], majorsRequired: true, minYears: 6, management: true,
          skills: req("CostX", "Excel"),
          acceptSkills: ["MS Excel", "Quantity Surveying", "Cost Management", "Contract Administration", "Tender Preparation", "Construction", "cost estimates", "BQ", "BQs"],
          ...none,
        },
      ],
    },
    // A recruitment poster PDF: banner, then two roles side by side in boxed columns written row by row across both,
    // a shared benefits line and contact footer.
    "05_poster_two_columns.pdf": {
      family: "pdf-poster-two-columns",
      positions: [
        {
          title: "储备店长", minLevel: "associate", majors: [], majorsRequired: false, minYears: 2, management: true,
          skills: [], acceptSkills: ["门店管理", "门店运营", "排班", "培训", "成本控制"], languages: [], certifications: req("健康证"),
        },
        {
          title: "中央厨房品控专员", minLevel: "bachelor", majors: ["食品科学与工程"], majorsRequired: true, minYears: 1, management: false,
          skills: [], acceptSkills: ["HACCP", "品控", "食品安全", "原料验收", "抽检"], languages: [], certifications: pref("食品安全管理员证"),
        },
      ],
    },
    // An NHS Jobs advert in Word: title, band/pay line, trust, Job overview, Main duties paragraphs, then a Person
    // Specification table (criteria rows × Essential | Desirable columns), a DBS line.
    "06_nhs_person_spec.docx": {
      family: "nhs-person-specification-docx",
      positions: [
        {
          title: "Staff Nurse - Acute Medical Unit", titleAliases: ["Staff Nurse"], minLevel: "bachelor", majors: ["Nursing"], majorsRequired: true, minYears: null,
          skills: [], acceptSkills: ["IV therapy", "IV drug administration", "venepuncture", "cannulation", "acute nursing", "nursing"],
          languages: req("English"), certifications: [...req("NMC registration"), ...pref("Mentorship qualification")],
        },
      ],
    },
    // A 脉脉 post: author line, time, #hashtags#, emoji, two roles each one 【岗位N】title：requirements line, an email,
    // reaction counts and two comments.
    "07_maimai_hashtag.txt": {
      family: "maimai-post-one-line-roles",
      positions: [
        { title: "资深数据分析师", minYears: 3, management: false, skills: req("SQL", "Python"), acceptSkills: ["数据分析", "电商", "互联网数据分析"], ...none },
        {
          title: "商家运营", minLevel: "bachelor", minYears: 2, management: false, skills: [],
          acceptSkills: ["电商运营", "电商平台运营", "抖音", "快手", "抖音电商", "快手电商", "平台运营"], ...none,
        },
      ],
    },
    // A 招聘简章 .txt with CRLF: centred title, preamble, a space-aligned 岗位名称|人数|学历|要求 table whose 要求 cells
    // wrap onto indented continuation lines (breaking words), then 薪资待遇 / 报名方式 / contact lines.
    "08_jianzhang_wrapped_table.txt": {
      family: "zh-jianzhang-wrapped-table",
      positions: [
        { title: "化工操作工", minLevel: "high_school", minYears: null, management: false, skills: [], languages: [], certifications: pref("危险化学品作业证") },
        {
          title: "安全工程师", minLevel: "bachelor", majors: ["化工安全", "化学工程"], majorsRequired: true, minYears: 3, management: false,
          skills: [], languages: [], certifications: req("注册安全工程师证书"),
        },
        {
          title: "仪表技术员", minLevel: "associate", majors: ["自动化", "仪器仪表"], majorsRequired: true, minYears: 1, management: false,
          skills: req("DCS"), acceptSkills: ["DCS系统", "DCS系统维护", "仪表维护"], languages: [], certifications: req("电工证"),
        },
      ],
    },
    // A Chinese Markdown 招贤纳士 page: blockquote intro, each role an HTML <details> whose <summary> holds an emoji,
    // the bold title and a （city，pay） bracket; **bold** section lines over numbered lists; inline-code email, badge.
    "09_github_zh_details.md": {
      family: "md-zh-html-details-roles",
      positions: [
        {
          title: "数据库内核研发工程师", minYears: 3, management: false, skills: pref("SIMD"),
          acceptSkills: ["C++", "Rust", "HNSW", "IVF", "向量索引", "分布式", "数据库内核", "搜索引擎内核", "数据库", "搜索引擎"], ...none,
        },
        {
          title: "开源社区运营", minLevel: "bachelor", minYears: 1, management: false, skills: pref("Python"),
          acceptSkills: ["社区运营", "开发者社区运营", "GitHub", "Discord", "技术博客"], languages: req("英语"), certifications: [],
        },
      ],
    },
    // An Australian council's vacancies bulletin as a PDF: letterhead, two roles each in a ruled box with a grade/pay
    // line and "About the role" / "About you" lines, a closing-date line, EEO line, page footer.
    "10_en_council_brochure.pdf": {
      family: "pdf-en-boxed-roles-bulletin",
      positions: [
        {
          title: "Environmental Health Officer", minLevel: "bachelor", majors: ["Environmental Health"], majorsRequired: true, minYears: 3, management: false,
          skills: [], acceptSkills: ["food safety", "inspection", "inspections", "enforcement", "public health"], languages: [], certifications: req("driver's licence"),
        },
        {
          title: "Team Leader Parks Maintenance", minYears: 5, management: true, skills: [],
          acceptSkills: ["horticulture", "arboriculture", "parks maintenance", "mowing", "planting"], languages: [],
          certifications: req("Certificate III in Horticulture", "Chemical handling accreditation", "driver's licence"),
        },
      ],
    },
    // A Yourator (Taiwan startup jobs) page: Nuxt state script, nav, h1 bilingual title, company h2, tag spans with
    // yearly pay, 工作內容 / 條件要求 / 員工福利 sections with ‧ lines split by <br>, other jobs, footer.
    "11_yourator_tw.html": {
      family: "yourator-tw-html",
      positions: [
        {
          title: "後端工程師 Backend Engineer", titleAliases: ["後端工程師", "Backend Engineer"], minYears: 2, management: false,
          skills: [...req("PostgreSQL", "Redis"), ...pref("Kubernetes")],
          acceptSkills: ["Node.js", "Go", "AWS", "GCP", "API", "後端開發", "資料庫", "数据库", "Kubernetes維運"], ...none,
        },
      ],
    },
    // An Excel sheet saved as "Unicode Text" (UTF-16LE with BOM, tabs, CRLF): a header row 职位|部门|岗位职责|任职要求|编制,
    // one row per post, multi-line cells in double quotes.
    "12_excel_unicode_text.txt": {
      family: "excel-unicode-text-tsv",
      positions: [
        {
          title: "销售助理", minLevel: "associate", majors: ["市场营销"], majorsRequired: false, minYears: 1, management: false,
          skills: req("Excel", "ERP"), acceptSkills: ["ERP系统", "销售报表", "订单录入"], ...none,
        },
        {
          title: "电气工程师", minLevel: "bachelor", majors: ["电气工程及其自动化"], majorsRequired: true, minYears: 3, management: false,
          skills: req("PLC", "EPLAN"), acceptSkills: ["西门子PLC", "Siemens PLC", "电气设计", "PLC程序", "现场调试", "非标自动化"], ...none,
        },
      ],
    },
  },
};
