import stringWidth from "string-width";
import { preferredHeadings, preferredSentenceHeading, sectionHeadings, sentenceHeadings, standaloneHeadings, type SectionKind } from "./data/sections.js";
import { numberingPrefix } from "./headings.js";
import type { Line } from "./items.js";
import { readLabels } from "./labels.js";
import { fieldLabels } from "./data/labels.js";
import { postingLabels } from "./data/posting.js";

/** `preferred`: a "Nice to have" section, whose items are preferences even when a line does not say so. */
export type Section = { kind: SectionKind | "preamble"; lines: Line[]; preferred?: boolean };

const keys = [...sectionHeadings].sort((a, b) => b.key.length - a.key.length);
const inlineKeys = ["教育/工作经验", "任职资格", "任职要求", "岗位要求", "监管职责", "主要工作职责", "岗位职责", "工作职责"];
// English names split a line only after a sentence: "PREFERRED QUALIFICATIONS:" is one heading, not two.
const inlineEnglishKeys = ["requirements", "qualifications", "responsibilities"];
const numberedKeys = keys.map((k) => k.key).filter((k) => k.length >= 4 && /^[\u4e00-\u9fff]/.test(k));
// Flattened pages run sections together ("…二、岗位工作概述负责…三、工作职责与任务1、…"); numbered section names split them.
const inlineSplit = new RegExp(
  `(?<=\\S\\s*)(?=(?:${inlineKeys.join("|")})\\s*:|(?:[一二三四五六七八九十]{1,2}、?|\\d{1,2}、)\\s*(?:${numberedKeys.join("|")}))|(?<=[.;。!?]\\s*)(?=(?:${inlineEnglishKeys.join("|")})\\s*:)|(?<=[,;。]\\s*)(?=要求\\s*:)`,
  "g",
);

/** Recognizes a section heading line; content after "key:" stays in that section. */
function headingOf(key: string): { kind: SectionKind; key: string; contentAt: number; inline: boolean; preferred?: boolean } | null {
  let num = numberingPrefix.exec(key)![0].length;
  // "【岗位职责】": a bracketed name; its closing bracket stands for the colon.
  if (/^[【\[]/.test(key.slice(num))) num += 1;
  // Flattened pages drop the 、 after a section number: "二岗位概述…", "六任职要求…".
  const bareNumeral = /^[一二三四五六七八九十]{1,2}(?=[\u4e00-\u9fff]{4})/.exec(key.slice(num));
  if (bareNumeral && keys.some((k) => k.key.length >= 4 && key.startsWith(k.key, num + bareNumeral[0].length))) num += bareNumeral[0].length;
  const body = key.slice(num);
  for (const { key: k, kind } of keys) {
    if (!body.startsWith(k)) continue;
    if (standaloneHeadings.has(k) && body.slice(k.length).replace(/[\s:*_]/g, "").length > 0) continue;
    // "**Must have**": Markdown emphasis closes the name.
    const rest = body.slice(k.length).replace(/^\s*(?:\*\*|__)/, "");
    // A table row read from a .docx separates the heading cell from its content with a tab.
    const colon = /^\s*[:：]\s*|^\t\s*|^\s*[】\]]\s*[:：]?\s*/.exec(rest);
    if (colon) return { kind, key: k, contentAt: num + k.length + colon[0].length, inline: false };
    // Bilingual headings name the section twice: "Responsibilities 職責:".
    const twice = /^\s+([^\s:]{2,30})\s*(?::\s*)?$/.exec(rest);
    if (twice && keys.some((o) => o.key === twice[1] && o.kind === kind)) return { kind, key: k, contentAt: key.length, inline: false };
    if (rest.trim().length === 0) return { kind, key: k, contentAt: key.length, inline: false };
    if (k.length >= 4 && /^[\u4e00-\u9fff]/.test(k)) return { kind, key: k, contentAt: num + k.length, inline: true };
  }
  if (num === 0 && body.trim().length <= 90) {
    const sentence = sentenceHeadings.find((h) => h.pattern.test(body));
    if (sentence) return { kind: sentence.kind, key: body.trim(), contentAt: key.length, inline: false, preferred: sentence.kind === "requirements" && preferredSentenceHeading.test(body) };
  }
  return null;
}

/** The width a narrow column's lines are set to (a newspaper's or a leaflet's, up to 40 columns), when three lines or more fill it. */
function columnMeasure(lines: readonly string[]): number | null {
  const widths = lines.map((l) => stringWidth(l.trim()));
  const measure = Math.max(0, ...widths);
  return measure <= 40 && widths.filter((w) => w >= measure - 2).length >= 3 ? measure : null;
}

/**
 * A PDF's text breaks lines at the page width ("…质量管理相关\n专业；"): a line without a closing stop, followed by a line
 * that opens no item, heading or label, goes on in that line: a long line before a short tail that closes ("专业；"), a
 * list's separator ending a line, or a line that fills a narrow column's measure before more Chinese or the stop it was
 * cut before ("1年以上外贸" / "经验，熟练使用…", "持健康证" / "，包吃住").
 */
