import {
  departmentSuffixes,
  nonRoleEndings,
  nonTitleStarts,
  titleStartWords,
  roleSuffixes,
  sectionTitles,
  countedObject,
  countedRoles,
  functionWordEnding,
  titlePrefixes,
  titleSuffixes,
  titleTrailers,
  titleTags,
  translatedName,
  seniorityLevels,
  jobCategories,
  headcountQualifier,
  workTermQualifier,
  recruitingRole,
  englishDepartments,
} from "./data/headings.js";
import { sectionHeadings } from "./data/sections.js";
import { places, salaryPattern } from "./data/line-vocabulary.js";
import { fieldLabels } from "./data/labels.js";
import { foldAligned, foldKey } from "../text/fold.js";

/** A title in the document's own script (`text`) with its folded key; both the same length. */
export type TitleText = { text: string; key: string };

const han = /[\u3400-\u9fff]/;
/** "数据分析师（北京/上海）": a qualifier naming only places. */
const placesOnly = new RegExp(`^(?:${places.join("|")})(?:市)?(?:[/、,](?:${places.join("|")})(?:市)?)*$`);
const postingFact = (part: string) =>
  placesOnly.test(part) || /^(?:远程|在家办公|全职|兼职|remote|hybrid|on[- ]site|full[- ]time|part[- ]time|eu|emea|apac|latam|americas|europe|us|usa|uk|worldwide|anywhere|global)$/.test(part) || salaryPattern.test(part) || headcountQualifier.test(part) || workTermQualifier.test(part);
/**
 * "（北京 / 远程，40-70K·15薪）", "(Berlin, remote)", "(Remote, EU)": a qualifier listing where, how and for what pay the
 * post is worked. Of three or more parts opening with such a fact, a place the vocabulary lacks after them ("part-time, remote,
 * Australia") leaves it one; "(Platform, remote, US)" names a team first.
 */
