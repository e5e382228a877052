import type { ComplianceFlag } from "../position.schema.js";

/**
 * Requirements that Chinese employment law forbids or restricts, matched on folded text (Simplified,
 * half-width, lower-case). Sources: 就业促进法 arts. 3, 27–31 (no discrimination by gender, ethnicity,
 * religion, household registration, infectious-disease carriers); 妇女权益保障法 art. 43 (no gender
 * limits or 婚育 conditions); the 2019 nine-ministry notice on gender discrimination in recruitment
 * (bans 限定性别 and 性别优先 alike, and any marriage/childbearing condition); 网络招聘服务管理规定 art. 15
 * (no household-registration or regional discrimination); the hepatitis B screening rules (乙肝 tests
 * and limits banned in hiring). Age, appearance and height are not named by statute but are treated as
 * discriminatory by MOHRSS guidance and courts; flag them for review.
 */
export const compliancePatterns: readonly { category: ComplianceFlag["category"]; pattern: RegExp }[] = [
  { category: "gender", pattern: /性别\s*[:：]?\s*(?:要求)?\s*(?:限|仅限|为)?\s*(?:男|女)(?:性|士|生)?(?!女|男|不限|均可|皆可)/g },
  { category: "gender", pattern: /(?:限|仅限|只限|只招|仅招|限招)(?:男|女)(?:性|士|生)?|(?:要求|需|须)(?:为)?(?:男|女)(?:性|士|生)/g },
  { category: "gender", pattern: /(?<=^|[,;。、\s:：)）]|\d[、.])(?:男|女)性?(?=[,;。、\s]|$)/g },
  { category: "gender", pattern: /(?:男|女)(?:性|士|生)?(?:优先|者优先|为佳|者佳)/g },
  { category: "gender", pattern: /(?<!不限|男|女)(?:男|女)(?:性)?(?:员工|职员)?\s*(?:\d+\s*名|一名)/g },
  { category: "gender", pattern: /\b(?:male|female)s?\s+(?:only|preferred|candidates? only)\b|\b(?:only|preferably)\s+(?:male|female)\b/g },
  { category: "marital_childbearing", pattern: /已婚已育|已婚未育|未婚未育|已婚|未婚|已育|未育|无生育计划|(?:近|\d+)年内?(?:不|无)(?:生育|怀孕)|婚育情况|婚姻状况\s*[:：]\s*(?!不限)\S{1,4}/g },
  { category: "marital_childbearing", pattern: /\b(?:unmarried|married|single|no children)\s+(?:only|preferred|candidates?)\b/g },
  { category: "household_registration", pattern: /(?:本地|本市|本省|本县|本区|当地|外地|农村|城镇|非农业?)(?:常住)?(?:户口|户籍)/g },
  { category: "household_registration", pattern: /[\u4e00-\u9fff]{2,3}(?:市|省)(?:常住)?(?:户口|户籍)|(?:户口|户籍)\s*[:：]?\s*(?:限|要求|需|须|为)|(?:限|仅限|只招)?本地人(?:优先)?|(?:限|仅限)(?:本地|本市|本省)/g },
  { category: "health", pattern: /乙肝|乙型肝炎|澳抗|两对半|hbsag|\bhepatitis b\b|肝功能(?:正常|检查)/g },
  { category: "age", pattern: /年龄\s*[:：]?\s*(?:在|要求|限)?\s*\d{2,4}\s*(?:[-~—–至到]\s*\d{2})?\s*(?:周岁|岁)(?:以下|以上|以内|之间|左右)?/g },
  { category: "age", pattern: /(?<![\d.])\d{2}\s*(?:[-~—–至到]\s*\d{2}\s*)?(?:周岁|岁)(?:以下|以上|以内|之间|左右)/g },
  { category: "age", pattern: /(?<![\d.])\d{2}\s*[-~—–至到]\s*\d{2}\s*(?:周岁|岁)/g },
  { category: "age", pattern: /年龄\s*[:：]?\s*[二三四五六]十[一二三四五六七八九]?(?:周岁|岁)(?:以下|以上|以内)?|[二三四五六]十[一二三四五六七八九]?(?:周岁|岁)(?:以下|以上|以内|之间)/g },
  { category: "age", pattern: /\baged?\s+(?:between\s+)?\d{2}\s*(?:-|to|and)\s*\d{2}\b|\b(?:under|below)\s+(?:the age of\s+)?\d{2}\s+(?:years old)?|\bno older than \d{2}\b/g },
  { category: "appearance", pattern: /形象气质(?:佳|好|俱佳)|形象(?:佳|好|端正)|气质(?:佳|好)|五官端正|相貌端正|容貌端正|长相(?:端正|甜美|好)|外形(?:佳|好|靓丽)|颜值高?|身材(?:匀称|苗条|好)|体型匀称|面容姣好|\bgood[- ]looking\b|\battractive appearance\b/g },
  { category: "height", pattern: /身高\s*[:：]?\s*(?:在|要求)?\s*(?:男|女)?\s*\d{3}\s*(?:cm|厘米|公分|米)?(?:以上|以下)?|身高\s*[:：]?\s*\d\.\d{1,2}\s*(?:m|米)(?:以上)?|\b(?:height|taller than)\s*(?:of\s*)?\d{3}\s*cm\b/g },
  { category: "ethnicity", pattern: /(?:限|仅限|只招)?汉族(?:优先)?|少数民族除外|民族\s*[:：]\s*汉/g },
  { category: "religion", pattern: /无宗教信仰|(?:限|要求|须|需)?信仰[\u4e00-\u9fff]{1,4}教|宗教信仰\s*[:：]?\s*(?!自由)(?:无|不限以外)|(?:基督|伊斯兰|佛|天主)教徒(?:优先)?/g },
];

/** Phrases that look like a flag but state the opposite (男女不限, 年龄不限) or are about the market, not the person. */
export const complianceExceptions: readonly RegExp[] = [/男女不限|性别不限|年龄不限|婚否不限|户籍不限|不限户籍|民族不限|男女均可|不限男女/];
