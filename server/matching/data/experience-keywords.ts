// Job titles that imply managing people or a unit, for entries the candidate did not flag with
// `management: true`. Chinese titles match anywhere in the folded title (销售经理, 區域督導);
// English ones as whole words so "leadership training coordinator" is not a lead.
export const managementTitleWords = [
  "经理", "主管", "总监", "督导", "主任", "总经理", "副总", "总裁", "店长", "厂长", "部长", "科长", "处长", "组长",
  "班长", "领班", "负责人", "经理人", "协理", "襄理", "董事", "合伙人", "首席",
] as const;

export const managementTitleWordsEn = [
  "manager", "director", "head", "lead", "leader", "supervisor", "chief", "vp", "vice president", "president",
  "ceo", "cto", "cfo", "coo", "foreman", "superintendent",
] as const;

// A title ending in one of these works for a manager rather than as one (总经理助理, 经理秘书).
export const assistantTitleSuffixes = ["助理", "秘书", "文员", "assistant", "secretary"] as const;

// "Manager" titles that name a client- or product-facing individual role, not a management one.
export const individualContributorTitles = [
  "客户经理", "理财经理", "产品经理", "account manager", "product manager",
] as const;