function wrapped(prev: Line, next: Line, measure: number | null): boolean {
  const p = prev.key.trimEnd();
  const n = next.key.trim();
  // "· 2027届硕士及以上，微电子、电子工程、" / "计算机相关专业": a list's separator ending a line goes on in the next.
  const listGoesOn = /[\u4e00-\u9fffa-z0-9]、$/.test(p) && p.length >= 8;
  if (n.length === 0 || numberingPrefix.exec(n)![0].length > 0 || headingOf(n) !== null || readLabels(n).some((l) => l.labelStart === 0)) return false;
  if (listGoesOn && /^[\u4e00-\u9fffa-z0-9]/.test(n)) return true;
  if (/[。;!?:.,)>】]$/.test(p) || !/[\u4e00-\u9fff]$/.test(p)) return false;
  // A field opening the next line ("人数:2" under "部门:华东大区") is a line of its own, not the rest of one.
  if (measure !== null && measure >= 20 && !/\s{2,}|\t/.test(p) && stringWidth(prev.text.trim()) >= measure - 2 && /^[\u4e00-\u9fff,.;:。]/.test(n) && !/^[\u4e00-\u9fffa-z]{1,8}\s*:/.test(n)) return true;
  if (p.length < 18) return false;
  // Only a short tail goes on; longer unpunctuated lines are separate items in many scraped pages.
  const tail = n.length <= 12 && /[。;.!]$/.test(n);
  return tail && /^[\u4e00-\u9fff]/.test(n) && !/\s{2,}/.test(p);
}

/**
 * An English sentence broken at a PDF's line width ("A valid California Class C driver's\nlicense is required."): a long
 * line ending in a word, no stop or colon after it, followed by a line that opens in lower case and is no item of its own.
 */
