import type { EducationLevel } from "../../positions/position.schema.js";

/**
 * Degree names as resumes write them, beyond what position requirements say (those are positions'
 * `educationKeywords`, read after these), compared on folded text. Entries are tried in this order and
 * the words an entry reads are used up, so a longer name is never read again by a shorter one inside
 * it: 副学士 (Hong Kong's Associate degree) is not 学士, "Associate of Business Administration" not a
 * "BA". A part whose text is only degree words ("大学", "高中职", "本科") names a degree, not a school.
 */
export const degreeNames: readonly { pattern: RegExp; level: EducationLevel }[] = [
  // Hong Kong and Taiwan: 副學士, 高級文憑, 二專/五專/專科; Taiwan's 高中職 is upper secondary (高中 or 高職).
  { pattern: /副学士|高级文凭|\bassociate(?:'?s)?(?:\s+degree|\s+of\b|\s+in\b)|\ba\.a\.(?:s\.)?(?=[\s,]|$)|\ba\.a\.s\b|\bhigher diploma\b|二专|五专|二技/, level: "associate" },
  // India: Class XII (PUC, HSC, intermediate) is upper secondary; Class X (SSLC, SSC, matriculation) the secondary certificate below it.
  { pattern: /\b(?:class|std\.?|standard|grade)\s*(?:xii|12(?:th)?)\b|\b(?:12th|xiith|hsc|puc|pre-university|intermediate \(?mpc|higher secondary)\b/, level: "high_school" },
  { pattern: /\b(?:class|std\.?|standard)\s*(?:x|10(?:th)?)\b|\b(?:10th|xth|sslc|ssc|matriculation)\b/, level: "junior_high" },
  { pattern: /高中职|高级中学|高级职业学校|高工|高商|\b(?:abitur|fachabitur|allgemeine hochschulreife|fachhochschulreife|matura|baccalauréat)\b/, level: "high_school" },
  // French, Spanish, Italian, Portuguese and Dutch schooling: the bac and its kin, the two-year BTS and DUT, the licence
  // (a bachelor's), grado and laurea, máster and mestrado.
  // West Africa's school-leaving certificates: "Senior Secondary School Certificate (WAEC)", SSCE, WASSCE, NECO.
  { pattern: /\bsenior secondary (?:school )?certificate\b|\b(?:ssce|wassce|waec|neco)\b/, level: "high_school" },
  { pattern: /\b(?:bachillerato|bac(?! ?\+)|diploma di maturità|maturità|ensino médio|ensino secundário|havo|vwo)(?![a-zà-ÿ])/, level: "high_school" },
  { pattern: /\b(?:bts|dut|deug|técnico superior)(?![a-zà-ÿ])/, level: "associate" },
  { pattern: /\b(?:máster|mastère|maestría|mestrado|laurea magistrale|laurea specialistica|dea|dess)(?![a-zà-ÿ])/, level: "master" },
  { pattern: /\b(?:licence(?=\s+(?:de|d['’]|en|pro|professionnelle|\d)\b|\s*$)|licenciatura|licenciad[oa]|grado en|graduad[oa] en|laurea(?: triennale)?|bacharelado)(?![a-zà-ÿ])/, level: "bachelor" },
  { pattern: /\bm\.?a\.?sc\b|\bm\.?tech\b|\bemba\b|\bm\.?b\.?a\b|\bm\.?f\.?a\b|\bll\.?m\b|\bm\.?phil\b|\bm\.?sc?\b|\bm\.?eng\b|\bm\.?a\.?(?=\s|$)|\bmaster|硕士|研究所|\bdiplom(?:-[a-zäöü]+)?\b|\bmagister\b/, level: "master" },
  { pattern: /\bb\.?a\.?sc\b|\bb\.?tech\b|\bb\.?s\.?e\b|\bb\.?b\.?a\b|\bb\.?sc?\b|\bb\.?eng\b|\bb\.?f\.?a\b|\bll\.?b\b|\bb\.?com\b|\bb\.?a\.?(?=\s|$)|\bbachelor|学士|大学毕业|大学肄业|四技/, level: "bachelor" },
  { pattern: /\bph\.?d|\bdoctor|博士/, level: "doctorate" },
];

/** Words around a degree that say nothing else ("畢業", "(Hons)", "学历", "在读"): a part of only these and degree names is a degree. */
export const degreeFiller = /毕业|肄业|在读|学历|学位|文凭|程度|统招|全日制|\(hons?\)|\bhons?\b|\bdegree\b|[()（）\s,，.]/g;

/**
 * How a degree was passed, written beside it ("Second Upper Class Honours", "First Class Honours", "Upper Second", "2:1",
 * "with Distinction", "Magna Cum Laude", "CGPA 3.72/4.00", "一等荣誉", "GPA 3.6"): a grade, never the subject studied.
 * Compared folded (lower-case).
 */
export const degreeGrade =
  /\b(?:honou?rs|hons)\b|\b(?:distinction|merit)\b|cum laude|\bc?gpa\b|\bdean'?s list\b|\b(?:first|second|third|upper|lower)[- ](?:class|second|division)\b|^(?:first|second|third|upper second|lower second|2[:.][12]|1st|2nd|3rd|pass)(?: class)?$|一等|二等|荣誉|绩点|优秀毕业生/;
