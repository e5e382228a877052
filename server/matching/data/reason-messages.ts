// Messages per reason code. {name} placeholders are filled from the reason's params; education levels
// and lists are localized by the formatter, so params keep machine-readable values.
export const reasonMessages = {
  "education.no_requirement": { en: "No education requirement", zh: "无学历要求" },
  "education.level_met": { en: "Education {level} meets the minimum of {minLevel}", zh: "学历{level}，满足{minLevel}及以上的要求" },
  "education.level_below": { en: "Education {level} is below the minimum of {minLevel}", zh: "学历{level}，低于{minLevel}的要求" },
  "education.level_missing": { en: "No education listed; {minLevel} or above is required", zh: "未填写学历，要求{minLevel}及以上" },
  "education.major_exact": { en: "Major {major} is one of the requested majors", zh: "专业{major}与要求的专业一致" },
  "education.major_same_family": { en: "Major {major} is in the same discipline ({family}) as {requested}", zh: "专业{major}与{requested}同属{family}" },
  "education.major_unrelated": { en: "Major {major} is unrelated to {requested}", zh: "专业{major}与{requested}不相关" },
  "education.major_missing": { en: "No major listed; requested: {requested}", zh: "未填写专业，要求：{requested}" },
  "experience.no_requirement": { en: "No minimum experience required; {years} years in total", zh: "无最低工作经验要求，共{years}年经验" },
  "experience.years_met": { en: "{years} years of experience meets the minimum of {minYears}", zh: "{years}年工作经验，满足{minYears}年以上的要求" },
  "experience.years_short": { en: "{years} years of experience, {minYears} required", zh: "{years}年工作经验，要求{minYears}年以上" },
  "experience.years_above_max": { en: "{years} years of experience, more than the stated {maxYears} (not penalized)", zh: "{years}年工作经验，超过{maxYears}年的上限（不扣分）" },
  "experience.field_years": { en: "{fieldYears} years in {fields}", zh: "{fields}相关经验{fieldYears}年" },
  "experience.field_missing": { en: "No experience found in {fields}", zh: "未发现{fields}相关经验" },
  "experience.management_met": { en: "{managementYears} years of management experience", zh: "{managementYears}年管理经验" },
  "experience.management_missing": { en: "Management experience required, none found", zh: "要求管理经验，未发现相关经历" },
  "skills.no_requirement": { en: "No skill, language or certificate requirements", zh: "无技能、语言或证书要求" },
  "skills.required_matched": { en: "Has required: {items}", zh: "具备必需项：{items}" },
  "skills.required_missing": { en: "Missing required: {items}", zh: "缺少必需项：{items}" },
  "skills.preferred_matched": { en: "Has preferred: {items}", zh: "具备优先项：{items}" },
  "skills.preferred_missing": { en: "Lacks preferred: {items}", zh: "不具备优先项：{items}" },
} as const satisfies Record<string, { en: string; zh: string }>;

export const educationLevelLabels = {
  junior_high: { en: "junior high school", zh: "初中" },
  high_school: { en: "high school", zh: "高中/中专" },
  associate: { en: "associate degree", zh: "大专" },
  bachelor: { en: "bachelor's degree", zh: "本科" },
  master: { en: "master's degree", zh: "硕士" },
  doctorate: { en: "doctorate", zh: "博士" },
} as const;
