// Vocabulary for recognizing position headings. All entries are in folded form (Simplified, half-width, lower-case).

/** A heading names a position when it ends with one of these. Longest first is not required: we test endsWith. */
export const roleSuffixes: readonly string[] = [
  "经理", "总监", "主管", "主任", "专员", "助理", "顾问", "代表", "秘书", "内勤", "文员", "员", "师", "长",
  "领班", "总裁", "会计", "出纳", "司机", "前台", "督导", "经纪人", "负责人", "收银", "保安", "保洁", "翻译",
  "编辑", "记者", "策划", "总经理", "董事", "合伙人", "店员", "导购", "客服", "文案", "主播", "讲师", "干事",
  "采购", "跟单", "质检", "仓管", "库管", "美工", "网管", "护士", "医生", "教练", "助教", "专家", "学徒", "实习生",
  "管培生", "干部", "管家", "主持人", "制片人", "调度", "总工", "电工", "焊工", "普工", "钳工", "木工", "技工",
  "杂工", "操作工", "装配工", "保洁工", "厨工", "带头人", "教授", "运营", "接待", "运维", "骑手", "编导", "模特", "导游", "保姆", "月嫂", "服务生", "岗", "培训生", "厨",
  "迎宾", "侍应生", "搬运工", "装卸工", "清洁工", "水电工", "包装工", "缝纫工", "车工", "铣工", "钣金工", "喷漆工",
  "manager", "director", "engineer", "developer", "assistant", "specialist", "analyst", "coordinator",
  "representative", "officer", "executive", "designer", "consultant", "lead", "administrator", "accountant",
  "intern", "scientist", "architect", "supervisor", "clerk", "associate", "programmer", "technician",
  "receptionist", "writer", "editor", "marketer", "recruiter", "tester", "owner", "head", "president", "agent",
  "nurse", "teacher", "driver", "chef", "cashier", "operator", "trainer", "advisor", "adviser", "counsel", "partner",
  "principal", "auditor", "controller", "planner", "buyer", "coach", "lawyer", "attorney", "physician", "pharmacist",
  "instructor", "strategist", "producer", "ceo", "cto", "cfo", "coo", "cmo", "vp", "merchandiser", "barista", "bartender",
  "waiter", "waitress", "housekeeper", "janitor", "guard", "mechanic", "electrician", "plumber", "welder", "carpenter",
  "dispatcher", "courier", "handler", "picker", "packer", "stocker", "teller", "banker", "broker", "underwriter", "actuary",
  "economist", "statistician", "researcher", "therapist", "dentist", "paralegal", "secretary", "translator", "interpreter",
  "copywriter", "photographer", "videographer", "animator", "artist", "journalist", "reporter", "librarian", "tutor",
  "lecturer", "professor", "counselor", "caregiver", "aide", "attendant", "foreman", "superintendent", "inspector",
  "surveyor", "estimator", "stylist", "trainee", "apprentice", "cook", "hostess", "sous chef", "storekeeper", "leader", "dishwasher", "busser", "porter", "cleaner", "laborer", "labourer", "helper", "loader", "mover",
  "bookkeeper", "nanny", "babysitter", "gardener", "landscaper", "painter", "decorator", "roofer", "bricklayer", "plasterer", "tiler",
  "glazier", "fitter", "installer", "groomer", "valet", "worker", "carer", "caretaker", "custodian", "steward", "warden", "organist",
  "verger", "chaplain", "pastor", "midwife", "paramedic", "millwright", "machinist", "boilermaker", "pipefitter", "rigger", "家教", "阿姨",
  // Japanese, as a zh/ja posting names its posts beside the Chinese: 生産技術エンジニア, 営業担当, 社長秘書.
  "エンジニア", "マネージャー", "マネジャー", "スタッフ", "リーダー", "デザイナー", "プログラマー", "コンサルタント", "アシスタント",
  "オペレーター", "担当", "担当者",
];

/** A title cut from "物业公司各岗位职责" ends in a function word: it names every position, not one. */
export const functionWordEnding = /[各等之和及与的]$/;

/** Endings that are not roles even though a role suffix matches (销售人员 is fine, 成员 is not). */
export const nonRoleEndings: readonly string[] = ["上岗", "在岗", "转岗", "定岗", "到岗", "离岗", "下岗", "轮岗", "顶岗", "竞岗", "本岗", "该岗", "各岗", "此岗","成员", "会员", "动员", "全体员", "学员", "社员", "委员会", "专长", "增长", "成长", "擅长", "延长", "特长"];

