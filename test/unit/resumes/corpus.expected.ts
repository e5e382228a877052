import type { DroppedCategory } from "../../../server/resumes/profile-draft.js";
import type { EducationLevel } from "../../../server/positions/position.schema.js";

/**
 * A careful reader's reading of each resume in corpus/, written before the reader first ran on it.
 * A field left out is one the document does not settle, so it is not scored. Names are as written;
 * comparison folds script, case and spacing; a list of names means the reader would accept any.
 */
export type ExpectedEducation = { level: EducationLevel; school?: string; major?: string; graduationYear?: number };
/** `title` is matched strictly after folding; a list gives the forms the document itself writes it in (bilingual, abbreviated). */
export type ExpectedExperience = { title: string | string[]; organization?: string; startDate: string; endDate: string | null; management?: boolean };
export type ExpectedResume = {
  /** A document with no person in it: the reader answers no_profile. */
  noProfile?: true;
  name?: string | string[] | null;
  email?: string | null;
  phone?: string | null;
  location?: string | null;
  education?: ExpectedEducation[];
  /** Newest first. */
  experience?: ExpectedExperience[];
  /** Skills the reader would list; the parser may name more, never fewer. */
  skills?: string[];
  languages?: string[];
  certifications?: string[];
  dropped?: DroppedCategory[];
  /** Text of other columns (a sidebar) that must not appear in any experience row. */
  notInExperience?: string[];
};

