/**
 * Labels of the fields of one job or school when a resume writes them on lines of their own
 * (51job and 智联 exports: "公司名称：…", "职位名称：…", "在职时间：…"), or as a table's header row.
 * Compared with labelKey (folded, no spaces or punctuation).
 */
export const entryLabels = {
  organization: ["公司名称", "公司", "单位", "单位名称", "工作单位", "任职单位", "就职公司", "company", "employer", "organization"],
  title: ["职位名称", "职位", "职务", "职务名称", "职称", "岗位", "岗位名称", "担任职位", "所任职位", "position", "title", "role", "job title"],
  period: ["在职时间", "在职期间", "工作时间", "工作期间", "任职时间", "任职期间", "就读期间", "就学期间", "修业期间", "时间", "起止时间", "起止日期", "就读时间", "在校时间", "入学时间", "毕业时间", "毕业日期", "日期", "时段", "period", "dates", "date", "year", "years", "duration", "graduation"],
  description: ["工作描述", "工作内容", "职责", "主要职责", "工作职责", "职责描述", "工作业绩", "主要工作", "description", "responsibilities", "duties", "achievements"],
  school: ["学校名称", "学校", "毕业学校", "毕业院校", "院校", "就读学校", "school", "university", "institution"],
  major: ["专业", "所学专业", "专业名称", "科系", "科系名称", "系所", "major", "field of study", "subject"],
  degree: ["学历", "学位", "学历学位", "degree", "qualification"],
} as const;

export type EntryField = keyof typeof entryLabels;

/**
 * A Japanese-style 履历书 (rirekisho) writes a career as events, one a row: the day one joined an employer ("2020 | 7 |
 * 大连东软信息技术有限公司 入职"), the post held on the row below, the day one left ("… 离职") or 现在 for still there,
 * the whole closed by 以上. Compared folded (Simplified, lower-case); a remark in brackets may follow ("离职（合同期满）").
 */
export const careerEvents = {
  join: ["入职", "入社", "入所", "就职", "加入"],
  leave: ["离职", "退社", "退职", "辞职", "离任"],
  current: ["现在", "至今", "现在に至る", "現在に至る", "在职中"],
  end: ["以上"],
} as const;

/**
 * A 履历书's schooling written as events, as its career is: the month one entered a school ("2011 | 4 | 大连理工大学
 * 软件学院 入学") and the month one left it having finished ("… 毕业", 卒業, 修了). Compared folded.
 */
export const schoolEvents = {
  enter: ["入学", "入校"],
  finish: ["毕业", "卒业", "修了", "修毕", "结业"],
} as const;

/** The columns a dated table's header row names besides its subject ("年 | 月 | 资格・证书", "Year | Month | Qualifications"). */
export const dateColumns = ["年", "月", "日", "年月", "年月日", "year", "month", "day", ...entryLabels.period];
