// What makes a phrase read from a requirement a skill's name, as weights (folded text: Simplified,
// half-width, lower-case). A candidate is kept when its evidence sums to at least `keep`; see skill-score.ts.

/** Where a candidate was read: the phrase that introduced it says how surely it names a skill. */
export const skillSourceWeights = {
  /** "技能：SAP、Excel", "Must-have: Python, SQL": the document lists skills. */
  list: 1.5,
  /** 熟悉/精通/熟练使用…, "proficient in", "experience with". */
  cue: 1,
  /** "具备较强的沟通能力、抗压能力": abilities after 具备/具有. */
  ability: 1,
  /** "strong X skills", "Strong Python and SQL". */
  rated: 1,
  /** "experience in …" names a field as often as a tool ("experience in healthcare"). */
  domainCue: 0,
  /** A Latin-letter word in a Chinese requirement, whatever verb (if any) precedes it. */
  latin: 1,
  /** A Latin-letter word in a Chinese clause of years ("3年以上Go开发经验"): the tool the years were spent with, when it is known or written as one. */
  yearsTool: 0,
  /** A name the alias table knows, written as a name in plain English prose ("3+ years of Solidity"); it counts only on the table's word. */
  prose: 0,
} as const;
export type SkillSource = keyof typeof skillSourceWeights;

export const skillEvidenceWeights = {
  keep: 1,
  /** The skill alias table knows the name (server/matching/data/skill-aliases.ts). */
  known: 2.5,
  /** Written as a product or standard is: ClickHouse, AWS, ISO 8583, C++, Node.js. */
  toolShape: 1,
  /** A Chinese name ending in 能力/技巧/知识 of a few characters: 沟通能力, 谈判技巧. */
  abilityNoun: 0.5,
  /** A short Chinese noun inside a cue span: 卡尺, 剪映, 直通车. */
  shortChinese: 0.5,
  /** More than three English words, more than eight Chinese characters: a phrase or a sentence. */
  long: -1.5,
  /** Function words, pronouns, verbs of duty: a sentence, not a name. */
  sentence: -2,
  /** The clause talks about papers, awards or contests: CVPR, Kaggle are venues there, not tools. */
  venue: -2,
  /** The clause tells how to apply ("email your resume in MS Word format"): a name there is a file's format or a channel, not a requirement. */
  application: -3,
  /** "N years of experience in machine learning": the experience's field (read by experience.ts). */
  experienceField: -3,
  /** A Latin word in a Chinese line written in lower case and unknown to the table: English prose ("above", "preferred"), not a tool. */
  plainWord: -1,
  /** A schooling level or school qualification (F.5, HKDSE, degree): read by education.ts. */
  schooling: -10,
  /** A place is never a skill: a city, a country, a region ("熟悉新加坡…市场"). */
  place: -10,
  /** Never a skill (stop names below). */
  stop: -10,
  /** Phrase shape: a quantifier or a generic adjective heads it ("其他BI工具", "common attack vectors"): a category, not a name. */
  quantifier: -2,
  /** Phrase shape: a number of years inside it ("3 年以上数据库"): read from an experience clause. */
  years: -10,
  /** Phrase shape: a Chinese name ending in an activity or a relation (…开发, …优化, …之外, …流程), unknown to the table. */
  activityEnd: -1.5,
  /** The name is a label: a colon and a value follow it in the clause ("HC：2"). */
  label: -2,
  /**
   * A short Latin acronym for a field, a measure or a headcount (AI, HC, KPI) found bare in Chinese text or in a
   * clause of years ("3 年以上 AI 产品经验", "HC还在等"), not a tool. After a cue or in a list it may be one (AI is Illustrator there).
   */
  genericAcronym: -1.5,
} as const;

/** Words heading a phrase that names a category of things rather than one (folded). */
export const quantifierLeads = /^(?:其他|其它|其余|各类|各种|一些|所有|任何|(?:other|common|various|general|related|relevant|any|some|all|several|many)\s)/;

/** Chinese endings of an activity or a relation (folded): "搜索引擎内核开发", "PRD 之外的数据指标". A Latin stem before the ending ("ARM开发") is a tool's field and stays. */
export const activityEndings = /^[^a-z]*(?:开发|优化|经验|指标|工作)$|之外|以外/;

/** Latin acronyms naming a field, a measure or a headcount: "AI 产品经验", "HC：2", "KPI考核" (folded, whole). */
export const genericAcronyms = /^(?:ai|it|hc|kpi|okr|roi|gmv|dau|mau|b2b|b2c|o2o|toc|tob|ip)$/;

/** Generic plural nouns after a product's name saying what kind of thing it is: "Decléor treatments", "Elemis products" (folded). */
export const latinKindTail = /\s+(?:treatments|products|tools|frameworks|platforms|systems|suites|services|libraries|methodology|methodologies|methods)$/;
// Singular kind words stay: they are part of a product's name as often as not (Spring Framework, Robot Framework).
// A method is the exception: a product is seldom named "… Methodology" ("SAP/SBEM methodology" → SBEM).

/** Words that make a candidate a sentence fragment. */
export const sentenceWords =
  /\b(?:is|are|be|been|will|would|can|our|we|you|your|they|their|this|that|these|those|who|which|join|work(?:ing)? (?:at|for|on)|to|for|from|at|on|about)\b|我们|你们|您|负责|进行|完成|以及|并且|或者|可以|能够|需要|如果|因为|所以|自己|是|[了吗呢吧]/;

