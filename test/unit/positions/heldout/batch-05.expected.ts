import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/**
 * Blind batch 5: a 猎聘 copy with the company block first and requirements before duties, a 前程无忧 company page
 * listing two jobs under one 职位信息 block each, an Indeed copy with its structured qualification lines, a
 * SmartRecruiters page with JSON-LD, a Markdown README with front matter and a roles table, a 公众号 article with
 * numbered role banners and ads, a 1111 print view in Big5, a JobsDB HK bilingual copy, a 事业单位 posts table in
 * .docx, a scanned-looking PDF with running headers, hard wraps and a watermark, a GBK HR manual chapter, a Chinese
 * email with a signature and disclaimer, a Wellfound startup post, a Workday page saved from the browser, and a Hong
 * Kong newspaper classified. Written before the parser was run on any of them.
 */
export const batch05: HeldoutBatch = {
  id: "batch-05",
  written: "2026-12-02",
  documents: {
    // 猎聘 detail page: nav, company block first, then date, title, salary, tag line, benefit chips; 任职资格 BEFORE
    // 职位描述 (◆ items), an 其他信息 block naming the department, reporting line and team size, the headhunter line,
    // and similar jobs with salaries.
    "01_liepin_company_first.txt": {
      family: "liepin-company-first-copy",
      positions: [
        {
          title: "注册法规经理", minLevel: "master", majors: ["医学", "药学", "生物医学工程"], majorsRequired: true, minYears: 8, management: true,
          skills: [], acceptSkills: ["NMPA", "FDA 510(k)", "510(k)", "FDA", "MDR", "欧盟MDR", "医疗器械注册", "注册", "技术文档", "临床评价"],
          languages: req("英语"), certifications: [],
        },
      ],
    },
    // A 前程无忧 company page listing its two jobs: each title, salary, a tag line with 招N人 and date, one 职位信息 block
    // mixing duties and requirements under numbers, 职能类别 and 关键字 rows.
    "02_51job_company_list.txt": {
      family: "51job-company-job-list",
      positions: [
        {
          title: "工艺整合工程师", minLevel: "master", majors: ["微电子", "材料", "物理"], majorsRequired: true, minYears: 3, management: false,
          skills: req("JMP", "Python"), acceptSkills: ["数据分析", "工艺整合", "良率提升", "良率", "WAT", "CP", "半导体"],
          languages: req("英语"), certifications: [],
        },
        {
          title: "设备工程师（刻蚀）", minLevel: "associate", majors: ["机电一体化", "电子"], majorsRequired: true, minYears: 1, management: false,
          skills: [], acceptSkills: ["设备维护", "刻蚀", "半导体设备", "设备保养", "故障处理"], ...none,
        },
      ],
    },
    // An Indeed page copied whole: nav, title, company with rating, pay line, "Job details" Pay / Job type / Shift blocks,
    // a benefits list, an unbulleted duty list, then Indeed's structured "Education: / Experience: X: 1 year (Required) /
    // License/Certification:" lines.
    "03_indeed_structured_quals.txt": {
      family: "indeed-structured-qualifications",
      positions: [
        {
          title: "Forklift Operator - 2nd Shift", minYears: 1, management: false,
          skills: [], acceptSkills: ["forklift", "forklifts", "reach forklift", "RF scanner", "RF scanners", "order picking", "warehouse"],
          languages: [], certifications: req("Forklift Certification"),
        },
      ],
    },
    // A SmartRecruiters posting saved from the browser: cookie bar, nav, JSON-LD and scripts, h1 title with a details
    // list, Company Description / Job Description / Qualifications / Additional Information sections, other jobs.
    "04_smartrecruiters_page.html": {
      family: "smartrecruiters-html",
      positions: [
        {
          title: "Mechanical Design Engineer", minLevel: "master", majors: ["Mechanical Engineering", "Mechatronics"], majorsRequired: true,
          minYears: 4, management: false, skills: [...req("SolidWorks", "GD&T", "DFM"), ...pref("ANSYS")],
          acceptSkills: ["FEA", "tolerance stack-up", "tolerance stack-ups", "CAD", "sheet metal", "BOM", "mechanical design", "机械设计"],
          languages: req("German", "English"), certifications: [],
        },
      ],
    },
    // A GitHub-pages Markdown careers page: YAML front matter, an HTML comment, badges, a roles table linking to two
    // ## sections with **What you'll do** / **Must have** / **Nice to have** lists, a fenced code block and an email.
    "05_md_readme_frontmatter.md": {
      family: "md-readme-front-matter",
      positions: [
        {
          title: "Storage Engine Engineer", minYears: 5, management: false, skills: [...req("Rust"), ...pref("io_uring")],
          acceptSkills: ["C++", "systems software", "storage engine", "storage engines", "LSM", "database", "databases", "file system", "compaction", "open source", "open-source databases"],
          languages: [], certifications: [],
        },
        {
          title: "Developer Relations Engineer", minYears: 2, management: false, skills: req("SQL"),
          acceptSkills: ["Python", "TypeScript", "technical writing", "developer advocacy", "Discord", "GitHub", "GitHub Discussions", "tutorials"],
          languages: req("English"), certifications: [],
        },
      ],
    },
    // A WeChat 公众号 article: header with author/date/location, 关注 prompt, intro, three roles each under a "01/02/03"
    // banner line, a 工作地点 row and ▶ 岗位职责 / ▶ 任职要求 with · items; emoji 薪资福利 / 投递方式 blocks, - END -,
    // 往期推荐 headlines, an ad line and read counts.
    "06_wechat_article_ads.txt": {
      family: "wechat-article-numbered-banners",
      positions: [
        {
          title: "质量工程师", minLevel: "bachelor", majors: ["高分子材料", "化学"], majorsRequired: true, minYears: 2, management: false,
          skills: [], acceptSkills: ["ISO9001", "8D", "8D分析", "质量检验", "质量管理", "质量体系"], languages: [], certifications: pref("内审员证书"),
        },
        {
          title: "设备主管", minLevel: "associate", majors: ["机械", "电气自动化"], majorsRequired: true, minYears: 5, management: true,
          skills: pref("PLC"), acceptSkills: ["PLC编程", "设备维护", "设备管理", "设备维护保养"], ...none,
        },
        {
          title: "外贸业务员", minLevel: "bachelor", majors: ["英语", "国际贸易"], majorsRequired: true, management: false,
          skills: [], acceptSkills: ["外贸", "客户开发", "展会", "订单跟进"], languages: [...req("英语"), ...pref("阿拉伯语")], certifications: [],
        },
      ],
    },
    // A 1111 print view saved in Big5 with CRLF: 民國 print date, 【工作內容】 numbered lines, then 【職務條件】 and
    // 【條件要求】 as tab-separated label/value pairs two to a row (管理責任, 擅長工具, 具備證照, 語文條件), a contact block.
    "07_tw_1111_print_big5.txt": {
      family: "tw-1111-print-view-big5",
      positions: [
        {
          title: "品保工程師（IPQC主管）", minLevel: "associate", majors: ["機械工程", "工業工程"], majorsRequired: true, minYears: 3, management: true,
          skills: req("Minitab", "Excel"), acceptSkills: ["SPC", "MSA", "ISO9001", "IATF 16949", "8D", "品質管理", "量測儀器校正"],
          languages: req("英文"), certifications: req("品質工程師（CQE）"),
        },
      ],
    },
    // A Hong Kong JobsDB copy, English with a Chinese line under or after each: bilingual title and company, location,
    // category, pay, "Responsibilities 職責:" and "Requirements 要求:" bullets, a bilingual benefits block, PICS line.
    "08_jobsdb_hk_bilingual.txt": {
      family: "jobsdb-hk-bilingual-lines",
      positions: [
        {
          title: "Accounts Clerk 會計文員", titleAliases: ["Accounts Clerk", "會計文員"], minLevel: "high_school", majors: [], majorsRequired: false, minYears: 2, management: false,
          skills: req("MYOB", "Excel"), acceptSkills: ["MS Excel", "accounts payable", "accounts receivable", "bank reconciliation", "應付帳款", "應收帳款"],
          languages: [...req("English", "Cantonese"), ...pref("Putonghua")], certifications: req("LCCI Level 2"),
        },
      ],
    },
    // A county 事业单位 公开招聘 notice in Word: a posts table (岗位代码 … 专业|年龄|其他条件) and no duties at all; the
    // 报名条件 paragraphs apply to everyone and name no post.
    "09_gov_shiye_table.docx": {
      family: "gov-shiye-docx-posts-table",
      positions: [
        { title: "临床医师", minLevel: "bachelor", majors: ["临床医学"], majorsRequired: true, minYears: null, management: false, skills: [], languages: [], certifications: req("执业医师资格证书") },
        { title: "财务会计", minLevel: "bachelor", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: 2, management: false, skills: [], ...none },
        { title: "信息技术员", minLevel: "associate", majors: ["计算机科学与技术", "网络工程"], majorsRequired: true, minYears: null, management: false, skills: [], ...none },
      ],
    },
    // An internal notice printed, scanned and OCR'd back (make-files.ts): tinted page, a running header with the file
    // number and a rule, a "- N -" footer, a diagonal 内部资料 watermark, lines hard-wrapped mid-item, one requirement
    // list broken across a page.
    "10_scanned_notice.pdf": {
      family: "pdf-scanned-hard-wrapped",
      positions: [
        {
          title: "供应商质量工程师（SQE）", titleAliases: ["供应商质量工程师", "SQE"], minLevel: "bachelor", majors: ["机械", "材料"], majorsRequired: true, minYears: 3, management: false,
          skills: req("APQP", "PPAP", "FMEA"), acceptSkills: ["8D", "IATF 16949", "供应商审核", "质量工具", "供应商管理", "SQE"],
          languages: [], certifications: pref("IATF 16949内审员证书"),
        },
        {
          title: "质量经理", minLevel: "bachelor", majors: [], majorsRequired: false, minYears: 10, management: true,
          skills: [], acceptSkills: ["质量体系", "质量管理", "客户审核", "六西格玛"], languages: req("英语"), certifications: pref("六西格玛黑带"),
        },
      ],
    },
    // A GBK HR manual chapter with CRLF: per post, two-per-line 岗位名称/岗位编号/所属部门/岗位定员/岗位等级/直接上级 fields,
    // 直接下级, 晋升通道 with → chains of other roles, 可轮换岗位, 工作关系, 岗位目的, then 工作职责 and spaced-label
    // 任职资格 rows (学　　历：…).
    "11_gbk_hr_manual.txt": {
      family: "gbk-hr-manual-chapter",
      positions: [
        {
          title: "采购主管", minLevel: "bachelor", majors: ["物流管理", "工商管理"], majorsRequired: true, minYears: 5, management: true,
          skills: [...req("ERP"), ...pref("SAP MM")], acceptSkills: ["ERP系统", "SAP", "谈判能力", "谈判", "供应商开发", "采购管理", "采购计划"],
          languages: [], certifications: pref("采购师"),
        },
        {
          title: "仓库管理员", minLevel: "high_school", majors: [], majorsRequired: false, minYears: 1, management: false,
          skills: req("Excel"), acceptSkills: ["叉车", "叉车操作", "WMS", "WMS系统", "盘点", "6S", "6S管理"], languages: [], certifications: req("叉车操作证"),
        },
      ],
    },
    // An HR director's email to a headhunter: headers, greeting, the JD with 岗位/汇报对象/下属/工作地点 rows, 主要职责 and
    // 要求 lists, budget and interview lines, a signature naming the sender's own role and company, a legal disclaimer.
    "12_zh_email_signature.txt": {
      family: "zh-email-signature-disclaimer",
      positions: [
        {
          title: "华东区域销售经理", minLevel: "bachelor", majors: ["机械", "自动化"], majorsRequired: false, minYears: 5, management: true,
          skills: req("Salesforce"), acceptSkills: ["CRM", "CRM系统", "销售", "客户开发", "工业自动化"], languages: [], certifications: req("C1驾照"),
        },
      ],
    },
    // A Wellfound (AngelList) startup post: company tagline and stage, title, salary and equity, remote line, visa and
    // relocation rows, hiring contact, prose "About the job", unbulleted 90-day and fit lists, a skills chip row, similar jobs.
    "13_wellfound_startup.txt": {
      family: "wellfound-startup-post",
      positions: [
        {
          title: "Founding Frontend Engineer", minYears: 6, management: false, skills: [...req("TypeScript", "React", "CSS"), ...pref("Next.js", "Storybook")],
          acceptSkills: ["Accessibility", "WCAG", "WCAG 2.1 AA", "web components", "web component", "design system", "frontend", "payroll", "fintech"],
          languages: pref("Portuguese", "Spanish"), certifications: [],
        },
      ],
    },
    // A Workday job page saved from the browser: data-automation-id divs, h2 title, <dl> locations / time type /
    // posted on / requisition id, bold-paragraph sections over lists, an EEO paragraph, a Similar Jobs list, footer.
    "14_workday_page.html": {
      family: "workday-html",
      positions: [
        {
          title: "Clinical Research Associate II", minLevel: "bachelor", majors: ["life sciences", "nursing", "pharmacy"], majorsRequired: true,
          minYears: 2, management: false, skills: pref("Medidata Rave"),
          acceptSkills: ["ICH-GCP", "GCP", "EDC", "site monitoring", "on-site monitoring", "source data verification", "Trial Master File", "TMF", "clinical monitoring"],
          languages: [], certifications: req("GCP certificate", "UK driving licence"),
        },
      ],
    },
    // A Hong Kong newspaper classified in Traditional Chinese: paper and date banner, ◎ employer banner, （一）（二）（三）
    // roles with ‧ requirement items and no duties, a shared 待遇 line, phone / WhatsApp and walk-in interview lines.
    "15_hk_newspaper_classified.txt": {
      family: "hk-newspaper-classified",
      positions: [
        { title: "中廚二廚", minYears: 5, management: false, skills: [], acceptSkills: ["小菜", "燒味", "廚房"], languages: [], certifications: pref("食物衞生督導員證書") },
        { title: "樓面部長", minLevel: "junior_high", minYears: 3, management: true, skills: [], acceptSkills: ["樓面管理", "帶領團隊"], languages: req("普通話"), certifications: [] },
        { title: "洗碗員", minYears: null, management: false, skills: [], ...none },
      ],
    },
  },
};
