import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 10, written at 20:00 UTC and kept off main until the parser freeze at the end of session 7, so that it
 * measures the parser as the session leaves it without anyone having seen it: a county 事业单位 招聘计划表 printed to a
 * landscape PDF with no 岗位代码 column, a Japanese manufacturer's Dalian subsidiary 募集要项 in Word with Chinese and
 * Japanese columns, a university 高层次人才引进公告 of talent tiers (GB18030), a Canadian GC Jobs poster (essential and
 * asset qualifications), a Notion page exported to Markdown with property lines and a roles database, a Discord
 * #job-board channel copy of template posts, an Excel "CSV UTF-8" headcount request with quoted multi-line cells (BOM),
 * a CTgoodjobs Hong Kong copy (UTF-16LE), a Taiwan LINE group chat export, a StepStone ad printed to PDF with a facts
 * sidebar, a WeChat 公众号 article saved as HTML with PART banners, a V2EX 酷工作 post with replies in Markdown, a
 * German-invested company's English | 中文 side-by-side JD tables in Word, a Taiwan university department's 徵聘專任教師
 * 啟事 (Big5), an r/forhire post, and a Macau government 公開招聘通告 with Portuguese under every Chinese paragraph.
 * Written before the parser was run on any of them.
 */
export const batch10: HeldoutBatch = {
  id: "batch-10",
  written: "2026-12-02",
  documents: {
    // A county 卫生健康系统 事业单位 公开招聘计划表 printed to a landscape PDF: 附件1, title, a ruled grid of 序号/主管部门/招聘
    // 单位/岗位类别/岗位名称/招聘人数/学历/学位/专业/年龄/其他条件/备注 (no 岗位代码 column), cells wrapped onto second lines, notes.
    "01_shiye_plan_pdf_no_post_code.pdf": {
      family: "pdf-shiye-recruitment-plan-grid-no-post-code",
      positions: [
        {
          title: "临床医师", minLevel: "bachelor", majors: ["临床医学"], majorsRequired: true, minYears: null, management: false, skills: [],
          languages: [], certifications: req("执业医师资格证书"),
        },
        {
          title: "检验技师", minLevel: "associate", majors: ["医学检验技术", "卫生检验与检疫"], majorsRequired: true, minYears: 2, management: false,
          skills: [], acceptSkills: ["检验"], languages: [], certifications: req("检验技士"),
        },
        {
          title: "财务会计", minLevel: "bachelor", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: null, management: false, skills: [],
          languages: [], certifications: req("初级会计"),
        },
      ],
    },
    // A Japanese manufacturer's Dalian subsidiary 招聘简章 / 募集要項 in Word: Title, the company in both scripts, an intro
    // paragraph in each language, per post a Heading 1 "职位一：中文 / 日本語" over a 项目 | 中文 | 日本語 table (工作内容,
    // 学历, 经验, 技能, 语言, 人数), an 应聘方式 line in both languages.
    "02_jp_subsidiary_zh_ja_jd.docx": {
      family: "jp-subsidiary-zh-ja-bilingual-docx-tables",
      positions: [
        {
          title: "生产技术工程师", titleAliases: ["生産技術エンジニア"], minLevel: "associate", majors: ["机械"], majorsRequired: true, minYears: 3,
          management: false, skills: req("AutoCAD", "SolidWorks"), acceptSkills: ["冲压", "注塑", "模具", "工艺设计", "模具导入", "量产准备", "生产技术"],
          languages: pref("日语"), certifications: pref("N2"),
        },
        {
          title: "总经理助理（日语翻译）", titleAliases: ["总经理助理", "社長秘書（通訳）", "社長秘書"], minLevel: "bachelor", majors: ["日语"],
          majorsRequired: true, minYears: 2, management: false, skills: req("Office"), acceptSkills: ["Office办公软件", "口译", "笔译", "翻译", "日程管理"],
          languages: req("日语"), certifications: req("N1"),
        },
      ],
    },
    // A provincial university's 高层次人才引进公告 from the 人事处 site (GB18030, CRLF): breadcrumb, meta line, 一、引进类别及
    // 条件 as （一）学科带头人 （二）青年骨干教师 （三）实验技术人员（专职） each over numbered conditions, 二、重点引进学科 (a list of
    // disciplines for all tiers, so majors are not read per tier), a tab-pasted 待遇 table naming the tiers again, 应聘方式.
    "03_university_talent_notice_gb18030.txt": {
      family: "zh-university-talent-introduction-tiers-gb18030",
      positions: [
        {
          title: "学科带头人", minLevel: "doctorate", minYears: null, management: true, skills: [], acceptSkills: ["国家级科研项目", "科研攻关"],
          languages: [], certifications: req("教授"),
        },
        { title: "青年骨干教师", minLevel: "doctorate", minYears: null, management: false, skills: [], acceptSkills: ["SCI", "SSCI"], ...none },
        {
          title: "实验技术人员（专职）", titleAliases: ["实验技术人员"], minLevel: "master", majors: ["材料科学与工程", "化学", "机械工程"], majorsRequired: true,
          minYears: 2, management: false, skills: req("SEM", "XRD"),
          acceptSkills: ["扫描电镜", "X射线衍射仪", "扫描电镜（SEM）", "X射线衍射仪（XRD）", "大型仪器", "实验室管理", "仪器操作与维护"], ...none,
        },
      ],
    },
    // A Government of Canada GC Jobs poster saved as HTML: signature header with Français link, breadcrumb, h1, a facts
    // paragraph (reference, selection process, department, city, EC-05, tenure, salary), closing date, who can apply,
    // essential qualifications (EDUCATION, EXPERIENCE), ASSET QUALIFICATIONS, "English or French essential" (either, so
    // languages are not read), abilities, personal suitability, security condition, contact, footer. One role.
    "04_ca_gc_jobs_poster.html": {
      family: "ca-gc-jobs-poster-essential-asset-qualifications",
      positions: [
        {
          title: "Data Scientist", minLevel: "bachelor", majors: ["economics", "sociology", "statistics"], majorsRequired: true, minYears: null, management: false,
          skills: [...req("Python", "SQL"), ...pref("Spark", "Docker", "Kubernetes")],
          acceptSkills: ["R", "machine learning", "machine learning models", "data analysis", "distributed computing", "large datasets"], certifications: [],
        },
      ],
    },
    // A Notion page exported to Markdown: H1, property lines (Owner, Last edited time, Tags), a callout quote, a roles
    // database table linking sub-pages (Name | Team | Location | Status), then each role page inlined as H1 + property lines +
    // H2 sections with "- [ ]" to-do items and an <aside>. The third role is marked Paused with no content and is not read
    // as an open position.
    "05_notion_md_export_properties.md": {
      family: "notion-md-export-property-lines-todo-items",
      positions: [
        {
          title: "Site Reliability Engineer", minLevel: null, minYears: 4, management: false,
          skills: [...req("Kubernetes", "Terraform", "Prometheus", "Grafana"), ...pref("OpenTelemetry")],
          acceptSkills: ["Go", "Python", "observability", "on-call", "on-call tooling", "automation", "production infrastructure", "incident reviews"],
          languages: [...req("English"), ...pref("Portuguese")], certifications: [],
        },
        {
          title: "Technical Writer", minYears: 2, management: false, skills: req("Markdown", "Git"),
          acceptSkills: ["Docusaurus", "JavaScript", "Python", "docs-as-code", "API reference", "static site generator", "developer documentation"],
          languages: req("English"), certifications: [],
        },
      ],
    },
    // A Discord #job-board channel copied from the desktop client: channel topic, a mod's pinned template, two posts by
    // different companies in **Company:** / **Role:** / **Location:** / **Comp:** / **Requirements:** (• items) / **Apply:**
    // template with reaction counts, chat replies between them.
    "06_discord_jobs_channel.txt": {
      family: "discord-job-board-channel-template-posts",
      positions: [
        {
          title: "Gameplay Programmer", minYears: 3, management: false, skills: req("Unity", "C#"),
          acceptSkills: ["3D math", "physics", "multiplayer netcode", "netcode", "Mirror", "Netcode for GameObjects"], languages: pref("French"), certifications: [],
        },
        {
          title: "DSP Engineer (Contract, 6 months)", titleAliases: ["DSP Engineer"], minLevel: "master", majors: ["electrical engineering"], minYears: 5,
          management: false, skills: [...req("C++", "JUCE"), ...pref("SIMD")],
          acceptSkills: ["DSP", "audio DSP", "real-time audio DSP", "filter design", "SIMD optimisation"], ...none,
        },
      ],
    },
    // An HR team's headcount request saved by Excel as "CSV UTF-8" (BOM, CRLF) and uploaded as .txt: a title row and a row
    // of bare commas, the header row 岗位名称,部门,人数,工作地点,岗位职责,任职要求,薪资范围, one row per post whose 职责 and 要求
    // cells are quoted with numbered lines inside (and "" for a quote), a 合计 row.
    "07_headcount_csv_quoted_cells.txt": {
      family: "excel-csv-utf8-quoted-multiline-cells",
      positions: [
        {
          title: "电商运营专员", minLevel: "associate", majors: ["市场营销", "电子商务"], majorsRequired: true, minYears: 1, management: false,
          skills: req("生意参谋", "Excel"), acceptSkills: ["天猫", "京东", "店铺运营", "活动策划", "电商运营"], ...none,
        },
        {
          title: "仓储主管", minLevel: "associate", minYears: 5, management: true, skills: req("WMS", "Excel"),
          acceptSkills: ["WMS系统", "仓储管理", "报表", "库存"], ...none,
        },
        {
          title: "平面设计师", minLevel: "bachelor", majors: ["视觉传达", "美术"], majorsRequired: true, minYears: 2, management: false,
          skills: [...req("Photoshop", "Illustrator"), ...pref("C4D")],
          acceptSkills: ["PS", "AI", "Cinema 4D", "电商设计", "修图", "海报设计", "详情页", "作品集"], ...none,
        },
      ],
    },
    // A CTgoodjobs (Hong Kong) job page copied and saved by Notepad as Unicode (UTF-16LE with BOM, CRLF): site nav,
    // breadcrumb ending in the title, "English 中文" title line, company, Job Highlights, Job Description, Requirements (•),
    // Job Function / Industry / Employment Type / Benefits lines, apply line, Similar Jobs 相似職位 naming three roles, footer.
    "08_hk_ctgoodjobs_copy_utf16.txt": {
      family: "hk-ctgoodjobs-copy-utf16",
      positions: [
        {
          title: "Accounts Clerk", titleAliases: ["會計文員", "Accounts Clerk 會計文員"], minLevel: "high_school", minYears: 1, management: false,
          skills: req("Excel"),
          acceptSkills: ["MS Excel", "Chinese word processing", "中文輸入", "bank reconciliation", "Book-keeping", "accounting entries", "month-end closing", "payment vouchers"],
          languages: [...req("Cantonese", "English"), ...pref("Mandarin")], certifications: req("LCCI Level 2"),
        },
      ],
    },
    // A Taiwan LINE group's chat history export: [LINE] header and 儲存日期, date lines, then time<TAB>name<TAB>message rows
    // whose messages run onto further lines; two posts by one member, each 【company｜city】 / 職缺： / ・items / 薪資：,
    // stickers, photos and replies between. For 設備工程師 "1年以上…，新鮮人可" leaves the minimum open, so years are not read.
    "09_tw_line_chat_export.txt": {
      family: "tw-line-chat-history-export-tabs",
      positions: [
        {
          title: "設備工程師", minLevel: "bachelor", majors: ["機械", "電機", "自動化"], majorsRequired: true, management: false, skills: pref("AutoCAD"),
          acceptSkills: ["設備維護", "半導體設備維護", "英文手冊"], certifications: [],
        },
        {
          title: "資深製程工程師", minLevel: "master", majors: ["化工", "材料", "物理"], majorsRequired: true, minYears: 5, management: true,
          skills: [...req("SPC", "FMEA"), ...pref("JMP")], acceptSkills: ["薄膜", "蝕刻", "薄膜或蝕刻製程", "製程", "簡報"],
          languages: req("英文"), certifications: req("TOEIC"),
        },
      ],
    },
    // A StepStone ad printed to PDF: portal header, a ruled left sidebar of German fact labels over values (Arbeitsort,
    // Vertragsart, Arbeitszeit, Erschienen), the right column with company, "Title (m/w/d)", intro, "Ihre Aufgaben / Your
    // tasks", "Ihr Profil / Your profile", "Wir bieten / We offer" bullets, Kontakt naming the HR partner, Ähnliche Jobs.
    "10_stepstone_de_print.pdf": {
      family: "stepstone-de-pdf-sidebar-facts-bilingual-labels",
      positions: [
        {
          title: "Senior Embedded Software Engineer (m/w/d)", titleAliases: ["Senior Embedded Software Engineer"], minLevel: "bachelor",
          majors: ["electrical engineering", "computer science"], majorsRequired: true, minYears: 5, management: false,
          skills: [...req("C++", "ARM Cortex-M", "RTOS"), ...pref("IEC 61508")],
          acceptSkills: ["C", "C/C++", "embedded C/C++", "FreeRTOS", "Zephyr", "CAN", "Modbus", "functional safety", "firmware", "board bring-up", "Cortex-M", "ARM"],
          languages: [...req("English"), ...pref("German")], certifications: [],
        },
      ],
    },
    // A WeChat 公众号 article saved as HTML: title, 原创/author/account/time meta, banner and divider images with alt text,
    // one coloured "PART 0N / title" section per post over "▼ 工作内容" and "▼ 我们希望你" numbered lines, a benefits image,
    // 投递方式 with an e-mail and a QR-code image, END/editor lines, 往期推荐 links, read/like counts.
    "11_wechat_mp_article.html": {
      family: "wechat-mp-article-html-part-banners",
      positions: [
        {
          title: "细胞培养工艺工程师", minLevel: "master", majors: ["生物工程", "细胞生物学", "生物化学"], majorsRequired: true, minYears: 3, management: false,
          skills: req("GMP", "DOE"), acceptSkills: ["JMP", "Minitab", "CHO", "细胞培养", "生物反应器", "工艺开发", "DOE实验设计", "GMP规范", "工艺放大", "哺乳动物细胞培养"],
          ...none,
        },
        {
          title: "QC微生物检验员", minLevel: "associate", majors: ["微生物学", "药学"], majorsRequired: true, management: false, skills: [],
          acceptSkills: ["环境监测", "无菌检查", "微生物检验", "培养基适用性检查", "菌种管理", "QC微生物检验"], ...none,
        },
        {
          title: "注册事务经理", minLevel: "bachelor", majors: ["药学", "医学"], majorsRequired: true, minYears: 8, management: true, skills: [],
          acceptSkills: ["IND", "BLA", "FDA", "FDA申报", "注册", "CDE", "生物药注册", "英文注册文件"], languages: req("英语"), certifications: req("英语六级"),
        },
      ],
    },
    // A V2EX 酷工作 post saved as Markdown: node breadcrumb, H1 "[城市] …" naming both roles, author/time/clicks line, an
    // intro, "## 1. title（N 人）" sections with a pay line and dash items, a base64 e-mail, then numbered replies (one
    // asking about a test role the poster says is not open), footer links.
    "12_v2ex_post_replies.md": {
      family: "v2ex-jobs-node-post-md-replies",
      positions: [
        {
          title: "Golang 后端开发工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: false, minYears: 3, maxYears: 7, management: false,
          skills: [...req("Go", "MySQL", "Redis"), ...pref("Kubernetes")], acceptSkills: ["Golang", "Kafka", "RabbitMQ", "订单", "支付", "物流", "后端开发"], ...none,
        },
        {
          title: "前端开发工程师", minLevel: null, minYears: 3, management: false, skills: req("Vue 3", "TypeScript", "Vite"),
          acceptSkills: ["Vue", "Vue3", "ECharts", "中后台", "可视化", "ECharts 可视化"], languages: req("英文"), certifications: [],
        },
      ],
    },
    // A German-invested company's job descriptions in Word as side-by-side tables: Title, company in English and Chinese, a
    // Heading 2 document code per post, a table of "English label 中文标签 | English | 中文" rows whose duty and requirement
    // cells hold several paragraphs each, an HR footer. Fields are read from the English column, which comes first.
    "13_zh_en_side_by_side_jd.docx": {
      family: "docx-en-zh-side-by-side-jd-table",
      positions: [
        {
          title: "Quality Engineer", titleAliases: ["质量工程师"], minLevel: "bachelor", majors: ["mechanical engineering", "materials"], majorsRequired: true,
          minYears: 3, management: false, skills: req("IATF 16949", "FMEA", "SPC", "MSA"),
          acceptSkills: ["8D", "8D reports", "PFMEA", "control plans", "supplier audits", "控制计划", "供应商审核", "8D报告"],
          languages: req("English"), certifications: [...req("CET-6"), ...pref("internal auditor certificate")],
        },
        {
          title: "Purchasing Manager", titleAliases: ["采购经理"], minLevel: "bachelor", minYears: 8, management: true, skills: req("SAP MM"),
          acceptSkills: ["SAP", "SAP MM模块", "negotiation", "supplier development", "谈判", "castings", "machined parts"],
          languages: [...req("English"), ...pref("German")], certifications: [],
        },
      ],
    },
    // A Taiwan university department's 徵聘專任教師啟事 (Big5, CRLF): title, 一、徵聘職缺 naming two posts with headcounts,
    // 二、資格條件 with 共同條件 (a doctorate) then one condition line per post, 三、應繳資料, 四、收件截止, 五、聯絡人, signature and
    // 民國 date. The 專案 post's "2年以上業界實務經驗者優先" is a preference, so its years are not read.
    "14_tw_university_faculty_big5.txt": {
      family: "tw-university-faculty-hiring-notice-big5",
      positions: [
        {
          title: "專任助理教授以上教師", titleAliases: ["專任教師"], minLevel: "doctorate", majors: ["資訊工程", "電機工程", "資訊管理"], majorsRequired: true,
          minYears: null, management: false, skills: [], acceptSkills: ["人工智慧", "資訊安全"], languages: req("英語"), certifications: [],
        },
        { title: "專案助理教授", minLevel: "doctorate", management: false, skills: [], acceptSkills: ["資料科學"], ...none },
      ],
    },
    // An r/forhire post copied from new Reddit: subreddit, poster and age, "[Hiring] Title (terms) — pay" headline, flair,
    // the owner's intro, "What you'd be doing:" and "What we need:" dashes, how to apply, the archived notice, counts,
    // two comments (one AutoModerator), "More posts you may like" naming two other posts.
    "15_reddit_forhire_post.txt": {
      family: "reddit-forhire-hiring-post",
      positions: [
        {
          title: "Bookkeeper", minYears: 3, management: false, skills: req("Xero", "Xero Payroll"),
          acceptSkills: ["bank reconciliations", "payroll", "BAS", "STP Phase 2", "BAS preparation", "payables", "receivables", "bookkeeping"],
          languages: [], certifications: [...req("Certificate IV in Accounting and Bookkeeping"), ...pref("BAS agent")],
        },
      ],
    },
    // A Macau government bureau's 公開招聘通告 printed to PDF, each Chinese paragraph followed by its Portuguese one: bureau
    // and notice title in both languages, notice number, 一、招聘職位及名額 naming two posts by 職階 and 範疇, 二、報考條件 per
    // post (by its short name), 三、語言要求 for both, 四、報考方式, date and the director's signature.
    "16_macau_gov_notice_zh_pt.pdf": {
      family: "mo-gov-recruitment-notice-zh-pt-pdf",
      positions: [
        {
          title: "第一職階二等技術員（資訊範疇）", titleAliases: ["第一職階二等技術員", "二等技術員", "二等技術員（資訊範疇）"], minLevel: "bachelor",
          majors: ["資訊科學", "電腦工程"], majorsRequired: true, minYears: null, management: false,
          languages: [...req("中文"), ...pref("葡文")], certifications: [],
        },
        {
          title: "第一職階二等技術輔導員（統計範疇）", titleAliases: ["第一職階二等技術輔導員", "二等技術輔導員", "二等技術輔導員（統計範疇）"],
          minLevel: "high_school", minYears: 2, management: false, languages: [...req("中文"), ...pref("葡文")], certifications: [],
        },
      ],
    },
  },
};
