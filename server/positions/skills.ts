import {
  abilityPattern,
  certificateGiven,
  certificateLeads,
  certificationListLabel,
  certificationPatterns,
  englishSkillsPattern,
  languageCanonicalNames,
  languagePatterns,
  languageShortForms,
  nonCertificates,
  latinNonSkills,
  skillCues,
  skillListLabel,
} from "./data/requirements.js";
import type { Line } from "./items.js";
import { clauses } from "./clauses.js";
import { foldAligned, foldKey } from "../text/fold.js";
import { skillName } from "./skill-name.js";
import { sectionHeadings } from "./data/sections.js";
import { fieldLabels } from "./data/labels.js";
import { isKnownSkill } from "../matching/skills.js";
import { type FoldedPiece, splitFolded } from "../text/split-folded.js";
import { isSkillName } from "./skill-score.js";
import type { SkillSource } from "./data/skill-evidence.js";
import { clauseOptional, optionalAt } from "./optional.js";

export type Item = { name: string; required: boolean };

/** A section's or a field's own name (語言能力, 技能要求) heads skills; it is not one. */
const ownNames = new Set([...sectionHeadings.map((h) => h.key), ...fieldLabels.map((l) => l.label)]);

type Span = { start: number; end: number; source: SkillSource };

/** An adjective rating what follows, at a clause's start: "- Strong Python and SQL", "…, solid Terraform,", "Strong Rust (or C++…)", "Hands-on Playwright experience". */
const ratedNames =
  /(?:^\s*(?:\d{1,2}\s*[、.)]\s*)?(?:[-•*]\s*)?|[,;]\s*(?:and\s+)?)(?:strong|solid|good|excellent|advanced|deep|proven|working|hands-on|expert)\s+([a-z][\w+#./&-]*(?:(?:,\s*|\s+and\s+|\s*&\s*|\s+)[a-z][\w+#./&-]*){0,4}?)(?=\s*(?:[,;.(]|experience\b|$))/g;
/** A name is known or written as one (Terraform, AWS); "strong communication" is a phrase unless the table knows it. */
const named = (p: { text: string; key: string }) => isKnownSkill(p.key.trim()) || /^[A-Z][\w+#.-]*$/.test(p.text.trim());

/** What a language's ability is said in after its name: 中英文書寫能力, 英语口语, 日语听说读写水平. */
const languageAbility = /(?:书写|口语|听说读写|读写|听说|写作|表达|沟通)?(?:能力|水平)?$/;

/** A name of up to three words heading a clause (after a rating adjective), then a preference for it: "SAP experience would be a bonus". */
const preferredNames =
  /(?:^\s*(?:[-•*]\s*)?|[;,]\s*)(?:(?:basic|some|good|solid|strong)\s+)?([a-z][\w+#./-]*(?:\s+[a-z0-9][\w+#./-]*){0,2}?)(\s+(?:(?:experience|knowledge|skills?)\s+)?(?:would be (?:a bonus|an advantage|a plus|nice|useful)|is (?:a plus|a bonus|an advantage|desirable|preferred)|(?:highly )?desirable|(?:(?:is |are )?(?:highly|well) )regarded|preferred|a plus|an advantage)\b)/g;
/** Every word written as a name is (Sage 200, SAP, Google Sheets), or the alias table knows it. */
const writtenAsName = (text: string, key: string) => isKnownSkill(key.trim()) || text.trim().split(/\s+/).every((w, i) => /^[A-Z][\w+#.-]*$/.test(w) || (i > 0 && /^\d[\w.-]*$/.test(w)));

const languageNames = languagePatterns.map((p) => new RegExp(`^(?:${p.source})$`));
const languageInside = languagePatterns.map((p) => new RegExp(p.source));
/** "中英文書寫能力", "英语口语", "英文口語及書寫能力": a language (or two written together, 中英文) and what is done in it. */
const isLanguageAbility = (key: string, clause: string) => {
  const rest = key.replace(languageAbility, "");
  // "中英文口語及書寫能力": the ability alone, after the languages it is said of.
  if (rest.length === 0) return /^(?:书写|口语|听说读写|读写|听说|写作)/.test(key) && languageInside.some((l) => l.test(clause));
  return rest.length <= 4 && rest !== key && languageInside.some((l) => l.test(rest));
};

function addItem(list: Item[], name: string, required: boolean): void {
  const key = foldKey(name);
  const existing = list.find((i) => foldKey(i.name) === key);
  if (existing) existing.required ||= required;
  else list.push({ name, required });
}

/** Trims noise words from both ends of a folded span and returns the original-script name. */
function cleanName(text: string, key: string): string | null {
  let from = 0;
  let to = key.length;
  for (let changed = true; changed; ) {
    changed = false;
    const k = key.slice(from, to);
    const lead = /^(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.]|[一二三四五六七八九十]{1,2}、|[-•·・*◆◇■□●○▪▫►▶✓✔★☆※→]|良好的?|较强的|很强的|出色的|优秀的|一定的|较好的|强烈的|相关的?|各类|各种|常用的?|基本的?|一点|一些|些许|少许|以及|及|和|与|并|的|如|包括|使用|运用|操作|掌握|\s|a |an |the |e\.g\.?\s|i\.e\.?\s|such as )+/.exec(k);
    if (lead) (from += lead[0].length), (changed = true);
    const tail = /(?:等.{0,8}|者|的|相关知识|知识|技能|工作|方面|\s)+$/.exec(key.slice(from, to));
    if (tail && tail[0].length < to - from) (to -= tail[0].length), (changed = true);
  }
  const name = text.slice(from, to).trim();
  const k = key.slice(from, to).trim();
  if ((k.length < 2 && !isKnownSkill(k)) || k.length > 30) return null;
  if (/^(?:工作|能力|业务|知识|经验|要求|以上|学历|优先|的|知识能力|技能要求|能力要求)$/.test(k) || /\d+年|学历|专业$|要求$/.test(k)) return null;
  return name.replace(/[:：]$/, "");
}

/**
 * List separators; "and"/"or" only as whole words in any script (Decléor holds an "or" after é); a slash between two single
 * letters, or a letter and a digit, is part of a name (A/B实验, I/O, 金蝶K/3).
 */
const skillListSeparators = /、|,|\/(?!(?<=(?<![a-z0-9])[a-z]\/)[a-z0-9](?![a-z0-9]))|以及|及|和|与|(?<![\p{L}\p{N}])(?:and|or)(?![\p{L}\p{N}])|或/gu;

/**
 * "the World Bank Environmental and Social Framework", "Economic and Monetary Union": two capitalised adjectives joined
 * before the capitalised noun they share are one name; that "and" is no list separator.
 */
const sharedAdjectives = /\b[A-Z][a-z]+(?:al|ic|ive|ial|ary)\s+(and|&)\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+)/g;
const maskShared = (text: string, key: string) => {
  let masked = key;
  for (const m of text.matchAll(sharedAdjectives)) {
    const at = m.index + m[0].lastIndexOf(m[1]!);
    masked = masked.slice(0, at) + "\u0001".repeat(m[1]!.length) + masked.slice(at + m[1]!.length);
  }
  return masked;
};

/** "TCP/IP", "CI/CD", "PL/SQL": a name the alias table knows with a slash in it is one name; its slash is no list separator. */
const maskKnownSlashes = (key: string) => key.replace(/(?<![a-z0-9+#.-])[a-z0-9+#.-]+(?:\/[a-z0-9+#.-]+)+/g, (m) => (isKnownSkill(m) ? m.replace(/\//g, "\u0002") : m));

/** Splits a folded span on list separators, yielding original-script pieces. */
const pieces = (text: string, key: string) =>
  splitFolded(text, maskKnownSlashes(maskShared(text, key)), skillListSeparators).map((p) => ({
    text: p.text,
    key: p.key.replace(/\u0001{3}/g, "and").replace(/\u0001/g, "&").replace(/\u0002/g, "/"),
  }));

/** Where a cue's object ends: a clause stop, a preference, the 能力/经验 it is the object of, the purpose it is used for ("使用Cadence Virtuoso进行电路设计"). */
const cueObjectEnd = /;|。|:|进行|用于|\s(?:is|are|would be|will be)\b|优先|更佳|者佳|为佳|加分|\bis a plus\b|\bpreferred\b|\bnice to have\b|的(?:能力|经验)|能力|经验|$/;

/** The spans of a clause that may name skills, each with how it was found. */
function skillSpans(clause: Line): Span[] {
  const key = clause.key;
  // A certificate field's value names certificates (read by findCertifications), not tools.
  if (certificationListLabel.test(key)) return [];
  const spans: Span[] = [];
  const overlaps = (start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
  for (const m of key.matchAll(skillCues)) {
    const start = m.index + m[0].length;
    let end = start + Math.max(0, key.slice(start).search(cueObjectEnd));
    // "Knowledge of MYOB and MS Excel 熟悉MYOB及Excel": an English cue's object ends where the Chinese version begins.
    const chineseAt = /[a-z]/.test(m[0]) ? key.slice(start, end).search(/[\u4e00-\u9fff]/) : -1;
    if (chineseAt > 0) end = start + chineseAt;
    spans.push({ start, end, source: /^experience in\b/.test(m[0]) ? "domainCue" : "cue" });
  }
  const listed = skillListLabel.exec(key);
  if (listed) spans.push({ start: listed[0].length, end: key.length, source: "list" });
  // "具备较强的沟通能力、团队领导能力" and "具备财务、法律等方面的知识": the list before the last 能力/知识.
  for (const noun of ["能力", "知识"]) {
    const last = key.lastIndexOf(noun);
    if (last <= 0) continue;
    const cue = abilityPattern.exec(key.slice(0, last));
    if (!cue && noun === "知识") continue;
    const start = cue ? cue.index + cue[0].length : key.length - key.trimStart().length;
    const end = noun === "能力" ? last + 2 : last;
    if (!spans.some((s) => start < s.end && s.start < last)) spans.push({ start, end, source: "ability" });
  }
  for (const m of key.matchAll(englishSkillsPattern)) spans.push({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length, source: "rated" });
  // "SQL skills" alone in a requirements list: a known name before "skills" is the skill.
  const bare = /^\s*(?:[-•*]\s*)?([a-z][\w+#. ]{0,30}?)\s+skills?\s*$/.exec(key);
  if (bare && isKnownSkill(bare[1]!) && spans.length === 0) spans.push({ start: bare[0].indexOf(bare[1]!), end: bare[0].length, source: "rated" });
  // "Strong Python and SQL", "Solid Terraform and AWS", "…experience, strong SQL, and…": an adjective before names.
  for (const rated of key.matchAll(ratedNames)) {
    const at = rated.index + rated[0].length - rated[1]!.length;
    const end = at + rated[1]!.length;
    const names = pieces(clause.text.slice(at, end), rated[1]!);
    if (!overlaps(at, end) && names.every(named)) spans.push({ start: at, end, source: "rated" });
  }
  // "SAP experience would be a bonus", "Sage 200 desirable", "basic HTML is a plus": a name heading a clause, then a preference.
  for (const m of key.matchAll(preferredNames)) {
    const at = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - m[2]!.length);
    const end = at + m[1]!.length;
    if (!overlaps(at, end) && writtenAsName(clause.text.slice(at, end), m[1]!)) spans.push({ start: at, end, source: "rated" });
  }
  // "3+ years of Solidity", "writing SQL and using Python or R": a name the table knows, written as a name, in plain prose.
  if (!/[\u4e00-\u9fff]/.test(key)) for (const known of knownNamesInProse(clause, spans)) spans.push(known);
  // Tools in a Chinese requirement are mostly written in Latin letters (AWS、GCP、Excel) whatever verb precedes them.
  // A clause of years ("3年以上Java开发经验") names the experience's field; a tool named there counts only on its own evidence.
  const ofYears = /\d\s*年/.test(key);
  if (/[\u4e00-\u9fff]/.test(key)) spans.push(...latinTools(key, spans).map((s) => (ofYears ? { ...s, source: "yearsTool" as const } : s)));
  return spans;
}

/**
 * "ERP系统（SAP MM模块优先）": what a bracket opened (or closed) in a list piece holds is a name of its own. A
 * bracket closed inside the piece around Latin text is part of the name: "User Experience (UX)", "FDA 510(k)".
 */
const unbracketed = (p: FoldedPiece): FoldedPiece[] =>
  !/[()]/.test(p.key) || (/^[^()]*\([^()\u4e00-\u9fff]*\)[^()]*$/.test(p.key) && bracketIsPart(p.key))
    ? [p]
    : splitFolded(p.text, p.key, /[()]/g).filter((q) => q.key.trim().length > 0);

/**
 * Whether a Latin bracket belongs to the name before it: a one- or two-character mark ("510(k)"), an acronym
 * of the words before it ("User Experience (UX)"), or words going on after it. A name of its own in brackets
 * after a name ("Python(pandas)", "AWS (Lambda)") is a second name.
 */
export function bracketIsPart(key: string): boolean {
  const m = /^([^()]*)\(([^()]*)\)([^()]*)$/.exec(key);
  if (!m) return true;
  const [, before, inside, after] = m as unknown as [string, string, string, string];
  const within = inside.trim();
  if (within.length <= 2 || /[a-z0-9]/.test(after) || before.trim().length === 0) return true;
  const initials = before.trim().split(/[\s-]+/).map((w) => w[0]).join("");
  return initials.length >= 2 && within.replace(/[^a-z]/g, "").startsWith(initials);
}

/** The action a Chinese list's last name ends in, shared by the bare nouns before it: 网络和服务器维护 → 网络维护, 服务器维护. */
const sharedHeads = /(?:维护|管理|开发|设计|测试|运维|营销|运营)$/;

function sharedHead(list: FoldedPiece[]): FoldedPiece[] {
  const last = list.at(-1);
  const head = last && /^[\u4e00-\u9fff]{3,}$/.test(last.key.trim()) ? sharedHeads.exec(last.key.trim()) : null;
  if (!head || list.length < 2) return list;
  const headText = last!.text.trim().slice(-head[0].length);
  return list.map((p) => (p !== last && /^[\u4e00-\u9fff]{2}$/.test(p.key.trim()) ? { text: p.text.trim() + headText, key: p.key.trim() + head[0] } : p));
}

/** The verbs of what is done with a cue's object, after 的 at its end: "…的设计与评估", "…的操作和维护", "…的使用". */
const objectActivities = /的(?:设计|评估|使用|操作|维护|应用|开发|分析|实施|搭建|部署|优化|调试|配置|测试|编写|制定|执行|落地|搭配|运用)(?:\s*(?:与|和|及|、|以及)\s*(?:设计|评估|使用|操作|维护|应用|开发|分析|实施|搭建|部署|优化|调试|配置|测试|编写|制定|执行|落地|搭配|运用))*\s*$/;

/** 等 after a list of two names or more, then their kind ("…等大型仪器的操作"); not 中等, 同等, 等级. */
const listClosed = /(?<=[、,][^、,]*)(?<![中高同平对初上下均次])等(?=[\u4e00-\u9fff]{2})(?!级|同|于)/;

/**
 * Skills from 熟悉/熟练掌握/精通…, 具备…能力, "experience with …", skill-list fields and Latin tool names,
 * each marked required or preferred. Every phrase read is a candidate; skill-score.ts weighs the evidence
 * that it names a skill (the alias table, its spelling, its length, whether it reads as a sentence).
 */
export function findSkills(lines: readonly Line[]): Item[] {
  return findStatedSkills(lines).map(({ name, required }) => ({ name, required }));
}

/** findSkills, each name marked `bare` when no clause asked for it by a cue or a label (prose, a run of tags). */
export function findStatedSkills(lines: readonly Line[]): (Item & { bare: boolean })[] {
  const skills: (Item & { bare: boolean })[] = [];
  // A name found only bare (in prose or a run of tags) says nothing of how much it counts; a clause that asks for it
  // by a cue or a label does. "Nice to have: Next.js" over a tag line "TypeScript  React  Next.js" leaves Next.js preferred.
  const stated = new Set<string>();
  const add = (name: string, required: boolean, bare: boolean) => {
    const key = foldKey(name);
    const existing = skills.find((i) => foldKey(i.name) === key);
    if (existing && !bare && !stated.has(key)) existing.required = required;
    else if (existing && bare === !stated.has(key)) existing.required ||= required;
    else if (!existing) skills.push({ name, required, bare });
    if (!bare) stated.add(key);
    if (existing && !bare) existing.bare = false;
  };
  for (const clause of clauses(lines)) {
    for (const span of skillSpans(clause)) {
      // "熟悉扫描电镜（SEM）、X射线衍射仪（XRD）等大型仪器的操作与维护": 等 closes the list of names; what follows is their kind.
      const closed = listClosed.exec(clause.key.slice(span.start, span.end));
      let end = closed && closed.index > 0 ? span.start + closed.index : span.end;
      // "熟悉A/B实验的设计与评估": what is done with the object (的 and its verbs) is no name of its own.
      const doneWith = objectActivities.exec(clause.key.slice(span.start, end));
      if (doneWith && doneWith.index >= 2) end = span.start + doneWith.index;
      for (const p of sharedHead(pieces(clause.text.slice(span.start, end), clause.key.slice(span.start, end)).flatMap(unbracketed))) {
        // "Nice to have: Next.js, experience with payroll": a piece holding its own cue is read by that cue's span.
        if (span.source === "list" && new RegExp(skillCues.source).test(p.key)) continue;
        const cleaned = cleanName(p.text, p.key);
        const name = cleaned === null ? null : skillName(cleaned);
        if (name === null || (name.length < 2 && !isKnownSkill(name)) || ownNames.has(foldKey(name))) continue;
        // "fluency in Figma" names a tool; "fluency in English" a language, listed under languages.
        // "日语能力考试N2以上": a language's ability is listed under languages too.
        if (languageNames.some((l) => l.test(p.key.trim()) || l.test(foldKey(name).replace(languageAbility, ""))) || isLanguageAbility(foldKey(name), clause.key)) continue;
        const at = Math.max(span.start, clause.key.indexOf(p.key, span.start));
        const required = !optionalAt(clause.key, at, at + p.key.length);
        if (isSkillName({ name, source: span.source, clause: clause.key })) add(name, required, span.source === "prose" || span.source === "latin");
      }
    }
  }
  return skills.slice(0, 200);
}

/** A run of up to three words each written as a name: a capital, a digit or a symbol in it ("Power BI", "SQL", "R", "Node.js"). */
// A stop after the run ends a sentence, not the name: "…on GitHub.**" names GitHub.
const nameRun = /(?<![\w+#.&/-])[A-Z0-9][\w+#.-]*(?:[ -][A-Z0-9][\w+#.-]*){0,2}(?<!\.)(?![\w+#&/-])/g;
/** What a tool's name heading a clause is followed by: "Airflow experience", "Python skills", or nothing. */
const skillNounAfter = /^\s*(?:(?:experience|skills?|knowledge|expertise|proficiency)\b|$)/i;

/** A clause about schooling names majors ("Degree holder in Marketing"); one of years "in" a field names that field ("2+ years in software QA"). */
const schoolingClause = /\b(?:degrees?|diplomas?|bachelor'?s?|master'?s?|majors?|majoring|graduates?|postgraduates?|studies|discipline)\b/i;
const fieldOfYears = /\byears?\s+(?:of\s+(?:\w+\s+)?experience\s+)?in\s+(?:[a-z]+\s+)?$/i;

/** Whether a bracket opened before `at` is still open there. */
const inBrackets = (text: string, at: number) => /[(（][^)）]*$/.test(text.slice(0, at));

/**
 * Names the alias table knows inside an English clause no cue read ("3+ years of Solidity", "…; Airflow
 * experience", "writing SQL and using Python or R"). The whole run of capitalised words must be the known name:
 * "Head Office" and "Oracle Health" are names of something else. A plain capitalised word (Word, Spring, Office)
 * heading the clause, where any word is capitalised, or heading an "… of …" name, counts only before a skill noun.
 */
function knownNamesInProse({ text, key }: Line, taken: readonly Span[]): Span[] {
  const found: Span[] = [];
  if (schoolingClause.test(text)) return found;
  const first = /[A-Za-z0-9]/.exec(text)?.index ?? 0;
  // A certificate's name (CPA) is read by findCertifications.
  const blocked = [...taken, ...certificateSpans(key)];
  // A list's commas and a sentence's stop end a run: "Strong Liquid, JavaScript and CSS".
  for (const m of text.replace(/[.,;:]+(?=\s|$)/g, (p) => " ".repeat(p.length)).matchAll(nameRun)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isKnownSkill(m[0]) || blocked.some((t) => start < t.end && t.start < end)) continue;
    const after = text.slice(end);
    // "PG: Any Postgraduate": a name before a colon labels its value. "(Cypress is fine too)": an aside in brackets offers an alternative.
    // "process mapping (BPMN)": a bracket holding the name alone names the notation or tool of what is before it.
    const bracketed = inBrackets(text, start) && !(/[(（]\s*$/.test(text.slice(0, start)) && /^\s*[)）]/.test(after));
    if (/^\s*:/.test(after) || fieldOfYears.test(text.slice(0, start)) || bracketed) continue;
    if (/^[A-Z][a-z]+$/.test(m[0]) && (start === first || /^\s+of\b/.test(after)) && !skillNounAfter.test(after) && !(start === first && namesOnly(text))) continue;
    // "at least 2 as Chef de Partie or above": a plain capitalised word after "as" names the role one served as.
    if (/^[A-Z][a-z]+$/.test(m[0]) && /\bas\s+(?:an?\s+)?$/i.test(text.slice(0, start))) continue;
    found.push({ start, end, source: "prose" });
  }
  return found;
}

/**
 * A requirement that is a list of known names and nothing else ("- Kubernetes and Terraform", "Ruby (our tooling is Rails)"):
 * its first word is a name like the rest, whatever else the word means.
 */
function namesOnly(text: string): boolean {
  const body = text.replace(/^\s*(?:[-•*·]\s*)?/, "").replace(/\s*\([^()]*\)\s*/g, " ").replace(/[.;]\s*$/, "").trim();
  const parts = body.split(/\s*(?:,|\/|&|\band\b|\bor\b)\s*/).filter((p) => p.length > 0);
  return parts.length > 0 && parts.every((p) => /^[A-Z0-9][\w+#.-]*(?:[ -][A-Z0-9][\w+#.-]*){0,2}$/.test(p) && isKnownSkill(p));
}

/** Where a certificate's or an exam's name stands in a clause (CPA, CET-6): findCertifications reads it, not findSkills. */
const certificateSpans = (key: string) => certificationPatterns.flatMap((p) => [...key.matchAll(p)].map((m) => ({ start: m.index, end: m.index + m[0].length })));

/** Latin-letter names outside the cue spans, certificates and exam names. */
function latinTools(key: string, taken: readonly Span[]): Span[] {
  if (!/[a-z]/.test(key)) return [];
  const blocked = [...taken, ...certificateSpans(key)];
  const found: Span[] = [];
  for (const m of key.matchAll(/(?<![a-z0-9@._-])[a-z][a-z0-9+#]*(?:[ .-][a-z0-9+#]+){0,2}(?![a-z0-9@_-])/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (latinNonSkills.test(m[0]) || blocked.some((b) => start < b.end && b.start < end)) continue;
    found.push({ start, end, source: "latin" });
  }
  return found;
}

/**
 * Items named by a table of patterns. Each pattern is one item (英语/英文/English are one language),
 * named as first written, or by its `canonical` name (by pattern index) where that is written too. With `cue`, only clauses stating a requirement count.
 */
function findByPatterns(
  lines: readonly Line[],
  patterns: readonly RegExp[],
  cue: RegExp | null,
  onePerPattern: boolean,
  skip?: (key: string, end: number, before: string) => boolean,
  canonical?: readonly string[],
): Item[] {
  const found: (Item & { pattern: number })[] = [];
  for (const line of lines) {
    const parts = clauses([line]);
    for (const [c, clause] of parts.entries()) {
      // The line's clauses before this one: what a clause that goes on ("包括中文及英文") goes on from.
      const before = parts.slice(0, c).map((p) => p.key).join(" ");
      if (cue && !cue.test(clause.key)) continue;
      // An earlier (more specific) pattern's match owns its text: "中级会计师职称" is not also "中级会计师".
      const taken: { start: number; end: number }[] = [];
      patterns.forEach((pattern, index) => {
        for (const m of clause.key.matchAll(pattern)) {
          const lead = (/^(?:及|和|与|或|要求|持有效|持有|持|具有|具备|具|取得|拥有|获得|考取|考获|通过|需要?|须|有|国家统一|全国统一)+/.exec(m[0]) ?? certificateLeads.exec(m[0]))?.[0].length ?? 0;
          const start = m.index + lead;
          const end = m.index + m[0].length;
          // "驾驶执照：普通重型机车驾照": a name followed by a colon is the field's label, not an item.
          if (taken.some((t) => start < t.end && t.start < end) || /^\s*:/.test(clause.key.slice(end)) || skip?.(clause.key, end, before)) continue;
          const required = !optionalAt(clause.key, start, end);
          const written = clause.text.slice(start, end).trim();
          const name = written.length === 1 ? (languageShortForms[clause.key.slice(start, end)] ?? written) : written;
          if (name.length < 2) continue;
          taken.push({ start, end });
          const same = found.find((f) => (onePerPattern ? f.pattern === index : foldKey(f.name) === foldKey(name)));
          if (same) same.required ||= required;
          else found.push({ name, required, pattern: index });
          // "用英文邮件处理…，英语四级以上": a language written in several forms of one script is named by its canonical one where
          // the text writes it; a bilingual ad's "English … 英語" keeps the name written first.
          const script = (n: string) => /[\u3400-\u9fff]/.test(n);
          if (same && canonical && foldKey(name) === foldKey(canonical[index] ?? "") && script(same.name) === script(name)) same.name = name;
        }
      });
    }
  }
  return found.slice(0, 50).map(({ name, required }) => ({ name, required }));
}

/** "新闻、中文等相关专业": a language named in a list of majors is a field of study. */
const inMajorList = (key: string, end: number) => /^(?:[、,/或及和与][^\s,;。、]{1,10})*(?:等)?(?:相关|相近|类)?专业/.test(key.slice(end));

/**
 * "GCSE level or equivalent, including English and Maths", "HKDSE Level 2 or above in five subjects including Chinese and
 * English", "香港中學文憑考試五科第二級或以上，包括中文及英文": a language named beside another school subject, or among an
 * exam's subjects, is a subject; a clause that goes on with "包括" / "including" goes on from the exam before it.
 */
const schoolSubjects = /\b(?:maths?|mathematics|science|gcses?|o-levels?|igcse|hkdse|subjects)\b|文凭考试|会考|[二三四五六七]科/;
const goesOn = /^\s*(?:包括|包含|including\b)/;

/** "to liaise with Chinese-speaking clients": a language said of the people the post serves is no ask of the applicant. */
const spokenByOthers = /^-speaking\s+(?:clients?|customers?|markets?|communit(?:y|ies)|countries|regions?|partners?|guests?|patients?|suppliers?|visitors?|families|students|audiences?)\b/;

export const findLanguages = (lines: readonly Line[], cue: RegExp | null = null): Item[] =>
  findByPatterns(
    lines,
    languagePatterns,
    cue,
    true,
    (key, end, before) => inMajorList(key, end) || schoolSubjects.test(key) || (goesOn.test(key) && schoolSubjects.test(before)) || spokenByOthers.test(key.slice(end)),
    languageCanonicalNames,
  );
/** A preference or requirement said after a certificate's name. */
const certificateMarker = /\s*(?:者?优先(?:考虑)?|者?为佳|者佳|更佳|尤佳|(?:is |are |would be )?(?:a plus|preferred|required|desirable|an advantage|a bonus)|\((?:preferred|required)\))\s*[.。!]?$/;

export function findCertifications(lines: readonly Line[], cue: RegExp | null = null): Item[] {
  const found: Item[] = [];
  // "具備證照：品質工程師（CQE）": a certificate field's value names its certificates, whatever their words.
  for (const clause of clauses(lines)) {
    const label = certificationListLabel.exec(clause.key);
    if (!label) continue;
    const required = !clauseOptional(clause.key);
    const at = label[0].length;
    for (const p of splitFolded(clause.text.slice(at), clause.key.slice(at), /、|,|;|\/|及|和|或|\band\b|\bor\b/g)) {
      const name = p.text.trim();
      if (name.length >= 2 && !/^(?:无|不限|none|n\/a)$/i.test(p.key.trim())) addItem(found, name, required);
    }
  }
  // A name a pattern finds inside a field's value ("CQE" in 品質工程師（CQE）) is that value's certificate.
  const listed = [...found];
  const named = findByPatterns(lines, certificationPatterns, cue, false, (key) => certificateGiven.test(key));
  for (const c of named) if (!listed.some((f) => foldKey(f.name).includes(foldKey(c.name)) || foldKey(c.name).includes(foldKey(f.name)))) found.push(c);
  // "a valid card" names no certificate: the noun alone is none.
  // "证书：叉车证优先", "AWS Certified Data Analytics is a plus": the marker says how much it counts, not what it is called.
  for (const c of found) {
    const marker = certificateMarker.exec(foldAligned(c.name));
    if (marker && marker.index >= 2) c.name = c.name.slice(0, marker.index).trim();
  }
  return found.filter((c) => !nonCertificates.test(foldKey(c.name)) && !/^(?:card|ticket|registration|accreditation|certificate|certification|licen[cs]e)$/.test(foldKey(c.name)));
}
