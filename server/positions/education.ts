import { educationLevels, type EducationLevel, type Requirements } from "./position.schema.js";
import { compoundDisciplines, degreeDisciplines, educationContext, educationContextBefore, educationKeywords, optionalMarkers, qualificationNames, waivedEducation } from "./data/requirements.js";
import type { Line } from "./items.js";
import { clauses } from "./clauses.js";
import { foldAligned } from "../text/fold.js";
import { splitFolded } from "../text/split-folded.js";

const rank = (level: EducationLevel) => educationLevels.indexOf(level);

/**
 * The lowest education level the text states as a requirement (大专以上…中专或高中以上 → high_school). A
 * preferred degree ("硕士优先", "BSN preferred") never sets it: a preference is no minimum, as with years.
 */
export function findMinEducation(text: string): EducationLevel | null {
  // "No degree needed" names a degree to waive it: the words are blanked (same length), not read.
  const key = text.replace(waivedEducation, (m) => " ".repeat(m.length));
  let required: EducationLevel | null = null;
  const lower = (a: EducationLevel | null, b: EducationLevel) => (a === null || rank(b) < rank(a) ? b : a);
  for (const { pattern, level } of educationKeywords) {
    for (const m of key.matchAll(pattern)) {
      const after = key.slice(m.index + m[0].length, m.index + m[0].length + 48);
      const before = key.slice(Math.max(0, m.index - 12), m.index);
      // "食品科学与工程相关专业，本科": a level alone in the last clause of its line states the floor.
      const lastClause = /^[^\S\n]*(?:\n|$)/.test(after) && /[,;、]\s*$/.test(before);
      if (!qualificationNames.test(m[0]) && !educationContext.test(after) && !educationContextBefore.test(before) && !lastClause) continue;
      // "國內外大學化工相關研究所碩士畢業", "大学博士学位": 大学 names the school a higher degree is taken at, not a level.
      if (/^大学/.test(m[0]) && /^[^,;。\n]{0,24}?(?:硕士|博士|研究所|研究生)/.test(key.slice(m.index + m[0].length))) continue;
      const rest = key.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const clauseEnd = rest.search(/[,;。\n]/);
      // "Any Graduate (B.Com preferred)": a preference inside a bracket right after the level is of what the bracket names (a
      // major), not of the level; "Degree (preferred)" names nothing else and prefers the degree.
      const clause = (clauseEnd >= 0 ? rest.slice(0, clauseEnd) : rest).replace(/^\s*[(（]([^()（）]*)[)）]/, (b, inside: string) =>
        inside.replace(new RegExp(optionalMarkers.source, "g"), "").replace(/[^\p{L}\p{N}]/gu, "").length >= 2 ? "" : b);
      if (!optionalMarkers.test(clause)) required = lower(required, level);
    }
  }
  return required;
}

// Taiwan writes a field of study as 學系 or 系所: "土木工程、營建工程相關學系畢業".
// "資訊工程、電機工程或資訊管理相關領域", "資訊科學、電腦工程或相關範疇的學士學位", "化工、材料、化學相關研究所碩士畢業": a field
// of study may also be a related 领域 (field), 范畴 (Macau's domain), 学科 or 研究所 (graduate institute), always with 相关/相近.
// "國內外大學護理系畢業": a department (系) graduated from names its field too.
// "朝鲜语（韩语）专业": another name of the field in brackets may stand before 专业.
const majorPattern = /([^\s,;。:!?()]{2,60}?)(?:\s*\([^()]{1,10}\))?(?:等)?(?:(?:相关|相近|类)?(?:专业|科系|学系|系所)|(?:相关|相近)(?:领域|范畴|学科|研究所)|(?<![关体联派])系(?=毕业|(?:或|及)?以上毕业))/g;
/** Majors given as a field's value: "专业：财务管理、会计学", Taiwan's "科系要求：资讯工程相关", Hong Kong's "主修会计或财务". */
const majorLabel = /(?:^|\s)(?:所学专业|专业要求|专业|科系要求|科系)\s*[:\t]\s*|^\s*(?:所学专业|专业要求|专业|科系要求|科系)\s+(?=\S)|主修\s*/;
const majorLabelWords = /^(?:\d{1,2}\s*[、.]\s*)?(?:需求|所需|所学|招聘|要求|相关)$/;
const majorTail = /(?:等)?(?:相关|相近|类)?(?:专业|科系)?(?:优先|为佳|者优先)?$/;
const majorNoise = /^[◆◇●○■□▪•·*★☆>-]+|^\d{1,2}\s*[、.)]\s*(?=[\u4e00-\u9fff])|^(?:.*(?:学历|以上|毕业|学位|文化程度|水平|学校|大学|院校))|^(?:必须|须|需|要求|具备|具有)(?:是|为|具备|具有)?|(?<=、[^、]{1,10})等[\u4e00-\u9fff]{1,6}$|(?:或|及|等|相关|相近|类)+$/g;