export const expectedResumes: Record<string, ExpectedResume> = {
  // A 智联-style Simplified resume: labelled personal block full of data the law forbids employers to use.
  "batch1/01_zh_dev.txt": {
    name: "李明远", email: "liming.yuan@example.com", phone: "13812345678", location: "上海市浦东新区",
    education: [{ level: "bachelor", school: "华东理工大学", major: "计算机科学与技术", graduationYear: 2016 }],
    experience: [
      { title: "高级Java开发工程师", organization: "上海云帆信息技术有限公司", startDate: "2019-07", endDate: null, management: true },
      { title: "Java开发工程师", organization: "杭州数联网络科技有限公司", startDate: "2016-07", endDate: "2019-06", management: false },
    ],
    skills: ["Java", "Spring Boot", "MyBatis", "MySQL", "Redis", "Kafka", "Docker", "k8s"],
    languages: ["英语"], certifications: ["大学英语六级"],
    dropped: ["gender", "birth_date", "ethnicity", "political_affiliation"],
  },
  // GBK. A fresh graduate: internships are experience; a student-union post is campus life, not a job.
  "batch1/02_zh_graduate.gbk.txt": {
    name: "王小雨", email: "wangxiaoyu2002@163.com", phone: "15912345678", location: "广州",
    education: [{ level: "bachelor", school: "中山大学", major: "市场营销", graduationYear: 2024 }],
    experience: [
      { title: "新媒体运营实习生", organization: "广州优品电子商务有限公司", startDate: "2023-07", endDate: "2023-12", management: false },
      { title: "审计助理（实习）", organization: "广州市天河区某会计师事务所", startDate: "2022-07", endDate: "2022-09", management: false },
    ],
    skills: ["Excel", "PowerPoint", "Photoshop"],
    languages: ["英语"], certifications: ["大学英语六级", "计算机二级"],
    dropped: [],
  },
  // Big5, Taiwan: 民國 years, 迄今, 大學畢業 is a bachelor.
  "batch1/03_tw_engineer.big5.txt": {
    name: "陳怡君", email: "yijun.chen@example.com.tw", phone: "0912345678", location: "台北市大安區",
    education: [{ level: "bachelor", school: "國立臺灣大學", major: "資訊工程學系", graduationYear: 2016 }],
    experience: [
      { title: "軟體工程師", organization: "鴻星科技股份有限公司", startDate: "2019-03", endDate: null, management: false },
      { title: "助理工程師", organization: "大立資訊有限公司", startDate: "2016-08", endDate: "2019-02", management: false },
    ],
    skills: ["Python", "PostgreSQL", "Linux", "Git"],
    languages: ["英语", "日语"],
    dropped: [],
  },
  // English, US style: title line then a date line; "Managed a team of 6".
  "batch1/04_en_manager.txt": {
    name: "Daniel R. Foster", email: "daniel.foster@example.com", phone: "2065550147", location: "Seattle, WA",
    education: [{ level: "bachelor", school: "University of Washington", major: "Computer Science", graduationYear: 2011 }],
    experience: [
      { title: "Engineering Manager", organization: "Northwind Cloud Inc.", startDate: "2019-07", endDate: null, management: true },
      { title: "Senior Software Engineer", organization: "Contoso Systems", startDate: "2014-03", endDate: "2019-06", management: false },
      { title: "Software Engineer", organization: "Fabrikam LLC", startDate: "2011-08", endDate: "2014-02", management: false },
    ],
    skills: ["AWS", "Kubernetes", "Docker", "Python", "Go", "Java", "PostgreSQL", "Terraform"],
    certifications: ["AWS Certified Solutions Architect – Associate"],
    dropped: [],
  },
  // UTF-16LE with BOM, Hong Kong, bilingual labels; HKDSE is secondary school.
  "batch1/05_hk_bilingual.utf16le.txt": {
    name: ["Wong Ka Yan 黃嘉欣", "Wong Ka Yan", "黃嘉欣"], email: "kayan.wong@example.hk", phone: "+85291234567", location: "Kowloon Bay, Hong Kong",
    education: [
      { level: "bachelor", school: "The University of Hong Kong", major: "Accounting and Finance", graduationYear: 2018 },
      { level: "high_school", school: "Diocesan Girls' School", graduationYear: 2014 },
    ],
    experience: [
      { title: "Senior Accountant", organization: "Harbour Trading Limited", startDate: "2021-09", endDate: null, management: true },
      { title: ["Audit Associate", "審計助理", "Audit Associate 審計助理"], organization: "KLM & Partners CPA", startDate: "2018-08", endDate: "2021-08", management: false },
    ],
    skills: ["Excel", "SAP"],
    languages: ["粤语", "英语", "普通话"], certifications: ["HKICPA"],
    dropped: [],
  },
  // The classic 个人简历 table: label | value | label | value | 照片. The 照片 cell is empty (no picture in the file), so
  // `photo` is not expected: corrected in session 11 to what batch6/45 states, a photo being a picture present, not its slot.
  "batch1/06_zh_table.docx": {
    name: "张伟", email: "zhangwei95@qq.com", phone: "13700001122", location: "北京市海淀区",
    education: [{ level: "bachelor", school: "郑州大学", major: "软件工程", graduationYear: 2017 }],
    experience: [
      { title: "运维工程师", organization: "北京星河互联科技有限公司", startDate: "2020-03", endDate: null, management: false },
      { title: "网络管理员", organization: "郑州中原数据有限公司", startDate: "2017-07", endDate: "2020-02", management: false },
    ],
    skills: ["Linux", "Docker", "Kubernetes", "Shell", "MySQL"],
    certifications: ["红帽RHCE认证"],
    dropped: ["gender", "birth_date", "ethnicity", "household_registration", "marital_childbearing", "national_id", "political_affiliation", "health"],
  },
  // A long senior career in paragraphs, tab-separated; a board seat overlaps the CFO post; a gap in 2014.
  "batch1/07_zh_senior.docx": {
    name: "刘建国", email: "liujianguo@example.com", phone: "13910002233", location: "深圳",
    education: [
      { level: "master", school: "中山大学", major: "工商管理", graduationYear: 2012 },
      { level: "bachelor", school: "厦门大学", major: "会计学", graduationYear: 2003 },
    ],
    experience: [
      { title: "财务总监", organization: "深圳华信实业集团有限公司", startDate: "2015-01", endDate: null, management: true },
      { title: "独立董事", organization: "深圳海湾科技股份有限公司", startDate: "2018-06", endDate: "2022-06", management: false },
      { title: "财务经理", organization: "广州南方电器有限公司", startDate: "2008-03", endDate: "2013-12", management: true },
      { title: "审计师", organization: "普华会计师事务所", startDate: "2003-07", endDate: "2008-02", management: false },
    ],
    languages: ["英语", "粤语"], certifications: ["注册会计师", "ACCA"],
    dropped: [],
  },
  // A position description uploaded by mistake: no person in it.
  "batch1/08_position_by_mistake.txt": { noProfile: true },
  "batch1/09_en_pm.txt": {
    name: "Priya Natarajan", email: "priya.natarajan@example.com", phone: "+6581234567", location: "Singapore",
    education: [
      { level: "master", school: "National University of Singapore", major: "Business Administration", graduationYear: 2016 },
      { level: "bachelor", school: "Anna University", major: "Mechanical Engineering", graduationYear: 2013 },
    ],
    experience: [
      { title: "Senior Project Manager", organization: "Meridian Logistics Pte Ltd", startDate: "2020-04", endDate: null, management: true },
      { title: "Project Manager", organization: "Meridian Logistics Pte Ltd", startDate: "2016-07", endDate: "2020-03", management: false },
      { title: "Business Analyst", organization: "Tata Consultancy Services", startDate: "2013-06", endDate: "2016-06", management: false },
    ],
    skills: ["Project management", "supply chain management", "SQL", "Tableau"],
    certifications: ["PMP", "Six Sigma Green Belt"],
    dropped: [],
  },
  // UTF-8 with BOM; three date styles (年月—至今, year-month ranges, ~); hukou, marriage and age on one line.
  "batch1/10_zh_sales.utf8bom.txt": {
    name: "赵晓峰", email: "zhaoxf@example.cn", phone: "+8618602113344", location: "成都",
    education: [{ level: "bachelor", school: "西南财经大学", major: "市场营销", graduationYear: 2012 }],
    experience: [
      { title: "区域销售经理", organization: "成都川味食品有限公司", startDate: "2021-04", endDate: null, management: true },
      { title: "销售主管", organization: "重庆华美食品有限公司", startDate: "2016-03", endDate: "2020-12", management: false },
      { title: "销售代表", organization: "成都百佳超市有限公司", startDate: "2012-07", endDate: "2016-02", management: false },
    ],
    skills: ["商务谈判", "CRM", "Excel"],
    certifications: ["C1驾驶证"],
    dropped: ["household_registration", "marital_childbearing", "age"],
  },
  // Batch 2, written after the reader, run once before any fix. GBK; 【】 headings; a department column;
  // a project is not a job; only a desired city, which is not where the candidate lives.
  "batch2/11_zh_brackets.gbk.txt": {
    name: "孙立强", email: "sunliqiang@126.com", phone: "13566778899", location: null,
    education: [{ level: "bachelor", school: "浙江工业大学", major: "信息管理与信息系统", graduationYear: 2018 }],
    experience: [
      { title: "产品经理", organization: "杭州青禾网络有限公司", startDate: "2020-09", endDate: "2024-03", management: false },
      { title: "产品助理", organization: "宁波蓝海软件有限公司", startDate: "2018-07", endDate: "2020-08", management: false },
    ],
    skills: ["Axure", "Visio", "SQL", "数据分析"],
    dropped: [],
  },
  // "Company — Title" above "Jan. 2022 - Present"; headings between dashes; degree before school.
  "batch2/12_en_analyst.txt": {
    name: "Mei Ling Tan", email: "mei.tan@example.org", phone: "+447700900123", location: "London, UK",
    education: [
      { level: "master", school: "University of Edinburgh", major: "Data Science", graduationYear: 2019 },
      { level: "bachelor", school: "University of Malaya", major: "Mathematics", graduationYear: 2017 },
    ],
    experience: [
      { title: "Senior Data Analyst", organization: "Acme Retail Group", startDate: "2022-01", endDate: null, management: false },
      { title: "Data Analyst", organization: "Bluebird Insurance", startDate: "2019-09", endDate: "2021-12", management: false },
    ],
    skills: ["Python", "R", "SQL", "Tableau", "Power BI", "Excel"],
    languages: ["English", "Mandarin", "Malay"],
    dropped: [],
  },
  // UTF-16BE with BOM, Hong Kong Traditional: 至今 after 年月, a degree with its major in brackets, HKDSE.
  "batch2/13_hk_trad.utf16be.txt": {
    name: "李卓賢", email: "cheuk.lee@example.com.hk", phone: "62345678", location: "新界沙田",
    education: [
      { level: "bachelor", school: "香港中文大學", major: "經濟學", graduationYear: 2017 },
      { level: "high_school", school: "沙田官立中學", graduationYear: 2013 },
    ],
    experience: [
      { title: "客戶關係經理", organization: "恒豐銀行有限公司", startDate: "2020-09", endDate: null, management: true },
      { title: "理財顧問", organization: "信譽保險有限公司", startDate: "2017-08", endDate: "2020-08", management: false },
    ],
    skills: ["Excel", "CRM"],
    languages: ["粤语", "英语", "普通话"],
    dropped: [],
  },
  // Jobs and schools as tables with a header row (Period | Company | Position).
  "batch2/14_en_table.docx": {
    name: "Hannah Kim", email: "hannah.kim@example.com", phone: "+821012345678", location: "Seoul",
    education: [{ level: "bachelor", school: "Korea University", major: "Business Administration", graduationYear: 2017 }],
    experience: [
      { title: "Supply Chain Manager", organization: "Hanbit Electronics Co., Ltd.", startDate: "2021-04", endDate: null, management: false },
      { title: "Logistics Coordinator", organization: "Daesung Logistics", startDate: "2017-03", endDate: "2021-03", management: false },
    ],
    skills: ["SAP", "Excel", "supply chain management", "negotiation"],
    languages: ["Korean", "English"],
    dropped: [],
  },
  // A graduate student: forbidden data as bare values on one line, a master's above a bachelor's.
  "batch2/15_zh_master.txt": {
    name: "周婧", email: "zhoujing@pku.example.edu.cn", phone: "18801012233", location: "北京",
    education: [
      { level: "master", school: "北京大学", major: "统计学", graduationYear: 2024 },
      { level: "bachelor", school: "南开大学", major: "数学与应用数学", graduationYear: 2021 },
    ],
    experience: [{ title: "数据分析实习生", organization: "北京字节量化科技有限公司", startDate: "2023-06", endDate: "2023-09", management: false }],
    skills: ["Python", "R", "SQL", "机器学习"],
    languages: ["英语"], certifications: ["大学英语六级"],
    dropped: ["gender", "age", "political_affiliation"],
  },
  // A long career with a department column and an organization holding brackets.
  "batch2/16_zh_senior_engineer.txt": {
    name: "吴国栋", email: "wuguodong@example.com", phone: "13801234567", location: "深圳南山区",
    education: [{ level: "bachelor", school: "中南大学", major: "通信工程", graduationYear: 2005 }],
    experience: [
      { title: "技术总监", organization: "华腾通信技术（深圳）有限公司", startDate: "2015-04", endDate: null, management: true },
      { title: "高级软件工程师", organization: "深圳中兴光电有限公司", startDate: "2010-01", endDate: "2015-03", management: false },
      { title: "软件工程师", organization: "某某科技（深圳）有限公司", startDate: "2008-03", endDate: "2009-12", management: false },
      { title: "助理工程师", organization: "长沙湘江电子有限公司", startDate: "2005-07", endDate: "2008-02", management: false },
    ],
    skills: ["C++", "Linux", "嵌入式开发"],
    dropped: [],
  },
  // Overlapping jobs (freelance beside teaching); a year-only job that cannot be a dated row; a BFA.
  "batch2/17_en_freelance.txt": {
    name: "Carlos Mendes", email: "carlos.mendes@example.net", phone: "+14155550199", location: "San Francisco, CA",
    education: [{ level: "bachelor", school: "Rhode Island School of Design", major: "Graphic Design", graduationYear: 2015 }],
    experience: [
      { title: "Product Designer", organization: "Lumen Health", startDate: "2021-03", endDate: null, management: false },
      { title: "Freelance UX Consultant", startDate: "2019-06", endDate: "2021-02", management: false },
      { title: "UX Design Instructor", organization: "General Assembly", startDate: "2019-09", endDate: "2020-12", management: false },
    ],
    skills: ["Figma", "Sketch", "Adobe Illustrator", "user research", "prototyping"],
    dropped: [],
  },
  // A form whose blocks are sub-tables with header rows; a certificate still being studied for is not held.
  "batch2/18_zh_form_table.docx": {
    name: "何静怡", email: "hejingyi@example.com", phone: "13502468135", location: null,
    education: [{ level: "bachelor", school: "武汉理工大学", major: "会计学", graduationYear: 2020 }],
    experience: [{ title: "审计员", organization: "武汉长江会计师事务所", startDate: "2020-07", endDate: null, management: false }],
    certifications: ["初级会计职称"],
    dropped: ["gender", "birth_date", "marital_childbearing"],
  },
  // An English job advertisement: no person.
  "batch2/19_en_job_ad.txt": { noProfile: true },
  // A 51job-style export: each job's fields labelled on lines of their own.
  "batch2/20_zh_labelled_entries.txt": {
    name: "郑晓婷", email: "zxt@example.com", phone: "17766554433", location: "南京",
    education: [{ level: "bachelor", school: "南京审计大学", major: "人力资源管理", graduationYear: 2017 }],
    experience: [
      { title: "人事专员", organization: "南京金陵商贸有限公司", startDate: "2019-03", endDate: null, management: false },
      { title: "行政助理", organization: "江苏天成物流有限公司", startDate: "2017-07", endDate: "2019-02", management: false },
    ],
    skills: ["办公软件", "招聘"],
    dropped: ["gender", "age"],
  },
  // Batch 3, written before its first run. Headings ending in a colon; 年月 dates with a plain hyphen.
  "batch3/21_zh_colon_headings.txt": {
    name: "马俊杰", email: "majunjie@example.com", phone: "15088886666", location: "苏州",
    education: [{ level: "bachelor", school: "江苏大学", major: "机械设计制造及其自动化", graduationYear: 2016 }],
    experience: [
      { title: "设备主管", organization: "苏州精工机械有限公司", startDate: "2018-05", endDate: null, management: true },
      { title: "设备技术员", organization: "昆山华达电子有限公司", startDate: "2016-03", endDate: "2018-04", management: false },
    ],
    skills: ["AutoCAD", "SolidWorks", "PLC编程"],
    dropped: [],
  },
  // A British CV: month names spelled out, "Career History", BA (Hons).
  "batch3/22_en_uk_cv.txt": {
    name: "Oliver Bennett", email: "oliver.bennett@example.co.uk", phone: "07700900456", location: "Manchester, United Kingdom",
    education: [
      { level: "master", school: "London School of Economics", major: "Economics", graduationYear: 2017 },
      { level: "bachelor", school: "University of Manchester", major: "Economics", graduationYear: 2016 },
    ],
    experience: [
      { title: "Policy Analyst", organization: "Northern Powerhouse Institute", startDate: "2020-03", endDate: null, management: false },
      { title: "Research Assistant", organization: "Bank of England", startDate: "2017-09", endDate: "2020-02", management: false },
    ],
    skills: ["Stata", "R", "Excel", "econometrics"],
    dropped: [],
  },
  // Taiwan 104 style: organization｜title｜date on one line, oldest job first, 學士 with its year.
  "batch3/23_tw_104.txt": {
    name: "林家豪", email: "jiahao.lin@example.com.tw", phone: "0921876543", location: "新北市板橋區",
    education: [{ level: "bachelor", school: "輔仁大學", major: "企業管理學系", graduationYear: 2018 }],
    experience: [
      { title: "資深業務專員", organization: "宏碁股份有限公司", startDate: "2021-01", endDate: null, management: true },
      { title: "業務專員", organization: "鼎新電腦股份有限公司", startDate: "2018-07", endDate: "2020-12", management: false },
    ],
    skills: ["ERP", "CRM", "簡報技巧"],
    languages: ["英语", "台語"],
    dropped: [],
  },
  // .docx paragraphs with tabs: title, organization, dates; "• Supervise 14 staff nurses".
  "batch3/24_en_nurse.docx": {
    name: ["Sarah O'Connor", "SARAH O'CONNOR, RN"], email: "sarah.oconnor@example.ie", phone: "+353871234567", location: "Dublin, Ireland",
    education: [{ level: "bachelor", school: "University College Dublin", major: "Nursing", graduationYear: 2011 }],
    experience: [
      { title: "Clinical Nurse Manager", organization: "St. Vincent's University Hospital", startDate: "2016-06", endDate: null, management: true },
      { title: "Staff Nurse", organization: "Beaumont Hospital", startDate: "2011-09", endDate: "2016-05", management: false },
    ],
    certifications: ["BLS", "ACLS"],
    dropped: [],
  },
  // GBK; jobs listed oldest first with a freelance gap; 大专.
  "batch3/25_zh_oldest_first.gbk.txt": {
    name: "黄志明", email: "huangzm@example.com", phone: "13922334455", location: "广州",
    education: [{ level: "associate", school: "广州旅游职业技术学院", major: "酒店管理", graduationYear: 2006 }],
    experience: [
      { title: "运营总监", organization: "珠海长隆酒店管理有限公司", startDate: "2018-04", endDate: null, management: true },
      { title: "客房部经理", organization: "深圳威尼斯酒店", startDate: "2014-07", endDate: "2018-03", management: true },
      { title: "自由职业", startDate: "2013-01", endDate: "2014-06", management: false },
      { title: "大堂副理", organization: "广州花园酒店", startDate: "2009-07", endDate: "2012-12", management: false },
      { title: "前台接待", organization: "广州白云酒店", startDate: "2006-07", endDate: "2009-06", management: false },
    ],
    dropped: [],
  },
  // UTF-16LE; bilingual headings and values side by side (复旦大学 Fudan University, 本科 Bachelor).
  "batch3/26_bilingual_cn.utf16le.txt": {
    name: ["李娜 Li Na", "李娜", "Li Na"], email: "li.na@example.cn", phone: "+8613912340000", location: "Shanghai",
    education: [{ level: "bachelor", school: "复旦大学", major: "市场营销", graduationYear: 2017 }],
    experience: [
      { title: "Marketing Manager", organization: "上海美妆贸易有限公司", startDate: "2020-03", endDate: null, management: true },
      { title: "Marketing Specialist", organization: "欧莱雅（中国）有限公司", startDate: "2017-07", endDate: "2020-02", management: false },
    ],
    skills: ["新媒体运营", "数据分析", "Photoshop"],
    languages: ["英语", "法语"],
    dropped: [],
  },
  // Education stated only in the personal table's cells (毕业院校 | 上海交通大学 | 专业 | 机械工程 …).
  "batch3/27_zh_form_edu_cells.docx": {
    name: "唐思远", email: "tangsy@example.com", phone: "18621003355", location: null,
    education: [{ level: "master", school: "上海交通大学", major: "机械工程", graduationYear: 2021 }],
    experience: [{ title: "工艺工程师", organization: "上汽大众汽车有限公司", startDate: "2021-07", endDate: null, management: false }],
    skills: ["CATIA", "AutoCAD", "Python"],
    dropped: ["gender"],
  },
  // Labelled English contacts with a Taiwan number; "Title | Company | dates"; an internship.
  "batch3/28_en_taiwan_contact.txt": {
    name: "Kevin Hsu", email: "kevin.hsu@example.com", phone: "+886912345678", location: "Taipei",
    education: [
      { level: "master", school: "National Tsing Hua University", major: "Electrical Engineering", graduationYear: 2019 },
      { level: "bachelor", school: "National Cheng Kung University", major: "Electrical Engineering", graduationYear: 2017 },
    ],
    experience: [
      { title: "Firmware Engineer", organization: "Quanta Computer Inc.", startDate: "2019-08", endDate: null, management: false },
      { title: "Intern", organization: "Foxconn Technology Group", startDate: "2018-07", endDate: "2018-08", management: false },
    ],
    skills: ["C", "Python", "Linux", "Git"],
    dropped: [],
  },
  // Batch 4, written before its first run: PDFs. A two-column Chinese resume (sidebar left) whose file
  // order interleaves the columns row by row; the sidebar's skills must not leak into the jobs.
  "batch4/29_zh_two_column.pdf": {
    name: "陈思琪", email: "chensiqi@example.com", phone: "13988881234", location: "杭州市西湖区",
    education: [{ level: "bachelor", school: "浙江工业大学", major: "软件工程", graduationYear: 2018 }],
    experience: [
      { title: "后端开发工程师", organization: "杭州云栖数据有限公司", startDate: "2020-07", endDate: null, management: true },
      { title: "Java开发工程师", organization: "宁波甬商软件有限公司", startDate: "2018-07", endDate: "2020-06", management: false },
    ],
    skills: ["Java", "Spring Boot", "MySQL", "Redis", "Docker", "Kubernetes"],
    languages: ["英语"], certifications: ["大学英语六级", "软件设计师"],
    dropped: [],
    notInExperience: ["Redis", "k8s", "英语六级", "软件设计师", "语言能力", "证书"],
  },
  // An English two-column resume, sidebar on the right, dates on lines of their own.
  "batch4/30_en_two_column.pdf": {
    name: "Ethan Walker", email: "ethan.walker@example.com", phone: "+12065550182", location: "Portland, OR",
    education: [{ level: "bachelor", school: "Oregon State University", major: "Computer Science", graduationYear: 2016 }],
    experience: [
      { title: "Staff Engineer", organization: "Evergreen Systems", startDate: "2021-02", endDate: null, management: true },
      { title: "Software Engineer", organization: "Cascade Labs", startDate: "2016-06", endDate: "2021-01", management: false },
    ],
    skills: ["Go", "Rust", "Kubernetes", "PostgreSQL"],
    languages: ["English", "Spanish"], certifications: ["CKA"],
    dropped: [],
    notInExperience: ["Rust", "Spanish", "CKA", "PostgreSQL", "Languages"],
  },
  // A single-column English resume over two pages.
  "batch4/31_en_two_pages.pdf": {
    name: "Grace Liu", email: "grace.liu@example.com", phone: "+16465550134", location: "New York, NY",
    education: [
      { level: "master", school: "Columbia University", graduationYear: 2014 },
      { level: "bachelor", school: "New York University", major: "Accounting", graduationYear: 2009 },
    ],
    experience: [
      { title: "Director of Finance", organization: "Hudson Retail Inc.", startDate: "2019-05", endDate: null, management: true },
      { title: "Controller", organization: "Brightline Foods LLC", startDate: "2014-01", endDate: "2019-04", management: false },
      { title: "Senior Accountant", organization: "Deloitte", startDate: "2009-09", endDate: "2013-12", management: false },
    ],
    skills: ["Excel", "SAP", "Power BI", "budgeting"],
    certifications: ["CPA (New York)"],
    dropped: [],
  },
  // Batch 5, written before the reader was run on any of it and first run at the time recorded in
  // corpus/first-runs.json; corpus/batch5/make-batch5.ts writes its PDFs, .docx and encoded texts.
  // A Chinese two-column PDF (embedded Noto CJK) written row by row: a grey photo box (no text, so `photo` is not
  // expected), then the name, 出生年月 and 政治面貌, contacts, skills, languages and hobbies in the left sidebar;
  // 求职意向, jobs, a project (not a job), school and 自我评价 in the main column.
  "batch5/32_zh_sidebar_photo.pdf": {
    name: "陈嘉怡", email: "chenjiayi@example.com", phone: "18612345678", location: "广州市天河区",
    education: [{ level: "bachelor", school: "华南理工大学", major: "工业设计", graduationYear: 2018 }],
    experience: [
      { title: "高级产品经理", organization: "广州趣游网络科技有限公司", startDate: "2021-03", endDate: null, management: true },
      { title: "产品经理", organization: "深圳微品信息技术有限公司", startDate: "2018-07", endDate: "2021-02", management: false },
    ],
    skills: ["Axure", "Figma", "SQL", "Excel", "XMind"],
    languages: ["英语"], certifications: ["大学英语六级"],
    dropped: ["birth_date", "political_affiliation"],
    notInExperience: ["Axure", "XMind", "羽毛球", "共青团员", "CET-6"],
  },
  // A 51job export (.docx): a header table with 男 | 28岁（1998年2月8日）, label-cell tables for the latest job, degree and
  // wishes (the latest job repeated, not a second row), then jobs as a date | company table with title and
  // description rows under each, a skills table of name | level with 英语 | CET-4.
  "batch5/33_zh_51job_export.docx": {
    name: "孙浩然", email: "sunhaoran98@example.com", phone: "18962001234", location: "苏州",
    education: [{ level: "bachelor", school: "苏州大学", major: "软件工程", graduationYear: 2021 }],
    experience: [
      { title: "测试开发工程师", organization: "苏州云网软件有限公司", startDate: "2024-07", endDate: null, management: false },
      { title: "软件测试工程师", organization: "昆山德信电子有限公司", startDate: "2021-07", endDate: "2024-06", management: false },
    ],
    skills: ["Python", "Pytest", "JMeter", "Linux"],
    languages: ["英语"], certifications: ["大学英语四级"],
    dropped: ["gender", "age", "birth_date"],
  },
  // An English PDF (embedded font) whose right column holds contact, skills, languages and awards; each job is
  // title / "Organization · City" / dates on three lines.
  "batch5/34_en_right_column.pdf": {
    name: "Aisha Rahman", email: "aisha.rahman@example.com", phone: "+14155550163", location: "Austin, TX",
    education: [
      { level: "master", school: "University of Texas at Austin", major: "Statistics", graduationYear: 2018 },
      { level: "bachelor", school: "University of Colorado Boulder", major: "Economics", graduationYear: 2016 },
    ],
    experience: [
      { title: "Senior Data Scientist", organization: "Orbit Commerce", startDate: "2022-06", endDate: null, management: true },
      { title: "Data Analyst", organization: "Blue Mesa Health", startDate: "2018-08", endDate: "2022-05", management: false },
    ],
    skills: ["Python", "SQL", "scikit-learn", "Spark", "A/B testing"],
    languages: ["English", "Bengali"], certifications: [],
    dropped: [],
    notInExperience: ["scikit-learn", "Bengali", "Kaggle", "A/B testing", "CONTACT"],
  },
  // Hong Kong, English with Chinese names of degrees: "(852) 6123 4567", "Title | Organization | Mon YYYY – Present",
  // a top-up degree after an associate degree, HKDSE with subject grades, a part-time student job.
  "batch5/35_hk_bilingual_dse.txt": {
    name: ["CHAN Tsz Ching, Cherry 陳芷晴", "CHAN Tsz Ching, Cherry", "陳芷晴", "CHAN Tsz Ching", "Cherry Chan", "Chan Tsz Ching Cherry"],
    email: "cherry.chan@example.com.hk", phone: "+85261234567", location: "Tseung Kwan O, New Territories",
    education: [
      { level: "bachelor", school: "The Hong Kong Polytechnic University", major: "Marketing", graduationYear: 2019 },
      { level: "associate", school: "HKU SPACE Community College", major: "Business Administration", graduationYear: 2017 },
      { level: "high_school", school: "St. Paul's Co-educational College", graduationYear: 2015 },
    ],
    experience: [
      { title: "Assistant Marketing Manager", organization: "Golden Harvest Foods (HK) Ltd", startDate: "2022-03", endDate: null, management: true },
      { title: "Marketing Executive", organization: "CityMart Retail Group", startDate: "2019-07", endDate: "2022-02", management: false },
      { title: "Marketing Assistant (Part-time)", organization: "The Hong Kong Polytechnic University", startDate: "2017-09", endDate: "2018-06", management: false },
    ],
    skills: ["Google Analytics", "Meta Ads Manager", "Photoshop", "Excel"],
    languages: ["Cantonese", "English", "Putonghua"], certifications: [],
    dropped: [],
  },
  // Big5, a 104 export: 【】 blocks, each job as 公司名稱/職務名稱/任職期間/工作內容 rows, 民國 dates with 仍在職,
  // schools as "school　department　大學/高中職　畢業（民國105年6月）", 希望地點 that is not where he lives.
  "batch5/36_tw_104_minguo.big5.txt": {
    name: "黃柏翰", email: "bohan.huang@example.com.tw", phone: "0935246810", location: "台中市西屯區",
    education: [
      { level: "bachelor", school: "國立勤益科技大學", major: "機械工程系", graduationYear: 2016 },
      { level: "high_school", school: "國立臺中高級工業職業學校", major: "機械科", graduationYear: 2012 },
    ],
    experience: [
      { title: "資深機構工程師", organization: "精密動力股份有限公司", startDate: "2020-04", endDate: null, management: true },
      { title: "機構工程師", organization: "台灣光機科技有限公司", startDate: "2016-07", endDate: "2020-03", management: false },
    ],
    skills: ["SolidWorks", "AutoCAD", "Creo", "公差分析"],
    languages: ["英语"], certifications: ["電腦輔助機械設計乙級技術士"],
    dropped: [],
  },
  // A 22-year US executive career: "Title — Organization, City" over a month-name date line, a board seat overlapping
  // the COO post, a "Career break" that is a gap and not a job, two posts at one employer, a part-time MBA.
  "batch5/37_en_senior_overlap.txt": {
    name: ["MARGARET A. OKAFOR", "Margaret Okafor"], email: "m.okafor@example.com", phone: "3125550177", location: "Chicago, IL",
    education: [
      { level: "master", school: "Kellogg School of Management, Northwestern University", graduationYear: 2010 },
      { level: "bachelor", school: "Purdue University", major: "Industrial Engineering", graduationYear: 2001 },
    ],
    experience: [
      { title: "Chief Operating Officer", organization: "Lakeshore Components Inc.", startDate: "2019-04", endDate: null, management: true },
      { title: "Board Advisor", organization: "FreightLoop", startDate: "2021-01", endDate: "2023-12", management: false },
      { title: "Vice President, Supply Chain", organization: "Midwest Packaging Group", startDate: "2014-03", endDate: "2019-02", management: true },
      { title: "Director of Operations", organization: "Prairie Foods LLC", startDate: "2007-08", endDate: "2012-05", management: true },
      { title: "Plant Manager", organization: "Prairie Foods LLC", startDate: "2004-09", endDate: "2007-07", management: true },
      { title: "Production Supervisor", organization: "Acme Metalworks", startDate: "2001-06", endDate: "2004-08", management: true },
    ],
    skills: ["Lean manufacturing", "S&OP", "SAP", "P&L management", "supply chain management"],
    certifications: ["Lean Six Sigma Black Belt", "APICS CSCP"],
    dropped: [],
  },
  // UTF-16LE with BOM, a graduate student: "name | 求职意向" first line, emoji contacts, ━━━━ banners, a degree
  // still in progress (预计), internships as jobs, then projects and a student-union post that are not jobs.
  "batch5/38_zh_grad_projects.utf16le.txt": {
    name: "杨子涵", email: "yangzihan@example.edu.cn", phone: "17702103344", location: "武汉市洪山区",
    education: [
      { level: "master", school: "华中科技大学", major: "模式识别与智能系统", graduationYear: 2026 },
      { level: "bachelor", school: "武汉大学", major: "计算机科学与技术", graduationYear: 2023 },
    ],
    experience: [
      { title: "推荐算法实习生", organization: "深圳腾云计算有限公司", startDate: "2025-06", endDate: "2025-09", management: false },
      { title: "科研助理（实习）", organization: "武汉光谷智能研究院", startDate: "2024-07", endDate: "2024-08", management: false },
    ],
    skills: ["Python", "C++", "SQL", "PyTorch", "TensorFlow", "Spark"],
    languages: ["英语"], certifications: ["大学英语六级"],
    dropped: [],
  },
  // The old 个人简历 form as "label：value" lines, every forbidden category present but a photo — （照片） marks the form's
  // slot and a text holds no picture (corrected in session 11: a photo is a picture present, as batch6/45 states) —: 性别, 出生日期, 身份证号,
  // 民族, 籍贯 and 户口所在地, 婚育状况, 政治面貌, 宗教信仰, 健康状况; 年月至今 dates; 通讯地址 is where he lives.
  "batch5/39_zh_forbidden_lines.txt": {
    name: "蒋文博", email: "jiangwenbo@example.com", phone: "13951607788", location: "南京市鼓楼区",
    education: [{ level: "bachelor", school: "南京财经大学", major: "会计学", graduationYear: 2012 }],
    experience: [
      { title: "财务主管", organization: "南京苏宁电器配件有限公司", startDate: "2017-03", endDate: null, management: true },
      { title: "审计员", organization: "江苏华瑞会计师事务所", startDate: "2012-07", endDate: "2017-02", management: false },
    ],
    skills: ["金蝶", "用友", "Excel"],
    certifications: ["中级会计师", "税务师"],
    dropped: [
      "gender", "birth_date", "national_id", "ethnicity", "household_registration", "marital_childbearing",
      "political_affiliation", "religion", "health",
    ],
  },
  // A 岗位说明书 .docx uploaded as a resume by mistake; it names its author, approver and a contact with phone and email.
  "batch5/40_position_by_mistake.docx": { noProfile: true },
  // A Markdown resume: "# Name", bold headline, a contact line of links, "### Title — Organization" with an italic
  // date line, "**Degree**, School, Year" lines, skills as `code` chips, languages with CEFR levels.
  "batch5/41_en_markdown.md": {
    name: "Lucas Ferreira", email: "lucas.ferreira@example.pt", phone: "+351912345678", location: "Lisbon, Portugal",
    education: [
      { level: "master", school: "Instituto Superior Técnico", major: "Computer Science and Engineering", graduationYear: 2018 },
      { level: "bachelor", school: "Universidade de Coimbra", major: "Computer Science", graduationYear: 2016 },
    ],
    experience: [
      { title: "Senior SRE", organization: "Tagus Payments", startDate: "2022-10", endDate: null, management: false },
      { title: "DevOps Engineer", organization: "Atlântico Telecom", startDate: "2019-02", endDate: "2022-09", management: false },
      { title: "Systems Administrator (intern)", organization: "Universidade de Lisboa IT Services", startDate: "2018-07", endDate: "2018-12", management: false },
    ],
    skills: ["Kubernetes", "Terraform", "Helm", "Prometheus", "Go", "Python", "AWS"],
    languages: ["Portuguese", "English", "Spanish"], certifications: ["CKA", "AWS Certified SysOps Administrator"],
    dropped: [],
  },
  // An English Word resume as one two-cell table (the usual Word two-column template): main column left; contact,
  // skills, certifications and languages in the right cell, which the decoder reads after the left cell.
  "batch5/42_en_word_two_cells.docx": {
    name: "Jordan Lee", email: "jordan.lee@example.com", phone: "2065550199", location: "Tacoma, WA",
    education: [{ level: "bachelor", school: "University of Washington", major: "Economics", graduationYear: 2018 }],
    experience: [
      { title: "Operations Analyst", organization: "Harbor Freight Logistics", startDate: "2021-03", endDate: null, management: false },
      { title: "Logistics Coordinator", organization: "Pacific Crest Shipping", startDate: "2018-06", endDate: "2021-02", management: false },
    ],
    skills: ["SQL", "Python", "Tableau", "Excel"],
    languages: ["English", "Korean"], certifications: ["APICS CLTD"],
    dropped: [],
    notInExperience: ["Tableau", "Korean", "CLTD", "CONTACT", "Tacoma"],
  },
  // GBK, a 智联 text export: "女 | 36岁 | 本科 | … | 现居住 天津-南开区" line, a desired city that is not where she lives,
  // each job as a date line over "company | department | title" and 工作描述; a part-time teaching post overlapping a
  // job, a gap before the next; CET-4 under 证书.
  "batch5/43_zh_zhilian_export.gbk.txt": {
    name: "刘海燕", email: "liuhaiyan@example.net", phone: "13612348899", location: "南开区",
    education: [{ level: "bachelor", school: "南开大学", major: "物流管理", graduationYear: 2013 }],
    experience: [
      { title: "采购经理", organization: "天津渤海物流集团有限公司", startDate: "2021-05", endDate: null, management: true },
      { title: "采购主管", organization: "天津康达食品有限公司", startDate: "2019-03", endDate: "2021-04", management: false },
      { title: "兼职讲师", organization: "天津商务职业学院", startDate: "2016-09", endDate: "2017-12", management: false },
      { title: "采购专员", organization: "天津开发区华泰贸易有限公司", startDate: "2013-07", endDate: "2017-12", management: false },
    ],
    skills: ["SAP", "Excel", "供应商管理", "商务谈判"],
    languages: ["英语"], certifications: ["采购师", "大学英语四级"],
    dropped: ["gender", "age"],
  },
  // Batch 6, written before the reader was run on any of it and first run at the time recorded in
  // corpus/first-runs.json; corpus/batch6/make-batch6.ts writes its PDFs and .docx, make-corpus.ts its encoded texts.
  // A Chinese PDF (embedded Noto CJK): a grey header band with name and headline; a left sidebar holding contact,
  // both schools (school / major · degree / dates on three lines), skills, a certificate and a language; the main
  // column's entries keep their dates in a narrow column left of the text. A project is not a job.
  "batch6/44_zh_sidebar_timeline.pdf": {
    name: "周雨桐", email: "zhouyutong@example.com", phone: "15521008866", location: "成都市高新区",
    education: [
      { level: "master", school: "四川大学", major: "统计学", graduationYear: 2020 },
      { level: "bachelor", school: "西南财经大学", major: "经济统计学", graduationYear: 2017 },
    ],
    experience: [
      { title: "数据产品经理", organization: "成都蜀云科技有限公司", startDate: "2022-04", endDate: null, management: true },
      { title: "数据分析师", organization: "成都天府银行", startDate: "2020-07", endDate: "2022-03", management: false },
    ],
    skills: ["SQL", "Python", "Tableau", "Hive"],
    languages: ["英语"], certifications: ["CDA数据分析师二级"],
    dropped: [],
    notInExperience: ["Tableau", "CDA", "西南财经大学", "所在地"],
  },
  // The classic 个人简历 form (.docx): label | value cells with an empty 照片 cell (no picture, so `photo` is not expected),
  // 性别/出生年月/民族/政治面貌/婚姻状况 cells; jobs as a 起止时间|工作单位|职务|证明人 table whose referee cells hold
  // other people's names and phone numbers; skills and certificate rows.
  "batch6/45_zh_form_referees.docx": {
    name: "赵志强", email: "zhaozhiqiang@example.com", phone: "18192673345", location: "西安市雁塔区",
    education: [{ level: "bachelor", school: "西北工业大学", major: "材料成型及控制工程", graduationYear: 2013 }],
    experience: [
      { title: "高级工艺工程师", organization: "陕西秦川机械有限公司", startDate: "2018-03", endDate: null, management: false },
      { title: "工艺工程师", organization: "西安航宇精密铸造有限公司", startDate: "2013-07", endDate: "2018-02", management: false },
    ],
    skills: ["UG", "AutoCAD"],
    certifications: ["机械工程师（中级）"],
    dropped: ["gender", "birth_date", "ethnicity", "political_affiliation", "marital_childbearing"],
  },
  // Big5, a free-form Taiwan 履歷表 (not a job-site export): 民國年月～民國年月 and 迄今 dates before "company　title",
  // ‧ bullets, 兵役狀況 (not a forbidden category), TOEIC and JLPT under 證照, a 自傳 paragraph.
  "batch6/46_tw_freeform_minguo.big5.txt": {
    name: "林柏宇", email: "boyu.lin@example.com.tw", phone: "0928456789", location: "新北市板橋區",
    education: [{ level: "bachelor", school: "國立政治大學", major: "廣告學系", graduationYear: 2020 }],
    experience: [
      { title: "行銷企劃專員", organization: "統一超商股份有限公司", startDate: "2022-08", endDate: null, management: false },
      { title: ["客戶執行（AE）", "客戶執行", "AE"], organization: "奧美廣告股份有限公司", startDate: "2020-07", endDate: "2022-07", management: false },
    ],
    skills: ["Google Analytics", "Photoshop", "文案撰寫"],
    languages: ["英语", "日语"], certifications: ["TOEIC", "JLPT N3"],
    dropped: [],
  },
  // UTF-16LE with BOM: a spaced 个 人 简 历 title, "(+86) 137-…" phone, ■ headings, each job as 公司：/职位：/时间：/内容：
  // rows with 年月 — 至今 dates, a 技能证书 line mixing a driving licence, software and a CRM.
  "batch6/47_zh_keyed_rows.utf16le.txt": {
    name: "孙丽娜", email: "sunlina_sales@example.com", phone: "+8613712345566", location: "郑州市金水区",
    education: [{ level: "bachelor", school: "郑州大学", major: "药学", graduationYear: 2015 }],
    experience: [
      { title: "大客户经理", organization: "郑州宇华医疗器械有限公司", startDate: "2019-03", endDate: null, management: true },
      { title: "医药代表", organization: "河南康瑞医药有限公司", startDate: "2015-07", endDate: "2019-02", management: false },
    ],
    skills: ["Office", "CRM"],
    certifications: ["驾驶证C1"],
    dropped: [],
  },
  // An English one-page PDF: centred name and a "City · phone · email · LinkedIn" line; each job "Company, City" in bold
  // with its dates right-aligned on the same line and the title on the next; the degree's month and year on the right.
  "batch6/48_en_one_page_dates_right.pdf": {
    name: ["NATHAN OYELARAN", "Nathan Oyelaran"], email: "nathan.oyelaran@example.com", phone: "7135550148", location: "Houston, TX",
    education: [{ level: "bachelor", school: "Texas A&M University", major: "Chemical Engineering", graduationYear: 2016 }],
    experience: [
      { title: "Senior Process Engineer", organization: "Gulfport Refining Company", startDate: "2020-04", endDate: null, management: true },
      { title: "Process Engineer", organization: "Brazos Chemicals", startDate: "2016-07", endDate: "2020-03", management: false },
    ],
    skills: ["Aspen HYSYS", "Aspen Plus", "HAZOP", "Python"],
    certifications: ["Professional Engineer (PE)"],
    dropped: [],
  },
  // A Hong Kong bilingual Word résumé in paragraphs: "黃嘉敏 WONG Ka Man, Carmen", "(852)" mobile, bilingual headings,
  // "Title 中文職稱<tab>dates" over the organization in both languages, a 2014 – 2018 degree, HKICPA, three languages.
  "batch6/49_hk_bilingual_paragraphs.docx": {
    name: ["黃嘉敏 WONG Ka Man, Carmen", "黃嘉敏 WONG Ka Man", "黃嘉敏", "WONG Ka Man, Carmen", "WONG Ka Man", "Carmen Wong", "Wong Ka Man Carmen"],
    email: "carmen.wong@example.com.hk", phone: "+85291234567", location: "Sha Tin, N.T.",
    education: [{ level: "bachelor", school: "The Chinese University of Hong Kong", major: "Professional Accountancy", graduationYear: 2018 }],
    experience: [
      { title: ["Senior Accountant", "高級會計師", "Senior Accountant 高級會計師"], organization: "Kerry Logistics (Hong Kong) Limited", startDate: "2021-01", endDate: null, management: true },
      { title: "Audit Associate", organization: "PricewaterhouseCoopers", startDate: "2018-09", endDate: "2020-12", management: false },
    ],
    skills: ["SAP", "Excel", "VBA", "Power BI"],
    languages: ["Cantonese", "English", "Putonghua"], certifications: ["HKICPA"],
    dropped: [],
  },
  // A fresh graduate (UTF-8, emoji contacts): a degree still in progress (预计), 校园经历 (a student-union post and a
  // competition team, not jobs) BEFORE 实习经历, internships as "company · title · dates" lines.
  "batch6/50_zh_fresh_grad_campus.txt": {
    name: "刘思远", email: "liusiyuan2026@example.com", phone: "17602115588", location: "上海·杨浦",
    education: [{ level: "bachelor", school: "复旦大学", major: "统计学", graduationYear: 2026 }],
    experience: [
      { title: "商业化运营实习生", organization: "字节跳动", startDate: "2025-06", endDate: "2025-09", management: false },
      { title: "零售业务部实习生", organization: "上海浦东发展银行", startDate: "2024-07", endDate: "2024-08", management: false },
    ],
    skills: ["SQL", "Python", "pandas", "Tableau", "Excel"],
    languages: ["英语"], certifications: ["大学英语六级"],
    dropped: [],
  },
  // A 22-year Chinese executive career with CRLF: each job "company（年月—年月）" over 职位：/下属：/业绩： rows, an
  // independent directorship overlapping the VP post (兼任), an unexplained gap in 2012, two posts at one employer,
  // an EMBA; 年龄 and 婚姻状况 in the header.
  "batch6/51_zh_senior_gap_overlap.txt": {
    name: "何振东", email: "hezhendong@example.com", phone: "13926081234", location: "深圳市南山区",
    education: [
      { level: "master", school: "中欧国际工商学院", graduationYear: 2014 },
      { level: "bachelor", school: "华南理工大学", major: "机械工程及自动化", graduationYear: 2003 },
    ],
    experience: [
      { title: ["副总裁（分管制造与供应链）", "副总裁"], organization: "华南智造集团股份有限公司", startDate: "2016-01", endDate: null, management: true },
      { title: "独立董事", organization: "深圳创远电子有限公司", startDate: "2019-06", endDate: "2022-06", management: false },
      { title: "运营总监", organization: "东莞精鼎电子有限公司", startDate: "2012-10", endDate: "2015-12", management: true },
      { title: "制造经理", organization: "富联精密（深圳）有限公司", startDate: "2007-03", endDate: "2011-12", management: true },
      { title: "工艺工程师", organization: "富联精密（深圳）有限公司", startDate: "2003-07", endDate: "2007-02", management: false },
    ],
    skills: ["精益生产", "六西格玛", "SAP", "供应链管理"],
    certifications: ["六西格玛黑带"],
    dropped: ["age", "marital_childbearing"],
  },
  // A Europass CV exported to Word: one two-column table, labels and dd/mm/yyyy date ranges on the left, content on
  // the right; a "Sex | Date of birth | Nationality" line; mother tongue and CEFR rows; digital skills; a certificate.
  "batch6/52_en_europass_table.docx": {
    name: "Katarzyna Nowak", email: "katarzyna.nowak@example.pl", phone: "+48601234567", location: "Kraków",
    education: [
      { level: "master", school: "Poznań University of Economics and Business", major: "Logistics", graduationYear: 2016 },
      { level: "bachelor", school: "Cracow University of Technology", major: "Transport", graduationYear: 2014 },
    ],
    experience: [
      { title: "Supply Chain Planner", organization: "Dachser Sp. z o.o.", startDate: "2020-09", endDate: null, management: true },
      { title: "Transport Coordinator", organization: "Raben Logistics Polska Sp. z o.o.", startDate: "2016-07", endDate: "2020-08", management: false },
    ],
    skills: ["SAP TM", "Excel", "Power BI"],
    languages: ["Polish", "English", "German"], certifications: ["APICS CPIM"],
    dropped: ["gender", "birth_date"],
  },
  // A LaTeX moderncv-style PDF: first and last name in two weights on one line, headline, contact lines at the right,
  // grey section bars, entries with "Mon YYYY–present" dates in a left column; computer skills and languages as
  // label | value rows in the same two columns.
  "batch6/53_en_moderncv.pdf": {
    name: "Lukas Brenner", email: "lukas.brenner@example.ch", phone: "+41791234567", location: "Zürich, Switzerland",
    education: [
      { level: "doctorate", school: "University of Cambridge", major: "Theoretical Chemistry", graduationYear: 2018 },
      { level: "master", school: "Universität Heidelberg", major: "Chemistry", graduationYear: 2014 },
    ],
    experience: [
      { title: "Senior Scientist", organization: "Alpine Pharma AG", startDate: "2021-09", endDate: null, management: true },
      { title: "Postdoctoral Researcher", organization: "ETH Zürich", startDate: "2018-10", endDate: "2021-08", management: false },
    ],
    skills: ["Python", "C++", "Fortran", "GROMACS", "RDKit"],
    languages: ["German", "English", "French"], certifications: [],
    dropped: [],
  },
  // Batch 7, written while this session's reader changes were being made and first run on main as it stood at
  // 01:45 UTC (corpus/first-runs.json), to see whether they generalize; corpus/batch7/make-batch7.ts writes its PDFs and .docx.
  // LinkedIn's "Save to PDF" profile: a grey left column (Contact, Top Skills, Languages, Certifications; no phone),
  // the main column's jobs as company / title / "Month Year - Present (duration)" / place, degrees as
  // "Degree - XX, Field · (YYYY - YYYY)" under the school.
  "batch7/54_en_linkedin_profile.pdf": {
    name: "Daniela Chen", email: "daniela.chen@example.com", phone: null, location: "Austin, Texas, United States",
    education: [
      { level: "master", school: "The University of Texas at Austin", major: "Finance", graduationYear: 2018 },
      { level: "bachelor", school: "Texas A&M University", major: "Accounting", graduationYear: 2016 },
    ],
    experience: [
      { title: "FP&A Manager", organization: "Northwind Traders", startDate: "2022-03", endDate: null, management: true },
      { title: "Senior Financial Analyst", organization: "Contoso Bank", startDate: "2018-07", endDate: "2022-02", management: false },
    ],
    skills: ["Financial Modeling", "Power BI", "SQL"],
    languages: ["Spanish", "English"], certifications: ["Certified Management Accountant (CMA)"],
    dropped: [],
    notInExperience: ["Top Skills", "Power BI", "CMA", "Spanish"],
  },
  // A BOSS直聘 online résumé copied as text: a "男 | 29岁 | 6年 | 本科 | 离职-随时到岗" line, 个人优势, a 期望职位 line (a
  // wish, not where he lives), jobs as "company　title　dates" over 内容：/业绩：/技术栈： rows, a project that is not a job.
  "batch7/55_zh_boss_online.txt": {
    name: "张晨阳", email: "zhangchenyang@example.com", phone: "13811223344", location: null,
    education: [{ level: "bachelor", school: "北京邮电大学", major: "计算机科学与技术", graduationYear: 2019 }],
    experience: [
      { title: "Java开发工程师", organization: "京东科技", startDate: "2021-03", endDate: null, management: true },
      { title: "后端开发工程师", organization: "美团", startDate: "2019-07", endDate: "2021-02", management: false },
    ],
    skills: ["Java", "Spring Cloud", "MySQL", "Kafka"],
    certifications: ["软件设计师"],
    dropped: ["gender", "age"],
  },
  // A Japanese-company-style 履历书 (.docx): a contact table, then a 年 | 月 | 学历・职历 table, oldest first, where each
  // job is an 入职 row, a title row below it and a 离职 row (or 现在), closed by 以上; a 资格・证书 table with JLPT N1.
  "batch7/56_zh_rirekisho_table.docx": {
    name: "宋佳琪", email: "songjiaqi@example.com", phone: "15941182233", location: "大连市甘井子区",
    education: [{ level: "bachelor", school: "大连理工大学", major: "软件工程", graduationYear: 2020 }],
    experience: [
      { title: "系统工程师", organization: "大连富士通系统有限公司", startDate: "2023-04", endDate: null, management: false },
      { title: ["软件工程师", "软件工程师（对日金融系统开发）"], organization: "大连东软信息技术有限公司", startDate: "2020-07", endDate: "2023-03", management: false },
    ],
    languages: ["日语"], certifications: ["日本语能力考试 N1", "基本信息技术者考试"],
    dropped: [],
  },
  // A functional résumé: skills grouped under headings with bullets that belong to no job, then an Employment History
  // of one-line "Title — Organization, City    MM/YYYY – MM/YYYY" rows, one of them unpaid volunteering.
  "batch7/57_en_functional.txt": {
    name: ["JAMIE RODRIGUEZ", "Jamie Rodriguez"], email: "jamie.rodriguez@example.com", phone: "5105550133", location: "Oakland, CA",
    education: [{ level: "associate", school: "Laney College", major: "Business Administration", graduationYear: 2018 }],
    experience: [
      { title: "Operations Assistant", organization: "Blue Bottle Coffee", startDate: "2021-06", endDate: null, management: false },
      { title: "Barista", organization: "Peet's Coffee", startDate: "2018-08", endDate: "2021-05", management: false },
      { title: ["Volunteer Coordinator (unpaid)", "Volunteer Coordinator"], organization: "Alameda County Community Food Bank", startDate: "2020-01", endDate: "2020-12", management: false },
    ],
    skills: ["Square POS", "Google Sheets", "Excel", "Asana"],
    certifications: ["ServSafe Food Handler"],
    dropped: [],
  },
  // A Chinese Word-table résumé printed to PDF (embedded Noto CJK): every cell a grey box, label | value cells four to
  // a row, then wide cells holding two schools and a job with its description.
  "batch7/58_zh_table_printed.pdf": {
    name: "马晓东", email: "maxiaodong@example.com", phone: "13055667788", location: "青岛市黄岛区",
    education: [
      { level: "master", school: "中国海洋大学", major: "海洋化学", graduationYear: 2019 },
      { level: "bachelor", school: "青岛科技大学", major: "应用化学", graduationYear: 2016 },
    ],
    experience: [{ title: "研发工程师", organization: "青岛海湾化学有限公司", startDate: "2019-07", endDate: null, management: false }],
    skills: ["Origin", "ChemDraw", "HPLC", "GC-MS"],
    languages: ["英语"], certifications: ["大学英语六级", "中级工程师"],
    dropped: ["birth_date"],
  },
  // A CakeResume (Taiwan) public profile saved as HTML: Next.js data script, nav, h1 bilingual name, emoji contact
  // list, each job an h3 title over "organization ・ 年月 - 現在" meta, schools as h3 over "department degree ・ years",
  // skill tags, a languages line, footer.
  "batch7/59_tw_cakeresume.html": {
    name: ["吳宜庭 Yi-Ting Wu", "吳宜庭", "Yi-Ting Wu"], email: "yiting.wu@example.tw", phone: "0933221456", location: "台北市中山區",
    education: [
      { level: "master", school: "國立臺灣科技大學", major: "設計系", graduationYear: 2019 },
      { level: "bachelor", school: "實踐大學", major: "媒體傳達設計學系", graduationYear: 2017 },
    ],
    experience: [
      { title: "資深 UI/UX 設計師", organization: "街口支付", startDate: "2022-05", endDate: null, management: true },
      { title: "UI 設計師", organization: "91APP", startDate: "2019-08", endDate: "2022-04", management: false },
    ],
    skills: ["Figma", "Sketch", "Adobe XD", "ProtoPie"],
    languages: ["中文", "英文"],
    dropped: [],
  },
  // An academic CV: education first, "Title, School, University, Mon YYYY – present" appointments, then publications,
  // a grant and a teaching line with dates of their own, none of which are jobs; a professional membership line.
  "batch7/60_en_academic_cv.txt": {
    name: ["Amara N. Okonkwo", "Dr. Amara N. Okonkwo", "Amara Okonkwo"], email: "a.okonkwo@example.ac.uk", phone: "+441135550192", location: "Leeds",
    education: [
      { level: "doctorate", school: "Imperial College London", major: "Civil Engineering", graduationYear: 2015 },
      { level: "master", school: "University of Lagos", major: "Structural Engineering", graduationYear: 2010 },
      { level: "bachelor", school: "University of Lagos", major: "Civil Engineering", graduationYear: 2008 },
    ],
    experience: [
      { title: "Associate Professor", organization: "University of Leeds", startDate: "2021-09", endDate: null, management: false },
      { title: "Lecturer", organization: "University of Leeds", startDate: "2017-01", endDate: "2021-08", management: false },
      { title: "Research Associate", organization: "Imperial College London", startDate: "2015-10", endDate: "2016-12", management: false },
    ],
    skills: ["ABAQUS", "OpenSees", "Python", "MATLAB"],
    certifications: ["Chartered Engineer (CEng)", "MIStructE"],
    dropped: [],
  },
  // A two-page English PDF (standard font) with a "Name - Resume - Page N of 2" running header on each page; the second
  // job's bullets continue onto page 2.
  "batch7/61_en_two_pages_running_header.pdf": {
    name: ["PRIYA SHARMA", "Priya Sharma"], email: "priya.sharma@example.ca", phone: "+14165550177", location: "Toronto, ON",
    education: [{ level: "bachelor", school: "University of Waterloo", major: "Computer Engineering", graduationYear: 2016 }],
    experience: [
      { title: "Senior Software Engineer", organization: "Maple Health Inc.", startDate: "2022-01", endDate: null, management: true },
      { title: "Software Engineer", organization: "Shopwise", startDate: "2018-06", endDate: "2021-12", management: false },
      { title: "Junior Developer", organization: "Northbyte Labs", startDate: "2016-09", endDate: "2018-05", management: false },
    ],
    skills: ["Go", "Python", "Kubernetes", "PostgreSQL", "Redis", "Terraform"],
    languages: ["English", "Hindi", "French"],
    dropped: [],
    notInExperience: ["Page 1 of 2", "Page 2 of 2"],
  },
  // Batch 8, written blind: the reader was not run on these documents while they and their readings were written; their
  // first run is to be recorded in corpus/first-runs.json before any fix. Ten layouts no earlier batch used;
  // corpus/batch8/make-batch8.ts writes the PDFs (embedded Noto CJK), the .docx files and the encoded texts.
  // A 猎聘 résumé downloaded as PDF: the site's mark and a résumé number, "男 | 34岁 | 本科 | 工作12年 | 现居住地：…",
  // 求职意向 (a wish, not where he lives), each job a bold company with "dates（tenure）" at the right over
  // "title | department | city", 下属人数 / 汇报对象 (4 people under the HRBP manager, none under the 招聘主管), 工作职责 and
  // 工作业绩; a project (not a job), 英语（CET-6）, a 人力资源管理师 certificate, skills and the site's footer.
  "batch8/62_zh_liepin_export.pdf": {
    name: "韩志远", email: "hanzhiyuan@example.com", phone: "13764281905", location: "上海市闵行区",
    education: [{ level: "bachelor", school: "华东师范大学", major: "人力资源管理", graduationYear: 2014 }],
    experience: [
      { title: "HRBP经理", organization: "上海瑞达医疗器械有限公司", startDate: "2020-05", endDate: null, management: true },
      { title: "招聘主管", organization: "苏州康立生物科技有限公司", startDate: "2016-07", endDate: "2020-04", management: false },
      { title: "招聘顾问", organization: "上海锦程人力资源有限公司", startDate: "2014-07", endDate: "2016-06", management: false },
    ],
    skills: ["招聘", "绩效管理", "薪酬福利", "员工关系", "SAP SuccessFactors", "Excel"],
    languages: ["英语"], certifications: ["大学英语六级", "企业人力资源管理师（二级）"],
    dropped: ["gender", "age"],
  },
  // GBK, a 拉勾 online résumé copied from the page: site navigation and a 简历完整度 bar first, "男 · 30岁 · 本科 · 8年工作经验
  // · 现居深圳市南山区", a "phone | email" line, 期望工作 (a wish), jobs as "company    title    dates" over 部门： and ·
  // bullets (an internship among them), two projects that are not jobs, a school with years only, 技能标签 separated by
  // spaces, 作品展示 links, 自我描述 and the site's ICP footer.
  "batch8/63_zh_lagou_online.gbk.txt": {
    name: "周鹏飞", email: "zhoupengfei@example.com", phone: "18676543210", location: "深圳市南山区",
    education: [{ level: "bachelor", school: "华南理工大学", major: "软件工程", graduationYear: 2018 }],
    experience: [
      { title: "高级前端开发工程师", organization: "深圳海贝科技有限公司", startDate: "2022-03", endDate: null, management: true },
      { title: "前端开发工程师", organization: "广州趣米网络科技有限公司", startDate: "2018-07", endDate: "2022-02", management: false },
      { title: "前端开发实习生", organization: "广州云图信息技术有限公司", startDate: "2017-07", endDate: "2017-09", management: false },
    ],
    skills: ["React", "TypeScript", "Vue", "Webpack", "Node.js", "微信小程序", "Taro"],
    languages: [], certifications: [],
    dropped: ["gender", "age"],
  },
  // A BOSS直聘 附件简历 Word template: a spaced 个 人 简 历 title, a 求职意向 line (wishes), a label | value | label | value
  // table whose last column is one merged cell holding the candidate's photo (a picture, no text in it), 性别/出生年月/
  // 民族/政治面貌 cells; headings as coloured bold paragraphs with a rule; jobs as "dates<TAB>company<TAB>title" over
  // numbered lines; a 校园经历 student-union post (not a job); 技能证书 with CET-6, 计算机二级 and 普通话 (whether 普通话
  // is a language the reader should list is not settled, so languages are left out); 专业技能; 自我评价.
  "batch8/64_zh_boss_attachment_photo.docx": {
    name: "林晓雯", email: "linxiaowen@example.com", phone: "15867451230", location: "杭州市余杭区",
    education: [{ level: "bachelor", school: "浙江传媒学院", major: "网络与新媒体", graduationYear: 2019 }],
    experience: [
      { title: "新媒体运营主管", organization: "杭州小鹿文化传媒有限公司", startDate: "2021-08", endDate: null, management: true },
      { title: "内容运营专员", organization: "杭州星辰电子商务有限公司", startDate: "2019-07", endDate: "2021-07", management: false },
    ],
    skills: ["Photoshop", "Premiere", "剪映", "秀米", "Excel"],
    certifications: ["大学英语六级", "全国计算机等级考试二级", "普通话二级甲等"],
    dropped: ["gender", "birth_date", "ethnicity", "political_affiliation", "photo"],
  },
  // A Japanese-style 職務經歷書 in Traditional Chinese (PDF, embedded Noto CJK): a spaced title, "…現在" and 姓名 at the
  // right, a contact line, 職務摘要 prose (which names the posts again), then per employer a grey bar
  // "company（年月～現在）" with 事業內容／資本額／員工人數 under it and a 期間 | 業務內容 table: two posts at the first
  // employer, each "department　title" over ・ lines; 活用的經驗・知識・技能, dated 資格・證照 rows, 學歷, 自我PR, 以上.
  "batch8/65_tw_shokumu_keirekisho.pdf": {
    name: "張雅婷", email: "yating.chang@example.com.tw", phone: "0922318456", location: "桃園市中壢區",
    education: [{ level: "bachelor", school: "國立成功大學", major: "工業與資訊管理學系", graduationYear: 2015 }],
    experience: [
      { title: ["課長", "生產管理課　課長", "生產管理課課長", "生產管理課長"], organization: "台灣山葉精密股份有限公司", startDate: "2021-10", endDate: null, management: true },
      { title: ["生產管理專員", "生產管理課　生產管理專員"], organization: "台灣山葉精密股份有限公司", startDate: "2019-04", endDate: "2021-09", management: false },
      { title: ["品保工程師", "品質保證課　品保工程師"], organization: "日商東洋電裝台灣有限公司", startDate: "2015-07", endDate: "2019-03", management: false },
    ],
    skills: ["SAP", "Excel VBA", "Minitab"],
    languages: ["日语", "英语"], certifications: ["TOEIC", "日本語能力試驗 N2", "品質工程師（CQE）"],
    dropped: [],
  },
  // A European two-column CV PDF: a grey left sidebar (contact with a street address, a date of birth and nationality,
  // skills and languages each followed by ●○ rating dots, interests) written row by row with the main column (name,
  // headline, profile, jobs as a bold title with "MM/YYYY – present" at the right over "Organization · City" and
  // bullets, degrees in the same shape with years, a certificate); the Italian GDPR consent line at the foot.
  "batch8/66_en_eu_two_column_dots.pdf": {
    name: ["SOFIA MARCHETTI", "Sofia Marchetti"], email: "sofia.marchetti@example.it", phone: "+393471234567", location: "Milano",
    education: [
      { level: "master", school: "Università Bocconi", major: "Marketing Management", graduationYear: 2015 },
      { level: "bachelor", school: "Università degli Studi di Torino", major: "Economics", graduationYear: 2013 },
    ],
    experience: [
      { title: "Marketing Analytics Lead", organization: "Lumina Cosmetics S.p.A.", startDate: "2021-03", endDate: null, management: true },
      { title: "Senior Marketing Analyst", organization: "Brightwave Media S.r.l.", startDate: "2017-09", endDate: "2021-02", management: false },
      { title: "Junior Data Analyst", organization: "Nordica Retail Group GmbH", startDate: "2015-10", endDate: "2017-08", management: false },
    ],
    skills: ["Google Analytics", "SQL", "Python", "Tableau", "Looker Studio", "Excel"],
    languages: ["Italian", "English", "Spanish", "German"], certifications: ["Google Analytics Certification"],
    dropped: ["birth_date"],
    notInExperience: ["●●", "Cycling", "Nationality", "Date of birth", "Looker Studio", "Spanish"],
  },
  // A US one-page résumé in Word built on its styles (styles.xml, numbering.xml): the name in Title, a contact line in a
  // custom style, sections in Heading 1, each job "Title | Company" in Heading 2 over its month-name dates in Heading 3,
  // achievements as List Bullet paragraphs, the degree in the same Heading 2 / Heading 3 shape, skills as bullets.
  "batch8/67_en_us_word_styles.docx": {
    name: ["Rachel Nguyen", "RACHEL NGUYEN"], email: "rachel.nguyen@example.com", phone: "6175550142", location: "Boston, MA",
    education: [{ level: "bachelor", school: "Boston University", major: "Business Administration", graduationYear: 2015 }],
    experience: [
      { title: "Senior Product Marketing Manager", organization: "Cobalt Robotics", startDate: "2021-05", endDate: null, management: true },
      { title: "Product Marketing Manager", organization: "Halcyon Software", startDate: "2018-06", endDate: "2021-04", management: false },
      { title: "Marketing Associate", organization: "Brightpath Analytics", startDate: "2015-08", endDate: "2018-05", management: false },
    ],
    skills: ["Salesforce", "HubSpot", "Google Analytics", "SQL", "Figma"],
    languages: [], certifications: ["Pragmatic Marketing Certified (PMC-III)"],
    dropped: [],
  },
  // A JSON Resume rendered to HTML by a theme (jsonresume-theme-even through resumed): a generator meta tag and inline
  // CSS, a masthead with h1 name, h2 label, summary and an icon list (📍 "Berlin, DE", mailto and tel links, site,
  // GitHub), then sections Work (h4 position over "organization place" and <time> ranges), Volunteer (a coaching role,
  // not a job), Education ("Bachelor in area" with month dates), Certificates, Skills as grouped tag lists, Languages
  // as h5 name over fluency, Interests.
  "batch8/68_en_json_resume_theme.html": {
    name: "Aleksandra Petrović", email: "aleksandra.petrovic@example.de", phone: "+4915123456789", location: "Berlin",
    education: [{ level: "bachelor", school: "University of Belgrade", major: "Computer Engineering and Informatics", graduationYear: 2016 }],
    experience: [
      { title: "Senior Backend Engineer", organization: "Kontor Payments GmbH", startDate: "2022-04", endDate: null, management: false },
      { title: "Backend Engineer", organization: "Trailhead Mobility", startDate: "2019-09", endDate: "2022-03", management: false },
      { title: "Software Developer", organization: "Nova Soft d.o.o.", startDate: "2016-07", endDate: "2019-08", management: false },
    ],
    skills: ["Kotlin", "Java", "Spring Boot", "gRPC", "PostgreSQL", "Kafka", "Kubernetes", "Terraform"],
    languages: ["Serbian", "English", "German"], certifications: ["AWS Certified Developer – Associate"],
    dropped: [],
  },
  // Big5, a 1111人力銀行 履歷表 as printed to text: code and dates, 【】 blocks, a 基本資料 block with 性別, 年齡 and 婚姻狀況
  // (兵役 is not forbidden) and two phones (the mobile is the one to call), 求職條件 wishes, a 學歷 table of full-width-
  // space columns with a header row, numbered jobs (two posts at one employer) as 職務名稱/任職期間/管理責任 rows with
  // 仍在職, 語文能力 by skill, 專長與證照 (a driving licence listed as a 證照), 自傳 and the site's footer.
  "batch8/69_tw_1111_resume.big5.txt": {
    name: ["郭育誠", "郭育誠 Eric Kuo", "Eric Kuo"], email: "yucheng.kuo@example.com.tw", phone: "0955612378", location: "高雄市三民區",
    education: [
      { level: "bachelor", school: "國立高雄科技大學", major: "行銷與流通管理系", graduationYear: 2017 },
      { level: "high_school", school: "高雄市立高雄高級商業職業學校", major: "國際貿易科", graduationYear: 2013 },
    ],
    experience: [
      { title: "區域督導", organization: "全家便利商店股份有限公司", startDate: "2022-03", endDate: null, management: true },
      { title: "門市店長", organization: "全家便利商店股份有限公司", startDate: "2019-05", endDate: "2022-02", management: true },
      { title: "銷售專員", organization: "燦坤實業股份有限公司", startDate: "2017-07", endDate: "2019-04", management: false },
    ],
    skills: ["Excel", "PowerPoint", "POS系統", "門市管理"],
    languages: ["英语", "台語"], certifications: ["門市服務乙級技術士", "普通小型車駕照"],
    dropped: ["gender", "age", "marital_childbearing"],
  },
  // UTF-16LE with BOM, a Singapore résumé pasted into an email and saved as Unicode text: Outlook's From/Sent/To/Subject
  // header (the To: address is the employer's), a cover note and signature, a rule, then the résumé with PERSONAL
  // PARTICULARS (NRIC, date of birth, age, gender, race, religion, marital status with children — all dropped;
  // nationality, NS status and notice period are not forbidden), jobs as a date line over "Title, Organization", degrees
  // beside year ranges (a polytechnic diploma is an associate-level award), qualifications, and a referee's contacts.
  "batch8/70_sg_email_nric.utf16le.txt": {
    name: ["MUHAMMAD HAFIZ BIN RAHMAN", "Muhammad Hafiz bin Rahman", "Muhammad Hafiz"], email: "hafiz.rahman@example.com.sg", phone: "+6591234567",
    location: "Singapore",
    education: [
      { level: "bachelor", school: "Nanyang Technological University", major: "Mechanical Engineering", graduationYear: 2013 },
      { level: "associate", school: "Singapore Polytechnic", major: "Mechanical Engineering", graduationYear: 2007 },
    ],
    experience: [
      { title: "Lead Mechanical Engineer", organization: "Straits Marine Engineering Pte Ltd", startDate: "2020-06", endDate: null, management: true },
      { title: "Mechanical Engineer", organization: "Jurong Offshore Services Pte Ltd", startDate: "2015-01", endDate: "2020-05", management: false },
      { title: "Assistant Engineer", organization: "Pasir Panjang Facilities Management Pte Ltd", startDate: "2013-07", endDate: "2014-12", management: false },
    ],
    skills: ["AutoCAD", "SolidWorks", "CAESAR II", "ANSYS", "MS Project"],
    languages: ["English", "Malay", "Mandarin"], certifications: ["Professional Engineer (PE)", "Certified Energy Manager (CEM)"],
    dropped: ["national_id", "birth_date", "age", "gender", "ethnicity", "religion", "marital_childbearing"],
    notInExperience: ["Tan Wei Ming", "9876 5432", "careers@harbourline"],
  },
  // A career changer's Markdown résumé exported from Notion: "# Name", a bold headline line, a contact line of links, a
  // 💡 callout, then "### Title — Organization" over an italic "Mon YYYY – Present · place · terms" line: a staffing-
  // agency contract and a freelance practice running at the same time, nine years of teaching overlapped by a summer
  // tutoring contract; a dated project (not a job), "**Degree**, School, Year" bullets, certificates, `code` skill chips
  // and Notion's footer.
  "batch8/71_en_career_changer_notion.md": {
    name: "Marcus Bell", email: "marcus.bell@example.com", phone: "7205550186", location: "Denver, CO",
    education: [
      { level: "master", school: "University of Colorado Denver", major: "Teaching", graduationYear: 2015 },
      { level: "bachelor", school: "Colorado State University", major: "Chemistry", graduationYear: 2013 },
    ],
    experience: [
      { title: ["Data Analyst (Contract)", "Data Analyst"], organization: "Alpine Credit Union", startDate: "2025-03", endDate: null, management: false },
      { title: "Freelance Data Analyst", startDate: "2024-06", endDate: null, management: false },
      { title: "Chemistry Teacher", organization: "Hinkley High School, Aurora Public Schools", startDate: "2015-08", endDate: "2024-06", management: false },
      { title: ["SAT/ACT Tutor (part-time contract)", "SAT/ACT Tutor"], organization: "Varsity Tutors", startDate: "2017-06", endDate: "2023-08", management: false },
    ],
    skills: ["SQL", "Python", "pandas", "Tableau", "dbt", "Excel", "Looker Studio"],
    languages: [], certifications: ["Google Data Analytics Professional Certificate", "Tableau Desktop Specialist"],
    dropped: [],
  },
  // Batch 9, written 2026-12-04, blind: the reader was not run on these documents while they and their readings were
  // written; their first run is to be recorded in corpus/first-runs.json before any fix. Ten layouts no earlier batch
  // used; corpus/batch9/make-batch9.ts writes the PDFs (Noto CJK for the Chinese one, the standard fonts for the Latin
  // ones), the .docx files and the Big5-HKSCS and GB18030 texts from their .src.txt.
  // A 智联招聘 résumé exported to PDF, two pages: the site's mark over a rule, the name with 手机 and 邮箱 in a block at the
  // right, "女 | 31岁 | 本科 | 8年工作经验", 现居住地 | 户口 on one line, 求职意向 wishes (not where she lives), 自我评价, each
  // job "dates　company　（tenure）" over "title | salary", an industry line and 工作描述 (6 people under the 财务主管); the
  // 审计员's description runs onto page 2 under the running header ("2019年起…" there starts no job); grey bars behind
  // the section names; the school row, 英语 by skill, dated certificates, skills rated 熟练/精通, footers with page numbers.
  "batch9/72_zh_zhaopin_pdf_export.pdf": {
    name: "刘思琪", email: "liusiqi_cd@example.com", phone: "13980126657", location: "成都市高新区",
    education: [{ level: "bachelor", school: "西南财经大学", major: "会计学", graduationYear: 2017 }],
    experience: [
      { title: "财务主管", organization: "成都味源食品股份有限公司", startDate: "2021-03", endDate: null, management: true },
      { title: "审计员", organization: "四川正信会计师事务所", startDate: "2018-07", endDate: "2021-02", management: false },
      { title: "出纳", organization: "成都蓉欣商贸有限公司", startDate: "2017-07", endDate: "2018-06", management: false },
    ],
    skills: ["金蝶K/3 Cloud", "用友U8", "Excel", "Power BI"],
    languages: ["英语"], certifications: ["大学英语六级", "中级会计职称", "税务师"],
    dropped: ["gender", "age", "household_registration"],
    notInExperience: ["第1页/共2页", "刘思琪的简历", "智联招聘"],
  },
  // A German Lebenslauf in the tabular form (PDF, standard fonts): "Lebenslauf" with a photo (an image) at the top right,
  // Persönliche Daten as label | value rows (the street address over two rows, Geburtsdatum with the birthplace,
  // Familienstand with a child; Staatsangehörigkeit is not forbidden), Berufserfahrung and Ausbildung with the dates in
  // the left column ("seit 04/2021", "10/2016 – 03/2021") and post, firm and bullets at the right (a compulsory
  // internship among the jobs; "Leitung eines Teams von fünf" is managing), the Abitur under the degrees, Kenntnisse
  // (Sprachen one a row, EDV, a Weiterbildung certificate, Hobbys), and place, date and name as the signature.
  "batch9/73_de_lebenslauf_tabular.pdf": {
    name: "Katharina Weber", email: "k.weber@example.de", phone: "+4917623456789", location: "München",
    education: [
      { level: "master", school: "Technische Universität München", major: "Elektrotechnik und Informationstechnik", graduationYear: 2016 },
      { level: "bachelor", school: "Hochschule Augsburg", major: "Elektrotechnik", graduationYear: 2014 },
      { level: "high_school", school: "Holbein-Gymnasium Augsburg", graduationYear: 2010 },
    ],
    experience: [
      { title: "Projektleiterin Elektrokonstruktion", organization: "Brandt Antriebstechnik GmbH", startDate: "2021-04", endDate: null, management: true },
      { title: "Entwicklungsingenieurin", organization: "Hofmann Automation AG", startDate: "2016-10", endDate: "2021-03", management: false },
      { title: "Praktikantin Hardwareentwicklung", organization: "Kessler Elektronik GmbH", startDate: "2015-03", endDate: "2015-08", management: false },
    ],
    skills: ["EPLAN Electric P8", "TIA Portal", "AutoCAD Electrical", "SAP PM"],
    languages: ["Deutsch", "Englisch", "Französisch"], certifications: ["Projektmanagement-Fachfrau (GPM/IPMA Level D)"],
    dropped: ["birth_date", "marital_childbearing", "photo"],
    notInExperience: ["Bergsteigen", "München, 01.12.2026"],
  },
  // An Indian fresher's résumé in Word: a centred underlined RESUME, the name in capitals, "Mobile: … | E-mail: …", a
  // street address, CAREER OBJECTIVE, an ACADEMIC QUALIFICATIONS table (B.E., Class XII, Class X with boards, years and
  // percentages; Class X, the secondary certificate before two years of higher secondary, is below high school), one
  // internship with a "Duration: January 2025 – June 2025" line, dated academic projects (not jobs), a TECHNICAL SKILLS
  // table, certifications, extra-curricular posts (a club secretary, an NSS volunteer: not jobs), PERSONAL DETAILS as
  // tab-aligned "label : value" lines (father's name, date of birth, gender, marital status, languages known, hobbies)
  // and the DECLARATION with place, date and the name in brackets.
  "batch9/74_in_fresher_declaration.docx": {
    name: ["ANANYA KRISHNAN", "Ananya Krishnan"], email: "ananya.k2025@example.in", phone: "+919845012345", location: "Bengaluru",
    education: [
      { level: "bachelor", school: "R.V. College of Engineering", major: "Computer Science and Engineering", graduationYear: 2025 },
      { level: "high_school", school: "Sri Kumaran Children's Home PU College", graduationYear: 2021 },
      { level: "junior_high", school: "Kendriya Vidyalaya", graduationYear: 2019 },
    ],
    experience: [
      { title: "Software Development Intern", organization: "Infoweave Technologies Pvt. Ltd.", startDate: "2025-01", endDate: "2025-06", management: false },
    ],
    skills: ["Java", "Python", "HTML", "CSS", "JavaScript", "React", "MySQL", "Git"],
    languages: ["English", "Kannada", "Tamil", "Hindi"], certifications: ["Programming in Java", "Oracle Certified Associate, Java SE 8 Programmer"],
    dropped: ["birth_date", "gender", "marital_childbearing"],
    notInExperience: ["Crop Disease", "Coding Club", "National Service Scheme", "R. Krishnan"],
  },
  // Big5-HKSCS (深水埗, 鰂魚涌 are HKSCS characters CP950 lacks), a Hong Kong bilingual CV as plain text: "CHAN Ka Yan,
  // Karen  陳嘉欣", an estate address, bilingual labels ("Mobile 手提電話:"), a date of birth and expected salary, rules
  // of dashes under bilingual section names, each job "organization (district)    Mon YYYY – Present" over a bilingual
  // title and ● bullets, the HKDSE school under the degree, professional qualifications, skills by kind, three languages
  // on one "|" line, references on request.
  "batch9/75_hk_bilingual_hkscs.big5hkscs.txt": {
    name: ["CHAN Ka Yan, Karen", "陳嘉欣", "CHAN Ka Yan, Karen 陳嘉欣", "CHAN Ka Yan Karen", "Karen Chan", "CHAN Ka Yan", "Karen CHAN Ka Yan"],
    email: "karen.chan.ky@example.com.hk", phone: "91238876", location: "Flat 12B, Block 3, Lai Kok Estate, Sham Shui Po, Kowloon",
    education: [
      { level: "bachelor", school: "The Hong Kong Polytechnic University", major: "Logistics and Maritime Studies", graduationYear: 2016 },
      { level: "high_school", school: "Shau Kei Wan Government Secondary School", graduationYear: 2012 },
    ],
    experience: [
      {
        title: ["Assistant Logistics Manager", "助理物流經理", "Assistant Logistics Manager 助理物流經理"],
        organization: "Harbourfront Logistics Limited 海濱物流有限公司", startDate: "2019-07", endDate: null, management: true,
      },
      {
        title: ["Logistics Officer", "物流主任", "Logistics Officer 物流主任"],
        organization: "嘉華貨運代理有限公司 Ka Wah Freight Forwarding Co., Ltd.", startDate: "2016-09", endDate: "2019-06", management: false,
      },
    ],
    skills: ["Oracle WMS", "SAP", "CargoWise One", "Excel", "Power BI"],
    languages: ["Cantonese", "English", "Putonghua"],
    certifications: ["Certified in Logistics, Transportation and Distribution (CLTD)", "Certificate in Dangerous Goods Regulations (IATA Category 6)"],
    dropped: ["birth_date"],
  },
  // A Canva-style one-page PDF (standard fonts) written in layer order, the sidebar's text before the main column's: a
  // dark sidebar with a round photo, CONTACT lines each after a drawn icon, EDUCATION with the school's name in capitals
  // over two lines, SKILLS and LANGUAGES as names over filled bars (no words for the level), HOBBIES; the main column
  // has the letter-spaced name and headline, ABOUT ME, WORK EXPERIENCE on a timeline ("MAR 2021 - PRESENT", then the
  // company, then the title, then bullets) and two referees side by side with their phones and emails.
  "batch9/76_en_canva_skill_bars.pdf": {
    name: ["MAYA PATEL", "Maya Patel"], email: "maya.patel@example.com", phone: "+13125550148", location: "Chicago, IL",
    education: [{ level: "bachelor", school: "School of the Art Institute of Chicago", major: "Graphic Design", graduationYear: 2016 }],
    experience: [
      { title: "Senior Graphic Designer", organization: "Lakeshore Creative Agency", startDate: "2021-03", endDate: null, management: true },
      { title: "Graphic Designer", organization: "Windy City Print Co.", startDate: "2018-06", endDate: "2021-02", management: false },
      { title: "Junior Designer", organization: "Fresh Pixel Studio", startDate: "2016-08", endDate: "2018-05", management: false },
    ],
    skills: ["Adobe Illustrator", "Adobe Photoshop", "Adobe InDesign", "Figma", "After Effects"],
    languages: ["English", "Gujarati", "Spanish"], certifications: [],
    dropped: ["photo"],
    notInExperience: ["Daniel Brooks", "Priya Shah", "312-555-0199", "847-555-0121", "Ceramics", "Gujarati"],
  },
  // GB18030 (the emoji need it), a résumé pasted into an email body: Foxmail-style 发件人/发送时间/收件人/主题 header (the
  // 收件人 address is the employer's), a note to 王经理 and a signature with 📱 phone, a dashed "以下为简历正文" rule, then
  // 姓名 with a pinyin gloss, 性别 and 年龄, contacts, 现居, 求职意向 (a wish), 【】 sections, jobs as
  // "2022/4~至今　　company　　title" over · bullets (the 主管 leads three planners), school, skills, certificates on one
  // line, 英语 with CET-6, 自我评价, and a signature with 发自我的iPhone.
  "batch9/77_zh_email_body_gb18030.gb18030.txt": {
    name: ["张䶮", "张䶮（yǎn）"], email: "zhangyan.sh@example.cn", phone: "13816520937", location: "上海市松江区",
    education: [{ level: "bachelor", school: "上海大学", major: "物流管理", graduationYear: 2015 }],
    experience: [
      { title: "计划部经理", organization: "上海锦鸿汽车零部件有限公司", startDate: "2022-04", endDate: null, management: true },
      { title: "物料计划主管", organization: "苏州博越电子科技有限公司", startDate: "2018-03", endDate: "2022-03", management: true },
      { title: "生产计划员", organization: "昆山华辰精密模具有限公司", startDate: "2015-07", endDate: "2018-02", management: false },
    ],
    skills: ["SAP", "Oracle", "Excel VBA", "Power BI", "Minitab"],
    languages: ["英语"], certifications: ["APICS CPIM", "六西格玛绿带", "大学英语六级"],
    dropped: ["gender", "age"],
    notInExperience: ["hr@jinghong-auto", "王经理您好", "发自我的iPhone"],
  },
  // A US federal résumé as the USAJOBS builder prints it (PDF, standard fonts, two Letter pages with "Page N of 2"):
  // name, street address, Day Phone, Email; availability, desired locations, citizenship, veterans' preference,
  // clearance, federal status; each job a bold agency line with "MM/YYYY - Present" at the right, the duty station's
  // address, salary, hours per week, series and grade, then the title, duties, "Supervisor: name (phone)" and whether to
  // contact them (a supervisor's phone is not the candidate's); the second job's duties run onto page 2; Army service is
  // a job (a sergeant supervising four soldiers); degrees as school, degree and MM/YYYY, GPA, credits and major; DAU
  // courses (training, not certifications), two certifications, Spanish rated by skill, references with phones and
  // emails, and Additional Information with skills and awards.
  "batch9/78_en_us_federal_resume.pdf": {
    name: ["DeShawn T. Williams", "DeShawn Williams"], email: "deshawn.williams@example.com", phone: "6145550123", location: "Columbus, OH",
    education: [
      { level: "bachelor", school: "Franklin University", major: "Supply Chain Management", graduationYear: 2019 },
      { level: "associate", school: "Hopkinsville Community College", major: "Business Administration", graduationYear: 2014 },
    ],
    experience: [
      { title: "Logistics Management Specialist", organization: "Defense Logistics Agency", startDate: "2020-03", endDate: null, management: true },
      { title: "Supply Technician", organization: "Air Force Materiel Command", startDate: "2016-07", endDate: "2020-02", management: false },
      { title: ["Unit Supply Specialist (92Y)", "Unit Supply Specialist"], organization: "U.S. Army", startDate: "2010-06", endDate: "2016-06", management: true },
    ],
    skills: ["SAP", "GCSS-Army", "DPAS", "Excel", "Power BI"],
    languages: ["Spanish"], certifications: ["Certified Professional in Supply Management (CPSM)", "DAWIA Life Cycle Logistics - Practitioner"],
    dropped: [],
    notInExperience: ["karen.mitchell@example.mil", "Angela Ruiz", "Army Commendation Medal", "Page 1 of 2"],
  },
  // An Australian electrician's one-page résumé saved from Google Docs as a web page: class-only spans and paragraphs,
  // a two-cell layout table for the masthead (name and trade left; phone, mailto, suburb and "own vehicle" right),
  // headings as h2, TICKETS & LICENCES as a bullet list (the licence, White Card, EWP, heights, confined space, first
  // aid, cabling registration and a driver's licence), WORK HISTORY as one-row tables of "Title – Employer, City" | dates
  // over bullets (two posts at one employer; the leading hand runs a crew), SKILLS, EDUCATION (a Certificate III trade
  // qualification and Year 12: which level a Certificate III is is not settled, so education is left out), two referees
  // side by side (not jobs).
  "batch9/79_au_tradesperson_gdocs.html": {
    name: ["Liam O'Connor", "LIAM O'CONNOR", "Liam O’Connor"], email: "liam.oconnor@example.com.au", phone: "0412345678", location: "Carindale, Brisbane QLD 4152",
    experience: [
      { title: "Leading Hand Electrician", organization: "Brightline Electrical Services Pty Ltd", startDate: "2022-02", endDate: null, management: true },
      { title: "Electrician", organization: "Sunstate Power & Data", startDate: "2019-01", endDate: "2022-01", management: false },
      { title: "Apprentice Electrician", organization: "Sunstate Power & Data", startDate: "2015-01", endDate: "2018-12", management: false },
    ],
    skills: ["Switchboard installation", "Fault-finding", "PLC", "Solar PV", "Cat6"],
    languages: [],
    certifications: [
      "Electrical Worker Licence", "White Card", "EWP Licence", "Working Safely at Heights", "Confined Space Entry", "First Aid",
      "Open Cabling Registration", "Driver’s Licence",
    ],
    dropped: [],
    notInExperience: ["Mark Davies", "Tanya Whitmore", "0423 987 654", "0438 112 907"],
  },
  // A Chinese academic CV in Markdown: "# name · 个人简历", a blockquote naming the post applied for (a wish), emoji
  // contact bullets (📧 📞 🏠 and 🎂 a birth month), 研究方向, pipe tables for 教育经历 (时间 | 学校 | 专业 | 学位, "工学博士
  // （导师：…）") and 工作经历 (时间 | 单位 | 职务: a postdoc, "单位" holding school and department), numbered grants with
  // dates and 主持 (not jobs), publications, reviewing, awards, skills by kind, English with CET-6 and IELTS.
  "batch9/80_zh_academic_cv_tables.md": {
    name: "赵文博", email: "zhaowenbo@example.edu.cn", phone: "+8618621035567", location: "南京市鼓楼区",
    education: [
      { level: "doctorate", school: "清华大学", major: "环境科学与工程", graduationYear: 2020 },
      { level: "bachelor", school: "同济大学", major: "环境工程", graduationYear: 2015 },
    ],
    experience: [
      { title: ["博士后", "博士后（合作导师：李建国 教授）"], organization: "南京大学", startDate: "2022-09", endDate: null, management: false },
      { title: "助理研究员", organization: "中国环境科学研究院", startDate: "2020-07", endDate: "2022-08", management: false },
    ],
    skills: ["Python", "MATLAB", "SWMM", "ArcGIS", "ICP-MS", "qPCR"],
    languages: ["英语"], certifications: ["大学英语六级", "IELTS 7.5"],
    dropped: ["birth_date"],
    notInExperience: ["国家自然科学基金", "Water Research"],
  },
  // A Taiwanese nurse's 履歷表 in Word with a page header (her name and 護理師履歷) and a footer of PAGE / NUMPAGES
  // fields: a 基本資料 table of label | value pairs with her photo in a merged last column (性別, 出生日期, 婚姻狀況, a 希望職務
  // wish, the address across three cells), 學歷 / 工作經歷 / 專業證照 tables with header rows ("2020/7~迄今"; 單位／職稱
  // "內科加護病房／護理師（N3）"; the 小組長 manages six nurses' shifts), 專長, 語言能力 and a 自傳 that names the
  // hospitals again.
  "batch9/81_tw_nurse_licences_header.docx": {
    name: ["陳宛蓁", "Wan-Chen Chen"], email: "wanchen.chen@example.com.tw", phone: "0987654321", location: "臺中市北屯區",
    education: [
      { level: "bachelor", school: "中山醫學大學", major: "護理學系", graduationYear: 2016 },
      { level: "high_school", school: "臺中市立臺中女子高級中等學校", graduationYear: 2012 },
    ],
    experience: [
      {
        title: ["護理師（N3）", "護理師", "N3護理師", "內科加護病房／護理師（N3）", "內科加護病房護理師"],
        organization: "臺中博安醫院", startDate: "2020-07", endDate: null, management: true,
      },
      { title: ["護理師", "一般外科病房／護理師", "一般外科病房護理師"], organization: "彰化慈光醫院", startDate: "2016-08", endDate: "2020-06", management: false },
    ],
    skills: ["重症照護", "呼吸器照護", "CVVH", "傷口照護", "Excel"],
    languages: ["國語", "台語", "英文"], certifications: ["護理師證書", "BLS", "ACLS", "N3 臨床能力進階"],
    dropped: ["gender", "birth_date", "marital_childbearing", "photo"],
    notInExperience: ["護理師履歷", "第 1 頁"],
  },
  // Batch 10, written 2026-12-04, blind: the reader was not run on these documents while they and their readings were
  // written; their first run is to be recorded in corpus/first-runs.json before any fix. Ten layouts no earlier batch
  // used, in Korean, English, French, Spanish, Simplified and Traditional Chinese; corpus/batch10/make-batch10.ts writes
  // the PDFs (Noto Sans CJK KR for the Korean one, the standard fonts for the Latin ones), the .docx files and the
  // UTF-16LE and GB18030 texts from their .src.txt, with helpers shared with batch 9 (corpus/make-documents.ts).
  // A Korean-English bilingual 이력서 (PDF, Noto Sans CJK KR) in the Korean form, ruled tables with shaded header rows:
  // "이력서 RESUME", an ID photo (an image) at the top left beside the 인적사항 grid (성명 한글/영문, 생년월일 with 만 35세,
  // 성별, 휴대폰, 이메일, 주소), a 병역 line with its own dates (conscription, not a job), 학력사항 (기간 | 학교명 | 전공 |
  // 구분), 경력사항 (기간 | 회사명 | 부서/직위 | 담당업무: "2020.04 ~ 현재", each cell a Korean line over a small English
  // one; "부서 / 직위" is team over rank, the 팀장 manages five), a line per job under the table, 자격증 / 어학 (dated, TOEIC
  // and JLPT among them), 외국어 and 보유기술 lines, and the pledge with the date and "지원자 김지훈 (인)".
  "batch10/82_ko_bilingual_ruled_photo.pdf": {
    name: ["김지훈", "Kim Ji-hoon", "김지훈 Kim Ji-hoon", "Kim Jihoon"], email: "jihoon.kim@example.kr", phone: "01048217735", location: "서울특별시 마포구",
    education: [
      { level: "bachelor", school: "한양대학교", major: "컴퓨터소프트웨어학부", graduationYear: 2016 },
      { level: "high_school", school: "서울대일고등학교", graduationYear: 2010 },
    ],
    experience: [
      {
        title: ["팀장", "Team Lead", "결제플랫폼팀 / 팀장", "팀장 Team Lead", "결제플랫폼팀 / 팀장 Team Lead"],
        organization: "한빛페이", startDate: "2020-04", endDate: null, management: true,
      },
      {
        title: ["선임", "Software Engineer", "서버개발팀 / 선임", "선임 Software Engineer", "서버개발팀 / 선임 Software Engineer"],
        organization: "네오스퀘어", startDate: "2016-01", endDate: "2020-03", management: false,
      },
    ],
    skills: ["Java", "Kotlin", "Spring Boot", "MySQL", "Redis", "Kafka", "AWS", "Docker", "Git"],
    languages: ["English", "Japanese"], certifications: ["정보처리기사", "AWS Certified Developer – Associate", "TOEIC 905", "JLPT N2"],
    dropped: ["birth_date", "age", "gender", "photo"],
    notInExperience: ["육군 병장", "지원자", "한국산업인력공단"],
  },
  // An Indeed profile saved as plain text (UTF-8): name, headline, city, email, phone, work authorisation and
  // relocation lines; each job "Title" over "Employer - City, ST" over "Month YYYY to Present" and bullets (two posts at
  // one employer; the supervisor runs a shift of 14); a high-school diploma "2012 to 2016"; skills with "(N years)";
  // Certifications and Licenses each over a date range (not jobs); Indeed Assessments with results and the site's
  // disclaimer (not jobs, not certifications).
  "batch10/83_en_indeed_export.txt": {
    name: "Marcus Bell", email: "marcusbell42@example.com", phone: "+19015550163", location: "Memphis, TN",
    education: [{ level: "high_school", school: "Whitehaven High School", graduationYear: 2016 }],
    experience: [
      { title: "Warehouse Supervisor", organization: "Ridgeway Distribution", startDate: "2021-04", endDate: null, management: true },
      { title: "Forklift Operator / Inventory Clerk", organization: "Ridgeway Distribution", startDate: "2018-06", endDate: "2021-03", management: false },
      { title: "Order Picker", organization: "QuickShip Fulfillment LLC", startDate: "2016-09", endDate: "2018-05", management: false },
    ],
    skills: ["Forklift", "Inventory management", "Manhattan SCALE", "Excel"],
    languages: ["Spanish"], certifications: ["OSHA 10", "Forklift Certification"],
    dropped: [],
    notInExperience: ["Highly Proficient", "Indeed Assessments", "Supervisory skills"],
  },
  // A PhD candidate's CV from the LaTeX altacv class (PDF, standard fonts), two columns written column after column
  // (the wide left one whole, then the narrow right one): name, tagline, a contact row after drawn icons; entries as a
  // bold title over the organization in the accent colour over dates and place after icons ("Sep 2024 – Ongoing":
  // current), a bullet hyphenated across lines; Education with the doctorate in progress ("Jul 2027 (expected)") and
  // the thesis and advisor; Publications (journals, not employers); Skills as boxed tags, Languages with dots, Awards
  // and Outreach (a festival volunteer) at the right; a lone page number.
  "batch10/84_en_altacv_phd.pdf": {
    name: "Aisha Rahman", email: "aisha.rahman@example.ac.uk", phone: "+447700900123", location: "Edinburgh, UK",
    education: [
      { level: "doctorate", school: "University of Edinburgh", major: "Computational Biology", graduationYear: 2027 },
      { level: "master", school: "Imperial College London", major: "Bioinformatics", graduationYear: 2021 },
      { level: "bachelor", school: "University of Dhaka", major: "Biochemistry and Molecular Biology", graduationYear: 2019 },
    ],
    experience: [
      { title: "Graduate Teaching Assistant", organization: "University of Edinburgh", startDate: "2024-09", endDate: null, management: false },
      { title: "Research Intern", organization: "Wellcome Sanger Institute", startDate: "2024-06", endDate: "2024-08", management: false },
      { title: "Research Assistant", organization: "Imperial College London", startDate: "2021-10", endDate: "2022-08", management: false },
    ],
    skills: ["Python", "R", "Nextflow", "PyTorch", "Snakemake", "Docker", "SLURM", "Git", "Scanpy", "Seurat"],
    languages: ["English", "Bengali", "French"], certifications: [],
    dropped: [],
    notInExperience: ["Nucleic Acids Research", "Best Poster Award", "Science Festival", "Chancellor's Scholarship"],
  },
  // A military-to-civilian transition résumé in Word (US Letter): the name in capitals, a headline with the Navy rank
  // and the clearance, contacts on one "|" line; a summary; CORE COMPETENCIES as a borderless three-column table;
  // PROFESSIONAL EXPERIENCE with the employer line "UNITED STATES NAVY  Aug 2006 – Present" (the span of the roles
  // under it, not a fourth job) over three roles "Civilian title (rank, rating)" with right-tab dates, the command or
  // ship in the first bullet (the Navy is the employer of each; the operations manager leads 35, the supply supervisor
  // 22); a degree, a Navy academy and JST credits (not degrees), three certifications, skills, Spanish, medals and a
  // VFW post's treasurer under VOLUNTEER (not a job).
  "batch10/85_en_military_transition.docx": {
    name: ["JAMES O. MARTINEZ", "James Martinez"], email: "james.martinez@example.com", phone: "6195550172", location: "San Diego, CA",
    education: [{ level: "bachelor", school: "National University", major: "Business Administration", graduationYear: 2021 }],
    experience: [
      {
        title: ["Operations Manager", "Operations Manager (Chief Petty Officer, Logistics Specialist)"],
        organization: "United States Navy", startDate: "2019-06", endDate: null, management: true,
      },
      {
        title: ["Supply Supervisor", "Supply Supervisor (Petty Officer First Class, Logistics Specialist)"],
        organization: "United States Navy", startDate: "2014-03", endDate: "2019-05", management: true,
      },
      {
        title: ["Logistics Specialist", "Logistics Specialist (Petty Officer Third/Second Class)"],
        organization: "United States Navy", startDate: "2006-08", endDate: "2014-02", management: false,
      },
    ],
    skills: ["SAP", "R-Supply", "Navy ERP", "Excel", "Power BI", "Microsoft Project"],
    languages: ["Spanish"],
    certifications: ["Project Management Professional (PMP)", "Certified Supply Chain Professional (CSCP)", "Lean Six Sigma Green Belt"],
    dropped: [],
    notInExperience: ["VFW Post", "Commendation Medal", "Buddy Poppy"],
  },
  // A French CV in Word: a borderless masthead table with the photo (an image) in the left cell and, at the right, the
  // name ("Camille DURAND"), the post, "32 ans · Mariée, deux enfants · Permis B", the address and contacts; Profil;
  // Expériences professionnelles as "dates<tab>Entreprise, ville — note" over the post in italics ("Depuis mars 2021",
  // "Sept. 2017 – févr. 2021", "Janv. – juin 2017" with the year only at the end; the stage de fin d'études is a job;
  // "Encadrement de deux alternantes" is managing); Formation as "year<tab>degree — school" (Master 2, Licence, the
  // Baccalauréat); Compétences; Langues one a row with the TOEIC inside; Centres d'intérêt (a food-bank volunteer).
  "batch10/86_fr_cv_masthead_photo.docx": {
    name: "Camille DURAND", email: "camille.durand@example.fr", phone: "0612345678", location: "Lyon",
    education: [
      { level: "master", school: "Université Jean Moulin Lyon 3", major: "Gestion des ressources humaines", graduationYear: 2017 },
      { level: "bachelor", school: "Université Lumière Lyon 2", major: "Psychologie", graduationYear: 2015 },
      { level: "high_school", school: "Lycée Ampère", graduationYear: 2012 },
    ],
    experience: [
      { title: "Chargée de recrutement IT", organization: "Néolia Conseil", startDate: "2021-03", endDate: null, management: true },
      { title: "Assistante RH", organization: "Groupe Vasseur Industrie", startDate: "2017-09", endDate: "2021-02", management: false },
      { title: "Stagiaire chargée de recrutement", organization: "Orféo Intérim", startDate: "2017-01", endDate: "2017-06", management: false },
    ],
    skills: ["Workday", "Taleo", "LinkedIn Recruiter", "Excel"],
    languages: ["Français", "Anglais", "Espagnol"], certifications: ["TOEIC 910"],
    dropped: ["age", "marital_childbearing", "photo"],
    notInExperience: ["Restos du Cœur", "semi-marathon"],
  },
  // UTF-16LE with BOM and CRLF (Notepad's "Unicode"), a Nigerian CV: PERSONAL DATA as "Label:  value" rows (the name
  // surname first in capitals with a comma, date of birth, sex, State of Origin and L.G.A. — the ancestral origin, read
  // as 籍贯 is, household_registration —, marital status, religion, two phone numbers); the two classic tables
  // EDUCATIONAL INSTITUTIONS ATTENDED WITH DATES and ACADEMIC QUALIFICATIONS OBTAINED WITH DATES (a primary school
  // among them: no level of the scale, so no row); jobs as employer line over Position: / Duration: ("March 2019 –
  // Date": current) / Duties:, the NYSC service year listed among them as a posting (a job); certifications, a
  // professional body's membership (not a certification), skills, three languages, hobbies, "REFEREES Available on
  // request."
  "batch10/87_ng_cv_state_of_origin.utf16le.txt": {
    name: ["OKAFOR, Chukwuemeka Obinna", "Chukwuemeka Obinna Okafor", "OKAFOR Chukwuemeka Obinna", "Chukwuemeka Okafor"],
    email: "emeka.okafor@example.com.ng", phone: "+2348034567821", location: "Lekki Phase 1, Lagos State",
    education: [
      { level: "bachelor", school: "University of Nigeria", major: "Electrical Engineering", graduationYear: 2014 },
      { level: "high_school", school: "Federal Government College, Enugu", graduationYear: 2009 },
    ],
    experience: [
      { title: "Senior Electrical Engineer", organization: "Zenith Power Solutions Limited", startDate: "2019-03", endDate: null, management: true },
      { title: "Electrical Engineer", organization: "Ikeja Electric Plc", startDate: "2015-08", endDate: "2019-02", management: false },
      {
        title: ["Corps Member (Technical Services)", "Corps Member", "NYSC Corps Member"],
        organization: "Kaduna Electric Distribution Company", startDate: "2014-07", endDate: "2015-07", management: false,
      },
    ],
    skills: ["AutoCAD", "ETAP", "MATLAB", "Microsoft Project", "SCADA"],
    languages: ["English", "Igbo", "Yoruba"],
    certifications: ["COREN Registered Engineer", "Project Management Professional (PMP)", "HSE Level 1, 2 & 3"],
    dropped: ["birth_date", "gender", "household_registration", "marital_childbearing", "religion"],
    notInExperience: ["Nigerian Society of Engineers", "Community Primary School", "Available on request"],
  },
  // GB18030 (an emoji), a 猎聘 online profile selected and copied from the browser: the site's menu, tab names and
  // buttons (简历完整度, 刷新简历, 编辑 after every section name), the name, 求职状态, "男 | 35岁 | 上海 | 工作12年 | 硕士",
  // phone and email on one tab-separated line, 求职意向 (a wish); each job company over "dates（tenure）" over "title |
  // department | 下属人数：8人 / 汇报对象：VP" and 职责业绩; a 项目经历 with 所在公司 and 项目职务 (not a job); schools over
  // dates over "degree | major | 统招"; tab-separated skill tags; a dated certificate; the attachment's file name and the
  // site's footer.
  "batch10/88_zh_liepin_online_copy.gb18030.txt": {
    name: "周晓航", email: "zhou.xiaohang@example.com", phone: "13817745521", location: "上海",
    education: [
      { level: "master", school: "复旦大学", major: "统计学", graduationYear: 2014 },
      { level: "bachelor", school: "华东师范大学", major: "数学与应用数学", graduationYear: 2012 },
    ],
    experience: [
      { title: "数据产品总监", organization: "上海拾贝网络科技有限公司", startDate: "2021-06", endDate: null, management: true },
      { title: "高级数据产品经理", organization: "北京快鹿出行科技有限公司", startDate: "2017-03", endDate: "2021-05", management: false },
      { title: "分析师", organization: "艾瑞咨询集团", startDate: "2014-07", endDate: "2017-02", management: false },
    ],
    skills: ["SQL", "Python", "Tableau", "Hive", "Axure", "A/B测试"],
    languages: ["英语"], certifications: ["PMP"],
    dropped: ["gender", "age"],
    notInExperience: ["智能定价引擎", "周晓航_数据产品总监.pdf", "刷新简历", "liepin.com"],
  },
  // A Taiwanese engineer's résumé in HackMD Markdown (UTF-8): YAML front matter, [TOC], a :::info block with emoji
  // contacts, 出生年次 in 民國 years and 兵役 (not a category), a blockquote; jobs as "### 職稱 @ 公司" headings over an
  // italic date · place line in three forms ("2022 年 3 月 – 現在", "2018/08 ~ 2022/02", "民國 106 年 7 月 ~ 106 年 8 月");
  // side projects and talks with dates (not jobs); 學歷 as a pipe table with 民國 periods; skills as a table of ⭐
  // ratings; languages and a certificate as bullets; a last-updated footer.
  "batch10/89_tw_hackmd_minguo.md": {
    name: ["林柏翰", "Lin Po-Han", "林柏翰 Lin Po-Han"], email: "pohan.lin@example.tw", phone: "0933218664", location: "新北市板橋區",
    education: [
      { level: "master", school: "國立成功大學", major: "資訊工程學系", graduationYear: 2018 },
      { level: "bachelor", school: "國立中興大學", major: "資訊科學與工程學系", graduationYear: 2016 },
    ],
    experience: [
      {
        title: ["資深後端工程師", "Senior Backend Engineer", "資深後端工程師 Senior Backend Engineer"],
        organization: "圓點科技股份有限公司", startDate: "2022-03", endDate: null, management: true,
      },
      { title: "後端工程師", organization: "凌雲數位有限公司", startDate: "2018-08", endDate: "2022-02", management: false },
      { title: "軟體實習生", organization: "聯宏電子股份有限公司", startDate: "2017-07", endDate: "2017-08", management: false },
    ],
    skills: ["Go", "Python", "PostgreSQL", "Redis", "Kubernetes", "gRPC"],
    languages: ["中文", "英文"], certifications: ["TOEIC 875", "Google Cloud Professional Cloud Architect"],
    dropped: ["birth_date"],
    notInExperience: ["COSCUP", "go-twid", "g0v"],
  },
  // A Spanish CV (PDF, standard fonts) with a dark left sidebar written row by row with the main column (as a word
  // processor's two-column export is): the photo (an image), DATOS PERSONALES (fecha de nacimiento, DNI, estado civil,
  // nacionalidad, carné de conducir), CONTACTO, IDIOMAS with CEFR levels, INFORMÁTICA and AFICIONES beside the name,
  // PERFIL and EXPERIENCIA LABORAL (bold title, then "Empresa · Ciudad" in italics, the dates at the right: "Ene. 2021 –
  // Actualidad", "03/2018 – 12/2020"; two posts at one firm; the responsable leads three analysts; a curricular
  // internship), FORMACIÓN ACADÉMICA, CERTIFICACIONES and a footer "Página 1 de 1".
  "batch10/90_es_cv_sidebar_rows.pdf": {
    name: "Lucía Fernández Ortega", email: "lucia.fernandez@example.es", phone: "+34612345678", location: "Madrid",
    education: [
      { level: "master", school: "Universidad Carlos III de Madrid", major: "Auditoría de Cuentas", graduationYear: 2016 },
      { level: "bachelor", school: "Universidad Complutense de Madrid", major: "Administración y Dirección de Empresas", graduationYear: 2015 },
    ],
    experience: [
      { title: "Responsable de Control de Gestión", organization: "Grupo Alimentario Sierra Norte, S.A.", startDate: "2021-01", endDate: null, management: true },
      { title: "Auditora sénior", organization: "Arcos & Vidal Auditores, S.L.P.", startDate: "2018-03", endDate: "2020-12", management: false },
      { title: "Auditora junior", organization: "Arcos & Vidal Auditores, S.L.P.", startDate: "2015-09", endDate: "2018-02", management: false },
      { title: "Becaria de Administración", organization: "Logística Tajo, S.A.", startDate: "2015-01", endDate: "2015-06", management: false },
    ],
    skills: ["SAP FI/CO", "Excel", "Power Query", "Power BI", "SQL"],
    languages: ["Español", "Inglés", "Portugués"], certifications: ["ROAC", "Cambridge C1 Advanced (CAE)"],
    dropped: ["birth_date", "national_id", "marital_childbearing", "photo"],
    notInExperience: ["Pádel", "Página 1 de 1", "Carné de conducir", "50123456-Z", "Portugués"],
  },
  // A 超级简历 (WonderCV) résumé saved as a web page: flex <div>s and <span>s, a <title> naming the site, icon-font
  // glyphs (private-use characters) before the contacts, a 求职意向 line (a wish), "女 | 28岁 | 中共党员 | 6年经验", the
  // photo as a data: URI <img>; each entry one row of spans "organization  title  dates" ("2022.07 - 至今", "2020年7月 -
  // 2022年6月"); a 项目经历 in the same row form (not a job), awards, skills each with ★ ratings, English with CET-6,
  // hobbies and the builder's footer.
  "batch10/91_zh_wondercv_stars.html": {
    name: "陈雨桐", email: "yutong.chen@example.com", phone: "18657123390", location: "杭州市西湖区",
    education: [{ level: "bachelor", school: "中国美术学院", major: "视觉传达设计", graduationYear: 2020 }],
    experience: [
      { title: "高级UI设计师", organization: "杭州云栈科技有限公司", startDate: "2022-07", endDate: null, management: false },
      { title: "UI设计师", organization: "杭州麦芽互动网络有限公司", startDate: "2020-07", endDate: "2022-06", management: false },
      { title: "视觉设计实习生", organization: "杭州图灵文化传媒有限公司", startDate: "2019-07", endDate: "2019-09", management: false },
    ],
    skills: ["Figma", "Sketch", "Photoshop", "Illustrator", "After Effects", "Axure"],
    languages: ["英语"], certifications: ["CET-6"],
    dropped: ["gender", "age", "political_affiliation", "photo"],
    notInExperience: ["云栈设计系统", "站酷", "一等奖学金", "超级简历"],
  },
};
