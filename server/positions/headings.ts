import { bulletGlyphs, documentSuffixes, genderNote, headcount, openingOrganization, personName, recruitingRole, titleDecoration, titleLabels, titleNumbering, titlePrefixes, titleSuffixes } from "./data/headings.js";
import { postingLabels } from "./data/posting.js";
import { postFormNameLength, postFormThreshold, postFormWeights, sectionNameEndings } from "./data/post-form.js";
import type { CleanText } from "./clean.js";
import { readLabels } from "./labels.js";
import { fieldLabels } from "./data/labels.js";
import { certificationPatterns } from "./data/requirements.js";
import { listingHeadingPattern, sectionHeadings } from "./data/sections.js";
import { isDepartment, isEnglishDepartment, isPositionName, normalizeTitle, statesPostingFacts, twoForms, withoutPostingQualifier, type NameEvidence, type TitleText } from "./title.js";
import { addressPattern, benefitPattern, dutyVerbPattern, hiringPattern, placePattern, postingSections, requirementCuePattern, salaryPattern, tagPattern } from "./data/line-vocabulary.js";
import { escapeRegExp } from "../text/regex.js";
import { foldKey } from "../text/fold.js";

/**
 * part: 篇一 / 第二篇 (a collection's article); doc: a position's own document title (always new);
 * title: a heading naming a position; label: 岗位名称:X; dept: a department's section (ends a position).
 */
export type HeadingKind = "part" | "doc" | "title" | "label" | "dept";
/** "國文科正式教師：2名。", "会计：1人": a role's name, a colon and its headcount closing the line. */
const countedRole = new RegExp(`^([^:,;。]{2,20}?)\\s*:${headcount}\\s*[。;,]?\\s*$`);

/** "外贸业务员2名：…", "收银员(3人)：…": a role and its headcount before the colon opening a line of its description. */
const countedLead = new RegExp(`^([^:,;。\\d\\s]{2,20}?)${headcount}\\s*:(?=\\s*\\S.{4,}$)`);

/** `described`: the heading runs straight into the position's description ("1部主任 全面负责…"). */
export type Heading = { kind: HeadingKind; start: number; end: number; title: TitleText; described?: boolean };

const numeral = "[一二三四五六七八九十]";
/** Emoji and pictographs that posts put before headings ("📌工作内容：", "▶ 岗位：X"), as UTF-16 pairs or symbols. */
const emoji = "(?:(?:[\\uD83C-\\uD83E][\\uDC00-\\uDFFF]|[\\u2600-\\u27BF\\u2B50\\u25B6\\u25BA\\u2705\\uFE0F])\\s*)*";
/** Any list numbering in front of a heading: 1、 1. (1) （一） 一、 a. 【A】 8.2.1 • 1⃣ */
export const numberingPrefix = new RegExp(
  `^\\s*${emoji}(?:#{1,6}\\s*|\\*{1,2}(?=\\S)|_{1,2}(?=\\S))?(?:第${numeral}{1,3}[章节条部分][\\s、.:]*|\\d+(?:\\.\\d+)+\\.?\\s*|[（(](?:${numeral}{1,3}|\\d{1,2})[)）]\\s*|${numeral}{1,3}\\s*[、.]\\s*|\\d{1,2}\\s*[、.)]\\s*|\\d\\uFE0F?\\u20E3\\s*|[a-z][.)](?:\\s+|(?=[\\u4e00-\\u9fff]))|【(?:[a-z]|\\d{1,2}|${numeral}{1,3})】\\s*|[①-⑳⑴-⒇]\\s*|[${bulletGlyphs}*-]\\s*)?`,
);
const suffixAlt = [...titleSuffixes].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const trailer = `${titleDecoration}(${titleNumbering})?`;
const suffixLine = new RegExp(`^(.{1,30}?)(${suffixAlt})${trailer}\\s*:?\\s*$`);
const partLine = new RegExp(
  `^(?:【?第(?:${numeral}{1,3}|\\d{1,2})篇】?[:\\s]*(.*)|【?篇(?:${numeral}{1,3}|\\d{1,2})】?[:\\s]*(.*)|(.{0,30}?)篇(?:${numeral}{1,3}|\\d{1,2}))\\s*$`,
);
/** A line's list bullet: a glyph, or a star or dash before a space. */
const bulletLead = new RegExp(`^[${bulletGlyphs}](?=\\S)|^[${bulletGlyphs}*-](?=\\s)`);
/** A bullet glyph opening a line ("■ ", "◆", "▶ ", "※ "), whatever its shape. */
const leadingBullet = new RegExp(`^${emoji}[${bulletGlyphs}]?\\s*`);
/**
 * "岗位一：X", "【岗位1】X", "Role 2 — Database Reliability Engineer", "2/ Role 1: Senior Robotics Software Engineer": a
 * numbered post label (after a thread's post number, "2/"), its name after a colon, a bracket or a spaced dash.
 */
