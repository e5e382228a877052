import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 12, written in session 8 and kept off main until the parser freeze at the end of the session, so that it
 * measures the parser as the session leaves it without anyone having seen it: a provincial 公务员 职位表 pasted out of
 * Excel as tab-separated rows (GBK), a 智联校园 company page of 校招 job cards (HTML), a Macau hotel group's careers page
 * with vacancies under each property in Traditional Chinese and English (HTML), a Hong Kong aided school's bilingual
 * teacher vacancy table in Word, a Japanese-owned Taiwan factory's gate notice (記 … 以上, ○ posts, stamp boxes) as a PDF,
 * an English parish church notice sheet with two staff vacancies among services and notices, the OCR text of a phone
 * screenshot of a job app's detail screen, a 微博 post with emoji, two roles, a repost chain and comments, a Canada Job
 * Bank posting copy (UTF-16LE), a EURAXESS offer printed from the browser to PDF, a BambooHR job page with a sidebar of
 * facts and a hidden application form (HTML), a Chinese JD draft in Word with tracked insertions and deletions left in,
 * a Hugo content file whose roles are shortcodes with the title as an attribute (TOML front matter), a HackMD team note
 * in Traditional Chinese with :::info blocks and checkbox requirements, a 应届生求职网 campus post with a pipe table of
 * posts (GB18030), and a Hong Kong Facebook job-group post in Cantonese with comments. Written before the parser was run
 * on any of them.
 */