/** A heading naming an organizational unit, not a position: 销售部岗位职责, 客服部工作职责, 八、销售部. */
export const departmentSuffixes: readonly string[] = [
  "部", "部门", "中心", "科", "处", "室", "组", "课", "事业部", "分公司", "公司", "团队", "小组",
  "department", "team", "division",
];

/**
 * The functions an English posting names as the department before (or above) a post: "Engineering — Backend Engineer",
 * "Finance | Senior Accountant", "Department: Finance". Folded, whole; a name ending in department, team or division is one too.
 */
export const englishDepartments: readonly string[] = [
  "engineering", "software engineering", "finance", "accounting", "finance & accounting", "finance and accounting", "marketing",
  "sales", "sales & marketing", "operations", "ops", "product", "product management", "design", "product design", "legal", "hr",
  "human resources", "people", "people & culture", "people and culture", "talent", "data", "data science", "analytics", "platform",
  "infrastructure", "security", "it", "information technology", "customer success", "customer support", "customer service", "support",
  "research", "r&d", "research & development", "research and development", "procurement", "supply chain", "logistics", "manufacturing",
  "quality", "quality assurance", "administration", "admin", "facilities", "communications", "partnerships", "business development",
  "growth", "revenue", "content", "editorial", "creative", "compliance", "risk", "treasury", "tax", "audit", "clinical", "nursing",
  "hospitality", "kitchen", "front of house", "back of house", "retail", "warehouse", "field operations",
];

/** Words that, when a heading's title starts with them, show a sentence rather than a name. */
export const nonTitleStarts: readonly string[] = [
  "负责", "完成", "协助", "参与", "制定", "组织", "做好", "监督", "建立", "根据", "按照", "对", "与", "在", "为",
  "及时", "定期", "认真", "积极", "严格", "接受", "配合", "指导", "督促", "确保", "执行", "每", "向",
  "本", "其他", "其它", "各", "所有", "全体", "有关", "相关", "以上", "以下", "如何", "什么",
];
/** Role names that open with one of those words: 对公客户经理 (corporate banking), 对外汉语教师, 本地生活运营. */
export const titleStartWords: readonly string[] = ["对公", "对私", "对外", "本地", "在线", "在校"];

/** Titles that are section names, never positions. */
export const sectionTitles: readonly string[] = [
  "岗位", "工作", "主要", "基本", "具体", "本职", "本岗位", "岗位工作", "部门", "公司", "员工", "人员",
  "任职", "其他", "其它", "监管", "管理", "主要工作", "岗位基本", "职位", "职务", "工作岗位", "各岗位", "各部门",
  "全职", "兼职", "实习", "不限", "若干", "面议", "招聘", "无", "full-time", "part-time", "internship", "remote",
];

/**
 * A posting's seniority or position level, shown among its properties (MyCareersFuture's "Senior Executive",
 * LinkedIn's "Mid-Senior level"): a grade, not a position's name. Folded, whole.
 */
export const seniorityLevels =
  /^(?:(?:senior|junior|middle|mid|upper|top|entry|fresh|non)[ -/]*)*(?:executive|management|manager|professional|level|entry level|senior level|non-executive|staff)$|^(?:mid-senior|entry|associate|director|internship|not applicable) level$|^fresh\/entry level$|^(?:初级|中级|高级|中高级|中高阶|高阶|资深)$/;

/**
 * A job board's classification after a role's name: SEEK's "Construction Supervisors (Construction)",
 * "Developers/Programmers (Information & Communication Technology)". The bracket names the board's category.
 */
export const jobCategories: readonly string[] = [
  "accounting", "administration & office support", "advertising, arts & media", "banking & financial services", "call centre & customer service",
  "ceo & general management", "community services & development", "construction", "consulting & strategy", "design & architecture",
  "education & training", "engineering", "farming, animals & conservation", "government & defence", "healthcare & medical",
  "hospitality & tourism", "human resources & recruitment", "information & communication technology", "insurance & superannuation", "legal",
  "manufacturing, transport & logistics", "marketing & communications", "mining, resources & energy", "real estate & property",
  "retail & consumer products", "sales", "science & technology", "self employment", "sport & recreation", "trades & services",
  "building and construction",
];

