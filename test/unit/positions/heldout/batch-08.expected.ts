import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 8, written at 05:00 UTC and kept off main until the end of session 5, so that it measures the parser as
 * it stands after the session's fixes without anyone having seen it: a Telegram channel post with emoji field lines,
 * a Hacker News "Who is hiring?" comment naming two roles in prose, a Word hiring plan whose 部门 cells are merged
 * down, a Taiwan state-owned company's three-page 甄試簡章 PDF whose posts grid breaks across pages, a Personio page,
 * a Mailchimp newsletter of three roles in table cards, a Docusaurus MDX page with roles in <Tabs>, a Taiwan hospital
 * notice in UTF-16, a Hong Kong property manager's Chinese notice in Big5-HKSCS, a USAJOBS copy, a UK civil service
 * job description in Word, a campus-talk slide deck as PDF, a 知乎 answer with two roles in paragraphs, a 钉钉
 * approval form. Written before the parser was run on any of them.
 */
export const batch08: HeldoutBatch = {
  id: "batch-08",
  written: "2026-12-02",
  documents: {
    // A Telegram job channel post: channel name, pinned-message line, sender/date line, #hashtags, emoji-labelled
    // Company / Position / Location / Salary / Type lines, 📝 / ✅ sections with ▫️ items, view/reaction counts, a
    // "Forwarded from" line.
    "01_telegram_channel_post.txt": {
      family: "telegram-channel-emoji-fields",
      positions: [
        {
          title: "Smart Contract Engineer", minYears: 3, management: false, skills: [...req("Solidity", "EVM"), ...pref("Rust")],
          acceptSkills: ["Foundry", "Hardhat", "gas optimisation", "gas optimization", "fuzzing", "Code4rena", "Sherlock", "audits", "smart contracts", "DeFi", "lending protocol"],
          ...none,
        },
      ],
    },
    // An "Ask HN: Who is hiring?" thread: title, points line, the posting rules, then one comment whose first line is
    // "Company | Role, Role | REMOTE (…) | Full-time | $ | URL", a blurb, one prose paragraph per role ("Title: you'll…"),
    // reply links and two replies.
    "02_hn_who_is_hiring.txt": {
      family: "hn-who-is-hiring-comment",
      positions: [
        {
          title: "Senior Backend Engineer", minYears: 5, management: false, skills: req("PostgreSQL"),
          acceptSkills: ["Go", "Kotlin", "backend", "payments", "healthcare", "claims"], ...none,
        },
        {
          title: "Staff Site Reliability Engineer", minYears: 8, skills: req("Kubernetes", "Terraform", "AWS"),
          acceptSkills: ["SRE", "on-call", "infrastructure", "reliability"], ...none,
        },
      ],
    },
    // A 年度招聘计划表 in Word: company, title and 填报 line, a table 部门|岗位|人数|学历|专业|经验|任职要求|到岗时间 whose
    // 部门 cells are merged down over their posts (w:vMerge), 不限 cells, a 合计 row, a 说明 line and sign-offs.
    "03_docx_vmerge_plan_table.docx": {
      family: "docx-plan-table-vmerge-departments",
      positions: [
        {
          title: "嵌入式软件工程师", minLevel: "bachelor", majors: ["电子信息", "计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: req("C语言", "STM32", "FreeRTOS"), acceptSkills: ["C", "原理图", "嵌入式"], ...none,
        },
        {
          title: "硬件工程师", minLevel: "bachelor", majors: ["电子工程"], majorsRequired: true, minYears: 5, management: false,
          skills: req("Altium Designer"), acceptSkills: ["EMC", "EMC整改", "原理图", "PCB"], ...none,
        },
        {
          title: "质量工程师", minLevel: "associate", majors: [], majorsRequired: false, minYears: 2, management: false,
          skills: [], acceptSkills: ["IATF16949", "IATF 16949", "8D"], languages: [], certifications: pref("内审员证"),
        },
        {
          title: "行政前台", minLevel: "associate", majors: [], majorsRequired: false, minYears: null, management: false,
          skills: req("Office"), acceptSkills: ["Microsoft Office", "办公软件"], ...none,
        },
      ],
    },
    // A Taiwan state-owned company's 甄試簡章, three PDF pages: running header and "第 N 頁，共 3 頁" footer on each,
    // 一、報名資格 (no experience required, for every post), the 職缺 grid (代碼|職缺名稱|名額|工作內容|學歷及科系|證照)
    // with wrapping cells that breaks after two rows and repeats its header on page 2, then exam dates, pay and notes.
    "04_tw_exam_brochure.pdf": {
      family: "pdf-tw-exam-brochure-grid-page-break",
      positions: [
        {
          title: "電機工程師", minLevel: "bachelor", majors: ["電機工程"], majorsRequired: true, minYears: null, management: false,
          certifications: pref("室內配線技術士"),
        },
        {
          title: "資訊工程師", minLevel: "bachelor", majors: ["資訊工程", "資訊管理"], majorsRequired: true, minYears: null, management: false,
          certifications: [],
        },
        {
          title: "會計專員", minLevel: "bachelor", majors: ["會計", "財務金融"], majorsRequired: true, minYears: null, management: false,
          certifications: [],
        },
      ],
    },
    // A Personio job page saved from the browser: a job JSON in a script, cookie dialog, logo/nav/language select,
    // h1 title with (f/m/d), a "dept · city · type · hours" line, About us / Your tasks / Your profile / Why us? lists,
    // an application form, footer.
    "05_personio_page.html": {
      family: "personio-html",
      positions: [
        {
          title: "Working Student Marketing Automation (f/m/d)", titleAliases: ["Working Student Marketing Automation"],
          majors: ["business", "marketing", "communications"], majorsRequired: true, management: false, skills: pref("HTML"),
          acceptSkills: ["HubSpot", "Excel", "Google Sheets", "marketing automation", "A/B tests", "A/B testing", "CRM", "segmentation", "email journeys", "lead scoring", "lead-scoring"],
          languages: [...req("English"), ...pref("German")], certifications: [],
        },
      ],
    },
    // A Mailchimp newsletter: hidden preview text, "View this email in your browser", logo, intro, each role a boxed
    // table card (h2 title, bold property · type · pay line, summary, "You'll need:" list) followed by an "Apply now"
    // button table; a referral block, social links, the legal footer and the Mailchimp badge.
    "06_mailchimp_newsletter.html": {
      family: "mailchimp-newsletter-role-cards",
      positions: [
        {
          title: "Head Chef", minYears: 3, management: true, skills: [], acceptSkills: ["food cost", "GP control", "menu writing", "seasonal menus"],
          languages: [], certifications: req("Level 3 Food Hygiene"),
        },
        {
          title: "Front of House Supervisor", minYears: 1, management: true, skills: [], acceptSkills: ["Opera PMS", "Opera", "training"],
          languages: [], certifications: pref("Personal Licence"),
        },
        {
          title: "Spa Therapist", management: false, skills: [], acceptSkills: ["Elemis", "Decléor", "facials", "massages", "body treatments"],
          languages: [], certifications: req("NVQ Level 3 in Beauty Therapy"),
        },
      ],
    },
    // A Docusaurus MDX page: front matter, import lines, :::tip / :::note admonitions, roles inside <Tabs> as
    // <TabItem label="title"> with a <JobCard city salary /> component, **bold** section lines over numbered and dash
    // lists, an FAQ <details>.
    "07_docusaurus_tabs.md": {
      family: "mdx-docusaurus-tabs",
      positions: [
        {
          title: "存储引擎研发工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: req("LSM-Tree"), acceptSkills: ["C++", "Rust", "Raft", "Paxos", "Compaction", "分布式存储", "存储引擎", "开源", "多副本一致性"], ...none,
        },
        {
          title: "开发者体验工程师", minLevel: "bachelor", majors: [], majorsRequired: false, minYears: 2, management: false,
          skills: req("Java", "Go"), acceptSkills: ["SDK", "SDK开发", "技术写作", "后端", "后端开发"], languages: req("中文", "英文"), certifications: [],
        },
      ],
    },
    // A Taiwan hospital 徵才公告 saved from Notepad as UTF-16LE with BOM and CRLF: 一、職稱：title sections with
    // full-width-space indented 名額 / 資格 (numbered) / 工作內容 lines, then 報名方式 / 甄選方式 / 聯絡人 sections.
    "08_tw_hospital_utf16.txt": {
      family: "tw-hospital-notice-utf16",
      positions: [
        {
          title: "專科護理師（內科）", titleAliases: ["專科護理師"], minLevel: "bachelor", majors: ["護理"], majorsRequired: true, minYears: 2, management: false,
          languages: [], certifications: [...req("護理師證書", "專科護理師證書"), ...pref("ACLS")],
        },
        {
          title: "醫事檢驗師", minLevel: "bachelor", majors: ["醫學檢驗"], majorsRequired: true, minYears: null, management: false,
          languages: [], certifications: req("醫事檢驗師證書"),
        },
      ],
    },
    // A Hong Kong property manager's Chinese notice in Big5-HKSCS with CRLF: 誠聘, (1)/(2) roles with 工作地點 and
    // 要求： dash lines, a colloquial 待遇 line (啱傾就傾), phone/WhatsApp and address lines, the personal-data line.
    "09_hk_property_big5hkscs.txt": {
      family: "hk-chinese-notice-big5hkscs",
      positions: [
        {
          title: "保安員 (日/夜更)", titleAliases: ["保安員"], minLevel: "junior_high", management: false,
          languages: req("英文"), certifications: req("保安人員許可證"),
        },
        {
          title: "物業主任", minLevel: "associate", majors: ["物業管理"], majorsRequired: false, minYears: 3,
          skills: req("Word", "Excel"), acceptSkills: ["MS Word", "電腦操作", "物業管理"],
          languages: req("中文", "英文", "普通話"), certifications: pref("物業管理人（第二級）牌照"),
        },
      ],
    },
    // A USAJOBS announcement copy: nav, title, agency lines, "This job is open to", announcement numbers, an Overview of
    // ~20 label: value lines (Supervisory status: No), Duties summary and unbulleted duties, Requirements / Conditions of
    // Employment / Qualifications prose (one year of specialized experience), Education, and the boilerplate sections.
    "10_usajobs_copy.txt": {
      family: "usajobs-announcement-copy",
      positions: [
        {
          title: "Lead IT Specialist (INFOSEC)", titleAliases: ["Lead IT Specialist"], minYears: 1, management: false, skills: req("NIST SP 800-53"),
          acceptSkills: ["NIST", "RMF", "Risk Management Framework", "Nessus", "Splunk", "continuous monitoring", "vulnerability management", "ATO", "Authority to Operate", "POA&M", "risk assessments", "security controls"],
          languages: [],
        },
      ],
    },
    // A UK civil service "Job description and person specification" in Word: OFFICIAL markings, Title / Heading 1–3
    // paragraph styles, department, a tab-separated grade/salary line, location/contract lines, List Bullet duties,
    // Essential and Desirable criteria, Behaviours, security and nationality lines.
    "11_uk_civil_service.docx": {
      family: "uk-civil-service-jd-docx",
      positions: [
        {
          title: "Senior Policy Adviser – Net Zero Buildings", titleAliases: ["Senior Policy Adviser"], management: true, skills: [],
          acceptSkills: ["policy development", "EPC", "EPCs", "DEC", "DECs", "SAP", "SBEM", "analysis", "ministerial briefing", "stakeholder management", "building energy performance"],
          ...none,
        },
      ],
    },
    // A 校园招聘宣讲会 deck exported to PDF, landscape, one slide a page: cover, company slide, one slide per role whose
    // title is the slide title and whose 岗位职责 / 任职要求 sit in two text boxes side by side (each written whole, some
    // items wrapped), benefits and how-to-apply slides, a footer and slide number on each.
    "12_slides_pdf.pdf": {
      family: "pdf-slide-deck-role-per-slide",
      positions: [
        {
          title: "数字IC设计工程师", minLevel: "master", majors: ["微电子", "电子工程", "计算机"], majorsRequired: true, minYears: null, management: false,
          skills: [...req("Verilog"), ...pref("UVM")], acceptSkills: ["SystemVerilog", "VCS", "Verdi", "EDA", "EDA工具", "RTL", "RTL设计", "SoC", "ECO", "时序分析"], ...none,
        },
        {
          title: "模拟IC设计工程师", minLevel: "master", majors: ["微电子", "电子工程"], majorsRequired: true, minYears: null, management: false,
          skills: req("Cadence Virtuoso"), acceptSkills: ["Cadence", "Virtuoso", "模拟电路", "ADC", "PLL", "LDO", "版图", "后仿", "电路设计"], ...none,
        },
        {
          title: "FAE现场应用工程师", titleAliases: ["FAE", "现场应用工程师"], minLevel: "bachelor", majors: ["电子", "通信", "自动化"], majorsRequired: true,
          minYears: null, management: false, skills: [], acceptSkills: ["示波器", "芯片选型", "方案设计", "现场调试"], languages: req("英语"), certifications: [],
        },
      ],
    },
    // A 知乎 answer copied with the page: nav, question title and counts, the answerer's name and headline (their own
    // job title), 赞同 count, "谢邀" prose naming two roles in "第一个是X。…要求…" paragraphs, edit line, comments.
    "13_zhihu_answer.txt": {
      family: "zhihu-answer-roles-in-prose",
      positions: [
        {
          title: "语音交互产品经理", minLevel: "bachelor", minYears: 3, management: false, skills: pref("SQL"),
          acceptSkills: ["PRD", "数据指标", "语音助手", "AI产品", "车载", "智能硬件", "体验设计", "需求规划"], ...none,
        },
        {
          title: "座舱系统测试工程师", minLevel: "associate", minYears: 2, management: false, skills: req("adb", "Python"),
          acceptSkills: ["Android Automotive", "Android", "Android系统测试", "CAN", "CAN总线", "台架测试", "自动化测试", "自动化用例", "Python脚本", "性能测试"], ...none,
        },
      ],
    },
    // A 钉钉 OA 招聘需求申请 copied from the approval view: breadcrumb, form fields (审批编号, 申请人, 所在部门, 需求岗位,
    // 需求人数, 期望到岗时间, 薪资范围), 岗位职责 / 任职要求 numbered lines, 招聘原因, attachment, the 审批流程 with
    // approvers' names and titles, 抄送人 and a comment.
    "14_dingtalk_approval.txt": {
      family: "dingtalk-approval-form-copy",
      positions: [
        {
          title: "区域销售经理", minLevel: "bachelor", majors: ["市场营销"], majorsRequired: false, minYears: 5, management: true,
          skills: req("CRM", "Excel"), acceptSkills: ["CRM系统", "经销商开发", "快消品销售", "市场推广", "销售"], languages: [], certifications: req("C1驾照"),
        },
      ],
    },
  },
};