/**
 * The fields after a qualification's name and "in": "a Bachelor's degree in geography, statistics or a closely related
 * field", "A PhD in physics, chemistry or materials science", "A tertiary qualification in GIS, geography or a related
 * discipline", "a Level 3 qualification (NVQ, HNC or apprenticeship) in electrical or mechatronic engineering". An aside
 * in brackets may stand before "in"; the list ends at "or (a) (closely) related …", at "required"/"preferred" or at the clause's end.
 */
const englishMajorsAfter =
  /(?:degree(?: holder)?|diploma|qualification|major|majoring|background|\bph\.?d\.?|\bdoctorate|\bmaster'?s|\bbachelor'?s|\bbs|\bba|\bbsc|\bms|\bmsc|b\.s\.|m\.s\.)(?: or (?:above|higher))?(?:\s+(?:programme|program|course|studies))?(?:\s*\([^()]{0,50}\))? in ([a-z][a-z ,/&-]{2,80}?)(?:,? or (?:a |any )?(?:closely |directly |other )?(?:related|similar|equivalent|relevant|allied|cognate)\b|\s+(?:required|preferred|is required)\b|\s+(?:is|are|would be)\s+(?:an?\s+)?(?:added\s+)?(?:advantage|plus|bonus|asset|desirable|preferred|required)\b|\s*\((?=[^()]*\b(?:accredited|approved|recogni[sz]ed|equivalent|hons|honou?rs|or above|full[- ]time|part[- ]time)\b)|\s+(?:and|with)\s+(?=\d|at least|a minimum)|\s+graduates?\b|[.;]|$)/g;

/** A degree or diploma's short name with its branch in brackets: "B.E. (Mechanical)", "B.Tech (ECE / EEE)", "Diploma (Tool & Die Making)". */
const degreeBranch = /(?<![a-z])(?:b\.?\s?e|b\.?\s?tech|m\.?\s?e|m\.?\s?tech|b\.?\s?sc|m\.?\s?sc|diploma|iti|hnd|degree)\.?\s*\(([a-z][a-z &/,.-]{2,60})\)/g;
const branchNoise = /^(?:hons|honours|or equivalent|equivalent|preferred|required|any|full[- ]time|part[- ]time|regular|or above|minimum|min)\b/;

/** Majors named before 专业, and whether they are required (plain or 必须) or only preferred (…优先). */
export function findMajors(lines: readonly Line[], fromRequirements: boolean): { majors: Requirements["education"]["majors"]; required: boolean } {
  const majors: string[] = [];
  let required = false;
  let preferredOnly = true;
  for (const line of lines) {
    // "专业不限，医学、药学背景者优先": beside a statement of schooling, a list of disciplines with 背景 names majors (preferred, or asked for).
    if (!/专业|学历|学位/.test(line.key)) continue;
    for (const clause of clauses([line])) {
      const m = /^\s*(?:有|具有|具备)?([\u4e00-\u9fff]{2,8}(?:[、/或及和][\u4e00-\u9fff]{2,8}){1,5})(?:等)?(?:相关)?(?:专业)?背景(?:者)?/.exec(clause.key);
      if (!m || /行业|企业|公司|经验|工作|项目/.test(m[1]!)) continue;
      const offset = m.index + m[0].indexOf(m[1]!);
      const names = splitList(clause.text.slice(offset, offset + m[1]!.length), m[1]!);
      majors.push(...names);
      if (names.length > 0 && !optionalMarkers.test(clause.key)) preferredOnly = false;
    }
  }
  for (const clause of clauses(lines)) {
    if (/专业不限|不限专业|科系不拘|不拘|\bany (?:major|discipline)\b/.test(clause.key) || new RegExp(waivedEducation.source).test(clause.key)) continue;
    const labelled = majorLabel.exec(clause.key);
    if (labelled && !new RegExp(majorPattern.source).test(clause.key.slice(labelled.index + labelled[0].length))) {
      const at = labelled.index + labelled[0].length;
      // A flattened form runs on into the next field: "专业:物流管理、国际贸易 经验:2年以上…".
      const stop = /\s+[^\s:]{1,8}:|\s{2,}/.exec(clause.key.slice(at));
      const to = stop ? at + stop.index : clause.key.length;
      const names = splitList(clause.text.slice(at, to), clause.key.slice(at, to))
        .map((n) => n.slice(0, n.length - (majorTail.exec(foldAligned(n))?.[0].length ?? 0)).trim())
        .filter((n) => n.length >= 2 && !/^(?:无|不限|不拘)$/.test(n));
      majors.push(...names);
      if (names.length > 0 && !optionalMarkers.test(clause.key)) preferredOnly = false;
      continue;
    }
    // Outside a requirements section, only a clause that is about education can name majors (not 专业培训 in a duty).
    const onlyMajor = /^\s*[^\s,;。]{2,12}(?:等)?(?:相关|相近|类)?(?:专业|科系|学系)(?=\s*(?:[,;。]|$))/.test(clause.key);
    if (!fromRequirements && !onlyMajor && !/学历|本科|大专|专科|硕士|毕业|学位|相关专业|专业优先|科系|学系|degree/.test(clause.key)) continue;
    for (const m of clause.key.matchAll(majorPattern)) {
      const raw = m[1]!;
      const after = clause.key.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (/知识|技能|能力|水平|素质|精神|培训|服务|技术支持|形象/.test(raw)) continue;
      if (/^(?:培训|知识|技能|水平|能力|素质|人员|化|性|术语|领域|技术|的(?!(?:学士|硕士|博士|学位|学历|本科|大专|文凭))|人士|服务|形象|操作|指导|资格|证|认证|考试|测验)/.test(after)) continue;
      // "博士學位須為…": one lead strips to the next ("博士学位" then "须为"); strip until none is left.
      let cleaned = raw;
      for (let was = ""; was !== cleaned; ) (was = cleaned), (cleaned = cleaned.replace(majorNoise, ""));
      const offset = m.index + raw.indexOf(cleaned);
      // "1、需求专业：计算机、…": the label's own word is no major.
      const names = splitList(clause.text.slice(offset, offset + cleaned.length), cleaned).filter((n) => !majorLabelWords.test(foldAligned(n)));
      if (names.length === 0) continue;
      majors.push(...names);
      if (!optionalMarkers.test(clause.key)) preferredOnly = false;
    }
    // "a degree in a quantitative field (Statistics, Economics or similar)": the field's names are in brackets.
    // "Degree in Quantity Surveying (RICS-accredited)": a bracket saying which degree counts names no fields.
    const bracketed = /\bdegree(?: holder)? in [^()]{0,40}\((?![^)]*\b(?:accredited|approved|recogni[sz]ed|equivalent|hons|honou?rs|or above|full[- ]time|part[- ]time)\b)([^)]{3,80})\)/.exec(clause.key);
    // "a Computer Science degree": the major in Title Case before the word.
    const before = /\b((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+) degree\b/.exec(clause.text);
    // "BS Marine Transportation graduate", "BSc in Nursing graduate": the major between a degree's letters and "graduate".
    const graduate = /\b(?:BS|BSc|B\.S\.|BA|AB|BSBA|MS|MSc|MA)\s+(?:in\s+)?((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+) graduate\b/.exec(clause.text);
    for (const m of [bracketed, before, graduate]) {
      if (!m || (m === before && /^(?:A|An|The|Bachelor|Master|Associate|University|College)\b/.test(m[1]!))) continue;
      const offset = m.index + m[0].indexOf(m[1]!);
      const names = splitList(clause.text.slice(offset, offset + m[1]!.length), clause.key.slice(offset, offset + m[1]!.length)).filter((n) => !/^(?:or )?(?:similar|related|equivalent)$/i.test(n));
      majors.push(...names);
      if (names.length > 0 && !optionalMarkers.test(clause.key)) preferredOnly = false;
    }
    // "B.E. / B.Tech (Mechanical)", "Diploma (Mechanical / Tool & Die Making)": the branch is named in brackets after the degree.
    for (const m of clause.key.matchAll(degreeBranch)) {
      const offset = m.index + m[0].lastIndexOf(m[1]!);
      const names = splitList(clause.text.slice(offset, offset + m[1]!.length), m[1]!).filter((n) => /^[A-Z]/.test(n) && !branchNoise.test(foldAligned(n)));
      majors.push(...names);
      if (names.length > 0 && !optionalMarkers.test(clause.key)) preferredOnly = false;
    }
    if (bracketed) continue;
    // "an advanced university degree (master's degree or equivalent) in economics, …": an aside in brackets may stand before "in".
    for (const m of clause.key.matchAll(englishMajorsAfter)) {
      // "Background in healthcare or pharmacy" is a sector worked in; a background names a field of study only beside
      // schooling or a related discipline ("an academic background in statistics or a related field").
      if (/^background\b/.test(m[0]) && !/\b(?:degree|studies|study|academic|educational|education|qualification|diploma|graduate|major)\b|\brelated (?:field|discipline)\b/.test(clause.key)) continue;
      const offset = m.index + m[0].indexOf(m[1]!);
      const names = sharedHead(splitList(clause.text.slice(offset, offset + m[1]!.length), m[1]!));
      majors.push(...names);
      if (!optionalMarkers.test(clause.key)) preferredOnly = false;
    }
  }
  // "Qualification: M.Pharm / M.Sc. (Chemistry)": a degree's abbreviation may name its discipline, or hold it in brackets.
  for (const line of lines) {
    if (new RegExp(waivedEducation.source).test(line.key)) continue;
    const abbreviated = degreeDisciplines.filter((d) => d.degree.test(line.key)).map((d) => d.major);
    for (const m of line.key.matchAll(/\b[bm]\.\s?(?:sc|a|tech|e|eng)\b\.?\s*\((?!hons\b|honou?rs\b|or\b|equivalent\b)([a-z][a-z &]{2,40})\)/g)) {
      const offset = m.index + m[0].lastIndexOf(m[1]!);
      abbreviated.push(line.text.slice(offset, offset + m[1]!.length));
    }
    if (abbreviated.length === 0) continue;
    majors.push(...abbreviated);
    if (!optionalMarkers.test(line.key)) preferredOnly = false;
  }
  if (majors.length > 0) required = !preferredOnly;
  return { majors: oneLanguage([...new Set(majors)], lines).slice(0, 50), required };
}

const hanScript = /[\u3400-\u9fff]/;

/**
 * "主修英國語文或英語語言學" / "majoring in English or English Linguistics": a bilingual ad states its majors in each language,
 * Chinese in a line of Chinese and English in a line of English alone. They are the same majors once, as first written.
 */
function oneLanguage(majors: string[], lines: readonly Line[]): string[] {
  const chinese = majors.filter((m) => hanScript.test(m));
  const english = majors.filter((m) => !hanScript.test(m));
  if (chinese.length === 0 || english.length === 0) return majors;
  const firstLine = (names: string[], ofEnglish: boolean) => lines.findIndex((l) => hanScript.test(l.text) !== ofEnglish && names.some((n) => l.text.includes(n)));
  const onlyIn = (names: string[], ofEnglish: boolean) => names.every((n) => lines.every((l) => !l.text.includes(n) || hanScript.test(l.text) !== ofEnglish));
  if (!onlyIn(english, true) || !onlyIn(chinese, false)) return majors;
  return firstLine(chinese, false) < firstLine(english, true) ? chinese : english;
}

/**
 * "electrical or mechatronic engineering" names two engineering disciplines: a one-word qualifier (electrical,
 * civil, chemical) before the last name takes that name's head noun. "physics or materials science" keeps physics.
 */
function sharedHead(names: string[]): string[] {
  const head = /\s((?:engineering|technology|science|sciences|studies|management))$/i.exec(names.at(-1) ?? "")?.[1];
  if (!head) return names;
  return names.map((n, i) => (i < names.length - 1 && /^[a-z]+(?:al|ic|il)$/i.test(n) ? `${n} ${head}` : n));
}

/** Splits "市场营销、企业管理" / "Computer Science, Engineering or Math" into names in original script. */
export function splitList(text: string, key: string): string[] {
  // "Library and Information Science" is one discipline: its "and" is no separator.
  const masked = key.replace(compoundDisciplines, (m) => m.replace(/\band\b/g, "&&&"));
  return splitFolded(text, masked, nameListSeparators)
    .map((p) => p.text.trim())
    .filter((p) => p.length >= 2 && p.length <= 40);
}

// "计算机科学与技术", "机械设计制造及其自动化" are one major each: 与 before a discipline's head word, and 及其, do not split.
// "桥梁与隧道工程", "数据科学与大数据技术": two fields joined by 与 under one 工程/技术 head are one engineering discipline too.
const nameListSeparators =
  /、|,|\/|;|或者|或|以及|及(?!其)|和|与(?!(?:技术|工程|工艺|管理|系统|信息系统|控制|应用|自动化|[\u4e00-\u9fff]{1,4}?(?:工程|技术))(?:[、,/;]|$|等|相关|相近|专业|类))|\band\b|\bor\b/g;