export const batch12: HeldoutBatch = {
  id: "batch-12",
  written: "2026-12-03",
  documents: {
    // A provincial 公务员考试录用 职位表 copied from the Excel annex and pasted as text (GBK, CRLF): 附件1, the sheet title, a
    // tab-separated header row of 15 columns (序号/招录机关/用人单位/职位名称/职位代码/职位层级/职位简介/招考人数/学历/学位/专业/
    // 政治面貌/基层工作最低年限/其他条件/咨询电话), three post rows, the sheet's 注 lines. 基层工作最低年限 "无限制" means no
    // experience is required; "二年" is two years.
    "01_gwy_post_table_paste_gbk.txt": {
      family: "gwy-exam-post-table-excel-paste-tsv-gbk",
      positions: [
        {
          title: "综合统计岗", minLevel: "bachelor", majors: ["统计学", "经济统计学", "应用统计学"], majorsRequired: true, minYears: null, management: false,
          skills: [], acceptSkills: ["国民经济综合统计", "统计分析"], ...none,
        },
        {
          title: "信息技术岗", minLevel: "bachelor", majors: ["计算机科学与技术", "软件工程", "网络工程"], majorsRequired: true, minYears: 2, management: false,
          skills: [], acceptSkills: ["政务信息系统运维", "网络安全管理", "网络安全", "运维"],
          languages: [], certifications: req("计算机技术与软件专业技术资格（中级）"),
        },
        {
          title: "法制审核岗", minLevel: "master", majors: ["法学"], majorsRequired: true, minYears: null, management: false,
          skills: [], acceptSkills: ["法制审核", "行政执法"], languages: [], certifications: req("法律职业资格"),
        },
      ],
    },
    // A 智联校园 company page saved as HTML: site header and nav, breadcrumb, company banner with tags and a follow button,
    // 公司介绍, 招聘流程 as a list, 在招职位（3） with filter tabs, then one job card each: h3 job name, a "2027届校招" badge,
    // salary, meta list (city / degree / 招N人 / 全职), 职位描述 with 岗位职责 and 任职要求 numbered paragraphs, 立即网申; a side
    // box of other companies' campus drives; footer with the anti-fraud note. Campus posts state no experience.
    "02_zhaopin_xiaozhao_page.html": {
      family: "zhaopin-campus-company-page-html-job-cards",
      positions: [
        {
          title: "算法工程师", minLevel: "master", majors: ["计算机", "人工智能", "数学"], majorsRequired: true, minYears: null, management: false,
          skills: [...req("Python", "PyTorch"), ...pref("C++")],
          acceptSkills: ["深度学习", "深度学习框架", "目标检测", "分割算法", "缺陷检测", "模型部署", "CVPR", "ICCV", "学习能力", "团队合作精神", "C++开发"],
          ...none,
        },
        {
          title: "嵌入式软件工程师", minLevel: "bachelor", majors: ["电子信息工程", "自动化", "计算机科学与技术"], majorsRequired: true, minYears: null, management: false,
          skills: [...req("C语言", "Linux"), ...pref("ARM", "RTOS")],
          acceptSkills: ["C", "CAN", "SPI", "I2C", "驱动程序", "电路原理图", "嵌入式软件开发", "Linux开发环境", "ARM架构", "动手能力", "通信协议"],
          ...none,
        },
        {
          title: "供应链管培生", minLevel: "bachelor", majors: ["物流管理", "工业工程", "供应链管理"], majorsRequired: true, minYears: null, management: false,
          skills: req("Excel"), acceptSkills: ["数据分析", "沟通能力", "供应链管理", "供应商开发", "绩效评估", "英语读写"],
          languages: req("英语"), certifications: req("英语六级"),
        },
      ],
    },
    // A Macau hotel group's careers page (HTML): cookie bar, nav and language switch in Chinese and English, intro in both,
    // a property/department filter form, then one section per property (h2 name in both scripts, address) holding
    // article.vacancy blocks: h3 "中文 English" title, a meta line (部門 / 職位類型 / 編號), 職責 Responsibilities and 要求
    // Requirements lists, Apply Now; benefits, shortlisting and privacy notes, footer with social links and a gaming notice.
    "03_macau_hotel_group_careers.html": {
      family: "mo-hotel-group-multi-property-careers-html-bilingual",
      positions: [
        {
          title: "前堂經理", titleAliases: ["Front Office Manager", "前堂經理 Front Office Manager"],
          minLevel: "associate", majors: ["酒店管理", "旅遊管理"], majorsRequired: true, minYears: 5, management: true,
          skills: req("Opera PMS"), acceptSkills: ["Opera", "Opera PMS系統", "排更", "賓客投訴處理", "培訓"],
          languages: req("廣東話", "英語", "普通話"), certifications: [],
        },
        {
          title: "中廚副主廚", titleAliases: ["Chinese Sous Chef", "中廚副主廚 Chinese Sous Chef"],
          minLevel: "high_school", majors: [], minYears: 8, management: true,
          skills: [], acceptSkills: ["粵菜", "粵菜廚房", "季節菜單", "菜單設計", "成本控制", "控制食材成本"],
          languages: req("廣東話"), certifications: req("食品安全培訓證書"),
        },
        {
          title: "水療治療師", titleAliases: ["Spa Therapist", "水療治療師 Spa Therapist"],
          minLevel: null, majors: [], minYears: 1, management: false,
          skills: [], acceptSkills: ["按摩", "面部護理", "身體護理", "療程", "水療產品"],
          languages: [...req("英語"), ...pref("普通話")], certifications: pref("CIDESCO"),
        },
      ],
    },
    // A Hong Kong aided secondary school's vacancy notice in Word, bilingual throughout: school name (Chinese, English),
    // address, Title, two intro paragraphs, one table 職位 Post / 要求 Requirements / 職責 Duties whose cells hold a line a
    // paragraph (the post cell: Chinese title, English title, contract type), 申請手續 How to Apply, the 落選 and personal-data
    // notes, the principal's sign-off. No experience is asked of the teacher; the assistant's school experience is a plus.
    "04_hk_school_teacher_vacancies.docx": {
      family: "hk-aided-school-teacher-vacancy-docx-bilingual-table",
      positions: [
        {
          title: "學位教師（英國語文科）", titleAliases: ["Graduate Master/Mistress (English Language)", "學位教師（英國語文科） Graduate Master/Mistress (English Language)"],
          minLevel: "bachelor", majors: ["英國語文", "英語語言學"], majorsRequired: true, minYears: null, management: false,
          skills: [], acceptSkills: ["英語戲劇", "英文科教學"],
          languages: req("英語"), certifications: req("PGDE", "LPAT"),
        },
        {
          title: "教學助理（合約）", titleAliases: ["Teaching Assistant (Contract)", "教學助理", "Teaching Assistant"],
          minLevel: "high_school", majors: [], majorsRequired: false, minYears: null, management: false,
          skills: [...req("Microsoft Office"), ...pref("Google Classroom")], acceptSkills: ["Office", "電子學習平台", "功課輔導"],
          languages: req("廣東話", "英語"), certifications: [],
        },
      ],
    },
    // A Japanese-owned precision parts factory in Taiwan: its 人員招募公告 as posted at the gate, a one-page PDF in
    // Traditional Chinese: company name in Chinese and English over a rule, 文號 and date on one line, the title, a greeting,
    // 「記」, two ○ posts written "課名　職稱　N名" over ・ label：value lines (業務內容/學歷/經驗/技能/語言/其他), 共通條件,
    // 應徵方式, 工作地點, the closing 「以上」 and a row of approval stamp boxes (社長/部長/課長/承辦).
    "05_tw_jp_factory_notice.pdf": {
      family: "tw-jp-owned-factory-gate-notice-pdf-ki-ijo",
      positions: [
        {
          title: "品保工程師", minLevel: "bachelor", majors: ["機械工程", "工業工程"], majorsRequired: true, minYears: 2, management: false,
          skills: req("FMEA", "MSA", "QC七大手法"), acceptSkills: ["8D", "QC手法", "進料檢驗", "製程品質管理", "客訴分析", "對策報告"],
          languages: pref("日文"), certifications: pref("日本語能力試驗N3"),
        },
        {
          title: "作業員（輪班）", titleAliases: ["作業員"], minLevel: "junior_high", majors: [], minYears: null, management: false,
          skills: [], acceptSkills: ["CNC", "CNC加工機", "上下料", "目視檢查", "外觀目視檢查", "產品包裝", "5S"],
          languages: [], certifications: pref("堆高機操作證照"),
        },
      ],
    },
    // An English parish church's weekly notice sheet (plain text): church name and Sunday, clergy and office line, TODAY
    // service times with readings, THIS WEEK diary, prayer list, then a STAFF VACANCIES block between dashed rules: two
    // posts written "TITLE (hours, pay)" in capitals over a paragraph and * requirement lines, an apply paragraph; then
    // NOTICES, charity number, safeguarding contact. The coordinator organises volunteers, which the reader does not count
    // as managing staff either way, so management is not read for it.
    "06_church_bulletin_vacancies.txt": {
      family: "en-church-notice-sheet-staff-vacancies",
      positions: [
        {
          title: "Volunteer Coordinator", minLevel: null, majors: [], minYears: 2,
          skills: [...req("Microsoft Excel"), ...pref("Planning Center")], acceptSkills: ["Excel", "email", "rota system", "coordinating volunteers", "organised"],
          languages: [], certifications: req("Enhanced DBS check"),
        },
        {
          title: "Youth & Families Worker", titleAliases: ["Youth and Families Worker"], minLevel: null, majors: [], minYears: 1, management: false,
          skills: [], acceptSkills: ["youth work"],
          languages: [], certifications: [...pref("JNC-recognised qualification in youth work"), ...req("full UK driving licence", "Enhanced DBS check")],
        },
      ],
    },
    // The OCR text of a phone screenshot of a job app's detail screen (UTF-8): status bar, back/收藏/⋯ row, the title
    // alone, salary, "城市 区 | 3-5年 | 大专", benefit and skill tags, 职位详情 with 岗位职责 and 任职要求 whose lines break at
    // the screen width mid-phrase and whose "1." reads "l.", the recruiter card, company card, address, 举报/分享, 立即沟通.
    "07_app_screenshot_ocr.txt": {
      family: "ocr-mobile-app-job-detail-screenshot-zh",
      positions: [
        {
          title: "仓储主管", minLevel: "associate", majors: ["物流管理"], majorsRequired: true, minYears: 3, maxYears: 5, management: true,
          skills: req("WMS", "Excel"), acceptSkills: ["WMS系统", "团队管理", "盘点", "排班", "绩效考核", "库存准确率", "流程改善", "差异分析", "仓库日常运营管理"],
          languages: [], certifications: pref("叉车证"),
        },
      ],
    },
    // A 微博 post copied from the web page (UTF-8): 微博正文, account, time and client, #话题# tags and a 【】 headline with
    // emoji, two roles each "📌名称（N人）" over ✅ duty lines and one 👉要求 line, a salary line for both, apply line and
    // @mentions, the repost/comment/like counts, the //@ repost chain and 热门评论 with replies.
    "08_weibo_post_repost.txt": {
      family: "weibo-post-emoji-repost-chain-comments",
      positions: [
        {
          title: "直播运营", minLevel: "associate", majors: [], minYears: 1, management: false,
          skills: req("Excel"), acceptSkills: ["抖音", "淘宝直播", "场控", "复盘", "数据复盘", "直播平台规则", "抖音直播平台规则", "直播活动策划", "排期"],
          ...none,
        },
        {
          title: "短视频剪辑师", minLevel: null, majors: [], minYears: null, management: false,
          skills: [...req("Premiere", "After Effects"), ...pref("剪映")], acceptSkills: ["AE", "PR", "剪辑", "剪辑包装", "脚本创意", "作品集"],
          ...none,
        },
      ],
    },
    // A Canada Job Bank posting copied from the browser and saved by Notepad as UTF-16LE with BOM (CRLF): site nav, the
    // title alone, employer, Job Bank number, facts lines (Location, Salary, Terms, Start date, vacancies), Overview as
    // label then value lines (Languages / Education / Experience "2 years to less than 3 years" / On site), Responsibilities
    // > Tasks, Credentials, Experience and specialization (three pieces of equipment the worker must know), Additional
    // information, Benefits, Who can apply, How to apply, similar jobs (titles only, not positions), report link.
    "09_ca_job_bank_utf16le.txt": {
      family: "ca-job-bank-posting-copy-utf16le",
      positions: [
        {
          title: "Industrial electrician", minLevel: "high_school", majors: [], minYears: 2, management: false,
          skills: req("Programmable logic controllers (PLC)", "Variable frequency drives (VFD)", "Motor control centres"),
          acceptSkills: ["PLC", "VFD", "Programmable logic controllers", "Variable frequency drives", "electrical code", "blueprints", "schematics", "drawings",
            "preventive maintenance", "electrical control systems", "Attention to detail", "Team player", "Dependability", "Work under pressure"],
          languages: req("English"), certifications: req("Red Seal"),
        },
      ],
    },
    // A EURAXESS job offer printed from the browser to a two-page PDF: the browser's date and page title at the top and
    // URL and "n/2" at the bottom of each page, the site nav, the title, Apply now, JOB OFFER facts as label and value in
    // two columns, OFFER DESCRIPTION, then on page 2 REQUIREMENTS as label-over-value pairs (Research Field / Education
    // Level twice, Skills/Qualifications dash lines, Languages ENGLISH, Level Excellent), ADDITIONAL INFORMATION, where to
    // apply, share line. Co-supervising doctoral candidates is not read as management either way.
    "10_euraxess_offer_print.pdf": {
      family: "euraxess-offer-browser-print-pdf",
      positions: [
        {
          title: "Postdoctoral Researcher in Battery Materials Modelling", minLevel: "doctorate", majors: ["physics", "chemistry", "materials science"], majorsRequired: true,
          skills: [...req("DFT", "Python"), ...pref("LAMMPS")],
          acceptSkills: ["density functional theory", "density functional theory (DFT)", "VASP", "Quantum ESPRESSO", "molecular dynamics", "HPC", "first-principles calculations",
            "machine-learned interatomic potentials", "programming"],
          languages: req("English"), certifications: [],
        },
      ],
    },
    // A BambooHR job page (HTML): header with logo and back link, h2 title, "Department · City" subtitle, rich-text body
    // with bold pseudo-headings (About / What You'll Do / What You Bring / Bonus Points / Benefits) over lists, EEO line,
    // apply button, a sidebar list of label/value facts (Department, Employment Type, Minimum Experience "Mid-level",
    // Compensation, Location), share links, a hidden application form, "Powered by BambooHR". "Bachelor's degree or
    // equivalent work experience" does not require the degree, so minLevel is not read.
    "11_bamboohr_job_page.html": {
      family: "bamboohr-html-job-page-sidebar-facts",
      positions: [
        {
          title: "Customer Success Manager", majors: [], minYears: 3, management: false,
          skills: [...req("Salesforce", "Gainsight"), ...pref("SQL", "Looker")],
          acceptSkills: ["customer success", "account management", "quarterly business reviews", "business reviews", "writing", "B2B SaaS", "SaaS"],
          languages: pref("Spanish"), certifications: [],
        },
      ],
    },
    // A JD draft in Word with tracked changes left in: a 【修订稿】 note, Title, 编制/审核/日期 line, two posts as Heading2
    // "一、…" over 所属部门/汇报对象/工作地点, 岗位职责 and 任职要求 numbered paragraphs; the reviewer's insertions (w:ins) and
    // deletions (w:del, w:delText) sit inside requirement lines (team size 4→6, years 3→5, a deleted "熟悉SAP" line and an
    // inserted Salesforce line, Tableau→Power BI, a deleted "应届生亦可"). The reading is the text with the changes accepted.
    "12_jd_draft_tracked_changes.docx": {
      family: "docx-jd-draft-tracked-changes-zh",
      positions: [
        {
          title: "华东区域销售经理", minLevel: "bachelor", majors: ["医学", "药学"], majorsRequired: false, minYears: 5, management: true,
          skills: req("Salesforce CRM"), acceptSkills: ["Salesforce", "CRM", "销售预测", "销售计划", "销售数据"],
          ...none,
        },
        {
          title: "销售运营专员", minLevel: "bachelor", majors: ["统计学", "数学", "市场营销"], majorsRequired: false, minYears: 1, management: false,
          skills: [...req("Excel"), ...pref("Power BI")], acceptSkills: ["数据透视表", "VLOOKUP", "CRM", "数据分析", "沟通"],
          ...none,
        },
      ],
    },
    // A Hugo site's careers content file (.md): TOML front matter between +++ lines, a hero shortcode, intro, a figure
    // shortcode, "## Open roles", then each role as a paired {{< role title="…" location=… >}} … {{< /role >}} shortcode (the
    // title is written only as the attribute) holding a paragraph and **You have** / **Nice to have** lists; a callout
    // shortcode, "## How we hire" steps, a newsletter shortcode. No education is asked.
    "13_hugo_careers_shortcodes.md": {
      family: "hugo-md-toml-front-matter-role-shortcodes",
      positions: [
        {
          title: "Site Reliability Engineer", minLevel: null, majors: [], minYears: 4, management: false,
          skills: [...req("Kubernetes", "Terraform", "Prometheus", "Grafana"), ...pref("Go")],
          acceptSkills: ["Infrastructure as code", "monitoring", "alerting", "capacity planning", "on-call", "open-source", "production systems"],
          ...none,
        },
        {
          title: "Technical Writer", minLevel: null, majors: [], minYears: 2, management: false,
          skills: [...req("Markdown", "Git"), ...pref("OpenAPI")],
          acceptSkills: ["docs-as-code", "pull requests", "REST APIs", "REST", "documentation", "writing", "release notes", "tutorials"],
          languages: req("English"), certifications: [],
        },
      ],
    },
    // A HackMD team note exported as Markdown, Traditional Chinese: YAML front matter, H1 with an emoji shortcode, a
    // {%hackmd %} theme embed, [TOC], a :::info block, a 職缺一覽 table (職缺/地點/人數/狀態), then "## 職缺" sections with bold
    // 你會做的事 / 我們希望你 pseudo-headings over bullets and task-list items ([x] required, [ ] 加分), :::success and :::warning
    // blocks, 應徵方式 steps, a quote, the tags line.
    "14_hackmd_hiring_note.md": {
      family: "hackmd-note-md-info-blocks-checkboxes-tw",
      positions: [
        {
          title: "前端工程師", minLevel: "bachelor", majors: [], majorsRequired: false, minYears: 2, management: false,
          skills: [...req("React", "TypeScript"), ...pref("Next.js", "PWA")], acceptSkills: ["code review", "設計系統", "元件庫", "測試", "Web"],
          ...none,
        },
        {
          title: "產品設計師", minLevel: null, majors: [], minYears: 3, management: false,
          skills: [...req("Figma"), ...pref("Framer")], acceptSkills: ["UI/UX", "UX/UI", "UX", "UI", "UI/UX設計", "作品集", "使用者訪談", "可用性測試", "互動原型"],
          languages: pref("英文"), certifications: [],
        },
      ],
    },
    // A 应届生求职网 campus post copied from the page and saved as GB18030 (CRLF): site nav and breadcrumb, the post title,
    // 发布时间/浏览次数/来源, 网申截止 and 工作地点, 【公司简介】, 【招聘岗位】 as a pipe table (岗位名称 | 招聘人数 | 专业要求 |
    // 学历要求 | 工作地点), 【岗位说明】 one line a post "名称：…" that refers back to the table ("专业如上表"), 【招聘流程】,
    // 【网申方式】, the site's 温馨提示 and share line, 相关招聘 (other companies' posts, not positions of this document).
    "15_yingjiesheng_campus_gb18030.txt": {
      family: "yingjiesheng-campus-copy-pipe-table-gb18030",
      positions: [
        {
          title: "工艺工程师", minLevel: "master", majors: ["高分子材料与工程", "化学工程与工艺"], majorsRequired: true, minYears: null, management: false,
          skills: [], acceptSkills: ["高分子材料加工", "高分子材料加工原理", "聚合", "挤出工艺", "中试放大", "倒班"],
          ...none,
        },
        {
          title: "设备工程师", minLevel: "bachelor", majors: ["机械设计制造及其自动化", "电气工程及其自动化"], majorsRequired: true, minYears: null, management: false,
          skills: pref("AutoCAD", "SolidWorks"), acceptSkills: ["安装调试", "点检维护", "技改"],
          ...none,
        },
        {
          title: "财务管培生", minLevel: "master", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: null, management: false,
          skills: [], acceptSkills: ["核算", "资金", "税务", "预算"],
          languages: req("英语"), certifications: [...req("英语六级"), ...pref("CPA")],
        },
      ],
    },
    // A Hong Kong Facebook job group post copied from the page (UTF-8), Cantonese: group name and member count, poster and
    // time, a 【】 headline with emoji, the shop line, two roles each "emoji 名稱（全職/兼職）" over "- " lines (experience,
    // skills, certificate, pay), a line for both roles (識講廣東話), contact and address, reaction counts, the 讚好/留言/分享
    // bar and comments with a reply.
    "16_hk_facebook_group_post.txt": {
      family: "hk-facebook-group-post-cantonese-comments",
      positions: [
        {
          title: "水吧師傅", titleAliases: ["水吧師傅（全職）"], minLevel: null, majors: [], minYears: 2, management: false,
          skills: [], acceptSkills: ["港式奶茶", "沖港式奶茶", "咖啡", "凍檸茶", "水吧"],
          languages: req("廣東話"), certifications: pref("衞生督導員證書"),
        },
        {
          title: "樓面", titleAliases: ["樓面（兼職）"], minLevel: null, majors: [], minYears: null, management: false,
          skills: [], languages: [...req("廣東話"), ...pref("英文")], certifications: [],
        },
      ],
    },
  },
};