const numberedLabel = /^(?:\d{1,2}\/\s+)?(?:#{1,6}\s*|[【\[])?(?:招聘)?(?:岗位|职位|职缺|position|role|opening|vacancy)\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2})\s*(?:[:#】\]]|\s[—–-](?=\s))\s*(.{2,60})$/;
const dashLine = /^(?:(?:岗位|职位)?(?:工作)?说明书|job description)\s*[—–－:-]+\s*(.{2,60})$/;
const itemAhead = `(?=\\s*(?:1\\s*[、.,)]|一\\s*[、.]|[（(][1一][)）]|1\\s+\\S|1(?=[\\u4e00-\\u9fff])))`;
const inlineSuffixed = new RegExp(`(?<=^|[。;；!！?？\\s,，:：/)）])([^\\s。;；,，、:：!?！？()（）“”"《》]{2,16}?)(${suffixAlt})\\s*:?\\s*${itemAhead}`, "g");
const inlineNumberedRole = new RegExp(`(?<=^|[。;；\\s/])(?:${numeral}{1,3}、|\\d{1,2})\\s*([^\\s\\d。;；,，、:：.()（）]{2,10}?)[ \\t]+(?=\\d{0,2}\\s?[\\u4e00-\\u9fff])`, "g");
const labelAlt = [...titleLabels].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const titleLabelOnly = new RegExp(`^(?:${labelAlt})\\s*:?$`);
const fieldLabelKeys = new Set(fieldLabels.map((l) => l.label));
const sectionKinds = new Map(sectionHeadings.map((s) => [s.key, s.kind as string]));

function titleAt(clean: CleanText, start: number, end: number): TitleText {
  return normalizeTitle({ text: clean.text.slice(start, end), key: clean.key.slice(start, end) });
}

/** An English heading is written in Title Case ("Senior Backend Engineer", "Site Supervisor – Commercial Fit-out"); a duty ("Mentor junior engineers") is not. */
const titleCased = (text: string) => text.split(/\s+/).every((w) => /^(?:of|and|the|for|to|in|at|&|[/\-–—])$/.test(w) || /^[A-Z0-9(]/.test(w));

function named(kind: HeadingKind, start: number, end: number, title: TitleText, evidence: NameEvidence): Heading | null {
  if (evidence === "strict" && !/[\u3400-\u9fff]/.test(title.key) && !titleCased(title.text)) return null;
  if (isDepartment(title.key)) return { kind: "dept", start, end, title };
  return isPositionName(title.key, evidence) ? { kind, start, end, title } : null;
}

/**
 * "Jana Petersen, HR Business Partner", "Recruiter – Tom Baker", "王女士｜人事经理": a person's name beside the
 * recruiting role they hold is who to contact about the post, never a post of its own; nor is a person's name set
 * before any post by a dash ("Imran Shah — Controls Engineer", a colleague or a testimonial's author).
 */
export function namesContactPerson(text: string): boolean {
  const m = /^(.+?)\s*(?:[,，|｜/·]|\s[–—-])\s*(.+)$/.exec(text.trim());
  if (!m) return false;
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  const recruiter = (x: string) => recruitingRole.test(x) && isPositionName(normalizeTitle({ text: x, key: foldKey(x) }).key, "label");
  // "Imran Shah — Controls Engineer" among a page's colleagues or testimonials: a person's name, a dash, the post they hold.
  const held = /^(.+?)\s+[–—-]\s+(.+)$/.exec(text.trim());
  const holder = held !== null && isPerson(held[1]!.trim()) && isPositionName(normalizeTitle({ text: held[2]!, key: foldKey(held[2]!) }).key, "strict");
  return holder || (isPerson(a) && recruiter(b)) || (recruiter(a) && isPerson(b));
}

const isPerson = (x: string) => personName.test(x) && !recruitingRole.test(x) && !isPositionName(foldKey(x), "strict") && !isDepartment(foldKey(x));
/** A line that only reaches someone: an email address, a phone number, a profile link. */
const contactLine = /^(?:(?:e-?mail|email|mail|tel|phone|mobile|m|t|电话|手机|邮箱|联系电话)\s*[:：]?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d ()-]{8,}|(?:https?:\/\/)?(?:www\.)?linkedin\.com\/\S*)$/i;

/** A line naming a company alone, by its legal form: "Bluewake Maritime Crewing Inc.", "Acme Robotics GmbH", "某某科技有限公司". */
const organizationLine = /^(?:\S+\s+){0,6}(?:inc|ltd|llc|corp|gmbh|plc|pte\.? ltd|co\., ltd)\.?$|^[\u4e00-\u9fff（）()]{2,30}(?:有限公司|股份有限公司|集团)$/i;

/**
 * "Ruth Okafor / Talent Acquisition Partner / ruth.okafor@…", "Capt. Ramon D. Villareal / Crewing Manager / Bluewake Maritime
 * Crewing Inc.": a role between a person's name alone on its line and a way to reach them, or the company they sign for, is
 * that person's card (a recruiter's, a hiring manager's, a signature), not a post.
 */
export function onContactCard(prev: string | null, next: string | null): boolean {
  return prev !== null && next !== null && isPerson(prev.trim()) && (contactLine.test(next.trim()) || organizationLine.test(next.trim()));
}

function lineHeading(
  clean: CleanText,
  start: number,
  end: number,
  prevLine: { start: number; end: number } | null,
  underOpenLabel: boolean,
  inBulletList: boolean,
  inOtherSection = false,
  nextLine: { start: number; end: number } | null = null,
): Heading | null {
  const key = clean.key.slice(start, end);
  const part = partLine.exec(key.trim());
  const lead = key.length - key.trimStart().length;
  if (part) {
    const body = part[1] ?? part[2] ?? part[3] ?? "";
    const at = start + lead + key.trim().indexOf(body);
    return { kind: "part", start, end, title: titleAt(clean, at, at + body.length) };
  }
  // "■ 招聘岗位一：生产技术组 工程师": the glyph a notice puts before each post is no part of the label.
  const numbered = numberedLabel.exec(key.trim().replace(leadingBullet, ""));
  if (numbered) {
    const at = end - numbered[1]!.length - (key.length - key.trimEnd().length);
    // "【岗位1】资深数据分析师：3年+经验，SQL熟练": a one-line role, its name before the colon and its needs after it.
    const oneLine = /^([^:,;。]{2,20}?)\s*:\s*\S.{3,}$/.exec(numbered[1]!);
    const h = oneLine ? named("label", start, at + oneLine[0].indexOf(":") + 1, titleAt(clean, at, at + oneLine[1]!.length), "label") : null;
    if (h?.kind === "label") return { ...h, described: true };
    return named("label", start, end, titleAt(clean, at, end), "label");
  }
  const dash = dashLine.exec(key.trim());
  if (dash) return named("doc", start, end, titleAt(clean, end - dash[1]!.length - (key.length - key.trimEnd().length), end), "label");
  const num = numberingPrefix.exec(key)![0].length;
  const body = key.slice(num);
  const suffixed = suffixLine.exec(body);
  if (suffixed) {
    const title = titleAt(clean, start + num, start + num + suffixed[1]!.length);
    const isDoc = documentSuffixes.some((s) => suffixed[2]!.endsWith(s)) || suffixed[3] !== undefined;
    return named(isDoc ? "doc" : "title", start, end, title, "suffixed");
  }
  if (titleLabelOnly.test(key.trim()) && prevLine) {
    const prev = clean.key.slice(prevLine.start, prevLine.end).trimEnd();
    const token = /(\S+)$/.exec(prev);
    if (token) {
      const at = prevLine.start + token.index;
      return named("label", prevLine.start, end, titleAt(clean, at, at + token[1]!.length), "strict");
    }
  }
  // "1、销售经理：负责…" — a numbered role followed by its description names a position.
  // "1、总经理：审批预算" under 工作权限 or 工作关系 names who does what, not a position.
  // "一、國文科正式教師：2名。": a numbered role and its headcount, an item of a list of posts, names one too.
  const described = num > lead && !inBulletList && !inOtherSection ? (/^([^:,;。]{2,20}?)\s*:\s*\S.{9,}$/.exec(body) ?? countedRole.exec(body)) : null;
  if (described) {
    const at = start + num;
    const h = named("title", start, at + described[0].indexOf(":") + 1, titleAt(clean, at, at + described[1]!.length), "strict");
    if (h?.kind === "title") return { ...h, described: true };
  }
  // "外贸业务员2名：大专以上学历，英语六级": a role, its headcount and a colon open the line, unnumbered, and what follows is
  // the post's description (a classified ad's body under the advertiser's name).
  const counted = !inBulletList && !inOtherSection ? countedLead.exec(body) : null;
  if (counted) {
    const at = start + num;
    const h = named("title", start, at + counted[0].length, titleAt(clean, at, at + counted[1]!.length), "strict");
    if (h?.kind === "title") return { ...h, described: true };
  }
  const bare = body.replace(/\s*:\s*$/, "").trim();
  // "Senior Embedded Software Engineer (m/w/d)": the gender note a posting must carry does not make the name longer.
  // "VOLUNTEER COORDINATOR (part-time, 20 hours a week, £13.10 per hour)": nor do the posting facts bracketed after it.
  const nameLength = withoutPostingQualifier(bare).replace(genderNote, "").length;
  // "Assistant Curator II (Museum) 二級助理館長（博物館）": a name in two scripts runs to twice a name's length.
  const longest = twoForms(bare, true) ? 90 : 40;
  if (bare.length >= 2 && nameLength <= longest && !(underOpenLabel && num === lead) && !inBulletList && !namesContactPerson(clean.text.slice(start + num, end)) && !onContactCard(prevLine && clean.text.slice(prevLine.start, prevLine.end), nextLine && clean.text.slice(nextLine.start, nextLine.end))) {
    const at = start + num + body.indexOf(bare);
    const h = named("title", start, end, titleAt(clean, at, at + bare.length), "strict");
    // A bare department name is a heading only when numbered (八、销售部); unnumbered it is usually a value.
    if (h && (h.kind !== "dept" || num > lead)) return h;
  }
  return num > lead && !inBulletList && !inOtherSection ? barredHeading(clean, start, start + num, end) : null;
}

/**
 * "1️⃣ 某头部新能源车企（深圳）｜电池管理系统软件工程师", "2. Acme Robotics | Firmware Engineer | Berlin": a numbered line
 * whose parts a bar sets apart, one of them naming a post and the others where or for whom it is worked (an employer, a
 * place, "同一家"), heads that post. Two parts naming a post, or a part that is a sentence, leave the line no heading.
 */
function barredHeading(clean: CleanText, start: number, from: number, end: number): Heading | null {
  const key = clean.key.slice(from, end);
  const parts = [...key.matchAll(/[^|｜]+/g)].map((m) => ({ at: from + m.index, length: m[0].length })).filter((p) => clean.key.slice(p.at, p.at + p.length).trim());
  if (parts.length < 2 || parts.length > 4 || namesContactPerson(clean.text.slice(from, end))) return null;
  const titles = parts.map((p) => titleAt(clean, p.at, p.at + p.length));
  if (titles.some((t) => t.key.length > 40 || /[。；;！!？?]/.test(t.key))) return null;
  const roles = titles.filter((t) => isPositionName(t.key, "strict") && !isDepartment(t.key));
  if (roles.length === 1) return { kind: "title", start, end, title: roles[0]! };
  // "▶ 技术美术（TA）｜上海｜20-35K·14薪": beside parts stating only its place and pay, one part names the post, even in a word the
  // vocabulary lacks; the pay is the evidence a post is headed.
  const facts = titles.filter((t) => statesPostingFacts(t.key));
  const named = titles.filter((t) => !statesPostingFacts(t.key));
  if (roles.length > 0 || named.length !== 1 || !facts.some((t) => salaryPattern.test(t.key))) return null;
  const name = named[0]!;
  // "技术美术（TA）": the post's short name in brackets is no clause.
  const bare = name.key.replace(/\s*[(（][a-z0-9]{2,6}[)）]$/, "");
  return titles.indexOf(name) === 0 && isPositionName(bare, "label") && !isDepartment(bare) ? { kind: "title", start, end, title: name } : null;
}

/** A line of markup alone holds no text: a Yuque or Confluence export's anchor (<a name="Kd2mX"></a>) between a heading and the next. */
const markupOnly = /^\s*(?:<\/?[a-z][^<>]*>\s*)+$/i;

/** A form's question as a printout sets it, its required mark closing it: "應徵職缺 *", "Position applied for *". */
const formQuestion = /[^*\s]\s*\*$/;
/** One of a printed form's choices: a radio button or a check box before it ("○ 全職", "□ Part-time"). */
const choiceLine = /^[○◯◉⚪□☐◻▢]\s*\S/;

/** Whether a line names a certificate a post may ask for ("CPA(K)", "PMP", "中级会计师证"). */
const namesCertificate = (key: string) => certificationPatterns.some((p) => new RegExp(p.source, p.flags.replace("g", "")).test(key));

/** The first line after line i that holds text. */
function nextWithText(clean: CleanText, lines: readonly { start: number; end: number }[], i: number): { start: number; end: number } | null {
  for (let j = i + 1; j < lines.length; j++) if (!markupOnly.test(clean.key.slice(lines[j]!.start, lines[j]!.end))) return lines[j]!;
  return null;
}

/** Whether a line is a duties section's heading alone ("岗位职责：", "### 工作职责", "Responsibilities"). */
function dutiesHeading(key: string): boolean {
  const name = key.replace(numberingPrefix, "").replace(/[*_#\s】\]]+$/, "").replace(/^[【\[]/, "").replace(/\s*:$/, "").trim();
  return sectionKinds.get(name) === "responsibilities";
}

/** Whether a line is a requirements section's heading alone ("任职要求：", "Requirements", "What you bring"). */
function requirementsHeading(key: string): boolean {
  const name = key.replace(numberingPrefix, "").replace(/[*_#\s【\[\]】]+$/, "").replace(/^[【\[]/, "").replace(/\s*:$/, "").trim();
  return sectionKinds.get(name) === "requirements";
}

const postingSectionKeys = new Set(postingSections.map((s) => s.key));
/** "8-12K·13薪 | 上海 | 经验不限", "💰 6-9K", "Full-time · Remote · 3+ years": a line stating a post's pay or its tags. */
const tagsLine = (key: string) =>
  key.length <= 60 && !/[。;；]/.test(key) && (salaryPattern.test(key) || (tagPattern.test(key) && (key.match(/[|｜丨·•]|\S\s{2,}(?=\S)/g) ?? []).length >= 1));
/** Pay stated as a part of its own: "剧本杀DM｜6-9K", "— $50k-$60k"; not a code's letters and digits ("XH8K2Q"). */
const statesPay = (key: string) => {
  const m = salaryPattern.exec(key);
  return m !== null && !/[a-z0-9]/.test(key[m.index - 1] ?? "") && !/[a-z]/.test(key[m.index + m[0].length] ?? "");
};
/** A code of letters and digits mixed ("XH8K2Q", "A01B"): a referral code or a reference, no fact of the post. */
const code = /[a-z]+\d+[a-z]+|\d+[a-z]+\d+/;
/** A headcount the line carries: "剧本杀DM 3名", "（2名）", "x2", "(2 openings)", "- 2 vacancies". */
const headcountPart =
  /(?:^|[\s(（])(?:\d{1,3}|若干|[一二两三四五六七八九十]{1,2})\s*(?:名|人|位)\s*[)）]?\s*$|\bx\s?\d{1,2}\s*$|[(（\s]\d{1,3}\s+(?:openings?|positions?|vacanc(?:y|ies)|hires?)[)）]?\s*$/;
/** What parts a form heading's name from the rest of its line: a bar, a dot, a spaced dash, wide spaces, a figure. */
const formPartEnd = /\s{2,}|\s*[|｜丨·•]\s*|\s+[-–—/]\s+|\s(?=[\d$¥£€])|\s+x\s?\d{1,2}\s*$|\*\*|__|[【】\[\]]|\s*:\s*$/;
/** A hiring tag in brackets before a post's name: 【急聘】, [HOT], 【内推】. */
const bracketTag = /^\s*[【\[](?:急聘|急招|诚聘|招聘|热招|高薪|直招|内推|热门|新|hot|new|urgent|hiring)[】\]]\s*/;

/** The form a line is set in: its heading mark, what stands below it, whether it carries pay and a headcount. */
type LineForm = { mark: string; below: "duties" | "requirements" | "tags" | "other"; pay: boolean; count: boolean; outer?: boolean; tagsOverSection?: boolean };

function lineForm(clean: CleanText, line: { start: number; end: number }, next: { start: number; end: number } | null, inDuties: boolean, afterNext: { start: number; end: number } | null = null): LineForm {
  const key = clean.key.slice(line.start, line.end).trim();
  const prefix = numberingPrefix.exec(key)![0].trim();
  const mark = /^#{1,6}/.exec(prefix)?.[0] ??
    (/^[（(]/.test(prefix) ? "num:paren" : /[①-⑳⑴-⒇]/.test(prefix) ? "num:circled" : /\d/.test(prefix) ? "num:arabic" : /[一二三四五六七八九十]/.test(prefix) ? "num:han" : prefix.length > 0 ? prefix.replace(/\s/g, "")[0]! : /^[【\[].+[】\]]/.test(key) ? "bracket" : /^(?:\*\*|__)/.test(key) ? "bold" : "plain");
  const nextKey = next ? clean.key.slice(next.start, next.end).trim() : "";
  // "### Backend Engineer · Remote" states a place but names a post: it is no tags line.
  const namesPost = (k: string) => k.replace(numberingPrefix, "").split(/\s*[|｜丨·•]\s*|\s{2,}/).some((p) => isPositionName(normalizeTitle({ text: p, key: p }).key, "strict"));
  const below = !next ? "other" : dutiesHeading(nextKey) ? "duties" : requirementsHeading(nextKey) && !inDuties ? "requirements" : tagsLine(nextKey) && !namesPost(nextKey) ? "tags" : "other";
  // "剧本杀DM" over "6-9K·13薪 | 上海" over "岗位职责：": a job card's name, its tags, then its duties heading.
  const laterKey = afterNext ? clean.key.slice(afterNext.start, afterNext.end).trim() : "";
  const carded = below === "tags" && afterNext !== null && (dutiesHeading(laterKey) || requirementsHeading(laterKey));
  return {
    tagsOverSection: carded, mark, below, pay: statesPay(key), count: headcountPart.test(key.replace(/[*_]+$/, "")) };
}

/** A line's list count by its numbering's style: "3." → 3 (arabic), "三、" → 3 (han), "（3）" → 3 (paren). */
function listCount(key: string): { style: string; value: number } | null {
  const m = /^\s*(?:(\d{1,2})\s*[、.．)](?!\d)|([一二三四五六七八九十]{1,3})\s*[、.]|[（(](\d{1,2})[)）])/.exec(key);
  if (!m) return null;
  if (m[1]) return { style: "arabic", value: Number(m[1]) };
  if (m[3]) return { style: "paren", value: Number(m[3]) };
  const digits = "一二三四五六七八九十";
  const h = m[2]!;
  const value = h.length === 1 ? digits.indexOf(h) + 1 : h.startsWith("十") ? 10 + digits.indexOf(h[1]!) + 1 : (digits.indexOf(h[0]!) + 1) * 10 + (h[2] ? digits.indexOf(h[2]) + 1 : 0);
  return { style: "han", value };
}

/** What a line's form weighs as a post's heading, its parallel lines aside. */
function formWeight(form: LineForm): number {
  const w = postFormWeights;
  const below = form.below === "duties" ? w.dutiesBelow : form.below === "requirements" ? w.requirementsBelow : form.below === "tags" ? w.tagsBelow : 0;
  return below + (form.tagsOverSection ? w.tagsOverSection : 0) + (form.pay ? w.pay : 0) + (form.count ? w.headcount : 0) + (form.mark !== "plain" ? w.mark : 0) + (form.outer ? w.outerList : 0);
}

/** Lines of one form in parallel: the same mark, the same kind of line below, pay and a headcount alike. */
const formKey = (form: LineForm) => `${form.mark}|${form.below}|${form.pay}|${form.count}`;

/**
 * The name a line set as a post's heading holds: the line without its numbering, brackets, emphasis, pay and headcount. It must
 * read as a name (not a sentence, a section, a label, a department, an organization, a place, a date or a person) and be
 * short: an English one in Title Case.
 */
function formName(clean: CleanText, start: number, end: number): TitleText | null {
  const key = clean.key.slice(start, end);
  const num = numberingPrefix.exec(key)![0].length;
  // "#GivingTuesday" is a hashtag, not a Markdown heading.
  if (/^\s*#+(?!#|\s)/.test(key)) return null;
  const tag = bracketTag.exec(key.slice(num))?.[0].length ?? 0;
  const lead = tag + /^[\s#*_【\[]*/.exec(key.slice(num + tag))![0].length;
  const from = num + lead;
  const rest = key.slice(from);
  const stop = formPartEnd.exec(rest);
  const to = from + (stop ? stop.index : rest.trimEnd().length);
  if (to - from < 2) return null;
  const after = key.slice(to);
  // "薪资: 20-40K", "Headcount\t2": a label and its value; "【急徵】物流倉儲理貨員": a bracketed tag before the post's own words.
  if (/^\s*[:：\t]/.test(after) || key.includes("\t") || (/[】\]]/.test(after.slice(0, 2)) && after.replace(/^[】\]\s*_]+/, "").trim().length > 0 && !(statesPay(after) || (statesPostingFacts(after.replace(/^[】\]\s*_|｜·]+/, "")) && !code.test(after))) && !headcountPart.test(after))) return null;
  const raw = key.slice(from, to);
  // "2027届校招", "2026 Graduate Programme": a year opens a round or a date, not a post's name.
  if (/^(?:20|19)\d\d|\d{1,2}[/.-]\d{1,2}|[,，:：]/.test(raw) || /^[\s*_]*[:：]/.test(after)) return null;
  const title = titleAt(clean, start + from, start + to);
  const k = title.key;
  const han = /[\u3400-\u9fff]/.test(k);
  const core = k.replace(/\s*[(（][^()（）]{1,20}[)）]$/, "");
  if (core.length < 2 || (han ? core.length > postFormNameLength.han : core.split(/\s+/).length > postFormNameLength.words)) return null;
  // An English name of two words or more, in Title Case: one word ("Hiring", "Instagram", "IFRS") is a page's word as often as a post.
  if (!han && (!titleCased(title.text) || !/^[a-z]/.test(k) || core.split(/\s+/).length < 2)) return null;
  // "Our Culture", "The Team", "Why Join Us", "Meet the Founders": a page's own sections speak to or of someone.
  if (!han && /^(?:our|your|the|a|an|we|you|this|my|about|why|how|what|who|join|meet|life|working)\b/.test(k)) return null;
  if (!isPositionName(k, "label") || isDepartment(k) || isEnglishDepartment(k) || statesPostingFacts(k) || sectionNameEndings.test(core)) return null;
  if (sectionKinds.has(k) || postingSectionKeys.has(k) || titleLabelOnly.test(k) || fieldLabelKeys.has(k) || readLabels(key.slice(num)).length > 0) return null;
  if (titlePrefixes.exec(k)?.[0].length === k.length || /有限公司|集团|公司$|工作室$/.test(k) || organizationLine.test(k) || openingOrganization.test(k)) return null;
  // "維持門市環境整潔", "有分布式系统经验", "广州-天河区": a duty, an ask, a benefit or a place is no post's name.
  // "💰 月薪 50K–70K", "【薪酬】80-120万/年": a pay label is the posting's fact, not its post.
  if (postingLabels.some((l) => l.label.test(core)) || /薪|工资|^(?:pay|salary|wage|rate|comp)\b/.test(core) || (han && /[市区县省州镇]$/.test(core))) return null;
  if (dutyVerbPattern.test(k) || requirementCuePattern.test(k) || benefitPattern.test(k) || addressPattern.test(k) || (han && placePattern.exec(k)?.[0].length === k.length) || /[与和及、&]/.test(core)) return null;
  // A person's name is written as a post's may be ("Pet Funeral Celebrant"); what vouches for the line is its form, and a contact's
  // line beside a recruiting role is refused by its own rule.
  if (recruitingRole.test(k) || namesContactPerson(clean.text.slice(start + num, end))) return null;
  return title;
}

/**
 * "剧本杀DM 3名" over "工作职责：", "【宠物殡葬师】" over "岗位职责：", "## 一、Unity 客户端开发" over "### 工作职责", "Pet Funeral
 * Celebrant — $50k-$60k" beside "Chief Vibes Officer — $80k-$100k": a line whose form says it heads a post, in words the role
 * vocabulary lacks. Its evidence (data/post-form.ts: a duties or requirements heading or a tags line below it, pay or a headcount
 * on it, a heading's mark, lines of the same form heading posts) must weigh the threshold, and its name read as one.
 */
function formHeading(clean: CleanText, start: number, end: number, weight: number, inBulletList: boolean, prev: { start: number; end: number } | null, underHeading = false): Heading | null {
  // "Kitchen Manager" / "Leeds LS1 4AP" / "£35,000 a year": a line right under a post's heading is that post's detail (its place,
  // its company), not a post of its own.
  if (inBulletList || underHeading || weight < postFormThreshold) return null;
  const key = clean.key.slice(start, end);
  // "3. 新進夥伴教育訓練" after "2. 營業額目標達成": a line counting on from the line above is that list's next item.
  const n = listCount(key);
  const before = prev ? listCount(clean.key.slice(prev.start, prev.end)) : null;
  if (n && before && n.style === before.style && n.value === before.value + 1) return null;
  if (dutiesHeading(key) || requirementsHeading(key)) return null;
  const title = formName(clean, start, end);
  // "【急聘】倉務員 x2": a name with a role word is read by the heading's other rules, which refuse such a line for reasons of their own.
  if (!title || isPositionName(title.key, "strict")) return null;
  const h = named("title", start, end, title, "label");
  return h?.kind === "title" ? h : null;
}

function labelHeadings(clean: CleanText, start: number, end: number): Heading[] {
  const key = clean.key.slice(start, end);
  return readLabels(key)
    .filter((l) => l.field === "title" && l.end > l.start)
    .filter((l) => /^[\s*_#>-]*$/.test(key.slice(0, l.labelStart)) || /[\s,，;；。:、)）]/.test(key[l.labelStart - 1]!) || /[\u3400-\u9fff]/.test(l.label))
    // 職稱 is Taiwan's job title but the mainland's professional grade (职称：中级), so its value must be a role.
    .map((l) => named("label", start + l.labelStart, start + l.end, titleAt(clean, start + l.start, start + l.end), l.label === "职称" ? "strict" : "label"))
    .filter((h): h is Heading => h !== null && h.kind === "label");
}

function inlineHeadings(clean: CleanText): Heading[] {
  const found: Heading[] = [];
  for (const m of clean.key.matchAll(inlineSuffixed)) {
    const h = named("title", m.index, m.index + m[0].length, titleAt(clean, m.index, m.index + m[1]!.length), "strict");
    if (h) found.push(h);
  }
  for (const m of clean.key.matchAll(inlineNumberedRole)) {
    // "直接下级：1 销售代表 2 客服专员" lists a label's values, not positions.
    const lineStart = clean.key.lastIndexOf("\n", m.index) + 1;
    if (readLabels(clean.key.slice(lineStart, m.index)).length > 0) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    const h = named("title", m.index, m.index + m[0].length, titleAt(clean, at, at + m[1]!.length), "strict");
    if (h && h.kind === "title") found.push({ ...h, described: true });
  }
  return found;
}

/** Every heading in the cleaned document, in order, without overlaps. */
export function findHeadings(clean: CleanText): Heading[] {
  const found: Heading[] = [];
  const lines: { start: number; end: number }[] = [];
  let offset = 0;
  for (const line of clean.text.split("\n")) {
    if (line.trim().length > 0) lines.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  // Each line's form, and the forms of lines heading posts (by a role word, or by weighty evidence of their own): a line of the
  // same form as one of those is one of a parallel run of posts.
  let inDuties = false;
  const forms = lines.map((line, i) => {
    const key = clean.key.slice(line.start, line.end);
    if (dutiesHeading(key)) inDuties = true;
    else if (requirementsHeading(key)) inDuties = false;
    const next = nextWithText(clean, lines, i);
    const form = lineForm(clean, line, next, inDuties && !dutiesHeading(key), next ? nextWithText(clean, lines, lines.indexOf(next)) : null);
    const name = formWeight(form) > (form.mark === "plain" ? 0 : postFormWeights.mark) ? formName(clean, line.start, line.end) : null;
    if (name) inDuties = false;
    // A line over a duties or requirements heading (or over tags over one), or with a headcount, heads its post by that alone, in
    // whatever words; a job card's line over its tags alone (its company, its place) only when it names a role.
    return { form, name, heads: name !== null && (isPositionName(name.key, "strict") || form.below === "duties" || form.below === "requirements" || form.tagsOverSection === true || form.count) };
  });
  // "1. Vibe Curator" … "2. Pet Funeral Celebrant" with "- " items between: a count resumed past lines of another mark numbers
  // an outer list, the headings over those items.
  const counts = lines.map((l) => listCount(clean.key.slice(l.start, l.end)));
  const marks = forms.map((f) => f.form.mark);
  const outerPairs: [number, number][] = [];
  counts.forEach((n, i) => {
    if (!n || n.value < 2) return;
    let j = i - 1;
    while (j >= 0 && !(counts[j]?.style === n.style)) j--;
    if (j < 0 || counts[j]!.value !== n.value - 1 || i - j < 3) return;
    if (!marks.slice(j + 1, i).some((m) => m !== "plain" && m !== marks[i])) return;
    outerPairs.push([j, i]);
  });
  // The members of one outer list, chained pair by pair ("1、剧本杀DM" … "2、宠物殡葬" … "3、…"): a list of posts when every member
  // reads as a name; one member a section's name or a sentence ("二、任职资格", "3. SCOPE OF WORK") makes it an outline.
  const chains: number[][] = [];
  for (const [j, i] of outerPairs) {
    const chain = chains.find((c) => c[c.length - 1] === j);
    if (chain) chain.push(i);
    else chains.push([j, i]);
  }
  for (const chain of chains) {
    if (!chain.every((k) => formName(clean, lines[k]!.start, lines[k]!.end) !== null)) continue;
    for (const k of chain) forms[k]!.form.outer = true;
  }
  const weightOf = (i: number) => {
    const { form } = forms[i]!;
    // Only a form with evidence beyond a mark runs in parallel: numbered duties are lines of one form too.
    const evident = formWeight(form) - (form.mark === "plain" ? 0 : postFormWeights.mark) >= 1;
    const parallel = evident && forms.some((f, j) => j !== i && f.heads && formKey(f.form) === formKey(form));
    return formWeight(form) + (parallel ? postFormWeights.parallel : 0);
  };
  // The last line that headed a post, and whether a section's heading came since: the few lines right under a post's heading,
  // before its first section, are its details (its company, its place, its tags).
  let headingLine = -1;
  let sectionSince = false;
  // Unnumbered short names listed under "直接下级：" are that label's values, not headings.
  let valueList = false;
  let prevBullet: string | null = null;
  let sectionKind: string | null = null;
  let listing = false;
  let choices = false;
  lines.forEach(({ start, end }, i) => {
    const key = clean.key.slice(start, end).trim();
    // "- AWS Certified Solutions Architect" under "- Experience with…" is one more item of that list.
    const bullet = bulletLead.exec(key)?.[0] ?? null;
    const sectionName = key.replace(numberingPrefix, "").replace(/\*\*|__/g, "").split(":")[0]!.trim();
    const section = sectionKinds.get(sectionName);
    if (section) sectionKind = section;
    // "**Nice to have**" over "- Chef" / "- GitLab CI": under a requirements heading the first of a list's bullets is an ask
    // (a tool, a skill), not a post.
    const nextBullet = lines[i + 1] ? bulletLead.exec(clean.key.slice(lines[i + 1]!.start, lines[i + 1]!.end).trim())?.[0] : undefined;
    const inList = bullet !== null && (bullet === prevBullet || (sectionKind === "requirements" && !section && bullet === nextBullet));
    // "其他職缺 / • 前端工程師 Frontend Engineer": under a page's list of other openings a name is a link, not a heading.
    if (section || listingHeadingPattern.test(sectionName)) listing = listingHeadingPattern.test(sectionName);
    // "應徵職缺 *" over "○ A 行銷企劃實習生" / "○ B 電商營運實習生": a printed form's choices under its question name what
    // the applicant may pick (the posts the form lists above), never a post of their own.
    const choice = choiceLine.test(key) && (choices || (i > 0 && formQuestion.test(clean.key.slice(lines[i - 1]!.start, lines[i - 1]!.end).trim())));
    choices = choice;
    // "Qualifications and experience" over "Certified Public Accountant – CPA(K)": under a requirements heading a line naming
    // a certificate (data/requirements.ts) is what the post asks for, not a post.
    const asked = sectionKind === "requirements" && !section && namesCertificate(key);
    const h = listing || choice || asked ? null : (lineHeading(clean, start, end, lines[i - 1] ?? null, valueList, inList, sectionKind === "other", lines[i + 1] ?? null) ?? (valueList || sectionKind === "other" ? null : formHeading(clean, start, end, weightOf(i), inList, lines[i - 1] ?? null, headingLine >= 0 && i - headingLine <= 3 && !sectionSince && marks.slice(headingLine + 1, i).every((m) => m === "plain"))));
    if (h) sectionKind = null;
    prevBullet = bullet;
    // A .docx read by paragraphs puts each cell on its own line: "直接上级" alone, its value on the next line.
    const labelAlone = fieldLabelKeys.has(key.replace(/\s*:$/, ""));
    const openLabel = labelAlone || readLabels(key).some((l) => l.labelStart === 0 && l.end === l.start) || /(?:关系|对象|人员|下级|下属):$/.test(key);
    valueList = openLabel || (valueList && /^[^\s:,;。]{2,20}$/.test(key) && numberingPrefix.exec(key)![0].length === 0);
    if (section) sectionSince = true;
    // "*We're hiring: Barista (Full-time)*" over "Brew Theory – Raffles Place": a hiring line heads the lines under it as a heading
    // does; a document's title ("# 2027 招聘需求", 招聘启事) heads no post.
    if (h || (hiringPattern.test(key) && !/^\s*#/.test(key) && !/(?:需求|信息|启事|启示|公告|简章|计划)\s*$/.test(key))) (headingLine = i), (sectionSince = false);
    if (h) found.push(h);
    else if (!choice) found.push(...labelHeadings(clean, start, end));
  });
  found.push(...inlineHeadings(clean));
  const priority: Record<HeadingKind, number> = { part: 0, doc: 1, dept: 2, label: 3, title: 4 };
  found.sort((a, b) => a.start - b.start || priority[a.kind] - priority[b.kind] || b.end - a.end);
  const result: Heading[] = [];
  for (const h of found) {
    const last = result[result.length - 1];
    if (last && h.start < last.end) {
      if (last.kind === "label" && h.start === last.start) result[result.length - 1] = h;
      continue;
    }
    result.push(h);
  }
  return result;
}
