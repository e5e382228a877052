/**
 * Which canonical names of the shared alias table (server/matching/data/skill-aliases.ts) are
 * languages; a test whose implications include one (CET-6 → 英语) is a certificate that also states
 * the language.
 */
export const languageNames = ["普通话", "粤语", "英语", "日语", "韩语", "法语", "德语", "西班牙语", "俄语", "阿拉伯语", "闽南语", "客家话", "葡萄牙语", "意大利语", "波兰语", "荷兰语", "越南语", "泰语", "马来语", "印尼语", "印地语"];

/** Names that say an item is a certificate, not a skill. */
export const certificateShape = /证书|证(?:\s*[a-d][12]?)?$|驾照|资格|认证|执照|证照|职称|考试|等级|\b(?:certified|certificate|certification|license|licence|chartered)\b|^(?:cpa|acca|cfa|frm|cma|pmp|hkicpa|cia|cisa|cissp|ccna|ccnp|rhce|ocp)\b/i;

/** Lead-in words before a list of skills ("熟练使用Excel、Word", "Proficient in SQL"). */
export const skillLeadIns =
  /^(?:熟练掌握|熟练使用|熟练运用|熟练|精通|掌握|熟悉|了解|擅长|会使用|能够使用|能熟练使用|具备|具有|持有|拥有|获得|通过|proficient (?:in|with)|familiar with|experienced (?:in|with)|knowledge of|skilled in|expert in|strong)\s*/i;

// How well, in the European languages: "langue maternelle", "courant", "notions", "nativo", "avanzado", "madrelingua",
// "fluente", "moedertaal", "vloeiend", "Muttersprache", "verhandlungssicher", "Grundkenntnisse".
const europeanLevels =
  "langue maternelle|maternelle|courant|notions|bilingue|intermédiaire|débutant|scolaire|lu, écrit, parlé|nativ[oa]|lengua materna|bilingüe|fluido|avanzado|intermedio|básico|medio|madrelingua|fluente|buono|ottimo|discreto|scolastico|avançado|intermediário|língua materna|moedertaal|vloeiend|goed|redelijk|muttersprache|fließend|verhandlungssicher|grundkenntnisse|gute kenntnisse|sehr gute kenntnisse";

/** A level standing alone in a language table's second column ("German | Mother tongue", "English | Fluent (C2)"). */
export const levelOnly = new RegExp(
  `^(?:native(?: speaker)?|fluent|good|basic|intermediate|upper[- ]intermediate|advanced|proficient|conversational|mother tongue|elementary|beginner|working knowledge|[abc][12]|母语|流利|熟练|良好|一般|精通|中等|基础|入门|${europeanLevels})(?:\\s*\\(?[abc][12]\\)?)?$`,
  "iu",
);

/** Level words after a language ("英文：中等", "English (fluent)", "粤语：熟练", "Anglais courant"). */
export const levelWords = new RegExp(
  `[:：(（].*$|\\s+(?:native|fluent|good|basic|intermediate|advanced|proficient|conversational|business|mother tongue|${europeanLevels})(?![\\p{L}]).*$|(?:母语|流利|熟练|良好|一般|精通|中等|基础|入门|读写|口语)+$`,
  "iu",
);

/**
 * A language followed by its grade ("普通话二级甲等", "粵語一級", "日语三级"): a graded language test, which is a
 * certificate that also states the language. Compared folded; group 1 is the language.
 */
export const gradedLanguage = /^(.{1,6}?)\s*(?:[一二三四五六七八九十\d]+\s*级(?:\s*[甲乙丙]等)?|[甲乙丙]等)$/;

/**
 * Who issues a certificate, named beside it ("Professional Engineer (PE), Professional Engineers Board Singapore, 2019",
 * "Oracle Corporation", "人力资源和社会保障部"): a body, not a certificate held. Compared folded.
 */
export const issuerShape =
  /\b(?:board|council|institute|institution|association|society|authority|commission|ministry|department|agency|bureau|academy|federation|chamber|organi[sz]ation|registry|university|college)\b|\b(?:inc|llc|ltd|limited|corp|corporation|gmbh|plc|pte)\b\.?$|(?:协会|学会|委员会|部|厅|局|考试院|考试中心|鉴定中心|指导中心|有限公司|公司)$/;

/** A body named as "Association of …" ("Association of Certified Fraud Examiners", "Institute of Chartered Accountants"): an issuer whatever words follow. */
export const issuerOf = /^(?:the\s+)?(?:association|institute|institution|society|council|board|academy|federation|chamber|college|university)\s+of\b/;

/**
 * Bodies that issue certificates, named by their short names beside one ("Certified in Logistics, Transportation and
 * Distribution (CLTD), ASCM, 2021"; "NPTEL – Programming in Java, IIT Kharagpur, 2023": an Indian institute by its
 * acronym and campus): who issued it, never a certificate held. Compared folded.
 */
export const issuerNames =
  /^(?:ascm|apics|pmi|axelos|isaca|isc2|\(isc\)2|comptia|asq|iapp|scrum alliance|scrum\.org|coursera|udemy|edx|nptel|swayam|(?:iit|iim|nit|iiit|iiser|iisc)(?:\s+\p{L}+){0,2})$/u;

/** A month and year standing alone ("May 2023", "2023.05", "05/2023"): when a certificate was obtained, not one itself. */
export const monthYear =
  /^(?:(?:\d{1,2}\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}\s*[./年-]\s*\d{1,2}\s*月?|\d{1,2}\s*[./-]\s*(?:19|20)\d{2})$/;
