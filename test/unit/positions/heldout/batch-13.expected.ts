import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 13, written in session 9 and kept off main until the parser freeze at the end of the session, so that it
 * measures the parser as the session leaves it without anyone having seen it: a Korean-owned company's 社会招聘 notice in
 * Simplified Chinese with ■ posts and 〈〉 sub-blocks (some Hangul), a New Zealand public-sector position description in
 * Word built of tables (facts, key accountabilities, essential/desirable person specification), a franchise tea shop's
 * window poster text, an Indian walk-in interview newspaper advertisement as a PDF with a ruled grid of posts, a Taiwan
 * internal Outlook reply (CRLF) whose posts sit in the quoted original with "> " marks, a recruiter's email saved as raw
 * MIME source (headers, a text/plain part and the same content again as quoted-printable HTML), a 抖音 video page copy
 * with the caption's two 【】 posts and comments, a company handbook's job-family page in Markdown with levels as the
 * positions, a Teamtailor job page (HTML), a 國科會 research assistant notice on a university department board (Big5),
 * a Bayt.com copy with its Preferred candidate facts, a Hong Kong property management company's vacancy table in Word, a
 * GitHub Discussions monthly hiring thread in Markdown with template comments, a 企业微信 group 接龙 relay where two lines
 * carry posts (GB18030), a county hospital's 护理人员招聘简章 PDF with a ruled post table, and a Google Jobs search panel
 * copy with "Job highlights". Written before the parser was run on any of them.
 */