/** What a position heading may end with after its title: 岗位职责, 崗位職責說明書, 的工作内容… */
export const titleSuffixes: readonly string[] = [
  "岗位职责说明书", "岗位职务说明书", "岗位工作说明书", "岗位说明书", "职位说明书", "职务说明书", "工作说明书",
  "岗位职责描述", "岗位职责与任职要求", "岗位职责及任职要求", "岗位职责和任职要求", "岗位职责与任职资格",
  "岗位职责及任职资格", "岗位职责和任职资格", "岗位职责与要求", "岗位职责及要求", "工作职责及要求", "职责与要求", "职责及要求",
  "岗位职责", "工作职责",
  "职位职责", "主要职责", "职责说明", "职责描述", "岗位描述", "职位描述", "的工作内容", "工作内容", "的岗位职责",
  "的职责", "职责", "责任制", "说明书", "任职要求", "任职资格", "岗位要求", "招聘要求", "job description",
];

/** Suffixes that mark a document-level heading: each occurrence is a new position even with a repeated title. */
export const documentSuffixes: readonly string[] = ["说明书", "job description"];

/** Decorations after a heading's suffix: 范本, (资料), (精选10篇), then numbering like 一/(1)/2. */
const decorationWords = ["范本", "范文", "模板", "大全", "汇编", "汇总", "精选", "范例", "怎么写", "是什么", "有哪些"];
const bracketedDecorations = ["资料", "完整版", "word版", "精品", "优选", "doc", "最新版", "(?:精选|通用|最新|优选|热门|实用)?\\d{1,2}篇"];
export const titleDecoration = `(?:${decorationWords.join("|")}|\\((?:${bracketedDecorations.join("|")})\\)|\\s)*`;
export const titleNumbering = `(?:[一二三四五六七八九十]{1,3}|\\(\\d{1,2}\\)|\\d{1,2})`;
/** A headcount after a name: 销售代表（3名）, 会计 1人. */
export const headcount = `(?:\\s*\\(?(?:\\d{1,3}|若干|[一二三四五六七八九十]{1,2})\\s*(?:名|人|位)\\)?)`;
/** A bracket part saying only how many are hired, "(Multiple Positions)", "(2 openings)", "（若干名）": dropped from a name like a place. */
export const headcountQualifier = /^(?:(?:multiple|several|\d{1,3})\s+(?:positions?|openings?|vacanc(?:y|ies)|roles?|posts?|hires?)|(?:\d{1,3}|[一二两三四五六七八九十]|若干|多)\s*(?:名|人|位)|x\s?\d{1,3})$/;
/**
 * A qualifier part stating the post's hours or term: "20 hours a week", "37.5 hrs/week", "fixed term 3 years", "12-month
 * contract", "permanent", "每周20小时", "合同制", "約聘一年", "聘期2年". Beside its work type and pay it says how the post is worked, not what it is.
 */
export const workTermQualifier =
  /^(?:\d{1,2}(?:\.\d)?\s*(?:-\s*\d{1,2}\s*)?(?:hours?|hrs?)\s*(?:a|per|\/)\s*(?:week|wk)|(?:fixed[- ]term|temporary|permanent|contract|maternity cover)(?:\s*(?:contract|of|for)?\s*\d{1,2}\s*(?:years?|months?))?|\d{1,2}[- ]?(?:years?|months?)\s*(?:fixed[- ]term\s*)?contract|term[- ]time only|每周\d{1,2}(?:\.\d)?\s*小时|(?:合同制|劳务派遣|派遣|临时|长期|短期)(?:工)?|(?:约聘|聘用|合约|合同|定期契约|派遣)(?:制|人员)?(?:期?[一二两三\d]{1,2}\s*(?:年|个月)期?)?|(?:聘期|合约期|合同期)\s*[一二两三\d]{1,2}\s*(?:年|个月)|[一二两三\d]{1,2}\s*(?:年|个月)期(?:约聘|合约|合同)?)$/;
export const titleTrailers = new RegExp(`${titleDecoration}${titleNumbering}?${headcount}?$`);

/**
 * The gender note German, Austrian, Swiss, French and Dutch law has postings carry after the name: "(m/w/d)",
 * "(w/m/x)", "(all genders)", "(H/F)", "(m/v/x)". Part of how the title is written, not of its length as a name.
 */
export const genderNote = /\s*[(（](?:[mwfdxhv](?:\s*[/|,*]\s*[mwfdxhv]){1,3}|all genders|alle geschlechter|gn\*?|d)[)）]/gi;

