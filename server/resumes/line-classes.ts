import { lineFeatures, tagLines, type Features, type TaggerModel, type Vocabulary } from "../documents/index.js";
import { looksLikeName } from "./contact.js";
import { resumeLineModel, type ResumeLineClass } from "./data/line-model.js";
import { contactPattern, furniturePattern, listSeparator } from "./data/line-vocabulary.js";
import { documentTitles } from "./data/sections.js";
import { findDateRanges } from "./dates.js";
import { bareKey } from "./keys.js";
import type { ResumeLine } from "./lines.js";
import { bestHeading, HEADING_THRESHOLD } from "./sections.js";

const dated = (key: string) => findDateRanges(key).some((r) => r.end !== null);

/** A line holding only a date range ("Jul 2019 – Present", "2019.07-至今"). */
function dateOnly(key: string): boolean {
  const ranges = findDateRanges(key).filter((r) => r.end !== null);
  if (ranges.length === 0) return false;
  let rest = key;
  for (const r of [...ranges].reverse()) rest = rest.slice(0, r.at) + rest.slice(r.at + r.length);
  return !/[a-z\u3400-\u9fff]/.test(rest);
}

/** Three or more short items in a row: a skill, language or certificate list. */
function listLine(key: string): boolean {
  const items = key.split(listSeparator).map((s) => s.trim()).filter(Boolean);
  return items.length >= 3 && items.every((s) => s.length <= 24) && !/[。.;；]$/.test(key);
}

/** Every piece of evidence the resume tagger scores, by name; the model's weights refer to these names. */
const namesSection = (k: string) => (bestHeading(k)?.score ?? 0) >= HEADING_THRESHOLD;

export const resumeVocabulary: Vocabulary = {
  heading: namesSection,
  headingPart: (k) => (bestHeading(k)?.score ?? 0) > 0,
  docTitle: (k) => documentTitles.test(bareKey(k)),
  date: dated,
  dateOnly,
  contact: contactPattern,
  furniture: (k) => furniturePattern.test(k),
  skillList: listLine,
};

/**
 * How the document sets its named section headings ("Experience", "教育背景"): heading level and font size, and
 * every font size they are set in when that is larger than the body's (the document's median size).
 */
type HeadingStyle = { level: number | null; fontSize: number | null; headingSizes: readonly number[] };

function headingStyle(lines: readonly ResumeLine[]): HeadingStyle {
  const named = lines.filter((l) => namesSection(l.key));
  const levels = named.flatMap((l) => (l.layout.heading ? [l.layout.heading] : []));
  const sizes = named.flatMap((l) => (l.layout.fontSize ? [l.layout.fontSize] : []));
  const all = lines.flatMap((l) => (l.layout.fontSize ? [l.layout.fontSize] : [])).sort((a, b) => a - b);
  const body = all.length ? all[Math.floor(all.length / 2)]! : null;
  const headingSizes = body === null ? [] : [...new Set(sizes)].filter((s) => s > body * 1.1);
  return { level: levels.length ? Math.min(...levels) : null, fontSize: sizes.length ? Math.min(...sizes) : null, headingSizes };
}

/**
 * Evidence that needs the line as written or the document around it: a name's capitals, the format's
 * list items, a heading below the level (or in a smaller font) than the document's named section
 * headings — a job's title under "## Experience" ("### Data Analyst — Tencent"), not a section of its own —
 * and a line partly worded as a section name in the named headings' own font size.
 */
function ownEvidence(line: ResumeLine, index: number, style: HeadingStyle): Features {
  const f: Record<string, number> = {};
  if (index < 8 && looksLikeName(line.text)) f["v:name"] = 1;
  if (line.layout.listed) f["layout:list"] = 1;
  const deeper = style.level !== null && line.layout.heading !== undefined && line.layout.heading > style.level;
  const smaller = style.fontSize !== null && line.layout.fontSize !== undefined && line.layout.fontSize < style.fontSize * 0.95;
  if (deeper || smaller) f["layout:subheading"] = 1;
  // "Top Skills", "Selected Publications": a heading worded beyond the section names ("Skills") but set in the very
  // size the document's named headings are, above its body text.
  const size = line.layout.fontSize;
  if (size !== undefined && style.headingSizes.some((s) => Math.abs(s - size) <= s * 0.03) && !namesSection(line.key) && (bestHeading(line.key)?.score ?? 0) > 0) {
    f["layout:headingStyle"] = 1;
  }
  return f;
}

/** The features the tagger scores for each line: the core's generic ones, the resume vocabulary's, and the line's own evidence. */
export function resumeLineFeatures(lines: readonly ResumeLine[]): Features[] {
  const style = headingStyle(lines);
  const features = lineFeatures(
    lines.map((l) => ({
      text: l.text, key: l.key, cells: l.cells, indent: l.layout.indent, page: l.layout.page,
      ...(l.layout.bold ? { bold: true } : {}), ...(l.layout.fontSize ? { fontSize: l.layout.fontSize } : {}), ...(l.layout.heading ? { heading: l.layout.heading } : {}),
    })),
    resumeVocabulary,
  );
  return features.map((f, i) => ({ ...f, ...ownEvidence(lines[i]!, i, style) }));
}

/** Tags every line with its class in the best sequence for the document (Viterbi over the model's weights: hand-set by default). */
export function tagResumeLines(lines: ResumeLine[], model: TaggerModel<ResumeLineClass> = resumeLineModel): ResumeLine[] {
  const tagged = tagLines(model, resumeLineFeatures(lines));
  // The lines are this reading's own (made by toLines and withCells): tagged in place, not copied.
  lines.forEach((l, i) => (l.tag = tagged.classes[i]!));
  return lines;
}
