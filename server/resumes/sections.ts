import { resumeSections, type ResumeSection } from "./data/sections.js";
import { findDateRanges } from "./dates.js";
import { bareKey, foldLine, labelKey } from "./keys.js";
import { entryField } from "./entries.js";
import { dateColumns } from "./data/entry-labels.js";
import { siteButtons } from "./data/line-vocabulary.js";
import { withCells, type ResumeLine } from "./lines.js";
import { memoizeText } from "../text/memo.js";
import { escapeRegExp } from "../text/regex.js";

/** A run of lines under one heading (`heading` as written; absent for the header and for continuations). */
export type Section = { kind: ResumeSection | "header"; lines: ResumeLine[]; heading?: string };

// Longest names first, so "work experience" is taken whole before "experience" inside it.
// A name in letters is a word of its own, never part of a longer word: "Transformation" holds no "formation", "Talents"
// no Dutch "talen", "Information Technology" no French "formation". A Chinese name is matched anywhere in the line.
const wordEdge = /^[\p{Script=Latin}]|[\p{Script=Latin}]$/u;
const namePattern = (name: string) =>
  `${/^\p{Script=Latin}/u.test(name) ? "(?<!\\p{L})" : ""}${escapeRegExp(name)}${/\p{Script=Latin}$/u.test(name) ? "(?!\\p{L})" : ""}`;
type Name = { name: string; at: RegExp | null };

const byLength = (names: readonly string[]) => [...new Set(names)].sort((a, b) => b.length - a.length);
const namesByKind = (Object.entries(resumeSections) as [ResumeSection, readonly string[]][]).map(([kind, names]) => {
  const folded = byLength(names.map(foldLine));
  return {
    kind,
    names: folded.map((name): Name => ({ name, at: wordEdge.test(name) ? new RegExp(namePattern(name), "gu") : null })),
    any: new RegExp(folded.map(namePattern).join("|"), "u"),
  };
});

// Most lines name no section at all: one scan tells, before each name is tried.
const anyName = new RegExp(namesByKind.flatMap((k) => k.names).map((n) => namePattern(n.name)).join("|"), "u");

const holds = (text: string, { name, at }: Name) => (at ? ((at.lastIndex = 0), at.test(text)) : text.includes(name));
const without = (text: string, { name, at }: Name) => (at ? text.replace(at, " ") : text.split(name).join(" "));

// "WORKEXPERIENCE", "ABOUTME": a letter-spaced heading whose word gap the PDF lost is its names' letters run together.
// A one-word name is still only the whole run ("Transformation" holds no "formation"); a name of several words is found inside it.
const runTogether = namesByKind.map(({ kind, names }) => {
  const joined = byLength(names.map((n) => n.name.replace(/ /g, "")));
  const spaced = new Set(names.filter((n) => n.name.includes(" ")).map((n) => n.name.replace(/ /g, "")));
  return {
    kind,
    names: joined.map((name): Name => ({ name, at: spaced.has(name) || !/^\p{Script=Latin}/u.test(name) ? null : new RegExp(`^${escapeRegExp(name)}$`, "gu") })),
    any: new RegExp(joined.map(escapeRegExp).join("|")),
  };
});
const anyRunTogether = new RegExp(runTogether.flatMap((k) => k.names).map((n) => escapeRegExp(n.name)).join("|"));

// What decorates a heading around its name: numbering, brackets, bullets, rules and banners of box-drawing
// or block characters ("━━━━ 教育经历 ━━━━", "═══ Skills ═══", "▌工作经历", "◆ 项目经验 ◆").
const ornament = "\\s#*■□●○◆◇▪▶►★☆•·\\-—=_|｜\\u2500-\\u257f\\u2580-\\u259f\\u25a0-\\u25ff\\u2600-\\u26ff\\u2700-\\u27bf~～>》<《";
const decoration = new RegExp(`^[${ornament}【\\[〔（(一二三四五六七八九十\\d.、]*|[${ornament}:：】\\]〕）)]*$`, "g");

/**
 * How strongly a folded line reads as the heading of each section: the share of it that heading names
 * cover (a bilingual "Work Experience 工作經驗" is covered twice over by one section), less what content
 * looks like (dates, digits, sentence punctuation, length). The tagger takes these as evidence.
 */