/** Words naming who recruits: the role a contact person holds ("HR Business Partner", "Talent Acquisition", 招聘专员, 人事经理). */
export const recruitingRole =
  /\b(?:hr|hrbp|human resources|recruit(?:er|ers|ing|ment)|talent (?:acquisition|partner|scout|sourcer)|people (?:partner|team|operations|ops)|personalreferent(?:in)?|personalabteilung|ressources humaines|rrhh|hiring manager)\b|招聘|人事|人力资源|人资|hrbp/i;
/** A person's name as a contact line writes it: "Jana Petersen", "Dr. Anna Weber", "Frau Lena Koch", 王女士, 陈先生. */
export const personName =
  /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Capt|Engr)\.?\s+|(?:Frau|Herr|Mme|M\.)\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+(?:van|von|de|der|da|di|le|la|du)?\s*\p{Lu}[\p{Ll}'’-]+){1,2}$|^[\u4e00-\u9fff]{1,2}(?:女士|先生|小姐|老师)$/u;

/** Hiring tags written after a title in brackets: 财务经理（外商）, 销售代表（急聘）. */
export const titleTags = /\s*[(（](?:(?:全职|兼职|实习)[/、](?:全职|兼职|实习)|外商|外企|急聘|急招|诚聘|高薪|兼职|全职|实习|储备|双休|可应届|应届生?|包吃住|五险一金|底薪\+?提成|长期|临时|约用|约聘|约雇|派遣|正职|part[- ]time|full[- ]time|contract|temporary|fixed[- ]term|remote|hybrid|on[- ]site|night shift|weekends?)[)）]$/;

/** A Chinese title followed by its English name: 會計主任 (Accounting Supervisor). The Chinese name is the title. */
export const translatedName = /(?<=[\u4e00-\u9fff])\s*\([a-z][a-z .,&/'-]{1,60}\)$/;

/** A count inside a heading shows a sentence ("督导两名会计文员"), not a name; a trailing headcount is stripped first. */
export const countedObject = /[一二两三四五六七八九十几数\d]+\s*(?:名|个|位|家|项|条)(?=[\u4e00-\u9fff])/;
/** "Line manage two Senior Executive Officers", "supervise 3 technicians": a count before plural roles is a duty's object, not a name. */
export const countedRoles = /(?:^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d{1,3})\s+(?:[a-z&-]+\s+){0,3}[a-z-]+s$/;

/** Prefixes that decorate a document title: 最新, 2023年. */
export const titlePrefixes = /^(?:[\u4e00-\u9fff]{2,16}?(?:有限责任公司|股份有限公司|有限公司|集团)|最新|精选|优秀|经典|标准|通用|[\u4e00-\u9fff]{0,12}?(?:诚聘|急聘|急招)|招聘(?=[\u4e00-\u9fff]{3})|招(?!聘|募|商|生|标|投|待|工|牌|呼|股|租)(?=[^\s\d]{2,12}?\s*(?:\d{1,3}|[一二两三四五六七八九十])\s*[名位人])|(?:20|19)\d\d年?(?:最新)?|[\s《“"【\[★☆#*|○●◎◉◆◇■□▪▫▣►▶▷➤➢※•‧]|[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF\uFE0F\u200D])+/;

/** Labels whose value is the position's title. */
export const titleLabels: readonly string[] = [
  "岗位名称", "职位名称", "职务名称", "职缺名称", "职位空缺", "职缺", "募集职种", "职种", "招聘岗位", "招聘职位", "应聘岗位", "职位", "职务", "岗位", "job title", "position title", "position", "role", "title",
];

/** The glyphs a list or a notice puts before an item or a heading: ■ □ ◆ ◇ ● ○ ▶ ★ ※ ▣ ◎ and the dots. For a character class. */
export const bulletGlyphs = "•·・‧●○◎◉◆◇■□▪▫▣►▶▷➤➢★☆※";

/**
 * What an organization's name ends with, folded: a list of openings ("Data Engineer — Northwind Analytics", "数据分析师 - 星河科技有限公司")
 * names who each post is for with it.
 */
export const openingOrganization =
  /(?:公司|集团|事务所|银行|研究院|研究所|医院|学校|大学|酒店|工作室|基金会)$|\b(?:inc|llc|ltd|limited|corp|corporation|co|company|group|gmbh|ag|plc|pte|bhd|labs?|technologies|technology|tech|systems|solutions|analytics|health|healthcare|bank|capital|partners|studios?|software|networks|consulting|university|hospital|foundation|council|agency|retail|logistics|media|energy|foods?|pharma|robotics)\.?$/i;

