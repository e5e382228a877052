import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 4: a Taiwan public-body notice with a table of posts, a 校园招聘 article, a bilingual headhunter
 * JD, a Greenhouse page, a Word demand table, a three-page PDF with running headers, a forwarded email thread,
 * a GBK job-fair sheet, a Japanese company's posting in Chinese, three roles in prose paragraphs, SEEK and
 * Workday copies, a 内推 chat, Lever and Taiwan <dl> careers pages, a styled Word JD. Written before the parser was run on any of them.
 */
export const batch04: HeldoutBatch = {
  id: "batch-04",
  written: "2026-12-01",
  documents: {
    // A Taiwan public transport office's 約用人員 notice: breadcrumb, dates and hit counter, a tab table
    // 職缺編號|職稱|名額|工作內容|資格條件|待遇 whose cells hold "1.… 2.…" runs, then 報名/甄選 rules and site footer.
    "01_tw_public_notice_table.txt": {
      family: "tw-public-notice-table",
      positions: [
        {
          title: "土木工程員", minLevel: "bachelor", majors: ["土木工程", "營建工程"], majorsRequired: true, minYears: 2, management: false,
          skills: req("AutoCAD"), acceptSkills: ["CAD", "施工管理", "工程監造"], languages: [], certifications: pref("公共工程品質管理訓練班結業證書"),
        },
        {
          title: "行政助理", minLevel: "associate", majors: [], majorsRequired: false, minYears: null, management: false,
          skills: req("Word", "Excel"), acceptSkills: ["中文打字", "文書處理", "電腦文書處理", "办公软件", "文書處理軟體", "檔案管理", "档案管理"], ...none,
        },
        {
          title: "資訊管理師", minLevel: "bachelor", majors: ["資訊工程", "資訊管理"], majorsRequired: true, minYears: 3, management: false,
          skills: req("Linux", "Windows Server", "Oracle"), acceptSkills: ["Oracle資料庫", "資料庫", "数据库", "ISMS", "資訊安全", "网络安全", "系統維運", "網路維運"],
          languages: [], certifications: pref("ISO 27001主導稽核員"),
        },
      ],
    },
    // A WeChat 公众号 校招 article: —— section —— banners, ▍技术类/职能类 groups, each role a bare title line with
    // 工作地点/需求专业 rows and 岗位职责/任职要求 lists; salary bands, 宣讲会 schedule, QR prompt, read counts.
    "02_campus_recruitment.txt": {
      family: "zh-campus-recruitment",
      positions: [
        {
          title: "算法工程师（计算机视觉方向）", minLevel: "master", majors: ["计算机", "人工智能", "自动化", "电子信息"], majorsRequired: true,
          skills: req("PyTorch"), acceptSkills: ["Python", "C++", "计算机视觉", "深度学习", "机器学习", "图像检测", "视觉算法"], ...none,
        },
        {
          title: "嵌入式软件工程师", minLevel: "bachelor", majors: ["电子", "通信", "自动化"], majorsRequired: true,
          skills: req("C语言"), acceptSkills: ["C", "ARM", "RTOS", "嵌入式开发", "驱动开发"], languages: req("英语"), certifications: req("英语四级"),
        },
        {
          title: "管理培训生", minLevel: "bachelor", majors: [], majorsRequired: false, skills: [], acceptSkills: ["沟通能力", "学习能力"], ...none,
        },
      ],
    },
    // A headhunter's JD in English, then the same JD again in Chinese (职位：供应链总监): one position, not two.
    // Reporting line and team size name other roles; a consultant line at the end.
    "03_bilingual_headhunter.txt": {
      family: "bilingual-headhunter-jd",
      positions: [
        {
          title: "Supply Chain Director", titleAliases: ["供应链总监"], minLevel: "bachelor", majors: ["Supply Chain", "Logistics", "Engineering"], majorsRequired: true,
          minYears: 12, management: true, skills: req("SAP"),
          acceptSkills: ["S&OP", "supply chain management", "供应链管理", "供应链", "procurement", "采购", "logistics", "物流管理"],
          languages: req("English", "Mandarin"), certifications: pref("APICS CPIM", "CSCP"),
        },
      ],
    },
    // A Greenhouse board page saved from the browser: cookie banner, nav, JSON-LD and scripts, h1 + "at Company",
    // bold-paragraph sections over lists, salary sentence, EEO paragraph, the application form with its demographic questions.
    "04_greenhouse_page.html": {
      family: "greenhouse-html",
      positions: [
        {
          title: "Senior Backend Engineer, Payments", minLevel: null, minYears: 5, management: false,
          skills: [...req("PostgreSQL"), ...pref("Kafka")],
          acceptSkills: ["Go", "Java", "Kotlin", "distributed systems", "payments", "backend", "后端开发", "PCI DSS", "ISO 8583", "written communication", "communication"],
          ...none,
        },
      ],
    },
    // A Word hiring-demand table (序号|岗位名称|人数|岗位职责|任职要求|工作地点) whose duty and requirement cells hold
    // several paragraphs each, so the decoder's lines interleave the two cells; a sign-off row below.
    "05_docx_demand_table.docx": {
      family: "docx-demand-table",
      positions: [
        {
          title: "物业管家", minLevel: "associate", majors: ["物业管理"], majorsRequired: false, minYears: 1, management: false,
          skills: req("办公软件"), acceptSkills: ["Office", "客户服务", "物业管理", "物业服务"], languages: [], certifications: pref("物业管理员证"),
        },
        {
          title: "工程维修主管", minLevel: "high_school", majors: ["机电", "电气"], majorsRequired: true, minYears: 3, management: true,
          skills: [], acceptSkills: ["供配电", "给排水", "设备维护", "电梯"], languages: [], certifications: [...req("低压电工证"), ...pref("制冷作业证")],
        },
      ],
    },
    // A bank's three-page PDF notice (embedded Noto CJK, make-files.ts): a running header and a "第 N 页 共 3 页" footer
    // on every page, both requirement lists broken across a page boundary.
    "06_pdf_multipage_notice.pdf": {
      family: "pdf-multipage-running-headers",
      positions: [
        {
          title: "对公客户经理", minLevel: "bachelor", majors: ["金融", "经济", "管理"], majorsRequired: true, minYears: 3, management: false,
          skills: [], acceptSkills: ["营销能力", "沟通协调能力", "沟通能力", "授信", "信贷", "客户营销"], languages: [], certifications: pref("银行业专业人员职业资格证书"),
        },
        {
          title: "风险管理岗", minLevel: "master", majors: ["金融工程", "统计学", "数学"], majorsRequired: true, minYears: 2, management: false,
          skills: [...req("SQL", "Python"), ...pref("SAS")], acceptSkills: ["风险管理", "信用风险", "模型开发", "风险计量"], languages: [], certifications: pref("FRM"),
        },
      ],
    },
    // An Outlook forward of a reply thread: headers, "-----Original Message-----", "> " and ">> " quotes that talk
    // about dropping German and about seniority, the JD, then a signature naming the sender's own role.
    "07_en_forwarded_thread.txt": {
      family: "en-forwarded-email-thread",
      positions: [
        {
          title: "QA Automation Engineer", minYears: 3, management: false, skills: [...req("TypeScript", "Playwright"), ...pref("JMeter")],
          acceptSkills: ["Cypress", "GitHub Actions", "CI", "CI/CD", "test automation", "软件测试", "API testing", "contract tests", "load testing"],
          languages: req("English"), certifications: pref("ISTQB Foundation"),
        },
      ],
    },
    // A county talent site's job-fair exhibitor sheet in GBK with CRLF: a space-aligned table 招聘岗位|人数|学历|月薪|要求,
    // a ★ site banner and 上一条/下一条 links naming other employers.
    "08_gbk_job_fair.txt": {
      family: "gbk-job-fair-sheet",
      positions: [
        { title: "护士", minLevel: "high_school", skills: [], languages: [], certifications: req("护士执业证书") },
        { title: "药剂师", minLevel: "associate", majors: ["药学"], majorsRequired: true, minYears: 2, skills: [], languages: [], certifications: req("药师资格证") },
        { title: "收费员", minLevel: "high_school", skills: req("HIS系统"), acceptSkills: ["HIS", "医院HIS系统", "电脑", "电脑操作", "收银", "收银系统"], ...none },
      ],
    },
    // A Japanese-owned factory's 募集要项 in Chinese with Japanese labels: 职种/雇用形态/勤務地/待遇/休日休暇/福利厚生,
    // ・ bullets under 仕事内容/应募资格/歓迎条件, 选考流程 and an 担当 line.
    "09_jp_company_zh.txt": {
      family: "jp-company-zh-posting",
      positions: [
        {
          title: "生产管理担当", minLevel: "associate", majors: ["日语"], majorsRequired: false, minYears: 3, management: false,
          skills: req("Excel", "Word"), acceptSkills: ["生产管理", "生产计划", "ISO9001", "翻译", "口译", "5S", "成本改善", "商务会话"], languages: req("日语"),
        },
      ],
    },
    // A small team's post: three roles, each one prose paragraph opening "第一位是X，…", no headings, no lists.
    "10_three_roles_paragraphs.txt": {
      family: "zh-prose-roles-no-headings",
      positions: [
        {
          title: "亚马逊运营", minLevel: "associate", minYears: 1, skills: [], acceptSkills: ["亚马逊", "Amazon", "listing优化", "Listing", "广告投放", "站内广告", "库存计划", "电子商务"],
          languages: req("英语"), certifications: [],
        },
        { title: "美工", minLevel: null, skills: [...req("Photoshop", "Illustrator"), ...pref("C4D")], acceptSkills: ["PS", "AI", "作品集"], ...none },
        { title: "客服专员", minYears: null, skills: [], acceptSkills: ["英文邮件", "客户服务", "客服", "售后"], languages: req("英语"), certifications: req("英语四级") },
      ],
    },
    // A SEEK (Australia) job page copied whole: site menu, title, company with rating, location, category, work type,
    // pay, "Posted 3d ago", unbulleted responsibilities and "About you" lines, employer questions, scam warning, footer.
    "11_seek_au_copy.txt": {
      family: "seek-au-copy",
      positions: [
        {
          title: "Site Supervisor – Commercial Fit-out", minLevel: null, minYears: 5, management: true,
          skills: req("Procore", "MS Project"), acceptSkills: ["Microsoft Project", "communication", "leadership", "communication skills", "leadership skills", "WHS", "fit-out"],
          languages: [], certifications: req("White Card", "First Aid certificate", "Working at Heights", "driver's licence"),
        },
      ],
    },
    // A 内推 message in a group chat: sender/time lines, a "[内推] 公司-部门-职位（城市）" headline, 【】 rows, · requirements
    // and no duties, a referral code and link, then other members' replies.
    "12_referral_chat.txt": {
      family: "zh-referral-chat",
      positions: [
        {
          title: "数据分析师", minLevel: "bachelor", majors: ["统计", "数学", "计算机"], majorsRequired: true, minYears: 2, management: false,
          skills: [...req("SQL"), ...pref("Python", "R")], acceptSkills: ["数据分析", "专题分析", "电商"], ...none,
        },
      ],
    },
    // A Workday posting copied whole: menu, title, "locations / time type / posted on / job requisition id" label lines
    // with values below, Required/Preferred lists, pay range, EEO, "Similar Jobs" titles, footer.
    "13_workday_copy.txt": {
      family: "workday-copy",
      positions: [
        {
          title: "Registered Nurse - Emergency Department", minYears: 2, management: false, skills: pref("Epic"),
          acceptSkills: ["EHR", "electronic health record", "triage", "acute care", "nursing", "patient education"],
          certifications: [...req("RN license", "BLS", "ACLS"), ...pref("TNCC", "ENPC")],
        },
      ],
    },
    // A Lever posting page: logo header, h2 title, location / team / commitment / workplace category divs,
    // h3 + plain-list sections, two apply buttons, "Jobs powered by" footer.
    "14_lever_page.html": {
      family: "lever-html",
      positions: [
        {
          title: "Customer Support Specialist (Mandarin Speaking)", minYears: 1, management: false, skills: pref("Zendesk"),
          acceptSkills: ["customer support", "customer service", "客户服务", "troubleshooting", "ticketing"],
          languages: req("English", "Mandarin"), certifications: [],
        },
      ],
    },
    // A Taiwan bakery's careers page: nav, breadcrumb, h2 title, a ｜ tag line with pay, the posting as a <dl> of
    // 工作內容/學歷要求/工作經歷/科系要求/其他條件 with <br> lines; its last line names the roles it is promoted to.
    "15_tw_careers_dl.html": {
      family: "tw-careers-html-dl",
      positions: [
        {
          title: "門市儲備幹部", minLevel: "associate", majors: [], majorsRequired: false, minYears: null, skills: [],
          acceptSkills: ["門市營運管理", "門市管理", "排班", "教育訓練", "培训", "顧客服務", "客户服务", "庫存管理", "客訴處理"],
          languages: [], certifications: pref("機車駕照"),
        },
      ],
    },
    // A US nonprofit's Word JD with paragraph styles (Title, Heading 2, List Bullet): a Department / Reports to /
    // FLSA Status / Location block, "Supervisory Responsibilities: None.", Physical Demands, EEO line.
    "16_en_docx_styles.docx": {
      family: "en-docx-heading-styles",
      positions: [
        {
          title: "Program Coordinator", minLevel: "bachelor", majors: ["social work", "public health"], majorsRequired: true, minYears: 2,
          management: false, skills: req("Microsoft Office", "Salesforce"), acceptSkills: ["Office", "MS Office", "办公软件", "CRM"],
          certifications: req("driver's license"),
        },
      ],
    },
  },
};