const postingFactsOnly = (q: string) => {
  // "£26,500": a comma between a figure's digits parts nothing.
  const parts = q.split(/\s*(?:[,，](?!\d{3}(?!\d))|[;；/、|·])\s*(?![\d]{2}\s*薪)/);
  const facts = parts.filter(postingFact).length;
  return facts === parts.length || (parts.length >= 3 && postingFact(parts[0]!) && facts > parts.length / 2 && parts.every((p) => postingFact(p) || /^[a-z][a-z .'-]{1,24}$|^[\u4e00-\u9fff]{2,6}$/.test(p)));
};
const sentencePunctuation = /[。，,；;！!？?:：()（）“”"《》、【】\[\]|]/;
const sectionKeys = new Set(sectionHeadings.map((s) => s.key));
/** A form's field name (岗位定员, 岗位编号, 晋升通道) is never the position's name. */
const fieldNames = new Set(fieldLabels.map((l) => l.label));

function cut(t: TitleText, from: number, to: number): TitleText {
  return { text: t.text.slice(from, to), key: t.key.slice(from, to) };
}

function trimmed(t: TitleText): TitleText {
  const lead = t.key.length - t.key.trimStart().length;
  const tail = t.key.trimEnd().length;
  return cut(t, lead, Math.max(lead, tail));
}

/** Whether a part of a headline set apart by a bar states only where, how or for what pay the post is worked ("上海", "20-35K·14薪", "Remote"). */
export const statesPostingFacts = (part: string) => postingFact(part.trim()) || postingFactsOnly(part.trim());

/** A part of a dash-set tail that may stand beside the posting facts: a short place name, however qualified ("Brisbane CBD", "Remote (QLD based)"). */
const placeLike = (part: string) => /^(?:[a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,2}|[\u4e00-\u9fff]{2,6})$/.test(part.replace(/\s*[(（][^()（）]{1,40}[)）]$/, ""));
const tailFact = (part: string) => postingFact(part) || postingFactsOnly(part) || postingFact(part.replace(/\s*[(（][^()（）]{1,40}[)）]$/, ""));
/**
 * Where a headline's dash-set tail of posting facts begins: "Data Engineer - Permanent - Brisbane CBD (hybrid)",
 * "Business Analyst – 6 month contract – Remote", "数据工程师 - 全职 - 上海". Every part after the name is where, how or
 * on what term the post is worked, a place the vocabulary lacks allowed beside at least one such fact; "Software
 * Engineer - Payments" names a team and keeps it.
 */
function postingTailAt(key: string): number {
  const seps = [...key.matchAll(/\s+[-–—|｜]\s+/g)];
  for (const sep of seps) {
    const parts = key.slice(sep.index + sep[0].length).split(/\s+[-–—|｜]\s+/);
    if (parts.some(tailFact) && parts.every((p) => tailFact(p) || placeLike(p))) return sep.index;
  }
  return -1;
}

/**
 * A name without a bracketed qualifier at its end that states only posting facts: "VOLUNTEER COORDINATOR (part-time, 20
 * hours a week, £13.10 per hour)" → "VOLUNTEER COORDINATOR", nor a dash-set tail of them ("Data Engineer - Permanent -
 * Brisbane"). How long a heading's name is, is measured on this.
 */
export function withoutPostingQualifier(key: string): string {
  const tail = postingTailAt(key);
  if (tail > 0) return key.slice(0, tail);
  const q = /\s*[(（]([^()（）]{2,60})[)）]$/.exec(key);
  return q && q.index > 0 && postingFactsOnly(q[1]!) ? key.slice(0, q.index) : key;
}

/** Strips decorations around a position name: 最新…, …岗位职责说明书, …范本(资料), …(1), trailing 的. */
export function normalizeTitle(raw: TitleText): TitleText {
  let t = trimmed(raw);
  for (let changed = true; changed; ) {
    changed = false;
    const prefix = titlePrefixes.exec(t.key);
    if (prefix && prefix[0].length > 0 && prefix[0].length < t.key.length) (t = cut(t, prefix[0].length, t.key.length)), (changed = true);
    const tag = titleTags.exec(t.key);
    if (tag && tag.index > 0) (t = cut(t, 0, tag.index)), (changed = true);
    // "*Senior Data Engineer* (Platform, remote US)": the emphasis closes the name; what follows qualifies it.
    const closed = /(?:\*{1,2}|_{1,2})(?=\s*[(（,，\-–—|])/.exec(t.key);
    if (closed && closed.index > 0) (t = cut(t, 0, closed.index)), (changed = true);
    // "Data Engineer - Permanent - Brisbane CBD": the facts set after a dash are the posting's, not the name's.
    const tail = postingTailAt(t.key);
    if (tail > 0) (t = cut(t, 0, tail)), (changed = true);
    // "数据分析师（北京/上海）": where the post is, not what it is.
    const place = /\s*[(（]([^()（）]{2,60})[)）]$/.exec(t.key);
    if (place && place.index > 0 && (placesOnly.test(place[1]!) || postingFactsOnly(place[1]!))) (t = cut(t, 0, place.index)), (changed = true);
    const translated = translatedName.exec(t.key);
    // "供应商质量工程师（SQE）": an acronym in capitals is the post's own short name, not a translation.
    if (translated && !/^\s*[(（][A-Z0-9]{2,6}[)）]$/.test(t.text.slice(translated.index))) (t = cut(t, 0, translated.index)), (changed = true);
    const trailer = titleTrailers.exec(t.key);
    if (trailer && trailer[0].length > 0 && trailer.index > 0) (t = cut(t, 0, trailer.index)), (changed = true);
    const suffix = titleSuffixes.find((s) => t.key.endsWith(s) && t.key.length > s.length);
    if (suffix) (t = cut(t, 0, t.key.length - suffix.length)), (changed = true);
    for (const end of ["的", ":", "-", "—", "–", "岗位", "职位", "岗", "】", "]", "》", "”", '"', "*", "★"]) {
      // "会计岗" is 会计; "风险管理岗" names its post only with the 岗.
      if (end === "岗" && !hasRoleSuffix(t.key.slice(0, -1))) continue;
      if (t.key.endsWith(end) && t.key.length > end.length + 1) (t = cut(t, 0, t.key.length - end.length)), (changed = true);
    }
    // "财富管理部　投资顾问", "研发中心 - 测试工程师": a department named before the post, set apart by a space or a
    // dash, is where the post sits; the post is the name. "销售部 经理": a bare role word after it names the department's
    // head, read as one name (销售部经理). "人資部 招募專員" under a letter's signature is who writes it: an HR department's
    // own line is left to read as the contact it is.
    // "【研发中心】算法工程师 2人", "[製造課]作業員": a department in brackets before the post is where it sits too.
    const bracketed = bracketedUnit.exec(t.key);
    if (bracketed && isDepartment(bracketed[1]!) && !recruitingRole.test(bracketed[1]!) && isPositionName(t.key.slice(bracketed[0].length), "strict")) {
      t = cut(t, bracketed[0].length, t.key.length);
      changed = true;
    }
    // "Engineering — Backend Engineer", "Finance | Senior Accountant": an English function named before the post is its department.
    const function_ = englishDepartmentLead.exec(t.key);
    if (function_ && isEnglishDepartment(function_[1]!) && isPositionName(t.key.slice(function_[0].length), "strict")) {
      t = cut(t, function_[0].length, t.key.length);
      changed = true;
    }
    const unit = departmentLead.exec(t.key);
    const role = unit ? t.key.slice(unit[0].length) : "";
    // "生产技术组 工程师（工程技术职）": a short qualifier after the post leaves it the post.
    if (unit && isDepartment(unit[1]!) && !recruitingRole.test(unit[1]!) && hasRoleSuffix(role.replace(/\s*[(（][^()（）]{1,10}[)）]$/, ""))) {
      t = roleSuffixes.includes(role.trim())
        ? { text: t.text.slice(0, unit[1]!.length) + t.text.slice(unit[0].length), key: unit[1]! + role }
        : cut(t, unit[0].length, t.key.length);
      changed = true;
    }
    t = trimmed(t);
  }
  return t;
}

/** A department's name in brackets leading a title (its opening bracket may be cut already as a decoration). */
const bracketedUnit = /^[【\[〔［]?([\u3400-\u9fff][^【】\[\]〔〕［］\s]{1,19})[】\]〕］]\s*(?=\S)/;
/** A Chinese department's name leading a title, then a space or a dash before what follows. */
const departmentLead = /^([\u3400-\u9fff][^\s|｜·–—-]{1,19}?)(?:\s+|\s*[|｜·–—-]\s*)(?=\S)/;

/** An English function or unit named before a post, then a dash, a bar or a colon: "Engineering — ", "Finance | ". */
const englishDepartmentLead = /^([a-z][a-z&/ ]{0,40}?)\s*(?:[—–|｜:]|\s-)\s*(?=[a-z])/;

/** "Engineering", "Customer Success", "Platform Team", "Finance Department": an English department's name (folded). */
export function isEnglishDepartment(key: string): boolean {
  const k = key.trim().replace(/\s+/g, " ");
  if (englishDepartments.includes(k)) return true;
  const unit = /^([a-z][a-z&/ ]{1,40}?)\s+(?:department|dept\.?|team|division)$/.exec(k);
  return unit !== null && !hasRoleSuffix(unit[1]!);
}

export function isDepartment(key: string): boolean {
  const k = key.trim();
  if (k.length < 2 || k.length > 20 || sentencePunctuation.test(k) || /^[\d.]/.test(k)) return false;
  return departmentSuffixes.some((s) => key.endsWith(s)) && !hasRoleSuffix(key);
}

function hasRoleSuffix(key: string): boolean {
  const k = key.replace(/s$/, "");
  // "韩语翻译兼总务", "会计兼出纳", "司机兼保安": two posts held by one person name a post when the first is one.
  const combined = /^(.{2,12}?)兼(?!职|任|顾)(.{2,12})$/.exec(k);
  if (combined && hasRoleSuffix(combined[1]!)) return true;
  return roleSuffixes.some((s) => k.endsWith(s)) && !nonRoleEndings.some((s) => k.endsWith(s));
}

/**
 * Whether a heading's text can be a position name. "strict" (bare lines, inline numbering) demands a
 * role word at the end (经理, 专员, Engineer…); "suffixed" headings (…岗位职责) and "label" values
 * (岗位名称:…) only need to look like a name rather than a sentence, a section or a department.
 */
export type NameEvidence = "strict" | "suffixed" | "label";

/** "u/tidewater_cto", "@fernwood_dev", "fernwood_dev": a forum or chat user's handle names a person, whatever word it ends in. */
const userHandle = /(?:^|\s)(?:u\/|@)\w|\w_\w/;

/**
 * "Line manage two Senior Executive Officers": a count before plural roles is a duty's object. "Owner\tHannah Ortiz":
 * a row of cells (a page's property, its label and value) is not a name either.
 */
function englishName(k: string): boolean {
  if (countedRoles.test(k) || k.includes("\t") || userHandle.test(k)) return false;
  return k.split(/[\s,/-]+/).some((w) => hasRoleSuffix(w));
}

/** A span of a title's key (and of its text: both the same length). */
export type Span = { at: number; length: number };

const kana = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/;
const hanOrKana = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u9fff\uff66-\uff9f]/;
type Script = "latin" | "han" | "kana";
/** The script a form of a name is written in: kana marks Japanese, any Han Chinese, else Latin letters. */
function scriptOf(part: string): Script | null {
  if (kana.test(part)) return "kana";
  if (han.test(part)) return "han";
  return /[a-z]/i.test(part) ? "latin" : null;
}
/** A Chinese or Japanese form holds Latin only inside its words ("BMS软件工程师", "物理治療師II"), not as words of its own beside them. */
const compactHan = (part: string) => part.split(/\s+/).every((w) => hanOrKana.test(w) || /^[(]/.test(w));
/** What parts two forms of a name: a slash or bar (spaced or not), a tab, spaces, or a bracket holding the second form. */
const formSeparator = /\s*[/|]\s*|\t+|\s+|(?<=\S)(?=\([^()]+\)\s*$)/g;

/**
 * The two forms of a title line naming one post in two scripts: "Quality Engineer 质量工程师", "销售工程师 Sales Engineer",
 * "Museum Assistant（博物館助理）", "生产技术工程师 / 生産技術エンジニア". Each form names a role on its own, in one script
 * (a Chinese form may hold Latin inside its words): "Java开发工程师", "SAP ABAP顾问", "Golang 后端开发工程师" are one name,
 * their Latin part naming no role. `sameScript`: in a document written in Chinese and Japanese, "总经理助理 / 社長秘書"
 * (two names parted by a spaced slash or bar) is one post's two forms too, though no kana tells the Japanese one apart.
 */
export function twoForms(key: string, sameScript = false): { first: Span; second: Span } | null {
  for (const m of key.matchAll(formSeparator)) {
    const leftEnd = m.index;
    let from = m.index + m[0].length;
    let to = key.trimEnd().length;
    const left = key.slice(0, leftEnd).trim();
    let right = key.slice(from, to);
    if (left.length === 0 || right.length === 0) continue;
    const bracketed = /^\(([^()]+)\)$/.exec(right);
    if (bracketed) (from += 1), (to -= 1), (right = bracketed[1]!);
    const a = scriptOf(left);
    const b = scriptOf(right);
    if (!a || !b) continue;
    const slashed = /^\s+[/|]\s+$/.test(m[0]);
    const scripts = a !== b || (sameScript && slashed && a !== "latin");
    if (!scripts) continue;
    if ((a !== "latin" && !compactHan(left)) || (b !== "latin" && !compactHan(right))) continue;
    if (!isPositionName(left, "strict") || !isPositionName(right.trim(), "strict")) continue;
    const lead = key.length - key.trimStart().length;
    return { first: { at: lead, length: left.length }, second: { at: from, length: to - from } };
  }
  return null;
}

/**
 * A position's title when its line names the post in two scripts: the first form, as the document writes it first
 * (which is also the form the other language's copy of a bilingual posting goes back to). `sameScript` as in twoForms.
 */
export function firstForm(title: string, sameScript = false): string {
  const key = foldAligned(title);
  if (key.length !== title.length) return title;
  const forms = twoForms(key, sameScript);
  return forms ? title.slice(forms.first.at, forms.first.at + forms.first.length).trim() : title;
}

/** Whether a document is written in Japanese beside Chinese: it holds kana. */
export const holdsKana = (key: string) => kana.test(key);

export function isPositionName(key: string, evidence: NameEvidence): boolean {
  const k = key.trim();
  // "Quality Engineer 质量工程师", "生产技术工程师 / 生産技術エンジニア": one post named in two scripts is a name.
  if (twoForms(k, true)) return true;
  // "Administrative Assistant 行政助理": a bilingual name is a name when its Chinese half is.
  const bilingual = /^([a-z][a-z .&/-]{1,60}?)\s+([\u4e00-\u9fff]{2,20})$|^([\u4e00-\u9fff]{2,20})\s+([a-z][a-z .&/-]{1,60})$/.exec(k);
  if (bilingual) return isPositionName(bilingual[2] ?? bilingual[3]!, evidence);
  // "测试工程师（仿真方向）", "销售代表(华东区)": a qualifier in brackets after a name leaves it a name.
  const qualified = /^(.{2,20}?)\s*[(（]([^()（）]{1,10})[)）]$/.exec(k);
  // "设备工程师（刻蚀）", "品保工程師（IPQC主管）": any short qualifier after a role-named post leaves it a name.
  // "销售经理(负责客户开发)" holds a clause, not a qualifier.
  const shortQualifier = (q: string) => q.length <= 10 && !sentencePunctuation.test(q) && !/^\d/.test(q) && !nonTitleStarts.some((w) => q.startsWith(w));
  // "算法工程师（2027届校招）", "测试开发工程师（社招/校招均可）": the hiring round a post is open in qualifies it too.
  // "文职辅警（网络安全）" in a table's 岗位名称 column: a label's value needs no role word before its qualifier.
  if (qualified && (/方向|区|地区|岗|组|类|线|端|侧|届|校招|社招|春招|秋招|实习|outsourcing|remote/.test(qualified[2]!) || placesOnly.test(qualified[2]!) || (shortQualifier(qualified[2]!) && (hasRoleSuffix(qualified[1]!) || evidence === "label")))) {
    return isPositionName(qualified[1]!, evidence);
  }
  // "算法工程师-推荐方向", "后端开发-支付方向": a post and, after a dash, the direction it works in.
  const direction = /^(.{2,20}?)\s*[-－—–]\s*[\u3400-\u9fffa-z0-9]{1,8}方向$/.exec(k);
  if (direction) return isPositionName(direction[1]!, evidence);
  // "Senior Executive" among a posting's properties is its grade; "Construction Supervisors (Construction)" a board's category.
  if (seniorityLevels.test(k)) return false;
  const category = /[(（]([^()（）]{3,50})[)）]$/.exec(k);
  if (category && jobCategories.includes(category[1]!.trim())) return false;
  // JobStreet's "Accounting (Accounts Officers & Clerks)", "Hospitality & Tourism (Chefs/Cooks)": the category, its roles in brackets.
  const categoryFirst = /^([^()（）]{3,50}?)\s*[(（][^()（）]{2,60}[)）]$/.exec(k);
  if (categoryFirst && jobCategories.includes(categoryFirst[1]!.trim())) return false;
  const isHan = han.test(k);
  // "——", "***": a name has words.
  if (!/\p{L}/u.test(k)) return false;
  if (k.length < 2 || k.length > (isHan ? 20 : 60)) return false;
  const punctuation = isHan ? sentencePunctuation : /[。；;！!？?:：“”"《》、【】\[\]|]/;
  // "2nd Engineer", "3rd Officer": a ship's ranks open with their ordinal; any other figure first is a count or a clause's.
  if (punctuation.test(k) || (/^[\d.]/.test(k) && !/^\d(?:st|nd|rd|th)\s+[a-z]/.test(k)) || k.includes("?") || k.includes("\ufffd")) return false;
  if (isHan && /\s/.test(k)) return false;
  // "Account Executive (Full Set / AP & AR)": the words of a bracketed qualifier are not the name's.
  if (!isHan && k.replace(/\s*[(（][^()（）]*[)）]$/, "").split(/\s+/).length > 7) return false;
  if (sectionTitles.includes(k) || sectionKeys.has(k) || fieldNames.has(k)) return false;
  if (isHan && ((nonTitleStarts.some((s) => k.startsWith(s)) && !titleStartWords.some((s) => k.startsWith(s))) || countedObject.test(k) || functionWordEnding.test(k))) return false;
  if (isDepartment(k)) return false;
  // "Accounting and Auditing", "Sales & Marketing", "Quality Assurance and Testing": fields of work joined, no role word among
  // them, are a board's category or a function, whatever label they follow; a post joined so names its role ("Sales and
  // Marketing Manager").
  if (!isHan && /\s(?:and|&)\s/.test(k) && !englishName(k)) return false;
  if (evidence === "label") return true;
  if (!isHan) return englishName(k) && (evidence !== "strict" || !k.includes(",") || k.split(/\s+/).length <= 6);
  if (evidence === "strict") return hasRoleSuffix(k);
  return hasRoleSuffix(k) || k.length <= 10;
}

/**
 * "Programmable logic controllers (PLC)", "Forklift operators": an English name headed by a role word in the plural names
 * a kind of thing or of people (equipment under a skills list, a board's category), not the one post a line heads.
 */
export function pluralHeaded(key: string): boolean {
  const words = key.replace(/\s*[(（][^()（）]*[)）]$/, "").trim().split(/\s+/);
  const head = words[words.length - 1]!;
  return !han.test(key) && words.length >= 2 && /[^s']s$/.test(head) && !roleSuffixes.includes(head) && hasRoleSuffix(head);
}

/** Whether a name (folded key) only restates another: every word of it is one of the other's ("Automation Test Engineer" in "Senior Test Automation Engineer", 运营 in 电商运营专员). */
export function restates(name: string, of: string): boolean {
  const a = name.trim().toLowerCase();
  const b = of.trim().toLowerCase();
  if (a.length < 2 || foldKey(a) === foldKey(b)) return false;
  if (/[\u3400-\u9fff]/.test(a)) return foldKey(b).includes(foldKey(a));
  const words = new Set(b.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const own = a.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return own.length > 0 && own.every((w) => words.has(w));
}

/**
 * The department a post's own line names before it: "○製造課 作業員（輪班）10名", "【研发中心】算法工程师 2人", "招聘岗位：研发中心 -
 * 算法工程师". The text before the post's name, without a label, numbering, bullet or bracket, must be a department's name alone.
 */
export function departmentBefore(line: TitleText, title: string): string | null {
  // "Backend Engineer": an English title keeps its spaces in the line's key (foldKey drops them).
  const aligned = line.key.indexOf(foldAligned(title).trim());
  const at = aligned > 0 ? aligned : line.key.indexOf(foldKey(title).trim());
  if (at <= 0) return null;
  const before = line.key.slice(0, at);
  const from = Math.max(before.lastIndexOf(":"), before.lastIndexOf("："));
  const edge = /^[\s#*_>○●◎◆◇■□▪▶►★☆※•·・‧\-–—|｜【\[〔［(（\d.、)）一二三四五六七八九十]*|[\s*_\-–—|｜】\]〕］)）·:：]*$/g;
  // "People & Culture: HR Coordinator": an English function before the colon is no label but the post's department.
  const labelled = from >= 0 ? line.text.slice(0, from).replace(edge, "") : "";
  if (labelled.length >= 2 && isEnglishDepartment(foldAligned(labelled))) return labelled;
  const raw = line.text.slice(from + 1, at);
  const unit = raw.replace(edge, "");
  const key = foldKey(unit);
  return unit.length >= 2 && (isDepartment(key) || isEnglishDepartment(foldAligned(unit))) && !recruitingRole.test(key) && !/公司|集团/.test(key) ? unit : null;
}

