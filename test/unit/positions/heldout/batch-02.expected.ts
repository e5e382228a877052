import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/** Blind batch 2: more job-board copies (拉勾, 58同城, JobsDB, Reed, LinkedIn job view, yes123), chat and 小红书 posts, an ATS page, a README, a tabbed form, a PDF. */
export const batch02: HeldoutBatch = {
  id: "batch-02",
  written: "2026-12-01",
  documents: {
    // 拉勾 detail page: "20k-35k /北京 /经验5-10年 /本科及以上 /全职" tag line, 职位诱惑, 职位发布者 recruiter block.
    "01_lagou_copy.txt": {
      family: "lagou-detail-page",
      positions: [
        {
          title: "高级Java工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 5, management: false,
          skills: req("Spring Cloud", "MyBatis", "Redis", "RocketMQ"), acceptSkills: ["Java", "微服务", "分布式系统"], ...none,
        },
      ],
    },
    // 58同城 blue-collar post: the title inside "招聘 X 包吃住 月入…", 【】 sections with unnumbered lines.
    "02_58_bluecollar.txt": {
      family: "58-bluecollar-post",
      positions: [{ title: "快递分拣员", minLevel: null, minYears: null, skills: [], acceptSkills: ["智能手机", "扫码"], ...none }],
    },
    // A Hong Kong WhatsApp message: 【急聘】title x2, three dash duties, one 要求 line, pay and place emoji.
    "03_hk_whatsapp_short.txt": {
      family: "hk-chat-short-post",
      positions: [{ title: "倉務員", minLevel: null, skills: req("Excel"), languages: [], certifications: pref("叉車牌") }],
    },
    // JobsDB Hong Kong copy: title, company, district, category, pay line, "Posted 2d ago", • lists.
    "04_jobsdb_hk_en.txt": {
      family: "jobsdb-hk-en",
      positions: [
        {
          title: "Marketing Executive", minLevel: "bachelor", majors: ["Marketing", "Communications"], majorsRequired: true, minYears: 2, maxYears: 3,
          skills: req("MS Office", "Canva"), acceptSkills: ["Office", "KOL", "social media"],
          languages: [...req("English", "Chinese"), ...pref("Mandarin")], certifications: [],
        },
      ],
    },
    // Reed.co.uk copy: Location/Salary/Job type rows, "About the role", unbulleted "Key responsibilities" and "About you".
    "05_uk_care_reed.txt": {
      family: "uk-job-board",
      positions: [
        {
          title: "Senior Care Assistant", minYears: 1, skills: [], acceptSkills: ["medication", "care plans", "personal care"],
          languages: req("English"), certifications: [...req("NVQ Level 3"), ...pref("Full UK driving licence")],
        },
      ],
    },
    // An ATS job page in Chinese: header menu, breadcrumb, h1, tag spans, salary div, h3 + ol sections, related jobs, ICP footer.
    "06_ats_page_zh.html": {
      family: "ats-html-zh",
      positions: [
        {
          title: "招聘专员", minLevel: "bachelor", majors: ["人力资源管理", "心理学"], majorsRequired: false, minYears: 1, management: false,
          skills: req("Excel", "招聘系统"), acceptSkills: ["沟通能力", "抗压能力"], ...none,
        },
      ],
    },
    // A repository README: "### Title · Remote (EU)" headings with bold "What you'll do" / "What you bring".
    "07_md_en_hiring.md": {
      family: "markdown-en-readme",
      positions: [
        {
          title: "Site Reliability Engineer", minYears: 4, skills: req("Terraform", "AWS", "Linux"),
          acceptSkills: ["Kubernetes", "Prometheus", "Grafana", "CI/CD", "networking"], languages: req("English"), certifications: [],
        },
        { title: "Developer Advocate", minYears: 2, skills: req("Python"), acceptSkills: ["developer relations"], languages: req("English"), certifications: [] },
      ],
    },
    // A Traditional .docx form read as tab-separated cells: 職位編號/職等/編制人數 cells, 督導對象, 工作關係, 職涯發展.
    "08_tw_docx_tab_form.txt": {
      family: "tw-docx-tab-form",
      positions: [
        {
          title: "倉儲主任", minLevel: "associate", majors: ["物流管理", "工業工程"], majorsRequired: true, minYears: 3, management: true,
          skills: req("WMS", "Excel"), acceptSkills: ["WMS系統"], languages: [], certifications: req("堆高機操作證照"),
        },
        { title: "理貨員", minLevel: "high_school", minYears: null, skills: [], languages: [], certifications: pref("堆高機操作證照") },
      ],
    },
    // A PDF form (non-embedded CJK font) with 岗位编号/岗位等级/编制人数/汇报对象/晋升路径 rows; batch-02/make-pdf.ts.
    "09_pdf_form_rows.pdf": {
      family: "pdf-form-rows",
      positions: [
        {
          title: "电商运营专员", minLevel: "associate", majors: ["电子商务", "市场营销"], majorsRequired: true, minYears: 2,
          skills: req("生意参谋", "Excel"), acceptSkills: ["数据分析"], ...none,
        },
      ],
    },
    // A 小红书 post: the role named inside the first sentence, three duty lines, one line of abilities, hashtags.
    "10_xhs_short_post.txt": {
      family: "xhs-short-post",
      positions: [{ title: "视频剪辑", minLevel: null, minYears: null, skills: [], acceptSkills: ["PR", "剪映", "Premiere"], ...none }],
    },
    // yes123 page: 徵才職務 / 徵才公司 labels, ． bullets, 應徵條件 rows.
    "11_yes123_tw.txt": {
      family: "tw-yes123",
      positions: [
        { title: "行政櫃檯人員", minLevel: "high_school", minYears: null, skills: req("Word", "Excel"), languages: req("台語"), certifications: [] },
      ],
    },
    // LinkedIn job view: title, "company · place · age · applicants" line, workplace chips, Skills chip line,
    // About the job, "Meet the hiring team" naming a Head of Design, a similar-jobs alert.
    "12_linkedin_job_view.txt": {
      family: "en-linkedin-job-view",
      positions: [
        {
          title: "Product Designer", minYears: 4, skills: req("Figma"), acceptSkills: ["prototyping", "user research", "User Experience (UX)", "UX"],
          languages: [...req("English"), ...pref("Dutch")], certifications: [],
        },
      ],
    },
  },
};
