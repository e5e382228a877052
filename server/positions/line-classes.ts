import { lineFeatures, type Vocabulary } from "../documents/line-features.js";
import { tagLines, type Features } from "../documents/line-tagger.js";
import { cleanLines, type CleanLine, type CleanText } from "./clean.js";
import { chatSenderLines, furnitureLinePatterns } from "./data/furniture.js";
import { genderNote, titleLabels } from "./data/headings.js";
import {
  addressPattern, benefitPattern, chineseHiringPatterns, countedNameLine, hiringPhrases, dutiesOfPattern, chromePattern, companyPattern, contactPattern, dutyVerbPattern, hiringPattern, placePattern,
  postingSections, requirementCuePattern, salaryPattern, tagPattern,
} from "./data/line-vocabulary.js";
import { fieldLabels } from "./data/labels.js";
import { positionLineModel, type PositionLineClass } from "./data/line-model.js";
import { sectionHeadings } from "./data/sections.js";
import { numberingPrefix } from "./headings.js";
import { isPositionName, normalizeTitle } from "./title.js";
import { escapeRegExp } from "../text/regex.js";

export type TaggedLine = { start: number; end: number; text: string; key: string; tag: PositionLineClass; scores: Record<PositionLineClass, number> };

/** A line's words without its numbering, brackets or closing colon: "【任职要求】：" → "任职要求". */
const bare = (key: string) =>
  key.replace(numberingPrefix, "").replace(/^[【\[#*]+|[】\]#*]+|\s*:\s*$/g, "").replace(banner, "").trim();
/** "—— 关于我们 ——", "▍技术类", "═══ 福利 ═══": a banner's rules around a section's name. */
const banner = /^[\s—–=~▍▌■◆●★☆═─━]{2,}|^[▍▌■◆●★☆]\s*|[\s—–=~▍▌■◆●★☆═─━]{2,}$/g;

const headingKinds = new Map<string, string>([
  ...sectionHeadings.map((s) => [s.key, s.kind === "responsibilities" ? "duty" : s.kind === "requirements" ? "requirement" : "other"] as const),
  ...postingSections.map((s) => [s.key, s.kind] as const),
]);
const headingKind = (key: string) => headingKinds.get(bare(key)) ?? null;
/** Whether a line's words are a section heading the section reader knows (of any kind): "任职要求", "What you'll bring", "Nice to have". */
export const knownHeading = (key: string) => headingKind(key) !== null;
/**
 * "要求：识用Excel", "【联系方式】刘经理", "Requirements: 3+ years": a section's name opening the line its first item
 * is on, its kind and where the item starts in the line.
 */
export function sectionLead(key: string): { kind: string; itemAt: number } | null {
  const m = /^(\s*)(?:[【\[]([^】\]]{1,12})[】\]]|\*\*([^*]{1,24})\*\*|([^:]{1,24}?)\s*:)\s*:?\s*(?=\S)/.exec(key.replace(numberingPrefix, (n) => " ".repeat(n.length)));
  const kind = m ? headingKinds.get(bare(m[2] ?? m[3] ?? m[4]!)) : undefined;
  return kind ? { kind, itemAt: m![0].length } : null;
}
const leadKind = (key: string) => sectionLead(key)?.kind ?? null;

const labelAlt = [...fieldLabels].map((l) => l.label).sort((a, b) => b.length - a.length).map(escapeRegExp);
const labelStart = new RegExp(`^(?:${labelAlt.join("|")})\\s*[:|]\\s*\\S`);
const titleLabelStart = new RegExp(`^(?:${[...titleLabels].sort((a, b) => b.length - a.length).join("|")})\\s*[:|]\\s*\\S`);

/**
 * An English name holding a sentence's little words ends in its role word ("Head of Design", "Engineering Manager,
 * Payments" aside): "Registered with the Physiotherapists Board" only mentions one.
 */
function headed(title: string): boolean {
  if (!/^[^\u3400-\u9fff]*[a-z][^\u3400-\u9fff]*$/.test(title) || !/\b(?:with|the|to|in|on|at|from|by|is|are|a|an|your|our)\b/.test(title)) return true;
  const words = title.replace(/\s*[(（][^)）]*[)）]\s*$|,.*$/, "").trim().split(/\s+/);
  const of = words.findIndex((w) => w === "of" || w === "for");
  return [words[words.length - 1]!, ...(of > 0 ? [words[of - 1]!] : [])].some((w) => isPositionName(w, "strict"));
}

/** "高级前端工程师 15-25K", "社會工作助理 Social Work Assistant", "Credit Controller – Coventry": a role name alone, before its pay or before its English name. */
function namesRole(key: string): boolean {
  // "Management Accountant – Birmingham – £45,000": a spaced dash ends the name as a bar does.
  const name = bare(key).split(/\s{2,}|\s[|｜·–—]\s|\s-\s|\s(?=\d)/)[0]!;
  const names = /^[\u3400-\u9fff]/.test(name) ? [name, name.split(/\s/)[0]!] : [name];
  return names.some((n) => {
    const title = normalizeTitle({ text: n, key: n }).key;
    return title.length >= 2 && isPositionName(title, "strict") && headed(title);
  });
}

/** The role a hiring phrase names, as a span of the line's key: "诚聘会计2名" → 会计, "We need a React developer for…" → react developer. */
export function hiredRole(key: string, text?: string): { at: number; length: number } | null {
  for (const pattern of chineseHiringPatterns) {
    const m = pattern.exec(key);
    const vouched = m?.[2] === undefined || /[^\s!。,]/.test(m[2]);
    if (m && isPositionName(m[1]!, vouched ? "label" : "strict")) return { at: m.index + m[0].indexOf(m[1]!), length: m[1]!.length };
  }
  for (const { pattern, evidence } of hiringPhrases) {
    const m = pattern.exec(key);
    if (!m) continue;
    const at = m.index + m[0].lastIndexOf(m[1]!);
    if (isPositionName(m[1]!, evidence)) return { at, length: m[1]!.length };
    // "We're hiring a Pet Funeral Celebrant to join…": the frame's article before a name in Title Case, two words or more, vouches for
    // a post the role vocabulary lacks (the line's text shows the capitals its key folds away).
    const shown = text?.slice(at, at + m[1]!.length) ?? "";
    if (text && /(?:\b(?:an?|one)\s+|\b(?:hiring|wanted|needed)\s*[:–—-]\s*)$/.test(key.slice(0, at)) && titleCasedName(shown) && isPositionName(m[1]!, "label")) return { at, length: m[1]!.length };
  }
  const counted = text !== undefined ? countedNameLine.exec(key.trim()) : null;
  if (counted && isPositionName(counted[1]!, "label")) {
    const at = key.indexOf(counted[1]!);
    return { at, length: counted[1]!.length };
  }
  return null;
}

/** "Pet Funeral Celebrant": two to five words, each capitalized, the last no plural. */
const titleCasedName = (shown: string) => {
  const words = shown.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^[A-Z][\w&/-]*$/.test(w)) && !/[^s]s$/.test(words[words.length - 1]!);
};