/** The clause tells how to apply: a résumé or CV sent, mailed or submitted (folded). */
export const applicationContext =
  /\b(?:resumes?|cvs?|curriculum vitae|applications?)\b.{0,40}\b(?:to|format|attach(?:ed|ment)?|via)\b|\b(?:email|e-mail|send|submit|upload|forward)\b.{0,30}\b(?:resumes?|cvs?|applications?)\b|简历.{0,20}(?:发送|投递|发至|发到|邮件|邮箱|附件|格式)|(?:发送|投递|发至|发到|寄)[^,;。]{0,20}简历/;

/** The clause is about publications, contests or awards. */
export const venueContext = /论文|竞赛|比赛|获奖|顶会|期刊|发表|\bpapers?\b|\bpublications?\b|\bawards?\b|\bcompetitions?\b|\bhackathons?\b/;

/** Names that are never skills, folded and whole. */
export const stopSkillNames: readonly RegExp[] = [
  // A role, an industry or a setting: "a finance role", "beauty industry", "a care setting", 医药行业, 区域华文出版生态.
  // A kind of employer the experience was had with: "experience with a main contractor", "a tier-1 consultancy".
  /\b(?:role|roles|position|industry|sector|setting|environment|company|companies|team|teams|products|services|solutions|projects|clients|customers|startups|contractors?|subcontractors?|consultancy|consultancies|firms?|agency|agencies|employers?)$/,
  /[\u4e00-\u9fff](?:行业|产业|领域|生态|圈)$/,
  // A role's or a device's name: "HR → 销售总监 → VP", "发自我的iPhone".
  /^(?:vp|svp|evp|gm|md|ceo|cfo|cto|coo|cmo|cio|hr|hrbp|pm|iphone|ipad)$/,
  // A web address or an e-mail: campus.example.com, hr@example.com.
  /^[\w.-]+\.(?:com|cn|net|org|io|example|hk|tw)\b|@|^https?:|^www\./,
  // Job sites and hiring steps named in a posting's furniture: "BOSS直聘温馨提示", "Offer发放".
  /^(?:boss|linkedin|indeed|seek|glassdoor|51job|lagou|liepin|zhaopin|offer|offers|jd|app)$/,
  // A professional credential spelled out: "Certified Public Accountant – CPA(K)", "Chartered Accountant", "Registered
  // Nurse", "Certified Kubernetes Administrator". It is a certificate or a licence (read by findCertifications), not a skill.
  /^(?:certified|chartered|registered|licensed)\s+[a-z]/,
  // A chip counter ("+8 more"), a post's code (A01).
  /^\+\s*\d+\s*more$/,
  /^[a-z]{1,2}\d{2,4}$/,
  /^(?:fmcg|b2b|b2c)$/,
  // A button or a link's words: "Apply Now", "立即申请".
  /^(?:apply|apply now|apply here|apply online|learn more|read more|share|立即申请|立即投递|申请职位|投递简历)$/,
  // A benefit or a term of employment, whole or as the last word: "Medical insurance", "Staff shuttle", "Duty meals",
  // "One-year contract", "Hotel discounts", 员工班车, 餐补.
  /\b(?:insurance|meals?|shuttles?|discounts?|allowances?|contract|leave|holidays?|bonus(?:es)?|salary|benefits?|perks?|uniforms?|accommodation|lodging|dormitory|gratuity)$/,
  /(?:保险|五险一金|补贴|补助|津贴|餐补|班车|包吃|包住|宿舍|年假|假期|奖金|福利|年终奖)$/,
];

/** Latin-letter words after which a Chinese category word only says what kind of thing it is ("PyTorch框架", "ISO9001体系", "AutoCAD操作能力"). 系统/软件 stay: ERP系统 is how the name is written (and listed in the alias table). */
// "PyTorch深度学习框架", "RTOS项目": a few words of the kind may stand between the name and its kind word.
export const latinCategoryTail = /^((?:[\u4e00-\u9fff]{1,4})?[a-z][a-z0-9+#.\s-]*[a-z0-9+#])\s*(?:[\u4e00-\u9fff]{0,4}?(?:体系|框架|架构|推广|语言|技术|模块|优化|法规|标准|项目(?:经验|经历)?|平台)|(?:操作|使用|应用|开发|编程|分析)?能力)$/;

/**
 * What a tool is used for after its name, a verb (group 2) and its object (folded): "JMP分析数据", "Excel制作报表", "AutoCAD绘制图纸",
 * "pytest写自动化用例"; the object may hold a Latin name of its own ("Python写DCC工具").
 */
export const latinUseTail = /^([a-z][a-z0-9+#.\s-]*[a-z0-9+#])\s*(分析|处理|整理|制作|绘制|编写|撰写|搭建|统计|计算|生成|建立|完成|实现|部署|调试|做|写(?!作)|跑|搭)\s*(?:[a-z0-9]{1,6}\s*)?[\u4e00-\u9fff]{1,6}[~!。.…]*$/;

/** Countries and regions a requirement may name ("熟悉新加坡及区域华文出版生态", "Singapore market"), beside the cities of line-vocabulary's `places` (folded). */
export const regionNames: readonly string[] = [
  "中国", "大陆", "内地", "华南", "华东", "华北", "华中", "西南", "西北", "东北", "大湾区", "长三角", "珠三角", "港澳", "港澳台", "台湾",
  "新加坡", "马来西亚", "印尼", "印度尼西亚", "泰国", "越南", "菲律宾", "日本", "韩国", "印度", "美国", "英国", "德国", "法国", "澳洲", "澳大利亚", "加拿大",
  "东南亚", "亚太", "亚洲", "欧洲", "北美", "中东", "海外", "本地", "区域", "大中华区",
  "singapore", "malaysia", "indonesia", "thailand", "vietnam", "philippines", "japan", "korea", "india", "china", "hong kong", "taiwan",
  "australia", "canada", "united states", "united kingdom", "uk", "us", "usa", "europe", "asia", "apac", "emea", "latam",
];