export const batch13: HeldoutBatch = {
  id: "batch-13",
  written: "2026-12-03",
  documents: {
    // A Korean-owned electronic materials company in Suzhou: company name in Chinese, English and Korean, the notice title,
    // issuing department/date/문서번호, a greeting and company blurb, then "■ 招聘岗位N：组名 职称（职种）　N名" posts each with
    // 〈担当业务〉 and 〈资格要件〉 circled-number lists and a 〈우대사항〉 line, then ■ facts for both (hours, welfare, how to apply,
    // address, contact). TOPIK 4 can be waived for a fluent speaker, so the first post's certification is not read.
    "01_kr_owned_company_notice.txt": {
      family: "kr-owned-company-zh-notice-square-bullets-hangul",
      positions: [
        {
          title: "工程师", titleAliases: ["生产技术组 工程师", "工程师（工程技术职）", "生产技术组 工程师（工程技术职）"],
          minLevel: "bachelor", majors: ["化学", "材料科学与工程", "高分子材料"], majorsRequired: true, minYears: 3, management: false,
          skills: req("Minitab", "SPC", "DOE"),
          acceptSkills: ["SPC分析", "DOE实验设计", "SOP", "作业标准书", "NPI", "新产品导入", "涂布", "良率改善", "工艺条件管理", "培训", "韩语", "韩语口语"],
          languages: req("韩语"),
        },
        {
          title: "韩语翻译兼总务", titleAliases: ["经营支援组 韩语翻译兼总务", "韩语翻译兼总务（事务职）", "经营支援组 韩语翻译兼总务（事务职）"],
          minLevel: "associate", majors: ["朝鲜语"], majorsRequired: true, minYears: null, management: false,
          skills: req("Office"), acceptSkills: ["Office办公软件", "口译", "笔译", "翻译", "签证", "采购", "接待", "总务", "韩语"],
          languages: req("韩语"), certifications: req("TOPIK 6级"),
        },
      ],
    },
    // A New Zealand public-sector position description in Word: agency name, Title, a two-column facts table (Position
    // title, Group, Team, Reports to, Direct reports "Nil", Location, Salary band), Heading1 sections: Purpose, Key
    // accountabilities (a table of area | outcomes), Person specification (a table Essential | Desirable per row:
    // Qualifications, Experience, Technical skills, Personal attributes), Key relationships, the Te Tiriti line, date
    // reviewed. "A tertiary qualification" does not fix a level, so minLevel is not read. Coaching analysts is not managing.
    "02_nz_public_sector_position_description.docx": {
      family: "nz-public-sector-position-description-docx-tables",
      positions: [
        {
          title: "Senior Geospatial Analyst", majors: ["GIS", "geography", "surveying"], majorsRequired: true, minYears: 5, management: false,
          skills: [...req("ArcGIS Pro", "QGIS", "PostGIS", "Python"), ...pref("FME", "AWS")],
          acceptSkills: ["ArcGIS", "Spatial SQL", "SQL", "ArcPy", "GeoPandas", "GIS", "spatial analysis", "Python scripting", "geoprocessing",
            "FME workbench", "FME workbench automation", "cloud data platforms", "communication", "written and verbal communication", "quality assurance"],
          ...none,
        },
      ],
    },
    // A franchise tea shop's window poster as typed text (UTF-8): brand and slogan, "招 聘" spaced, the two posts spaced
    // ("店 长　1名", "店 员　3名（全职/兼职均可）"), then a ※ block per post of · lines (duties, conditions, pay), a perks line,
    // contact, the franchise note and the closing slogan. The 健康证 may be got after joining but is still required.
    "03_franchise_store_window_poster.txt": {
      family: "zh-franchise-shop-window-poster-text",
      positions: [
        {
          title: "店长", minLevel: "high_school", majors: [], minYears: 2, management: true,
          skills: pref("美团", "饿了么"), acceptSkills: ["美团商家后台", "饿了么商家后台", "排班", "订货", "盘点", "门店运营", "门店管理"],
          languages: [], certifications: req("健康证"),
        },
        {
          title: "店员", titleAliases: ["店员（全职/兼职均可）"], minLevel: null, majors: [], minYears: null, management: false,
          skills: [], acceptSkills: ["饮品制作", "收银", "门店清洁"],
          languages: [], certifications: req("健康证"),
        },
      ],
    },
    // An Indian forging company's WALK-IN INTERVIEW newspaper advertisement shared as a one-page PDF: company name and
    // tagline, banner, intro, a ruled grid (Sl. No. | Position | Qualification | Experience | No. of Posts) whose cells wrap
    // over lines and whose Qualification cell also holds the skills, then date/time/venue, the documents to bring, a note
    // and the CIN line. "Any Graduate (B.Com preferred)" is a bachelor's with a preferred major.
    "04_in_walk_in_interview_ad.pdf": {
      family: "in-walk-in-interview-newspaper-ad-pdf-grid",
      positions: [
        {
          title: "Quality Engineer", minLevel: "bachelor", majors: ["Mechanical"], majorsRequired: true, minYears: 3, maxYears: 6, management: false,
          skills: req("PPAP", "APQP", "SPC"), acceptSkills: ["IATF 16949", "IATF 16949 awareness", "auto components"],
          ...none,
        },
        {
          title: "CNC Programmer", minLevel: "associate", majors: ["Mechanical", "Tool & Die Making"], majorsRequired: true, minYears: 4, management: false,
          skills: [...req("Fanuc", "Siemens"), ...pref("Mastercam")], acceptSkills: ["Fanuc & Siemens controls", "Siemens controls", "Fanuc controls", "CNC", "CNC programming"],
          ...none,
        },
        {
          title: "Stores Executive", minLevel: "bachelor", majors: ["B.Com"], majorsRequired: false, minYears: 2, maxYears: 4, management: false,
          skills: req("SAP MM"), acceptSkills: ["SAP"],
          ...none,
        },
      ],
    },
    // A Taiwan company's internal Outlook reply saved as text (UTF-8, CRLF): 寄件者/寄件日期/收件者/副本/主旨 headers, the
    // manager's short reply and signature, "-----Original Message-----" and the recruiter's original whose post block is
    // quoted with "> " (職缺一/職缺二 each with 所屬部門/直屬主管/工作內容/條件要求 numbered lines), the recruiter's sign-off and the
    // confidentiality footer.
    "05_tw_outlook_internal_email_quoted.txt": {
      family: "tw-outlook-reply-quoted-original-posts",
      positions: [
        {
          title: "韌體工程師", minLevel: "bachelor", majors: ["電機", "電子", "資工"], majorsRequired: true, minYears: 3, management: false,
          skills: [...req("C語言", "ARM Cortex-M", "示波器", "邏輯分析儀"), ...pref("USB PD")],
          acceptSkills: ["C", "ARM", "MCU", "MCU 韌體開發", "I2C", "SPI", "UART", "驅動程式", "週邊驅動程式", "bring-up", "嵌入式韌體開發", "韌體開發", "電源管理 IC", "USB PD 協定"],
          ...none,
        },
        {
          title: "研發助理", minLevel: "associate", majors: ["理工"], majorsRequired: false, minYears: null, management: false,
          skills: req("Excel", "Word"), acceptSkills: ["報告排版", "會議記錄", "數據整理", "設備管理", "樣品管理", "細心負責"],
          ...none,
        },
      ],
    },
    // A recruiter's email saved as its raw MIME source (.txt): Return-Path, Received, DKIM, From/To/Subject/Date, MIME
    // headers with a multipart/alternative boundary, the text/plain part (greeting, three roles each "N) Title - terms -
    // place" over a client/pay line and "- " requirement lines, sign-off, unsubscribe line) and then the same content as
    // a quoted-printable text/html part (soft line breaks, =3D). Each role is one position. The clearance is not read as a
    // certification.
    "06_agency_raw_eml_multipart.txt": {
      family: "raw-mime-eml-source-multipart-alternative-qp-html",
      positions: [
        {
          title: "Data Engineer", minLevel: "bachelor", majors: ["Computer Science", "IT"], majorsRequired: true, minYears: 4, management: false,
          skills: [...req("SQL", "Python", "Apache Airflow", "Snowflake", "Databricks"), ...pref("dbt")],
          acceptSkills: ["Airflow", "data pipelines", "cloud", "orchestration"],
          ...none,
        },
        {
          title: "Business Analyst", minLevel: null, majors: [], minYears: 5, management: false,
          skills: req("BPMN", "Jira"), acceptSkills: ["requirements elicitation", "process mapping", "user stories", "digital transformation"],
          languages: [],
        },
        {
          title: "IT Support Team Lead", minLevel: null, majors: [], minYears: 3, management: true,
          skills: req("Microsoft 365", "Intune", "Active Directory"), acceptSkills: ["IT support", "service desk", "Active Directory administration"],
          languages: [], certifications: req("ITIL Foundation"),
        },
      ],
    },
    // A 抖音 video page copied from the web (UTF-8): site nav and search box, the account card, the video timer, the
    // caption with #tags and location, two posts as "【名称】N名" over a requirement line and a pay line, the apply line, the
    // like/comment/collect/share counts, the comments with the author's replies, and 相关推荐 (other posts, not positions).
    "07_douyin_video_caption_comments.txt": {
      family: "douyin-video-page-caption-posts-comments",
      positions: [
        {
          title: "叉车司机", minLevel: null, majors: [], minYears: 1, management: false,
          skills: [], acceptSkills: ["电动堆高车", "叉车", "冷库作业"],
          languages: [], certifications: req("叉车证"),
        },
        {
          title: "分拣打包员", minLevel: "junior_high", majors: [], minYears: null, management: false,
          skills: req("PDA"), acceptSkills: ["手持PDA", "手持PDA扫码", "PDA扫码", "扫码"],
          ...none,
        },
      ],
    },
    // A company handbook's job-family page in Markdown: YAML front matter, a breadcrumb of links, a > note, H1 the family
    // name (not a position), family-wide responsibilities, then "## Levels" with "### Senior Backend Engineer" and "### Staff
    // Backend Engineer", each with #### Job grade / Responsibilities / Requirements; performance indicators, hiring process,
    // a career ladder line naming other levels (not positions), edit links. Mentoring and technical leadership "without
    // direct reports" are not management.
    "08_job_family_handbook_levels.md": {
      family: "md-handbook-job-family-page-levels",
      positions: [
        {
          title: "Senior Backend Engineer", minLevel: null, majors: [], minYears: 5, management: false,
          skills: [...req("Go", "PostgreSQL", "Kubernetes", "gRPC"), ...pref("Rust")],
          acceptSkills: ["distributed systems", "code review", "pairing", "design docs", "on-call", "written communication", "backend development"],
          languages: req("English"), certifications: [],
        },
        {
          title: "Staff Backend Engineer", minLevel: null, majors: [], minYears: 8, management: false,
          skills: [...req("Go", "PostgreSQL"), ...pref("CRDTs")],
          acceptSkills: ["PostgreSQL internals", "CRDT", "Rust", "architecture", "design docs", "on-call", "written communication", "backend development"],
          languages: req("English"), certifications: [],
        },
      ],
    },
    // A Teamtailor career-site job page (HTML): cookie bar, header nav, the job header (department · city · on-site), h1,
    // apply button, a prose body with bold paragraph pseudo-headings (The role / You will / You'll need / It would be great
    // if you have / What we offer) over lists, an info dl (Department, Locations, Remote status, Employment type), the
    // recruiter card, colleagues, "Other jobs you may like" (not positions), workplace, footer and a JSON blob. "A Level 3
    // qualification (NVQ, HNC or apprenticeship)" fixes no level on this scale, so minLevel is not read.
    "09_teamtailor_job_page.html": {
      family: "teamtailor-html-job-page-prose-pseudo-headings",
      positions: [
        {
          title: "Warehouse Automation Technician", majors: ["electrical engineering", "mechatronic engineering"], majorsRequired: true, minYears: 2, management: false,
          skills: [...req("Siemens PLC", "TIA Portal"), ...pref("AutoStore")],
          acceptSkills: ["PLC", "Siemens PLCs", "SCADA", "SAP PM", "CMMS", "fault-find", "fault-finding", "robotic picking cells", "conveyors", "planned maintenance", "reactive maintenance"],
          languages: [], certifications: [...req("18th Edition"), ...pref("IPAF", "forklift licence")],
        },
      ],
    },
    // A 國科會 project's research assistant notice on a Taiwan university department's bulletin board, saved as Big5 (CRLF):
    // the board header and breadcrumb, 公告類別/發佈日期/點閱次數, the 【徵才】 title naming both posts, 一、…八、 fields with
    // 三、徵求人員 holding （一）專任研究助理（碩士級）1名 and （二）兼任助理（學生）2名 each with 工作內容/資格條件/待遇, the
    // attachment and footer. The student assistant must be an enrolled student: no level or major is read for that post.
    "10_tw_nstc_research_assistant_big5.txt": {
      family: "tw-university-dept-board-nstc-project-assistant-big5",
      positions: [
        {
          title: "專任研究助理", titleAliases: ["專任研究助理（碩士級）"], minLevel: "master", majors: ["化工", "材料", "化學"], majorsRequired: true, minYears: null, management: false,
          skills: [...req("Origin"), ...pref("電化學分析")],
          acceptSkills: ["Origin繪圖軟體", "CV", "EIS", "充放電測試", "電化學量測", "鈕扣電池組裝", "鋰電池材料合成", "電化學分析實務經驗", "報告撰寫"],
          ...none,
        },
        {
          title: "兼任助理", titleAliases: ["兼任助理（學生）"], minYears: null, management: false,
          skills: [], acceptSkills: ["XRD", "SEM", "樣品前處理", "材料樣品前處理", "實驗室庶務"],
          ...none,
        },
      ],
    },
    // A Bayt.com job copy (UTF-8): site nav and breadcrumb, title, company, city, posted, Easy Apply/Save/Share, Job
    // description with Responsibilities and Requirements dash lists, a Skills tag row, Job details label: value lines,
    // Preferred candidate (Career Level, Years of Experience "Min: 6 Max: 10", Degree, Nationality …), company box,
    // similar jobs (not positions), footer. ACCA and CPA are alternatives the post requires; CMA is "considered".
    "11_bayt_job_copy.txt": {
      family: "bayt-gulf-job-copy-preferred-candidate",
      positions: [
        {
          title: "Senior Accountant", minLevel: "bachelor", majors: ["Accounting", "Finance"], majorsRequired: true, minYears: 6, maxYears: 10, management: true,
          skills: req("IFRS", "NetSuite", "Excel", "VAT"),
          acceptSkills: ["Oracle NetSuite", "UAE VAT", "UAE VAT law", "Financial Reporting", "Reconciliation", "corporate tax", "advanced Excel", "management accounts", "audit"],
          languages: [...req("English"), ...pref("Arabic")], certifications: [...req("ACCA", "CPA"), ...pref("CMA")],
        },
      ],
    },
    // A Hong Kong property management company's vacancy notice in Word, Traditional Chinese: company name in Chinese and
    // English, Title 招聘啟事, intro, one table (職位 | 工作地點 | 入職要求 | 待遇) with a row per post whose cells hold a line a
    // paragraph (the post cell: Chinese then English title), 申請方法, the equal-opportunity and personal-data note. 中三 is
    // the end of junior secondary.
    "12_hk_property_management_vacancies.docx": {
      family: "hk-property-management-vacancy-docx-post-row-table",
      positions: [
        {
          title: "物業主任", titleAliases: ["Property Officer", "物業主任 Property Officer"],
          minLevel: "associate", majors: ["房屋管理", "物業管理"], majorsRequired: true, minYears: 3, management: true,
          skills: req("Word", "Excel"), acceptSkills: ["住宅物業管理"],
          languages: req("廣東話", "英語"), certifications: req("物業管理人（第二級）牌照"),
        },
        {
          title: "保安員", titleAliases: ["Security Guard", "保安員 Security Guard"],
          minLevel: "junior_high", majors: [], minYears: null, management: false,
          skills: [], languages: [], certifications: req("保安人員許可證"),
        },
      ],
    },
    // A GitHub Discussions monthly hiring thread saved as Markdown: H1 with emoji and number, pinned/category/labels line,
    // the bot's post with a fenced template and rules, reaction line, then "### 💬 Comment by" blocks: two company comments
    // in the template (**Company:** / **Role:** / **Location / Remote:** / **Requirements:** list / **Apply:**) with nested
    // > replies, a spam-hidden comment, a non-hiring question, the sign-in footer. The Role field's value is the title. The second role
    // teaches Tauri on the job, so Tauri is accepted there but not listed.
    "13_github_discussion_hiring_thread.md": {
      family: "github-discussions-monthly-hiring-thread-template-comments",
      positions: [
        {
          title: "Senior Desktop Engineer", titleAliases: ["Senior Desktop Engineer (Rust + Tauri)"], minLevel: null, majors: [], minYears: 4, management: false,
          skills: [...req("Rust", "Tauri", "TypeScript", "Svelte"), ...pref("SQLite", "CRDTs")],
          acceptSkills: ["Electron", "CRDT", "local-first sync", "desktop app"],
          ...none,
        },
        {
          title: "Frontend Engineer, Device Control App", titleAliases: ["Frontend Engineer"], minLevel: null, majors: [], minYears: 2, management: false,
          skills: [...req("React", "TypeScript"), ...pref("Rust")], acceptSkills: ["Tauri", "serial", "USB", "serial/USB", "hardware"],
          languages: req("Japanese", "English"), certifications: req("JLPT N2"),
        },
      ],
    },
    // A 企业微信 internal referral group copied out as text (GB18030, CRLF): group name and size, a message starting a
    // #接龙 with its fill-in format, the relay lines "N. 姓名 部门 岗位（N人） 要求" (the first a sample, two carrying posts,
    // two only chatter), a follow-up message adding that the 数仓 post mentors but leads no team, system lines, the apply
    // message.
    "14_wecom_jielong_referral_gb18030.txt": {
      family: "wecom-group-jielong-relay-referral-gb18030",
      positions: [
        {
          title: "Java开发工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: req("Java", "Spring Boot", "MySQL", "Redis"), acceptSkills: ["Java后端", "支付", "清结算"],
          ...none,
        },
        {
          title: "数据仓库工程师", minLevel: "bachelor", majors: [], minYears: 3, maxYears: 5, management: false,
          skills: [...req("Hive SQL", "Spark"), ...pref("Flink")], acceptSkills: ["Hive", "SQL", "数仓建设", "实时计算", "Flink实时计算"],
          ...none,
        },
      ],
    },
    // A county hospital's 护理人员招聘简章 as a one-page PDF: hospital name, title, intro, 一、招聘岗位及条件 as a ruled table
    // (岗位 | 人数 | 学历 | 专业 | 其他条件) whose 其他条件 cells wrap over two lines, then 二、报名方式, 三、待遇, the 咨询电话 and
    // the hospital and date lines at the right. 主管护师 is a professional title the head nurse post requires.
    "15_county_hospital_nursing_brochure.pdf": {
      family: "pdf-zh-county-hospital-nursing-brochure-ruled-table",
      positions: [
        {
          title: "ICU护士", minLevel: "bachelor", majors: ["护理学"], majorsRequired: true, minYears: 2, management: false,
          skills: [], languages: [], certifications: [...req("护士执业证书"), ...pref("ICU专科护士证书")],
        },
        {
          title: "手术室护士", minLevel: "associate", majors: ["护理", "助产"], majorsRequired: true, minYears: 1, management: false,
          skills: [], languages: [], certifications: req("护士执业证书"),
        },
        {
          title: "护士长（儿科）", titleAliases: ["护士长"], minLevel: "bachelor", majors: ["护理学"], majorsRequired: true, minYears: 8, management: true,
          skills: [], acceptSkills: ["儿科临床护理", "护理管理"], languages: [], certifications: req("主管护师"),
        },
      ],
    },
    // A Google Jobs search panel copied from the browser (UTF-8): the search bar and tabs, filter chips, the job card (title,
    // employer, city, "via ZipRecruiter", age and chips), three "Apply on" links, "Job highlights" with Qualifications /
    // Benefits / Responsibilities bullet groups, the truncated Job description with "… Show full description", ratings,
    // "Other jobs" lines (title · employer · city · via — not positions), the feedback line. "Bilingual English/Spanish a
    // plus" can be read as Spanish preferred or as both languages preferred, so languages are not read.
    "16_google_jobs_panel_copy.txt": {
      family: "google-jobs-search-panel-copy-highlights",
      positions: [
        {
          title: "Warehouse Operations Supervisor", minLevel: "high_school", majors: ["supply chain", "logistics"], majorsRequired: false, minYears: 3, management: true,
          skills: [...req("WMS", "Excel"), ...pref("Manhattan WMS")],
          acceptSkills: ["warehouse management system", "Microsoft Excel", "KPIs", "OSHA", "cycle counts", "coaching", "scheduling"],
          certifications: pref("Forklift certification"),
        },
      ],
    },
  },
};