/** Every piece of evidence the positions tagger scores, by name; the model's weights refer to these names. */
export const positionVocabulary: Vocabulary = {
  role: namesRole,
  hiring: hiringPattern,
  dutiesOf: (k) => dutiesOfPattern.test(bare(k)),
  hiringRole: (k) => hiredRole(k) !== null,
  titleLabel: titleLabelStart,
  label: labelStart,
  "heading:duty": (k) => headingKind(k) === "duty",
  "heading:requirement": (k) => headingKind(k) === "requirement",
  "heading:benefits": (k) => headingKind(k) === "benefits",
  "heading:company": (k) => headingKind(k) === "company",
  "heading:contact": (k) => headingKind(k) === "contact",
  "heading:other": (k) => headingKind(k) === "other",
  "lead:duty": (k) => leadKind(k) === "duty",
  "lead:requirement": (k) => leadKind(k) === "requirement",
  "lead:benefits": (k) => leadKind(k) === "benefits",
  "lead:company": (k) => leadKind(k) === "company",
  "lead:contact": (k) => leadKind(k) === "contact",
  salary: salaryPattern,
  tag: tagPattern,
  place: placePattern,
  benefit: benefitPattern,
  company: companyPattern,
  address: addressPattern,
  contact: contactPattern,
  chrome: (k) => chromePattern.test(k) || furnitureLinePatterns.some((p) => p.test(k)),
  // "张扬 14:32", "12/11/26, 09:14 - Marcus Tan:", "Mira (Mod) — Today at 9:02 AM": the line a chat message opens with names
  // its sender and time. It is furniture, but the message under it is not: a feature of its own keeps the one from the other.
  // "Data Engineer (m/w/d)", "Chargé d'affaires (H/F)": the gender note postings in Europe must carry follows a post's name.
  genderNote: new RegExp(genderNote.source, "i"),
  chatSender: (k) => chatSenderLines.some((p) => p.exec(k)?.groups?.name !== undefined),
  // "设计实习生 2名" opens with 设计 but names a role.
  dutyVerb: (k) => dutyVerbPattern.test(bare(k)) && !namesRole(k),
  requirementCue: requirementCuePattern,
};