export function headingScores(key: string): Partial<Record<ResumeSection, number>> {
  // A line this long is content, whatever it says.
  if (key.length > 60) return {};
  // "工作经历（按时间顺序）": a remark in brackets after a heading is not part of its name.
  const bare = key.replace(/\s+/g, " ").trim().replace(/\s*[(（][^)）]{1,16}[)）]\s*[:：]?$/, "").replace(decoration, "").trim();
  // A run of Latin letters with no space is read against the names without theirs.
  const joined = /^[a-zß-ÿ&]{6,}$/.test(bare);
  const kinds = joined ? runTogether : namesByKind;
  // "Educational Institutions Attended with Dates": a heading may run to 48 characters.
  if (bare === "" || bare.length > 48 || !(joined ? anyRunTogether : anyName).test(bare)) return {};
  const scores: Partial<Record<ResumeSection, number>> = {};
  for (const { kind, names, any } of kinds) {
    if (!any.test(bare)) continue;
    let rest = bare;
    let covered = 0;
    for (const name of names) {
      if (!holds(rest, name)) continue;
      covered += name.name.length;
      rest = without(rest, name);
    }
    if (covered === 0) continue;
    // "专长与证照", "Skills & Certifications": the rest names other sections, and the line heads them together. Their
    // names count nearly as much as the kind's own, so the kind that covers more of the line wins, and of equals the
    // one named first.
    let others = 0;
    for (const other of kinds) {
      if (other.kind === kind || !other.any.test(rest)) continue;
      for (const name of other.names) {
        if (!holds(rest, name)) continue;
        others += name.name.length;
        rest = without(rest, name);
      }
    }
    const leftover = bareKey(rest).replace(/[/&与及和and]/g, "").length;
    let score = 3 * ((covered + 0.9 * others) / (covered + others + leftover));
    if (others > 0) score -= (0.01 * firstAt(bare, names)) / bare.length;
    if (leftover <= 3) score += 0.5;
    if (findDateRanges(key).length > 0 || /@|\d{5,}/.test(key)) score -= 2;
    if (/[。；;,，!！]$/.test(bare) || bare.split(" ").length > 6) score -= 1.5;
    // "5年工作经验", "3 years experience": a count of years is a summary line, not a heading.
    if (/\d+\s*(?:年|个?月|\+?\s*years?\b|\+?\s*yrs?\b)/.test(key)) score -= 1.5;
    scores[kind] = score;
  }
  return scores;
}

const firstAt = (text: string, names: readonly Name[]) => Math.min(...names.map((n) => text.indexOf(n.name)).filter((i) => i >= 0));

/** Above this a line names its section outright; below it, a name only counts beside layout evidence. */
export const HEADING_THRESHOLD = 2.6;

/** The section a folded line names best, and how strongly (remembered: the tagger and the splitter both ask). */
export const bestHeading = memoizeText((key: string): { kind: ResumeSection; score: number } | null => {
  let best: { kind: ResumeSection; score: number } | null = null;
  for (const [kind, score] of Object.entries(headingScores(key)) as [ResumeSection, number][]) if (!best || score > best.score) best = { kind, score };
  return best;
});

const namedSection = (key: string) => {
  const best = bestHeading(key);
  return best && best.score >= HEADING_THRESHOLD ? best.kind : null;
};

/** Sections of dated rows, which a section named inline inside them (a job's 技术栈：…) does not end. */
const datedSections = new Set<Section["kind"]>(["experience", "internship", "projects", "education", "campus"]);

const dateColumnKeys = new Set(dateColumns.map(labelKey));

const inlineLabel = /^([^:：]{2,16}?)\s*[:：]\s*(\S.*)$/;

/**
 * A line that starts with a heading is that heading followed by a line of the rest, so the tagger sees
 * each for what it is: a table row whose first cell names a section, as in the 个人简历 form ("工作经历 |
 * 2020.03-至今 …"), or a section named inline before its content ("资格证书：中级会计师、税务师",
 * "专业技能：金蝶、用友"). A job's or a school's own labels (学历：本科, 职位：…) are fields, not sections.
 */
