/**
 * The sections of a resume and the headings that open them, in Simplified, Traditional (Taiwan and
 * Hong Kong wording) and English. Headings are compared folded, so 工作經歷 matches 工作经历; a
 * bilingual heading ("Work Experience 工作經驗") is two names of one section.
 */
export const resumeSections = {
  personal: ["个人信息", "基本信息", "基本资料", "个人资料", "个人基本信息", "个人概况", "personal information", "personal details", "personal info", "contact", "contact information", "联系方式", "個人資料", "personal particulars", "particulars", "personal data", "persönliche daten", "persönliche angaben", "kontakt", "kontaktdaten"],
  objective: ["求职岗位", "意向岗位", "期望职位", "求职意向", "求职目标", "期望工作", "应聘职位", "職務希望", "求職條件", "希望職務", "objective", "career objective", "job objective", "desired position"],
  summary: ["职务摘要", "职务概要", "自我pr", "个人优势", "自我描述", "个人评述", "优势亮点", "career profile", "professional profile", "about", "自我评价", "个人评价", "自我介绍", "个人简介", "个人总结", "自傳", "自传", "summary", "professional summary", "profile", "about me", "personal statement", "career summary", "profil", "kurzprofil", "über mich"],
  experience: ["academic appointments", "appointments", "professional appointments", "positions held", "employment", "employment history", "career history", "工作简历", "工作背景", "职业经验", "工作情况", "professional background", "career", "work", "employment experience", "work and leadership experience", "工作经历", "工作经验", "工作履历", "职业经历", "从业经历", "任职经历", "工作经历及业绩", "經歷", "职务经历", "职务经验", "职历", "工作經驗", "experience", "work experience", "professional experience", "work history", "employment history", "employment", "career history", "professional history", "relevant experience", "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "berufspraxis", "berufliche laufbahn", "werdegang"],
  internship: ["实习经历", "实习经验", "实践经历", "社会实践", "实习", "internship", "internships", "internship experience", "praktika", "praktikum"],
  projects: ["主要项目", "项目业绩", "项目经验", "项目经历", "专案经验", "project experience", "projects", "selected projects", "key projects"],
  campus: ["校园经历", "在校经历", "学生工作", "社团经历", "校内职务", "campus experience", "activities", "extracurricular activities", "leadership and activities"],
  education: ["教育与培训", "教育情况", "学业背景", "academic history", "education and training", "education & training", "教育背景", "教育经历", "学历", "学历背景", "教育程度", "教育", "学习经历", "education", "education background", "educational background", "academic background", "academic qualifications", "ausbildung", "schulbildung", "schulausbildung", "studium", "bildungsweg", "akademischer werdegang", "schul- und berufsausbildung"],
  skills: ["活用的经验", "活用经验", "知识", "personal skills", "digital skills", "电脑技能", "computer skills", "it skills", "software skills", "技能专长", "专业特长", "it技能", "计算机能力", "计算机技能", "技术栈", "技能标签", "专业标签", "tech stack", "technical expertise", "tools", "technologies", "skills summary", "专业技能", "技能特长", "技能", "技能证书", "个人技能", "专长", "专业技能与证书", "技能与证书", "职业技能", "skills", "technical skills", "core skills", "key skills", "skills and certifications", "competencies", "core competencies", "expertise", "kenntnisse", "fähigkeiten", "kenntnisse und fähigkeiten", "edv", "edv-kenntnisse", "it-kenntnisse", "fachkenntnisse", "besondere kenntnisse"],
  certifications: ["professional memberships", "professional membership", "memberships", "professional registration", "所获证书", "资格认证", "证书与资质", "证书", "资格证书", "获得证书", "证书资质", "专业资格", "执照", "证照", "资格", "免许", "certifications", "certificates", "certification", "licenses", "professional qualifications", "licenses and certifications", "qualifications", "licences", "licence", "tickets", "tickets & licences", "tickets and licences", "licences & tickets", "licences and tickets", "licenses & tickets", "tickets & licenses", "licences and certifications", "licences & certifications", "weiterbildung", "weiterbildungen", "fortbildung", "fortbildungen", "zertifikate", "zertifizierungen"],
  languages: ["语言水平", "外语", "语言能力", "语文能力", "语言", "外语能力", "外语水平", "语言技能", "languages", "language skills", "language", "sprachen", "sprachkenntnisse", "fremdsprachen"],
  awards: ["获奖", "奖励", "奖惩情况", "所获奖项", "获奖荣誉", "获奖情况", "荣誉奖项", "所获荣誉", "获奖经历", "荣誉", "奖项", "awards", "honors", "honours", "awards and honors"],
  other: ["志愿者经历", "志愿服务", "volunteer experience", "volunteering", "兴趣爱好", "爱好", "其他", "附加信息", "培训经历", "hobbies", "interests", "references", "referees", "推荐人", "作品展示", "作品集", "portfolio", "additional information", "publications", "training", "selected publications", "grants", "research grants", "teaching", "supervision", "research interests", "conferences", "presentations", "affiliations", "hobbys", "hobbies und interessen", "hobbys und interessen", "interessen", "ehrenamt", "referenzen"],
} as const;

export type ResumeSection = keyof typeof resumeSections;

/** Titles of the whole document, which open no section ("个人简历", "Curriculum Vitae"). */
export const documentTitles = /^(?:个人简历|个人履历|简历|求职简历|履历表|履历|个人履历表|简历表|resume|résumé|curriculum vitae|cv|lebenslauf|tabellarischer lebenslauf)$/;
