// The kinds of role the synthetic board posts and the careers its candidates had, as data. A posting
// is assigned a family by its title (`titleWords`, Simplified; the first family with a word in the
// title wins, so the more specific ones come first). Requirement names are what postings write;
// candidates then list the same things in their own words through the skill alias table. Salaries are
// monthly CNY for a mid-level role in a factor-1 city.

export type Seniority = "junior" | "mid" | "senior" | "lead";
export const seniorities: readonly Seniority[] = ["junior", "mid", "senior", "lead"];

export type RoleFamily = {
  key: string;
  titleWords: readonly string[];
  /** Titles by seniority: Simplified, and English for the English postings. */
  titles: Record<Seniority, readonly string[]>;
  titlesEn: Record<Seniority, readonly string[]>;
  departments: readonly [zh: string, en: string][];
  skills: readonly string[];
  skillsEn: readonly string[];
  softSkills: readonly string[];
  certifications: readonly string[];
  languages: readonly string[];
  majors: readonly string[];
  fields: readonly string[];
  employers: readonly string[];
  salary: readonly [min: number, max: number];
  duties: readonly string[];
  dutiesEn: readonly string[];
};

const ladder = (junior: string[], mid: string[], senior: string[], lead: string[]) => ({ junior, mid, senior, lead });