/**
 * The vocabulary hits that open a section (and a position, for `role`): a line below carries `in:<name>`.
 * "置業顧問崗位職責" (dutiesOf) opens a duty list as much as a 岗位职责 heading does, though it names the role too.
 */
const sectionOpeners = ["heading:duty", "heading:requirement", "heading:benefits", "heading:company", "heading:contact", "heading:other", "role", "titleLabel", "dutiesOf"];

/** The non-blank lines of the cleaned document and the features the tagger scores them by (training reads the same). */
export function positionLineFeatures(clean: CleanText): { lines: CleanLine[]; features: Features[] } {
  const lines = cleanLines(clean);
  // What the format said of a line's look (a Heading style, bold, its font size) is evidence beside its words.
  const withLayout = lines.map((l) => (l.layout ? { ...l, ...l.layout } : l));
  return { lines, features: withPageRuns(lineFeatures(withLayout, positionVocabulary, { sections: sectionOpeners })) };
}

/** A line with nothing of an item, a label or a sentence about it: short, unmarked, no colon, comma or full stop. */
const bareLine = (f: Features) =>
  (f["len:tiny"] === 1 || f["len:short"] === 1) &&
  !Object.keys(f).some((k) => k.startsWith("num:") || k === "bullet" || k === "emoji" || k === "end:colon" || k === "end:stop" || k === "has:comma" || k === "label:value");

/**
 * Where a line stands among the page's chrome: a job board's menu ("Skip to content / SEEK / Job search / Profile"), a
 * footer's links, a share bar come as runs of bare short lines at the top or the bottom of the copied page, which a
 * post's own short lines (a title, its tags) seldom make. `run:bare` marks a line in a run of three or more bare lines;
 * `pos:head` / `pos:tail` the first and last sixth of a document of twelve lines or more.
 */
function withPageRuns(features: Features[]): Features[] {
  const bare = features.map(bareLine);
  const n = features.length;
  const runLength = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && bare[j]) j++;
    for (let k = i; k < j; k++) runLength[k] = j - i;
    i = Math.max(j, i + 1);
  }
  return features.map((f, i) => {
    const out: Record<string, number> = { ...f };
    if (runLength[i]! >= 3) out["run:bare"] = 1;
    if (n >= 12 && i < n / 6) out["pos:head"] = 1;
    if (n >= 12 && i >= n - n / 6) out["pos:tail"] = 1;
    return out;
  });
}

/** Tags every non-blank line of the cleaned document with its best class in the best sequence. */
export function tagPositionLines(clean: CleanText): TaggedLine[] {
  const { lines, features } = positionLineFeatures(clean);
  const tagged = tagLines(positionLineModel, features);
  return lines.map((l, i) => ({ ...l, tag: tagged.classes[i]!, scores: tagged.scores[i]! }));
}