export function splitHeadingCells(lines: readonly ResumeLine[]): ResumeLine[] {
  return lines.flatMap((line) => {
    if (namedSection(line.key) !== null) return [line];
    const [first, ...rest] = line.cells;
    if (line.cells.length >= 2 && namedSection(line.key.split("\t")[0]!) !== null) return [withCells(line, [first!]), withCells(line, rest)];
    // "年 | 月 | 资格・证书": a dated table's header row, its date columns named and its subject a section, heads that section.
    const keys = line.key.split("\t");
    const subject = keys.findIndex((k) => !dateColumnKeys.has(labelKey(k)));
    if (line.cells.length >= 2 && subject >= 0 && keys.every((k, i) => i === subject || dateColumnKeys.has(labelKey(k))) && namedSection(keys[subject]!) !== null) {
      return [withCells(line, [line.cells[subject]!])];
    }
    const inline = inlineLabel.exec(first!);
    if (!inline || entryField(inline[1]!) !== undefined || namedSection(foldLine(inline[1]!)) === null) return [line];
    return [{ ...withCells(line, [inline[1]!.trim()]), inline: true }, withCells(line, [inline[2]!.trim(), ...rest])];
  });
}

/**
 * Splits tagged lines into sections. A line the tagger calls a heading opens the section it names; a
 * heading known only by its layout (a heading style, a bold line in a larger font) opens a section of
 * kind `other`, so its rows are not read as the previous section's. Page furniture is left out. Lines
 * before the first heading are the header (name and contacts, usually).
 *
 * Sections run on within a PDF column: when reading order moves to the next column of a page, the lines
 * there continue that column's own section (or, on page 1, start a new header), never the other column's,
 * so a sidebar's skills cannot run on into the main column's jobs.
 */
export function splitSections(lines: readonly ResumeLine[]): Section[] {
  const sections: Section[] = [{ kind: "header", lines: [] }];
  let current = sections[0]!;
  const open = (kind: Section["kind"], heading?: string) => {
    current = { kind, lines: [], ...(heading ? { heading } : {}) };
    sections.push(current);
  };
  let page = 0;
  let column = 0;
  const byColumn = new Map<number, Section>();
  // A table row's cells after the first that name a section ("Jordan Lee | CONTACT", a Word two-cell
  // template) open it for that cell's further paragraphs; the first cell's lines go on where they were.
  let cellSections = new Map<number, Section | { kind: ResumeSection; heading: string }>();
  let outside: Section | null = null;
  let resume: { inline: Section; before: Section } | null = null;
  let previousHeading = false;
  for (const line of lines) {
    if (line.tag === "furniture") continue;
    if (line.layout.tableRow) {
      if (outside) (current = outside), (outside = null);
      cellSections = new Map();
      line.cells.forEach((cell, k) => {
        const kind = k > 0 ? namedSection(line.key.split("\t")[k] ?? "") : null;
        if (kind) cellSections.set(k, { kind, heading: cell });
      });
    } else if ((line.layout.cell ?? 0) > 0 && cellSections.has(line.layout.cell!)) {
      const k = line.layout.cell!;
      outside ??= current;
      let own = cellSections.get(k)!;
      if (!("lines" in own)) cellSections.set(k, (own = { kind: own.kind, lines: [], heading: own.heading })), sections.push(own);
      current = own;
    } else if (outside) (current = outside), (outside = null);
    if (line.layout.page !== page) {
      (page = line.layout.page), (column = line.layout.column);
      byColumn.clear();
    } else if (line.layout.column !== column) {
      byColumn.set(column, current);
      const kind = current.kind;
      column = line.layout.column;
      const resumed = byColumn.get(column);
      if (resumed) current = resumed;
      else open(page === 1 ? "header" : kind);
    }
    // "工作经历" / "编辑": a site's button under a heading is page furniture.
    if (previousHeading && siteButtons.has(foldLine(line.text))) continue;
    previousHeading = line.tag === "heading";
    if (line.tag === "heading") {
      const before: Section = current;
      open(bestHeading(line.key)?.kind ?? "other", line.text);
      resume = line.inline && datedSections.has(before.kind) ? { inline: current, before } : null;
      if (outside && line.layout.cell !== undefined) cellSections.set(line.layout.cell, current);
    } else {
      current.lines.push(line);
      // "技术栈：Java　Spring Cloud" under a job: a section named inline holds its own line; the job's section goes on after it.
      if (resume && current === resume.inline) current = resume.before;
      resume = null;
    }
  }
  return sections;
}
