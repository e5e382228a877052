import { escapeRegExp } from "../../text/regex.js";

// Section headings inside one position description (folded form). They organize a position; they never name one.

/** Requirement sections whose every item is a preference, whatever each line says. */
export const preferredHeadings: readonly string[] = [
  "nice to have", "nice-to-have", "nice to haves", "nice-to-haves", "desirable", "desirable criteria", "bonus points", "preferred qualifications", "preferred skills", "pluses", "bonus", "加分项",
  "优先条件", "优先考虑", "加分条件",
  // Sub-headings under "Qualifications:" ("Required: … Preferred: …").
  // A Japanese company's 募集要項: 歓迎条件 (welcome conditions) are the preferences after 応募資格.
  "欢迎条件", "欢迎经验", "欢迎技能",
  "preferred", "desired", "desired qualifications", "desired skills", "preferred experience", "preferred requirements", "additional preferred qualifications", "优先", "加分",
];

/** A sentence heading requirements that says they are preferences: "It would be great if you have:", "Bonus points if you:", "如果你有以下经验更好：". */
export const preferredSentenceHeading =
  /\b(?:would be (?:great|nice|a plus|a bonus|an advantage)|(?:even )?better if|bonus (?:points )?if|(?:it's |it is )?a plus if|nice if|extra (?:credit|points) if|we'd love it if|ideally,? you)\b|更好|加分|优先|者佳|为佳/;

/** Words that head a section only on a line of their own: "- 加分：有 GraphQL 經驗" is one item's preference, "Required: 3 years" one item. */
export const standaloneHeadings: ReadonlySet<string> = new Set(["preferred", "desired", "required", "minimum", "优先", "加分"]);

/** A job page's list of its other openings: the names under it link to other positions; none is a position of this document. */
export const listingHeadings: readonly string[] = [
  "其他职缺", "其他职位", "相关职位", "相似职位", "推荐职位", "热门职位", "更多职位", "相关职缺", "推荐职缺",
  "类似职缺", "相似职缺", "更多职缺", "相关工作", "为你推荐", "似た求人", "おすすめ求人", "关联求人",
  "similar jobs", "other jobs", "related jobs", "more jobs", "you may also like", "people also viewed", "other openings", "more openings",
  "similar roles", "similar positions", "similar vacancies", "recommended jobs", "jobs you may like", "jobs you may be interested in",
  "more jobs like this", "other open roles", "other open positions", "more posts you may like", "more posts like this", "related posts",
  "you might also like", "recommended for you",
  // The same list on German, French, Spanish and Dutch boards.
  "ähnliche jobs", "ähnliche stellenangebote", "ähnliche stellen", "weitere jobs", "weitere stellenangebote", "passende jobs",
  "das könnte sie auch interessieren", "offres similaires", "emplois similaires", "offres d'emploi similaires", "empleos similares",
  "ofertas similares", "vergelijkbare vacatures",
];

/**
 * A listing heading as a line writes it: one of listingHeadings, or the employer's other openings named with the
 * employer ("Other jobs at Nordlicht Robotics", "More jobs from Acme", "Weitere Jobs von Nordwerk", "该公司其他职位").
 */
export const listingHeadingPattern = new RegExp(
  `^(?:(?:here are|see|view|explore|browse|check out)\\s+(?:some\\s+|more\\s+)?(?:${listingHeadings.map(escapeRegExp).join("|")})(?:\\s+(?:near you|nearby|in your area))?|(?:${listingHeadings.map(escapeRegExp).join("|")})(?:\\s+(?:near you|nearby|in your area))?|(?:other|more) (?:open )?(?:jobs|openings|positions|roles|vacancies) (?:at|from|by|with) .{2,40}|weitere (?:jobs|stellen(?:angebote)?) (?:von|bei) .{2,40}|autres offres (?:de|chez) .{2,40}|(?:该公司|这家公司|公司|企业|ta|他们)的?(?:其他|其它|更多)(?:在招)?(?:职位|职缺|岗位))$`,
  "i",
);

export type SectionKind = "responsibilities" | "requirements" | "summary" | "other";

export const sectionHeadings: readonly { key: string; kind: SectionKind }[] = [
  ...[
    "岗位职责与工作任务", "工作职责与任务", "职位描述", "工作描述", "职位职责", "岗位内容", "job description",
    "what you'll be doing", "what you will be doing", "what you'd do", "what you would do", "in this role you will", "the job", "职责与工作任务", "主要工作职责", "岗位职责", "工作职责", "主要职责",
    "职责与任务", "主要工作内容", "工作内容", "职责描述", "岗位描述", "具体职责", "职责范围", "工作任务",
    "key responsibilities", "job responsibilities", "responsibilities", "duties", "what you'll do", "what you will do", "you will", "you'll", "your tasks", "your responsibilities",
    "your role", "the role", "职责", "工作说明", "工作职能", "岗位职能", "你的职责", "你将负责", "你会做的事", "你将做的事", "你要做的事", "你会负责", "工作内容及职责", "what you will be doing",
    "day to day", "day-to-day", "role responsibilities", "duties and responsibilities", "duties & responsibilities", "key duties", "main duties", "essential duties", "essential functions",
    "essential duties and responsibilities", "about the job", "full job description", "job details", "职位详情", "职缺描述", "职缺内容", "仕事内容", "业务内容",
  ].map((key) => ({ key, kind: "responsibilities" as const })),
  ...[
    "岗位任职资格", "任职资格要求", "任职资格", "任职要求", "任职条件", "岗位要求", "资格要求", "职位要求", "招聘要求",
    "应聘要求", "基本要求", "任职者基本素质要求", "基本素质要求", "其他素质要求", "素质要求", "岗位技能要求", "技能要求",
    "技能与知识", "知识要求", "工作经验要求", "知识及教育水平要求", "教育水平要求", "教育背景", "学历背景",
    "学历要求", "教育/工作经验", "工作经验", "知识能力要求", "能力要求",
    "职位要求", "岗位任职要求", "应聘条件", "招聘条件", "经验要求", "任职资格与要求", "条件要求", "其他条件",
    "擅长工具", "工作技能", "语文条件", "具备驾照", "具备证照", "科系要求", "工作经历", "职务需求", "职缺需求", "职缺要求", "应募资格", "应募条件", "必须条件", "必要条件", "需求技能", "技能需求", "所需技能", "必备技能",
    "basic qualifications", "key requirements", "your profile", "about you", "what you'll bring", "what you bring",
    "skills & experience", "skills and experience", "experience", "education",
    // Naukri's and Indian boards' requirements block: the profile of the candidate the post wants, not a preference.
    "desired candidate profile", "candidate profile", "desired profile", "desired candidate",
    // A civil-service posting's conditions of the post (travel, a licence), after its desirable qualifications.
    "special requirements",
    // A job fair grid's one column for the work and its conditions ("工作內容及條件：…；需具TOEIC 600分以上成績"): its
    // conditions are asked, so it is read as requirements.
    "工作内容及条件", "工作内容及要求", "工作内容与要求", "工作内容与条件", "职务内容及条件",
    "minimum qualifications", "preferred qualifications", "qualifications", "requirements", "what we're looking for",
    "what we are looking for", "who you are", "skills", "must have", "must-have", "must haves", "must-haves", "要求", "资格", "条件", "其他要求", "需求条件", "附加条件", "应征条件", "应征资格", "入职要求", "申请要求", "申请资格",
    "应聘资格", "岗位资格", "任用条件", "任用资格", "资格条件", "岗位条件", "我们希望你", "你需要具备", "what you need", "what you'll need",
    "you have", "you'll have", "you will need", "you will have", "what we need", "what we're after", "language skills", "languages", "language requirements", "certificates, licenses, registrations",
    "certifications", "certificates", "licenses", "语言要求", "语言能力", "证书要求", "essential", "essential criteria", "person specification", "job requirements", "required qualifications", "required skills", "education and experience", "skills/qualifications", "skills & qualifications", "skills and qualifications",
    "qualifications & skills", "qualifications and skills", "required", "minimum requirements", "minimum", "必备条件",
    "experience and education", "education & experience", "knowledge, skills and abilities",
    // A British job description's person specification block, its three nouns in any order.
    "knowledge, skills and experience", "knowledge, skills & experience", "skills, knowledge and experience", "skills, experience and knowledge",
    "experience, skills and knowledge", "knowledge and experience", "qualifications and experience", "qualifications, skills and experience",
    "qualifications, experience and skills", "skills, qualifications and experience",
    // A job description form's competency block: the abilities the post is rated on.
    "胜任能力", "胜任力", "胜任能力要求", "胜任力要求", "能力素质", "能力素质要求",
    ...preferredHeadings,
  ].map((key) => ({ key, kind: "requirements" as const })),
  ...["岗位概述", "岗位工作概述", "职位概要", "职位摘要", "岗位目的", "工作概述", "岗位概要", "job summary", "summary", "overview", "about the role",
    "职务目的", "职位目的", "岗位使命", "职位概述", "职位简介", "岗位简介", "about this role", "role overview", "position summary",
    "the opportunity", "job purpose"].map(
    (key) => ({ key, kind: "summary" as const }),
  ),
  ...[
    "薪酬福利", "薪资福利", "福利待遇", "绩效考核", "工作绩效标准", "岗位工作关系", "岗位关系", "工作关系", "工作协作关系",
    "岗位工作权限", "工作权限", "权力和责任", "权限", "权力", "责任", "岗位工作时间", "工作时间", "岗位工作环境", "工作环境",
    "培训与发展", "注意事项", "监管职责", "职业发展", "岗位标识信息", "基本信息", "benefits", "about us", "about the company",
    "perks", "what we offer", "compensation", "福利", "公司福利", "公司介绍", "公司简介", "关于我们", "薪资待遇", "薪酬待遇", "待遇",
    "工作待遇", "福利制度", "physical requirements", "physical demands", "working conditions", "work environment", "联系方式", "报名方式", "应聘方式", "工作地点", "工作地址", "上班地点", "办公地点", "公司地址",
    "面试地点", "联系人", "联系电话", "how to apply", "why join us", "why you'll love working here",
    // A campus or job-board page's other blocks: hiring process, talks, how to send a CV, who may apply, employer questions.
    "招聘流程", "应聘流程", "选考流程", "宣讲会安排", "宣讲会", "投递方式", "简历投递", "应募方法",
    "应征方式", "应征方法", "应聘方法", "申请方式", "报名方法", "投递方法", "应征办法", "招聘对象", "what's on offer", "what we offer you", "employer questions",
    // A job page's list of its other openings (listingHeadings): names of other positions, never this one's requirements.
    ...listingHeadings, "面试流程",
  ].map((key) => ({ key, kind: "other" as const })),
];

/**
 * A sentence ending in a colon that opens a section: "We'd love to hear from you if you have:", "In this job you
 * will:", "如果你具备以下条件：". Only a short line ending in its colon counts; the sentence is the section's name.
 */
export const sentenceHeadings: readonly { pattern: RegExp; kind: SectionKind }[] = [
  {
    // "… on our hull-cleaning robots. What we need:", "(~40% travel). Looking for:": the sentence heads the list under it.
    pattern: /\b(?:what we need|what you need|what we(?:'re| are) after|looking for|must[- ]haves?|you have|you bring|you'll bring|you will bring|you'll have|you will have|you should have|you must have|you need|you'll need|you will need|we're looking for|we are looking for|we look for|ideal candidate|the right candidate|successful candidate|to succeed|to be successful|qualified candidates?|applicants? (?:should|must|will) have)\b[^:]{0,40}:\s*$|\b(?:(?:a )?(?:good |great |strong )?fit if(?: you)?|you might be a fit if(?: you)?|if you)\s*:?\s*$|(?:你需要|你应该|你要|希望你|我们希望|我们需要你|如果你(?:具备|拥有|有)|你(?:需要)?具备|理想的候选人|符合以下条件)[^:。]{0,20}:\s*$/,
    kind: "requirements",
  },
  {
    pattern: /\b(?:you will|you'll|you would|your day|you'll be|you will be|your job will|in this (?:role|job|position),? you)\b[^:]{0,40}:\s*$|\b(?:you'll|you will)\s*:?\s*$|(?:你将|你会|你的工作|你要做|你需要做|工作内容包括|主要负责)[^:。]{0,20}:\s*$/,
    kind: "responsibilities",
  },
];
