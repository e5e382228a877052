import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 7: a 实习僧 internship copy with sidebar noise, a Slack channel message with three roles, a hospital's
 * 公开招聘公告 in Word with its annex posts table and an empty application form, a Word 岗位说明书 with one many-row
 * form table per post, a state-owned group's two-page PDF notice whose annex is a ruled grid with wrapping cells, an
 * Australian university Position Description PDF over two pages with running headers, a CakeResume (Taiwan) copy, a
 * Hong Kong NGO vacancy notice with bilingual titles, a WordPress/Elementor careers page with accordion roles, a
 * Google Docs HTML export, a Naukri (India) copy, a UK recruitment agency's email listing three roles, a 水木社区 BBS
 * post in GB18030, a PTT Soft_Job post in Big5, an Obsidian note with callouts. Written before the parser was run on
 * any of them.
 */
export const batch07: HeldoutBatch = {
  id: "batch-07",
  written: "2026-12-02",
  documents: {
    // A 实习僧 detail page: site nav and breadcrumb, title, daily pay, a tag line (city | degree | days a week | months),
    // 职位诱惑, 职位描述 with 工作内容 / 任职要求 numbered lists, deadline, address, company card, similar internships
    // with their pay, app prompt and ICP footer.
    "01_shixiseng_intern.txt": {
      family: "shixiseng-internship-copy",
      positions: [
        {
          title: "数据分析实习生", minLevel: "bachelor", majors: ["统计学", "数学", "计算机"], majorsRequired: true, management: false,
          skills: [...req("SQL"), ...pref("Python")], acceptSkills: ["pandas", "Tableau", "BI工具", "BI", "数据分析", "数据看板", "数据清洗", "数据提取"], ...none,
        },
      ],
    },
    // A Slack channel message copied with its header, sender lines, :emoji: codes, three *bold* numbered roles each with
    // a (team, place) bracket and • requirement bullets, reactions and a thread of replies.
    "02_slack_channel_roles.txt": {
      family: "slack-channel-message-roles",
      positions: [
        {
          title: "Senior Data Engineer", minYears: 5, management: false, skills: req("Python", "SQL"),
          acceptSkills: ["Spark", "Flink", "Airflow", "Dagster", "streaming pipelines", "batch pipelines", "data pipelines", "pipelines"], ...none,
        },
        {
          title: "Engineering Manager, Payments", titleAliases: ["Engineering Manager"], minYears: 8, management: true,
          skills: [], acceptSkills: ["Java", "Go", "backend", "payments", "fintech", "software engineering"], ...none,
        },
        {
          title: "Technical Recruiter", minYears: 3, management: false, skills: req("Greenhouse"),
          acceptSkills: ["full-cycle recruiting", "full-cycle tech recruiting", "tech recruiting", "recruiting"], ...none,
        },
      ],
    },
    // A county hospital's 公开招聘公告 in Word: numbered notice sections (报名条件 apply to every post), an annex table
    // 序号|科室|岗位名称|人数|学历|专业|其他要求 with one row per post (some cells two paragraphs), then an empty
    // 报名登记表 form table (姓名/应聘岗位/执业资格…).
    "03_hospital_notice_annex.docx": {
      family: "hospital-notice-annex-posts-table-docx",
      positions: [
        {
          title: "内科医师", minLevel: "master", majors: ["内科学"], majorsRequired: true, management: false,
          languages: [], certifications: req("执业医师资格证书", "住院医师规范化培训合格证书"),
        },
        {
          title: "麻醉医师", minLevel: "bachelor", majors: ["麻醉学", "临床医学"], majorsRequired: true, minYears: 3, management: false,
          languages: [], certifications: req("执业医师资格证书"),
        },
        {
          title: "影像技师", minLevel: "associate", majors: ["医学影像技术"], majorsRequired: true, management: false,
          languages: [], certifications: req("放射医学技术士资格证书"),
        },
        {
          title: "护士", minLevel: "associate", majors: ["护理", "护理学"], majorsRequired: true, minYears: null, management: false,
          languages: [], certifications: req("护士执业证书"),
        },
      ],
    },
    // A 岗位说明书 in Word, one form table per post: label|value pairs two to a row (岗位编号, 直接上级, 直接下级, 岗位定员),
    // 岗位目的, a 岗位职责 cell of numbered paragraphs, a 任职资格 block of sub-rows (学历/专业/工作经验/技能/证书/语言),
    // then 晋升通道 / 轮岗方向 / 工作条件 rows naming other roles.
    "04_jd_form_tables.docx": {
      family: "docx-jd-form-table-per-post",
      positions: [
        {
          title: "生产计划主管", minLevel: "associate", majors: ["物流管理", "工业工程"], majorsRequired: true, minYears: 5, management: true,
          skills: req("SAP", "Excel"), acceptSkills: ["SAP PP", "SAP MM", "PP", "MM", "PMC", "生产计划", "物料控制", "排产"],
          languages: req("英语"), certifications: [],
        },
        {
          title: "设备维修技师", minLevel: "high_school", majors: ["机电一体化", "电气自动化"], majorsRequired: true, minYears: 3, management: false,
          skills: req("PLC"), acceptSkills: ["PLC编程", "电气图纸", "识图", "设备维修", "预防性维护", "点检"],
          languages: [], certifications: req("低压电工作业证"),
        },
      ],
    },
    // A state-owned group's 社会招聘公告 as a two-page PDF: running header and "— N —" footer on each page, general
    // conditions (age, political) on page 1; page 2 an annex 岗位需求表 drawn as a ruled grid (序号|招聘单位|岗位名称|
    // 人数|岗位职责|任职条件), each cell's text wrapping onto several lines, a title split over two lines in its cell.
    "05_soe_notice_annex_grid.pdf": {
      family: "pdf-soe-notice-annex-grid",
      positions: [
        {
          title: "财务管理岗", minLevel: "bachelor", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: 5,
          skills: [], acceptSkills: ["合并报表", "预算管理", "全面预算管理", "税务筹划"], languages: [], certifications: req("中级会计师"),
        },
        {
          title: "风电场场长", minLevel: "bachelor", majors: ["电气工程", "能源动力类"], majorsRequired: true, minYears: 8, management: true,
          skills: [], acceptSkills: ["风电场运维", "运维管理", "安全生产"], languages: [], certifications: req("高压电工进网作业许可证"),
        },
        {
          title: "网络安全工程师", minLevel: "bachelor", majors: ["计算机", "网络安全"], majorsRequired: true, minYears: 3, management: false,
          skills: req("防火墙"), acceptSkills: ["IDS", "IPS", "IDS/IPS", "等级保护", "等级保护测评", "等保", "网络安全", "应急处置", "安全设备"],
          languages: [], certifications: pref("CISP", "CISSP"),
        },
      ],
    },
    // An Australian university Position Description, two PDF pages: running header (university | PD | title), "Page N
    // of 2" and a CRICOS line on both; Position Title / Classification / Reports to fields, Key Responsibilities
    // numbered across the page break, Key Selection Criteria under Essential and Desirable, an approval line.
    "06_university_pd.pdf": {
      family: "pdf-en-university-position-description",
      positions: [
        {
          title: "Research Fellow (Computational Biology)", titleAliases: ["Research Fellow"], minLevel: "doctorate",
          majors: ["bioinformatics", "computational biology", "statistics"], majorsRequired: true, management: false,
          skills: req("R", "Python"),
          acceptSkills: ["Slurm", "HPC", "high-performance computing", "RNA-seq", "single-cell RNA-seq", "bulk RNA-seq", "Nextflow", "Snakemake", "bioinformatics", "computational biology", "workflows", "pipelines"],
          ...none,
        },
      ],
    },
    // A CakeResume (Taiwan) job page copy: nav, bilingual title line, company, a · separated facts line (city, type,
    // level, years, remote), yearly pay, applicant count, 職缺描述 prose with 你將負責 dashes, 職務需求 dashes (加分 item,
    // English line), interview steps, other jobs with pay, company blurb, footer.
    "07_cakeresume_tw.txt": {
      family: "cakeresume-tw-copy",
      positions: [
        {
          title: "資深前端工程師 Senior Frontend Engineer", titleAliases: ["資深前端工程師", "Senior Frontend Engineer"], minYears: 3, management: false,
          skills: [...req("React", "TypeScript", "Next.js"), ...pref("GraphQL")],
          acceptSkills: ["Jest", "Vitest", "單元測試", "单元测试", "元件庫", "網頁效能", "金流", "前端開發", "无障碍", "無障礙"],
          languages: req("英文"), certifications: [],
        },
      ],
    },
    // A Hong Kong NGO's vacancy notice: bilingual name, (1)/(2) roles each "中文 English (Ref: …)" over English Duties /
    // Requirements dashes; bilingual remuneration, how-to-apply, closing date and personal-data lines.
    "08_hk_ngo_vacancies.txt": {
      family: "hk-ngo-vacancy-notice-ref",
      positions: [
        {
          title: "社會工作助理 Social Work Assistant", titleAliases: ["社會工作助理", "Social Work Assistant"], minLevel: "associate",
          majors: ["Social Work"], majorsRequired: true, management: false, skills: [],
          acceptSkills: ["casework", "group services", "community programmes", "volunteer training"],
          languages: [...req("Chinese", "English", "Cantonese"), ...pref("Putonghua")], certifications: req("Registered Social Worker"),
        },
        {
          title: "物理治療師II Physiotherapist II", titleAliases: ["物理治療師II", "Physiotherapist II", "物理治療師", "Physiotherapist"], minLevel: "bachelor",
          majors: ["Physiotherapy"], majorsRequired: true, minYears: 2, management: false, skills: [],
          acceptSkills: ["rehabilitation", "assessment", "fall prevention", "fall-prevention talks", "carer training", "elderly service"],
          languages: req("English", "Chinese"), certifications: req("Physiotherapists Board"),
        },
      ],
    },
    // A WordPress/Elementor careers page saved from the browser: cookie consent bar, logo, nav, call buttons, hero blurb
    // with benefits, "Open Positions" accordion (each role a tab title link, a pay/place line, What you'll do / What
    // you'll bring lists), a testimonial, footer with address, licence number and EEO line, scripts and JSON-LD.
    "09_wp_careers_accordion.html": {
      family: "wordpress-elementor-accordion-html",
      positions: [
        {
          title: "HVAC Service Technician", minLevel: "high_school", minYears: 3, management: false, skills: [],
          acceptSkills: ["HVAC", "HVAC service", "troubleshooting", "furnaces", "heat pumps", "boilers", "split systems", "seasonal maintenance"],
          languages: [], certifications: [...req("EPA 608 Universal", "driver's license"), ...pref("NATE")],
        },
        {
          title: "Service Operations Manager", minLevel: "bachelor", majors: ["Business Administration"], majorsRequired: true, minYears: 5, management: true,
          skills: req("ServiceTitan", "Excel"), acceptSkills: ["dispatch", "scheduling", "field service", "field service operations", "customer service"], ...none,
        },
      ],
    },
    // A Google Docs page exported as HTML: class-styled <span>s only (no headings; titles are 14pt bold spans), a grey
    // updated-by line, each role a bold title, an HC/地点/薪资/汇报对象 line, bold 工作内容 / 任职要求 over lst-kix lists,
    // a comment anchor [a] and the comment text at the end.
    "10_gdocs_export.html": {
      family: "google-docs-html-export",
      positions: [
        {
          title: "跨境电商运营（亚马逊）", titleAliases: ["跨境电商运营"], minLevel: "bachelor", minYears: 2, management: false,
          skills: pref("Helium 10"), acceptSkills: ["亚马逊广告", "亚马逊运营", "亚马逊广告后台", "Listing优化", "Listing", "选品", "ACOS", "Amazon", "数据分析"],
          languages: req("英语"), certifications: [],
        },
        {
          title: "供应链专员", minLevel: "associate", majors: ["物流管理"], majorsRequired: false, minYears: 1, management: false,
          skills: req("Excel"), acceptSkills: ["VLOOKUP", "数据透视表", "ERP", "采购", "供应链", "库存"], ...none,
        },
      ],
    },
    // A Naukri (India) page copy: nav, title, company with rating, "5 - 9 years | ₹ Lacs P.A. | place" line, posted /
    // openings, match-score chips, Job highlights, unbulleted Roles and Responsibilities and Desired Candidate Profile,
    // Role: / Industry Type: / Department: fields (Role names a different title), UG:/PG: education, Key Skills chips.
    "11_naukri_copy.txt": {
      family: "naukri-in-copy",
      positions: [
        {
          title: "Senior Test Automation Engineer", minLevel: "bachelor", minYears: 5, maxYears: 9, management: false,
          skills: req("Selenium", "Java", "TestNG"),
          acceptSkills: ["Selenium WebDriver", "WebDriver", "REST Assured", "Postman", "Jenkins", "Maven", "API Testing", "Automation Testing", "test automation", "QA", "REST API"],
          languages: [], certifications: pref("ISTQB"),
        },
      ],
    },
    // A UK agency consultant's email: From/Sent/To/Subject header, greeting, three "N) Title – City – £pay" lines each
    // over "- " requirement lines, a sign-off, a signature with her own job title, agency and confidentiality lines.
    "12_agency_email_roles.txt": {
      family: "uk-agency-email-role-list",
      positions: [
        {
          title: "Management Accountant", minYears: 3, management: false, skills: [...req("Excel"), ...pref("SAP")],
          acceptSkills: ["management accounts", "manufacturing"], languages: [],
        },
        {
          title: "Credit Controller", minYears: 2, management: false, skills: pref("Sage 200"),
          acceptSkills: ["Sage", "credit control", "B2B"], ...none,
        },
        {
          title: "Financial Controller", minYears: 5, management: true, skills: [],
          acceptSkills: ["IFRS", "IFRS reporting", "group consolidation", "consolidation"], languages: [], certifications: req("ACA", "ACCA", "CIMA"),
        },
      ],
    },
    // A 水木社区 (newsmth) BBS post saved in GB18030: 发信人/信区, 标  题 naming both roles, 发信站, the recruiter's intro,
    // "1. title" roles each with 要求： and "- " lines and a 待遇 line, the "--" signature and ※ 来源 line.
    "13_newsmth_bbs_gb18030.txt": {
      family: "newsmth-bbs-post-gb18030",
      positions: [
        {
          title: "感知算法工程师（3D检测方向）", titleAliases: ["感知算法工程师"], minLevel: "master", majors: ["计算机", "自动化", "电子"], majorsRequired: true,
          minYears: 2, management: false, skills: req("C++", "Python", "PyTorch"),
          acceptSkills: ["BEV", "多传感器融合", "激光雷达", "感知算法", "3D检测", "视觉"], ...none,
        },
        {
          title: "仿真测试工程师", minLevel: "bachelor", minYears: 3, management: false, skills: req("Python"),
          acceptSkills: ["CARLA", "Prescan", "软件测试", "仿真", "自动驾驶仿真", "仿真平台"], ...none,
        },
      ],
    },
    // A PTT Soft_Job [徵才] post in Big5 with CRLF: 作者/看板/標題/時間 header (the 標題 holds company, title, city and
    // pay), a rule, the board's 【公司名稱】【職缺】【工作內容】【需求技能】【薪資範圍】… fields, 發信站 / 文章網址 lines and
    // 推/→/噓 comments.
    "14_ptt_soft_job_big5.txt": {
      family: "ptt-soft-job-post-big5",
      positions: [
        {
          title: "資深後端工程師 (Python)", titleAliases: ["資深後端工程師"], minLevel: "bachelor", majors: ["資訊"], majorsRequired: true, minYears: 4,
          skills: [...req("Python", "PostgreSQL", "Redis"), ...pref("AWS", "Docker", "Kubernetes")],
          acceptSkills: ["Django", "FastAPI", "API", "後端開發", "演算法", "Code review"], ...none,
        },
      ],
    },
    // An Obsidian note: YAML front matter (tags, aliases), # plan title, > [!info] callout with [[wikilinks]], each role
    // "## 岗位 N：title" with **级别**/**地点**/**HC** bullets and > [!todo] 职责 / > [!check] 要求 callouts, a [!warning]
    // open-questions callout, #tags.
    "15_obsidian_callouts.md": {
      family: "md-obsidian-callouts",
      positions: [
        {
          title: "资深交互设计师", minLevel: "bachelor", majors: ["交互设计", "工业设计", "心理学"], majorsRequired: true, minYears: 5, management: false,
          skills: req("Figma", "Axure"), acceptSkills: ["交互设计", "设计规范", "数据驱动设计", "可用性测试", "原型", "B端产品", "SaaS"], ...none,
        },
        {
          title: "用户研究员", minLevel: "master", majors: ["心理学", "社会学", "人机交互"], majorsRequired: false, minYears: 2, management: false,
          skills: [], acceptSkills: ["SPSS", "R", "问卷", "问卷数据分析", "定性研究", "定量研究", "用户研究", "用户画像", "数据分析"],
          languages: req("英语"), certifications: [],
        },
      ],
    },
  },
};