function englishWrap(prev: Line, next: Line): boolean {
  const p = prev.text.trimEnd();
  const n = next.text.trim();
  if (p.length < 60 || !/[A-Za-z0-9']$/.test(p) || /[\u4e00-\u9fff]/.test(p) || /\s{2,}|\t/.test(p)) return false;
  return /^[a-z][a-z'-]*(?:[\s,.;]|$)/.test(n) && numberingPrefix.exec(next.key.trim())![0].length === 0 && headingOf(next.key.trim()) === null;
}

const knownLabels = new Set([...keys.map((k) => k.key), ...fieldLabels.map((l) => l.label)]);
const knownLabel = (cell: string) => knownLabels.has(cell) || postingLabels.some((l) => l.label.test(cell));
/** A cell that reads as a field's name: short, no figures or sentence marks. */
const labelShaped = (cell: string) => /^[\u4e00-\u9fff]{2,8}$|^[a-z][a-z /&'-]{1,30}$/.test(cell.trim());

/**
 * "工作經歷\t3年以上\t學歷要求\t專科、大學": a form row holding two fields (104/1111 pages, Word tables). Returns
 * where each field starts in the row, or null when the row is not label/value pairs with a known label among them.
 */
export function formRowFields(key: string): number[] | null {
  const cells = key.split("\t");
  if (cells.length < 4 || cells.length % 2 !== 0) return null;
  const names = cells.filter((_, i) => i % 2 === 0);
  if (!names.every(labelShaped) || !names.some((n) => knownLabel(n.trim())) || cells.some((c, i) => i % 2 === 1 && c.trim().length === 0)) return null;
  const starts: number[] = [];
  let at = 0;
  cells.forEach((c, i) => {
    if (i % 2 === 0) starts.push(at);
    at += c.length + 1;
  });
  return starts;
}

/** One field of a form row as a "label: value" line (the tab after the label becomes its colon, same length). */
function fieldLine(text: string, key: string): Line {
  const tab = key.indexOf("\t");
  const colon = (s: string) => (tab < 0 ? s : `${s.slice(0, tab)}:${s.slice(tab + 1)}`);
  return { text: colon(text), key: colon(key) };
}

const essentialCell = /^(?:essential|essential criteria|required|minimum)$/;
const desirableCell = /^(?:desirable|desirable criteria|preferred|advantageous)$/;
const taggedColumn = /^(?:e\s*\/\s*d|essential\s*(?:\/|or)\s*desirable|essential\s*\/\s*desirable\s*\(e\/d\))$/;
const assessedCell = /^(?:how assessed|how (?:it is |this is )?(?:tested|evidenced|measured)|assessed by|method of assessment|assessment(?: method)?|evidence)$/;
const heading = (text: string): Line => ({ text, key: text.toLowerCase() });

/**
 * A person specification table (NHS and UK style): a header row naming Essential and Desirable columns
 * ("Criteria | Essential | Desirable"; the rows may lead with their own label, "Qualifications"), or a column that tags
 * each row E or D ("Criteria | E/D | How assessed"). Its essential cells stay where the table stands, read as required
 * (the header row becomes an Essential heading); its desirable cells, or the rows tagged D, are moved into a Desirable
 * section at the end of the table's section, read as preferences.
 */
function personSpecification(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let columns: ({ essential: number; desirable: number } | { tag: number }) & { assessed: number } | null = null;
  let desirable: Line[] = [];
  const flush = () => {
    if (desirable.length > 0) out.push(heading("Desirable"), ...desirable);
    desirable = [];
  };
  for (const line of lines) {
    const cells = line.key.split("\t").map((c) => c.trim());
    const e = cells.findIndex((c) => essentialCell.test(c));
    const d = cells.findIndex((c) => desirableCell.test(c));
    const t = cells.findIndex((c) => taggedColumn.test(c));
    // "How assessed" says where the criterion is tested (Application form, Interview): no part of it.
    const a = cells.findIndex((c) => assessedCell.test(c));
    const assessed = a >= 0 ? cells.length - a : 0;
    if (cells.length >= 2 && e >= 0 && d >= 0) {
      flush();
      // Counted from the row's end: a row may lead with a label cell the header row leaves out.
      columns = { essential: cells.length - e, desirable: cells.length - d, assessed };
      out.push(heading("Essential"));
      continue;
    }
    if (cells.length >= 2 && t >= 0) {
      flush();
      columns = { tag: cells.length - t, assessed };
      out.push(heading("Essential"));
      continue;
    }
    if (columns && cells.length < 2 && headingOf(line.key) !== null) {
      flush();
      columns = null;
    }
    if (!columns || cells.length < 2) {
      out.push(line);
      continue;
    }
    const texts = line.text.split("\t");
    const cut = (drop: (i: number) => boolean): Line => {
      const keep = texts.map((_, i) => i).filter((i) => !drop(i) && i !== cells.length - columns!.assessed && cells[i]!.length > 0);
      return { text: keep.map((i) => texts[i]!.trim()).join("\t"), key: keep.map((i) => cells[i]!).join("\t") };
    };
    if ("tag" in columns) {
      const at = cells.length - columns.tag;
      const tag = cells[at] ?? "";
      const row = cut((i) => i === at);
      if (/^(?:d|desirable)$/.test(tag)) desirable.push(row);
      else out.push(row);
      continue;
    }
    const at = cells.length - columns.desirable;
    if (at >= 0 && at < cells.length && cells[at]!.length > 0) desirable.push({ text: texts[at]!.trim(), key: cells[at]! });
    out.push(cut((i) => i === at));
  }
  flush();
  return out;
}

/** Splits one position's lines into sections: summary, responsibilities, requirements, other. */
export function splitSections(text: string, key: string): Section[] {
  const lines: Line[] = [];
  const measure = columnMeasure(text.split("\n"));
  let offset = 0;
  for (const raw of key.split("\n")) {
    const fields = formRowFields(raw);
    const cuts = fields ? [...fields, raw.length + 1] : [0, ...[...raw.matchAll(inlineSplit)].map((m) => m.index), raw.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = offset + cuts[i]!;
      // A form row's field ends before the tab that opens the next one.
      const b = offset + cuts[i + 1]! - (fields ? 1 : 0);
      if (b <= a) continue;
      const line = fields ? fieldLine(text.slice(a, b), key.slice(a, b)) : { text: text.slice(a, b), key: key.slice(a, b) };
      const last = lines[lines.length - 1];
      // A Chinese line goes on in the next with nothing between; an English one with a space for its line break.
      const gap = i === 0 && last ? (wrapped(last, line, measure) ? "" : englishWrap(last, line) ? " " : null) : null;
      if (gap !== null) lines[lines.length - 1] = { text: last!.text + gap + line.text, key: last!.key + gap + line.key };
      else lines.push(line);
    }
    offset += raw.length + 1;
  }
  const sections: Section[] = [{ kind: "preamble", lines: [] }];
  let resume: Section | null = null;
  for (const line of personSpecification(lines)) {
    const heading = headingOf(line.key);
    if (resume) {
      // A heading run into its text without a colon ("知识能力要求 通晓…") holds that line only; a list around it goes on.
      if (!heading) {
        resume.lines.push(line);
        continue;
      }
      resume = null;
    }
    if (heading) {
      if (heading.inline) resume = sections[sections.length - 1]!;
      // Requirement lines keep their heading: "工作经验:3年以上" needs 经验 to be read as experience.
      const from = heading.kind === "requirements" ? 0 : heading.contentAt;
      const content = { text: line.text.slice(from), key: line.key.slice(from) };
      const hasContent = line.key.slice(heading.contentAt).trim().length > 0;
      const preferred = preferredHeadings.includes(heading.key) || heading.preferred === true;
      sections.push({ kind: heading.kind, lines: hasContent ? [content] : [], ...(preferred ? { preferred } : {}) });
    } else sections[sections.length - 1]!.lines.push(line);
  }
  return sections;
}
