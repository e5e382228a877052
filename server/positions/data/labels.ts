// Field labels in job descriptions (folded form). Every label also ends the value of the label before it,
// which is how flattened tables like "岗位名称:营销总监隶属部门:营销部" are read.

export type LabelField = "title" | "department" | "reportsTo" | "subordinates" | "summary" | "other";

export const fieldLabels: readonly { label: string; field: LabelField }[] = [
  { label: "岗位名称", field: "title" },
  { label: "招聘岗位", field: "title" },
  { label: "职缺名称", field: "title" },
  { label: "职缺", field: "title" },
  { label: "职位空缺", field: "title" },
  { label: "职称", field: "title" },
  // A Japanese company's posting (募集要項): 職種 is the job.
  { label: "募集职种", field: "title" },
  { label: "职种", field: "title" },
  { label: "招聘职位", field: "title" },
  { label: "应聘岗位", field: "title" },
  { label: "职位名称", field: "title" },
  { label: "职务名称", field: "title" },
  { label: "job title", field: "title" },
  { label: "position title", field: "title" },
  { label: "所属部门", field: "department" },
  { label: "隶属部门", field: "department" },
  { label: "所在部门", field: "department" },
  { label: "部门名称", field: "department" },
  { label: "部门", field: "department" },
  { label: "department", field: "department" },
  { label: "直接上级", field: "reportsTo" },
  { label: "直属上级", field: "reportsTo" },
  { label: "汇报对象", field: "reportsTo" },
  { label: "汇报上级", field: "reportsTo" },
  { label: "直属主管", field: "reportsTo" },
  { label: "直接主管", field: "reportsTo" },
  { label: "上级主管", field: "reportsTo" },
  { label: "上级汇报关系", field: "reportsTo" },
  { label: "汇报关系", field: "reportsTo" },
  { label: "reports to", field: "reportsTo" },
  { label: "reporting to", field: "reportsTo" },
  { label: "直接下级", field: "subordinates" },
  { label: "直接下属", field: "subordinates" },
  { label: "直属下级", field: "subordinates" },
  { label: "下属", field: "subordinates" },
  { label: "direct reports", field: "subordinates" },
  { label: "岗位概述", field: "summary" },
  { label: "岗位工作概述", field: "summary" },
  { label: "职位概要", field: "summary" },
  { label: "职位摘要", field: "summary" },
  { label: "岗位概要", field: "summary" },
  { label: "岗位目的", field: "summary" },
  { label: "工作概述", field: "summary" },
  { label: "job summary", field: "summary" },
  { label: "summary", field: "summary" },
  { label: "岗位级别", field: "other" },
  { label: "岗位编号", field: "other" },
  { label: "职位编号", field: "other" },
  { label: "岗位定员", field: "other" },
  { label: "直管人数", field: "other" },
  { label: "晋升方向", field: "other" },
  { label: "工作地点", field: "other" },
  { label: "办公地点", field: "other" },
  { label: "岗位性质", field: "other" },
  { label: "所辖人员", field: "other" },
  { label: "任职者签名", field: "other" },
  { label: "岗位分析日期", field: "other" },
  // Form fields that are not the position's name, though most end in a role word's character (岗位定员 ends in 员).
  ...["岗位等级", "岗位权限", "岗位定编", "岗位类别", "岗位序列", "岗位层级", "职级", "职等", "编制人数", "定员人数", "岗位人数", "招聘人数", "岗位代码"]
    .map((label) => ({ label, field: "other" as const })),
  // 104/1111 job fields around the description; their values are facts of the posting, not duties.
  ...["职务类别", "工作待遇", "工作性质", "上班地点", "管理责任", "出差外派", "上班时段", "休假制度", "可上班日", "需求人数", "接受身份", "薪资范围", "职缺类别", "工作时间"]
    .map((label) => ({ label, field: "other" as const })),
  // Fields naming other roles: where the position leads, rotates to, or whom it works with. Their values are never positions.
  ...[
    "晋升通道", "晋升路径", "晋升岗位", "可晋升岗位", "晋升", "发展方向", "职业发展通道", "职业发展方向", "轮岗方向", "轮岗岗位", "可轮换岗位",
    "可轮岗岗位", "可转换岗位", "轮岗", "内部关系", "外部关系", "内部协调关系", "外部协调关系", "协调关系", "内部联系", "外部联系", "合作岗位",
    "career path", "promotion path", "rotation",
  ].map((label) => ({ label, field: "other" as const })),
  // A Japanese company's 募集要项 written in Chinese: 职种 names the job; the rest are terms of the posting.
  { label: "职种", field: "title" },
  ...["雇用形态", "雇佣形态", "勤务地", "勤务时间", "休日休暇", "福利厚生", "应募方法", "选考流程"].map((label) => ({ label, field: "other" as const })),
  { label: "职位", field: "title" },
  { label: "职务", field: "title" },
  { label: "岗位", field: "title" },
  { label: "position", field: "title" },
  { label: "title", field: "title" },
  { label: "role", field: "title" },
  // A manning agency's line-up names each post by its rank: "RANK: CHIEF OFFICER (2 vacancies)".
  { label: "rank", field: "title" },
  { label: "team", field: "department" },
  { label: "location", field: "other" },
  { label: "employment type", field: "other" },
  // An applicant's registration form (报名登记表) beside a notice: the fields a candidate fills in, never a position.
  ...["姓名", "性别", "出生年月", "出生日期", "政治面貌", "联系电话", "手机号码", "毕业院校", "身份证号", "身份证号码", "籍贯", "民族", "婚姻状况",
    "健康状况", "户口所在地", "现住址", "家庭住址", "电子邮箱", "专业技术职称", "执业资格", "本人承诺", "学习及工作简历"]
    .map((label) => ({ label, field: "other" as const })),
  // An Indeed or LinkedIn copy's job details ("Pay: $22 - $26 an hour", "Job type: Full-time"): facts of the posting, never duties.
  ...["pay", "salary", "compensation", "job type", "contract type", "work location", "shift and schedule", "schedule", "seniority level", "job function", "industries"]
    .map((label) => ({ label, field: "other" as const })),
];

/**
 * Field labels a job site prints on a line of their own with the value on the next, as a 104/1111 or Indeed page
 * copies ("工作經歷\n3年以上", "Job type\nFull-time"), besides every field label above and every posting-fact label.
 * Folded form. Requirement labels here are also section headings (擅长工具, 工作经历): they join their value only
 * when it is a single line.
 */
export const stackedValueLabels: readonly string[] = [
  "工作经历", "学历要求", "科系要求", "语文条件", "擅长工具", "工作技能", "具备驾照", "具备证照", "电脑专长", "专业要求", "专业",
  "接受身份", "管理责任", "出差外派", "上班时段", "休假制度", "可上班日", "需求人数", "职务类别", "年龄要求", "性别要求",
  "shift and schedule", "schedule", "work location", "job category", "seniority level", "industries", "job function",
];
