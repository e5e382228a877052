// How online postings write pay and job facts (folded: Simplified, half-width, lower-case).
import type { EmploymentType, WorkplaceType } from "../../vacancies/vacancy.schema.js";

/** Currency marks, most specific first; the first that a salary text holds decides. */
export const currencyMarks: readonly { mark: RegExp; currency: string }[] = [
  { mark: /nt\$|ntd|新台币|台币/, currency: "TWD" },
  { mark: /hk\$|hkd|港币|港元/, currency: "HKD" },
  { mark: /s\$|sgd/, currency: "SGD" },
  { mark: /£|gbp/, currency: "GBP" },
  { mark: /€|eur/, currency: "EUR" },
  { mark: /us\$|usd|\$/, currency: "USD" },
  { mark: /¥|rmb|cny|人民币/, currency: "CNY" },
];

/** Pay periods by the words that state them; unstated, a Chinese range in 千/万/K is monthly. */
export const periodMarks: readonly { mark: RegExp; period: "hour" | "day" | "month" | "year" }[] = [
  { mark: /年薪|\/\s*年|每年|一年|per (?:year|annum)|\ba year\b|\/\s*(?:yr|year)|annual|annum|p\.a\./, period: "year" },
  { mark: /月薪|\/\s*月|每月|一个月|per month|\ba month\b|\/\s*(?:mo|month)|monthly/, period: "month" },
  { mark: /日薪|\/\s*(?:天|日)|每天|per day|\ba day\b|\/\s*day|daily/, period: "day" },
  { mark: /时薪|\/\s*(?:小时|时)|每小时|per hour|an hour|\/\s*(?:hr|hour)|hourly/, period: "hour" },
];

/** Units after a figure: 8千 = 8000, 1.2万 = 12000, 15k = 15000. */
export const unitValues: Readonly<Record<string, number>> = { k: 1000, 千: 1000, 万: 10000, w: 10000 };

/** Work types a tag line names. */
export const employmentTypeWords: readonly { word: RegExp; type: EmploymentType }[] = [
  { word: /全职|正职|正社员|正式员工|full[- ]?time|permanent/, type: "full_time" },
  { word: /兼职|part[- ]?time/, type: "part_time" },
  { word: /实习|intern(?:ship)?\b/, type: "internship" },
  { word: /合同|约聘|约用|派遣|contract|freelance/, type: "contract" },
  { word: /临时|短期|temporary|seasonal/, type: "temporary" },
];

/** Where the work is done, as tags and fact values say it ("Remote (EU)", 远程, 混合办公); most specific first. */
export const workplaceTypeWords: readonly { word: RegExp; type: WorkplaceType }[] = [
  { word: /\bhybrid\b|混合办公|混合办公室|远程\s*\+\s*坐班|部分远程/, type: "hybrid" },
  { word: /\bremote\b|\bwfh\b|work from home|远程|居家办公|在家办公|线上办公/, type: "remote" },
  { word: /\bon[- ]?site\b|\bin[- ]office\b|到岗办公|坐班/, type: "onsite" },
];

/** Emoji a social post labels its facts with ("📍 杭州西湖区文三路店", "💰 5000-7000 + 提成"): each stands for a label word. */
export const emojiLabels: readonly { emoji: RegExp; label: string }[] = [
  { emoji: /^(?:📍|📌|🗺\ufe0f?|🏙\ufe0f?)\s*/u, label: "location" },
  { emoji: /^(?:💰|💵|💴|💶|💷|💸|🤑)\s*/u, label: "salary" },
];

/** Field labels that state a posting fact ("工作待遇：月薪 40,000~60,000元", "**Location:** Remote", 104/1111 forms). */
export const postingLabels: readonly { label: RegExp; fact: "salary" | "location" | "employmentType" | "workplaceType" | "experience" | "education" }[] = [
  { label: /^(?:工作待遇|薪资范围|薪资待遇|薪资|薪酬|薪水|月薪|年薪|待遇|月给|salary|pay|compensation|salary range|pay range)$/, fact: "salary" },
  { label: /^(?:上班地点|工作地点|工作地址|办公地点|工作地区|工作城市|地点|城市|勤务地|location|job location|office)$/, fact: "location" },
  { label: /^(?:工作性质|职位性质|雇佣类型|雇用形态|雇佣形态|employment type|job type|type|contract type)$/, fact: "employmentType" },
  { label: /^(?:办公方式|工作方式|工作模式|workplace type|workplace|work model|work arrangement|remote)$/, fact: "workplaceType" },
  // A BOSS/Lagou fact block: "经验：3-5年", "学历：本科" state the years and the schooling.
  { label: /^(?:经验|工作经验|经验要求|工作年限|年资|experience)$/, fact: "experience" },
  { label: /^(?:学历|学历要求|最低学历|教育程度|education)$/, fact: "education" },
];

/**
 * A post's status saying it is not open: "Status: Paused — not accepting applications right now", "Position filled",
 * "已招满", "暂停招聘", "已截止". Folded. A post whose text says so and describes nothing else is no opening.
 */
export const closedPostStatus =
  /not (?:currently )?accepting applications|no longer accepting|(?:applications?|hiring|recruitment) (?:is |are |has )?(?:now )?(?:closed|paused|on hold)|(?:position|role|vacancy|post) (?:has been |is )?(?:filled|closed|paused|on hold)|\bstatus\s*:\s*(?:paused|closed|filled|on hold)\b|已招满|已满员|已关闭|已截止|暂停招聘|停止招聘|招聘已结束|暂不招聘/;
