import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/** Blind batch 1: online job-site copies, short social posts, an HR form, a 104/1111 page, Markdown, HTML, a PDF. */
export const batch01: HeldoutBatch = {
  id: "batch-01",
  written: "2026-12-01",
  documents: {
    // BOSS直聘 detail page: title line with "15-25K·14薪", tag line, keyword line, recruiter line, company and
    // address blocks, and "看过该职位的人还看了" recommendations (titles with salaries that are ads, not positions).
    "01_boss_detail_copy.txt": {
      family: "boss-detail-page",
      positions: [
        {
          title: "数据分析师", minLevel: "bachelor", majors: ["统计学", "数学", "计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: req("SQL", "Python"), acceptSkills: ["Tableau", "PowerBI", "数据分析", "沟通表达能力", "沟通能力"], ...none,
        },
      ],
    },
    // 智联 detail page: bare title, "8千-1.2万·13薪" line, tag line with 招3人, 职能类别 naming the role family, 公司信息.
    "02_zhilian_copy.txt": {
      family: "zhilian-detail-page",
      positions: [
        {
          title: "区域销售经理", minLevel: "associate", majors: ["市场营销"], majorsRequired: false, minYears: 3,
          skills: [], acceptSkills: ["抗压能力", "渠道销售", "经销商管理"], languages: [], certifications: req("C1驾照"),
        },
      ],
    },
    // Two 猎聘 postings pasted one after another, each closed by a recruiter line.
    "03_liepin_two.txt": {
      family: "liepin-detail-page",
      positions: [
        {
          title: "高级产品经理", minLevel: "bachelor", majors: ["计算机", "工业工程"], majorsRequired: false, minYears: 5, management: true,
          skills: req("Axure", "Visio"), acceptSkills: ["ERP", "WMS", "PRD", "原型", "供应链"], ...none,
        },
        {
          title: "高级测试开发工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: req("Pytest", "Selenium", "JMeter", "Linux", "MySQL"), acceptSkills: ["Python", "Java", "自动化测试", "性能测试"], ...none,
        },
      ],
    },
    // A café's social post: emoji title line, three duty lines without numbers, one requirements line.
    "04_social_short_emoji.txt": {
      family: "social-short-post",
      positions: [
        { title: "咖啡师", minLevel: null, minYears: null, skills: req("拉花"), acceptSkills: ["意式咖啡", "手冲"], ...none },
      ],
    },
    // A LinkedIn feed post: the title inside a "Looking for a …" sentence, ✅ duties, one "You:" line.
    "05_en_linkedin_post.txt": {
      family: "en-social-post",
      positions: [
        {
          title: "Customer Success Manager", minLevel: null, minYears: 3, skills: [], acceptSkills: ["customer success", "B2B SaaS"],
          languages: req("English", "German"), certifications: [],
        },
      ],
    },
    // An HR handbook form with 岗位编号/岗位等级/岗位定员/岗位目的/岗位权限 rows, 直接下级, 工作关系 and 晋升通道
    // naming other roles: none of those are positions.
    "06_hr_form_dingyuan.txt": {
      family: "hr-form-gangwei-rows",
      positions: [
        {
          title: "质量主管", minLevel: "bachelor", majors: ["机械", "电子", "质量管理"], majorsRequired: true, minYears: 5, management: true,
          skills: req("SPC", "FMEA", "MSA"), acceptSkills: ["ISO9001", "IATF16949", "8D", "质量管理体系"], languages: [], certifications: req("内审员证书"),
        },
        {
          title: "质检员", minLevel: "high_school", majors: [], minYears: 1, management: false,
          skills: req("卡尺", "千分尺"), acceptSkills: ["量具", "看懂图纸", "识图", "图纸"], ...none,
        },
      ],
    },
    // A full 104 page: title, company, summary tag line, 工作內容, the 職務類別 row naming role categories,
    // 條件要求 rows, 公司福利, contact.
    "07_tw_104_page.txt": {
      family: "tw-104-full-page",
      positions: [
        {
          title: "資深前端工程師", minLevel: "bachelor", majors: ["資訊工程", "資訊管理"], majorsRequired: true, minYears: 3, management: false,
          skills: [...req("React", "TypeScript", "Git"), ...pref("Next.js")], acceptSkills: ["RWD", "RWD網頁設計", "前端框架", "code review"],
          languages: req("英文"), certifications: [],
        },
      ],
    },
    // An Indeed page copied whole: "Job details" with Pay/Job type/Shift rows, Benefits, "Full job description".
    "08_en_indeed_copy.txt": {
      family: "en-indeed-page",
      positions: [
        {
          title: "Warehouse Associate", minLevel: "high_school", skills: [], acceptSkills: ["forklift", "inventory"],
          languages: [], certifications: pref("Forklift certification"),
        },
      ],
    },
    // A Markdown post with two roles as ## headings, a bold "**薪资：**…" tag row each, ### sections.
    "09_md_two_roles.md": {
      family: "markdown-zh",
      positions: [
        {
          title: "Go 后端开发工程师", minLevel: "bachelor", majors: ["计算机"], majorsRequired: true, minYears: 3, management: false,
          skills: [...req("Go", "gRPC", "Kubernetes", "PostgreSQL"), ...pref("Rust")], acceptSkills: ["分布式系统", "高并发"], ...none,
        },
        { title: "测试工程师（仿真方向）", minLevel: "associate", minYears: 1, skills: req("Python"), acceptSkills: ["软件测试", "测试用例"], ...none },
      ],
    },
    // A careers page saved from the browser: nav, cookie banner, JSON-LD and scripts, h1 title, h2 sections as lists, similar jobs.
    "10_html_job_page.html": {
      family: "html-careers-page",
      positions: [
        {
          title: "Senior Data Engineer", minLevel: "bachelor", majors: ["Computer Science"], majorsRequired: true, minYears: 5,
          skills: req("Python", "SQL", "Spark", "Kafka", "Airflow"), acceptSkills: ["Snowflake", "dbt", "AWS", "HIPAA", "data engineering"],
          languages: [], certifications: pref("AWS certification"),
        },
      ],
    },
    // A 1111 page: breadcrumb, title, company, summary line, 【】 sections including 【晉升管道】 naming four roles.
    "11_tw_1111_promotion.txt": {
      family: "tw-1111-brackets",
      positions: [
        {
          title: "儲備店長", minLevel: "high_school", minYears: 1, skills: [], acceptSkills: ["門市營運管理", "教育訓練"],
          languages: req("台語"), certifications: [...pref("食品安全衛生相關證照"), ...req("機車駕照")],
        },
      ],
    },
    // A PDF form in "label：value" lines (non-embedded CJK font), built by batch-01/make-pdf.ts.
    "12_pdf_label_value.pdf": {
      family: "pdf-label-value",
      positions: [
        {
          title: "行政专员", minLevel: "associate", majors: ["行政管理", "文秘"], majorsRequired: true, minYears: 2, management: false,
          skills: req("Word", "Excel", "PPT"), acceptSkills: ["Office"], ...none,
        },
      ],
    },
  },
};
