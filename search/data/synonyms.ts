/**
 * Job-title synonyms, maintained as data. A group of `equivalent` terms all find each other; `oneWay`
 * maps a query term to broader ones without the reverse (a 财务 search should not be flooded by 会计 only).
 * Write terms in whichever script they are commonly used; the builder folds them to Simplified.
 */
export const equivalentTerms: string[][] = [
  ["业务员", "销售员", "销售代表", "業務員", "銷售員", "銷售代表"],
  ["HR", "人力资源", "人力資源"],
  ["前台", "总台", "總台", "前檯", "總檯"],
  ["客服", "客户服务", "客戶服務"],
];

export const oneWayTerms: [string, string[]][] = [
  ["会计", ["财务"]],
  ["會計", ["財務"]],
];
