import { type HeldoutBatch, none, pref, req } from "../eval/batch.js";

/** Blind batch 3: a headhunter's 【】 card, a WeChat group post with three roles, Glassdoor, 518熊班, a manager's email, a government HTML table, a Markdown table, a tabbed English form. */
export const batch03: HeldoutBatch = {
  id: "batch-03",
  written: "2026-12-01",
  documents: {
    // A headhunter's card: 【职位】【汇报对象】【团队规模】 naming other roles, ◇ items.
    "01_headhunter_brackets.txt": {
      family: "headhunter-brackets",
      positions: [
        {
          title: "财务总监", minLevel: "bachelor", majors: ["财务", "会计"], majorsRequired: true, minYears: 10, management: true,
          skills: [], acceptSkills: ["IPO", "预算", "经营分析", "税务"], languages: [], certifications: req("CPA", "ACCA"),
        },
      ],
    },
    // A WeChat group post: keycap-emoji titles with pay on the same line, unnumbered duties, one 要求 line each.
    "02_wechat_group_three.txt": {
      family: "wechat-group-multi",
      positions: [
        { title: "店长", minLevel: "associate", minYears: 2, management: true, skills: [], ...none },
        { title: "导购", minLevel: null, minYears: null, skills: [], acceptSkills: ["沟通能力", "搭配"], ...none },
        { title: "收银", minLevel: "high_school", minYears: null, skills: req("收银系统"), ...none },
      ],
    },
    // Glassdoor copy: title, "Company – City" line, employer pay estimate, rating, Company overview rows.
    "03_glassdoor_copy.txt": {
      family: "glassdoor-copy",
      positions: [
        {
          title: "Accountant", minLevel: "bachelor", majors: ["Accounting", "Finance"], majorsRequired: true, minYears: 2,
          skills: req("QuickBooks", "Excel"), acceptSkills: ["general ledger"], languages: [], certifications: pref("CPA"),
        },
      ],
    },
    // 518熊班 page: breadcrumb, title, company, place, 工作待遇 面議, 應徵條件 rows with 語言能力 and 駕照.
    "04_tw_518_page.txt": {
      family: "tw-518-page",
      positions: [
        {
          title: "業務專員", minLevel: "associate", majors: ["機械"], majorsRequired: false, minYears: 1, skills: [],
          languages: req("英文"), certifications: req("普通小型車駕照"),
        },
      ],
    },
    // A hiring manager's email: two bare title lines, each followed by one prose paragraph; a signature naming her role.
    "05_en_manager_email.txt": {
      family: "en-email",
      positions: [
        {
          title: "Data Analyst", minLevel: "bachelor", majors: ["Statistics", "Economics", "Mathematics"], majorsRequired: true, minYears: 2,
          skills: req("SQL"), acceptSkills: ["Looker", "dashboards"], ...none,
        },
        { title: "Junior Data Engineer", minLevel: "bachelor", majors: ["Computer Science"], minYears: null, skills: req("Python", "SQL"), acceptSkills: ["Airflow", "dbt", "ELT"], ...none },
      ],
    },
    // A government site's HTML table of posts: 岗位名称/岗位代码/招聘人数/学历要求/专业要求/其他条件, no duties.
    "06_gov_html_table.html": {
      family: "gov-html-table",
      positions: [
        { title: "会计", minLevel: "bachelor", majors: ["会计学", "财务管理"], majorsRequired: true, minYears: 2, skills: [], languages: [], certifications: req("初级会计师") },
        { title: "信息技术员", minLevel: "bachelor", majors: ["计算机科学与技术", "网络工程"], majorsRequired: true, skills: [], acceptSkills: ["网络维护", "服务器维护"], ...none },
        { title: "综合文秘", minLevel: "bachelor", majors: ["汉语言文学", "新闻学"], majorsRequired: true, skills: [], acceptSkills: ["文字写作能力", "写作能力"], ...none },
      ],
    },
    // A Markdown table of roles (岗位/人数/薪资/要求), then one "X：duties" line per role.
    "07_md_zh_table.md": {
      family: "markdown-zh-table",
      positions: [
        { title: "初中数学老师", minLevel: "bachelor", majors: ["数学"], majorsRequired: true, languages: [], certifications: req("教师资格证") },
        { title: "课程顾问", minLevel: "associate", minYears: 1, ...none },
        { title: "教务专员", minLevel: "associate", skills: req("Excel"), ...none },
      ],
    },
    // A UK .docx form read as "Label:<tab>value" rows: Direct reports and Career path name other roles; Essential/Desirable.
    "08_en_docx_tabs_form.txt": {
      family: "en-docx-tabs-form",
      positions: [
        {
          title: "Warehouse Supervisor", minYears: 3, management: true, skills: [...req("WMS"), ...pref("SAP")], languages: [],
          certifications: [...req("IOSH Managing Safely"), ...pref("Counterbalance forklift licence")],
        },
      ],
    },
  },
};