export const roleFamilies: readonly RoleFamily[] = [
  {
    key: "customer_service",
    titleWords: ["客服", "客户服务", "呼叫", "总台", "前台", "质检", "收费"],
    titles: ladder(["客服专员", "客服助理", "总台服务员"], ["客服代表", "客户服务专员", "客服质检员"], ["客服主管", "总台领班"], ["客户服务部经理", "客服中心经理"]),
    titlesEn: ladder(["Customer Service Associate"], ["Customer Service Representative"], ["Customer Service Supervisor"], ["Customer Service Manager"]),
    departments: [["客户服务部", "Customer Service"], ["呼叫中心", "Contact Center"]],
    skills: ["客户投诉处理", "CRM", "办公软件", "普通话"],
    skillsEn: ["CRM", "Microsoft Office", "Mandarin"],
    softSkills: ["沟通能力", "语言表达能力", "抗压能力", "服务意识"],
    certifications: ["普通话二级甲等"],
    languages: ["普通话", "粤语", "英语"],
    majors: ["市场营销", "工商管理", "汉语言文学"],
    fields: ["客户服务"],
    employers: ["中国移动", "中国电信", "携程", "京东", "平安保险", "招商银行", "顺丰速运", "中華電信"],
    salary: [5000, 8000],
    duties: ["受理客户咨询与投诉，跟进处理结果", "维护客户档案，定期回访", "整理服务数据，提出改进建议"],
    dutiesEn: ["Handle customer enquiries and complaints", "Keep customer records up to date", "Report on service quality"],
  },
  {
    key: "real_estate",
    titleWords: ["置业", "案场", "房产", "房地产", "经纪"],
    titles: ladder(["置业顾问助理", "案场秘书"], ["置业顾问", "房产经纪人"], ["高级置业顾问", "案场主管"], ["销售经理（地产）", "案场经理"]),
    titlesEn: ladder(["Property Sales Assistant"], ["Property Consultant"], ["Senior Property Consultant"], ["Property Sales Manager"]),
    departments: [["营销中心", "Sales Center"], ["案场", "Sales Gallery"]],
    skills: ["房地产营销", "商务谈判", "客户开发", "办公软件"],
    skillsEn: ["Real estate sales", "Negotiation", "Microsoft Office"],
    softSkills: ["沟通能力", "应变能力", "团队合作"],
    certifications: ["房地产经纪人资格证", "驾驶证"],
    languages: ["普通话", "粤语"],
    majors: ["市场营销", "房地产开发与管理", "工商管理"],
    fields: ["房地产", "销售"],
    employers: ["万科", "碧桂园", "保利地产", "龙湖集团", "链家", "我爱我家", "信義房屋"],
    salary: [6000, 15000],
    duties: ["接待来访客户，介绍楼盘与户型", "跟进意向客户，促成签约", "收集竞品与市场信息"],
    dutiesEn: ["Welcome visitors and present the development", "Follow up leads through to signing", "Track competing projects"],
  },
  {
    key: "warehouse",
    titleWords: ["仓库", "仓储", "保管", "物流", "库管"],
    titles: ladder(["仓库管理员", "仓库保管员"], ["仓储专员", "物流专员"], ["仓储主管", "物流主管"], ["物流经理", "仓储经理"]),
    titlesEn: ladder(["Warehouse Clerk"], ["Logistics Coordinator"], ["Warehouse Supervisor"], ["Logistics Manager"]),
    departments: [["仓储部", "Warehouse"], ["物流部", "Logistics"]],
    skills: ["库存管理", "ERP", "Excel", "WMS"],
    skillsEn: ["Inventory management", "ERP", "Excel"],
    softSkills: ["责任心", "细致认真", "执行能力"],
    certifications: ["叉车证", "驾驶证"],
    languages: ["普通话"],
    majors: ["物流管理", "工商管理", "供应链管理"],
    fields: ["仓储", "物流"],
    employers: ["顺丰速运", "京东物流", "菜鸟网络", "德邦物流", "中通快递", "美的集团"],
    salary: [4500, 8000],
    duties: ["负责货物出入库与盘点", "维护库存台账，确保账实相符", "协调运输与配送"],
    dutiesEn: ["Receive and dispatch goods", "Keep stock records accurate", "Coordinate transport"],
  },
  {
    key: "finance",
    titleWords: ["会计", "财务", "出纳", "审计", "资产", "税务"],
    titles: ladder(["出纳", "会计助理"], ["会计", "总账会计", "资产管理专员"], ["财务主管", "主办会计"], ["财务经理", "财务总监"]),
    titlesEn: ladder(["Accounting Assistant"], ["Accountant"], ["Senior Accountant"], ["Finance Manager"]),
    departments: [["财务部", "Finance"], ["财务中心", "Finance & Accounting"]],
    skills: ["用友", "金蝶", "Excel", "财务报表", "税务申报", "会计核算"],
    skillsEn: ["SAP", "Excel", "Financial reporting", "Bookkeeping"],
    softSkills: ["细致认真", "责任心", "保密意识"],
    certifications: ["初级会计职称", "中级会计职称", "CPA"],
    languages: ["英语"],
    majors: ["会计学", "财务管理", "审计学"],
    fields: ["财务", "会计"],
    employers: ["普华永道", "德勤", "安永", "毕马威", "华为", "格力电器", "伊利集团", "台積電"],
    salary: [7000, 14000],
    duties: ["负责日常账务处理与凭证审核", "编制月度、年度财务报表", "办理纳税申报与税务筹划"],
    dutiesEn: ["Keep the books and review vouchers", "Prepare monthly and annual statements", "File tax returns"],
  },
  {
    key: "software",
    titleWords: ["开发", "工程师", "程序", "软件", "测试", "java", "前端", "后端"],
    titles: ladder(["初级Java开发工程师", "测试工程师"], ["Java开发工程师", "前端开发工程师", "后端开发工程师"], ["高级Java开发工程师", "资深前端工程师"], ["技术经理", "研发总监"]),
    titlesEn: ladder(["Junior Software Engineer"], ["Software Engineer", "Backend Engineer"], ["Senior Software Engineer"], ["Engineering Manager"]),
    departments: [["研发部", "Engineering"], ["技术中心", "Technology"]],
    skills: ["Java", "Spring Boot", "MySQL", "Redis", "Kubernetes", "Docker", "Linux", "Git", "Vue", "TypeScript"],
    skillsEn: ["Java", "Spring Boot", "PostgreSQL", "Kubernetes", "Docker", "TypeScript", "React"],
    softSkills: ["学习能力", "团队合作", "逻辑思维能力"],
    certifications: ["软件设计师", "PMP"],
    languages: ["英语"],
    majors: ["计算机科学与技术", "软件工程", "电子信息工程"],
    fields: ["软件开发", "互联网"],
    employers: ["阿里巴巴", "腾讯", "字节跳动", "美团", "华为", "百度", "网易", "京东", "趨勢科技"],
    salary: [15000, 30000],
    duties: ["负责后端服务的设计与开发", "参与代码评审，保障系统稳定", "配合产品完成需求评估"],
    dutiesEn: ["Design and build backend services", "Review code and keep systems reliable", "Scope features with product"],
  },
  {
    key: "hr",
    titleWords: ["人力", "人事", "招聘", "薪酬", "培训", "hr"],
    titles: ladder(["人事助理", "招聘专员"], ["人力资源专员", "薪酬福利专员"], ["人力资源主管", "HRBP"], ["人力资源经理", "人力资源总监"]),
    titlesEn: ladder(["HR Assistant"], ["HR Specialist", "Recruiter"], ["HR Business Partner"], ["HR Manager"]),
    departments: [["人力资源部", "Human Resources"], ["人事行政部", "HR & Admin"]],
    skills: ["招聘", "薪酬福利", "绩效管理", "劳动法", "办公软件"],
    skillsEn: ["Recruiting", "Compensation and benefits", "Performance management"],
    softSkills: ["沟通能力", "组织协调能力", "保密意识"],
    certifications: ["人力资源管理师"],
    languages: ["英语"],
    majors: ["人力资源管理", "工商管理", "心理学"],
    fields: ["人力资源"],
    employers: ["前程无忧", "智联招聘", "万达集团", "海尔集团", "联想集团", "104人力銀行"],
    salary: [7000, 13000],
    duties: ["负责招聘渠道维护与面试安排", "办理入离职与社保公积金", "组织绩效考核与员工培训"],
    dutiesEn: ["Run recruiting channels and interviews", "Handle onboarding and payroll inputs", "Organise reviews and training"],
  },
  {
    key: "admin",
    titleWords: ["行政", "秘书", "文员", "内勤", "办公室", "主任"],
    titles: ladder(["行政文员", "前台文员"], ["行政专员", "秘书", "销售内勤"], ["行政主管", "总经理秘书"], ["行政经理", "办公室主任"]),
    titlesEn: ladder(["Office Assistant"], ["Administrative Officer", "Executive Secretary"], ["Office Supervisor"], ["Office Manager"]),
    departments: [["行政部", "Administration"], ["总经办", "General Office"]],
    skills: ["办公软件", "Word", "Excel", "档案管理", "公文写作"],
    skillsEn: ["Microsoft Office", "Excel", "Records management"],
    softSkills: ["沟通能力", "文字表达能力", "组织协调能力", "细致认真"],
    certifications: ["秘书资格证", "驾驶证"],
    languages: ["英语", "普通话"],
    majors: ["行政管理", "汉语言文学", "文秘"],
    fields: ["行政", "办公室文员"],
    employers: ["中国平安", "万科", "富士康", "国家电网", "上汽集团", "統一企業"],
    salary: [5000, 9000],
    duties: ["负责文件收发、档案归档", "安排会议并做好会议纪要", "管理办公用品与固定资产"],
    dutiesEn: ["Manage correspondence and files", "Arrange meetings and take minutes", "Look after office supplies"],
  },
  {
    key: "marketing",
    titleWords: ["市场", "品牌", "推广", "运营", "策划", "营销总监"],
    titles: ladder(["市场助理", "新媒体运营"], ["市场专员", "品牌专员", "活动策划"], ["市场主管", "品牌经理"], ["市场总监", "营销总监"]),
    titlesEn: ladder(["Marketing Assistant"], ["Marketing Specialist"], ["Brand Manager"], ["Marketing Director"]),
    departments: [["市场部", "Marketing"], ["营销部", "Sales & Marketing"]],
    skills: ["市场营销", "新媒体运营", "文案策划", "数据分析", "Photoshop"],
    skillsEn: ["Digital marketing", "Copywriting", "Data analysis", "Photoshop"],
    softSkills: ["创意", "沟通能力", "市场敏锐度"],
    certifications: [],
    languages: ["英语"],
    majors: ["市场营销", "广告学", "新闻学"],
    fields: ["市场", "营销"],
    employers: ["宝洁", "联合利华", "欧莱雅", "小米", "蒙牛", "可口可乐", "奥美广告"],
    salary: [8000, 16000],
    duties: ["制定市场推广计划并落地执行", "运营公众号、抖音等新媒体账号", "分析活动效果，优化投放"],
    dutiesEn: ["Plan and run campaigns", "Run social media channels", "Measure and tune spend"],
  },
  {
    key: "sales",
    titleWords: ["销售", "营销", "业务", "电话", "客户主管", "部长", "经理", "总监", "主管"],
    titles: ladder(["销售助理", "电话营销专员", "销售代表"], ["销售员", "客户经理", "销售顾问"], ["销售主管", "区域销售经理", "销售经理"], ["销售总监", "销售部总经理", "营销总监"]),
    titlesEn: ladder(["Sales Associate"], ["Account Executive", "Sales Representative"], ["Regional Sales Manager"], ["Sales Director"]),
    departments: [["销售部", "Sales"], ["市场部", "Sales & Marketing"], ["销售中心", "Sales"]],
    skills: ["客户关系管理", "商务谈判", "市场分析", "办公软件", "电话营销", "渠道管理"],
    skillsEn: ["CRM", "Negotiation", "Market analysis", "Salesforce"],
    softSkills: ["沟通能力", "抗压能力", "团队领导能力", "人际交往能力"],
    certifications: ["驾驶证"],
    languages: ["英语", "粤语"],
    majors: ["市场营销", "工商管理", "国际经济与贸易"],
    fields: ["销售"],
    employers: ["美的集团", "格力电器", "海尔集团", "伊利集团", "娃哈哈", "联想集团", "三一重工", "统一企业", "宏碁"],
    salary: [6000, 15000],
    duties: ["开发新客户，维护重点客户关系", "完成区域销售目标", "收集市场信息，制定销售计划"],
    dutiesEn: ["Win new accounts and keep key ones", "Meet the regional target", "Plan sales from market intelligence"],
  },
];

/** The family a title belongs to; sales is the default (the seeds are mostly sales handbooks). */
export function familyOfTitle(simplifiedTitle: string): RoleFamily {
  const title = simplifiedTitle.toLowerCase();
  return roleFamilies.find((f) => f.titleWords.some((w) => title.includes(w))) ?? roleFamilies[roleFamilies.length - 1]!;
}
