import { documentTitles, resumeSections, type ResumeSection } from "./data/sections.js";
import { findDateRanges } from "./dates.js";
import { foldLine, labelKey } from "./fold.js";
import type { ResumeLine } from "./lines.js";

export type Section = { kind: ResumeSection | "header"; lines: ResumeLine[] };

// Longest names first, so "work experience" is taken whole before "experience" inside it.
const headingNames = (Object.entries(resumeSections) as [ResumeSection, readonly string[]][])
  .flatMap(([kind, names]) => names.map((name) => ({ kind, name: foldLine(name) })))
  .sort((a, b) => b.name.length - a.name.length);

const decoration = /^[\s#*■□●○◆◇▪▶►★☆•·\-—=_|｜【\[〔（(一二三四五六七八九十\d.、]*|[\s:：*■□●○◆◇▪★☆•·\-—=_|｜】\]〕）)]*$/g;

/**
 * How strongly a line reads as the heading of each section: the share of it that heading names
 * cover (a bilingual "Work Experience 工作經驗" is covered twice over by one section), less what
 * content looks like (dates, digits, sentence punctuation, length). Scores, not a first match, so
 * a future sequence pass can weigh them against the lines around.
 */
export function headingScores(text: string): Partial<Record<ResumeSection, number>> {
  // Folding costs tens of microseconds a line; a line this long is content, whatever it says.
  if (text.length > 60) return {};
  // "工作经历（按时间顺序）": a remark in brackets after a heading is not part of its name.
  const bare = foldLine(text).replace(/\s*[(（][^)）]{1,16}[)）]\s*[:：]?$/, "").replace(decoration, "").trim();
  if (bare === "" || bare.length > 40) return {};
  const scores: Partial<Record<ResumeSection, number>> = {};
  for (const kind of Object.keys(resumeSections) as ResumeSection[]) {
    let rest = bare;
    let covered = 0;
    for (const { name } of headingNames.filter((h) => h.kind === kind)) {
      if (!rest.includes(name)) continue;
      covered += name.length;
      rest = rest.split(name).join(" ");
    }
    if (covered === 0) continue;
    const leftover = labelKey(rest).replace(/[/&与及和and]/g, "").length;
    let score = 3 * (covered / (covered + leftover));
    if (leftover <= 3) score += 0.5;
    if (findDateRanges(text).length > 0 || /@|\d{5,}/.test(text)) score -= 2;
    if (/[。；;,，!！]$/.test(bare) || bare.split(" ").length > 6) score -= 1.5;
    scores[kind] = score;
  }
  return scores;
}

const HEADING_THRESHOLD = 2.6;

/** The section a line opens, if it reads as a heading. */
export function headingOf(text: string): ResumeSection | null {
  if (documentTitles.test(labelKey(text))) return null;
  const scored = Object.entries(headingScores(text)) as [ResumeSection, number][];
  const best = scored.sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= HEADING_THRESHOLD ? best[0] : null;
}

/**
 * Splits the lines into sections. A heading may stand alone or be a row's first cell, as in the
 * 个人简历 table ("工作经历 | 2020.03-至今 …"); the rest of that row is the section's first line.
 * Lines before the first heading are the header (name and contacts, usually).
 */
export function splitSections(lines: readonly ResumeLine[]): Section[] {
  const sections: Section[] = [{ kind: "header", lines: [] }];
  for (const line of lines) {
    const whole = headingOf(line.text);
    if (whole) {
      sections.push({ kind: whole, lines: [] });
      continue;
    }
    const first = line.cells.length > 1 ? headingOf(line.cells[0]!) : null;
    if (first) {
      const cells = line.cells.slice(1);
      sections.push({ kind: first, lines: [{ text: cells.join("\t"), cells, index: line.index }] });
      continue;
    }
    sections.at(-1)!.lines.push(line);
  }
  return sections;
}
