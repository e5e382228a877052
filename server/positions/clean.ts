import { fieldLabels, stackedValueLabels } from "./data/labels.js";
import { postingLabels } from "./data/posting.js";
import { sectionHeadings } from "./data/sections.js";
import { chatSenderLines, furnitureLinePatterns, inlineFurniture, mailHeaderField, mailSenderField, pageBreakLine, phoneNumber, pinyinAnnotation, quoteMarker, recommendationHeaders, replyRuleLines, signatureDelimiter, signOffLine } from "./data/furniture.js";
import { contactPattern } from "./data/line-vocabulary.js";
import { foldAligned } from "../text/fold.js";
import { applyEdits, identity, type Edit, type MappedText } from "./mapped-text.js";
import type { DocumentLine } from "../documents/line.js";
import { lineAtOffset, locateLines, type LocatedLine } from "../documents/lines/locate.js";

/**
 * Cleaned document text with its matching key (same length) and the map back to the original; `layout`: where the
 * decoder's lines stand in the original, when the document came with them.
 */
export type CleanText = MappedText & { key: string; layout?: readonly LocatedLine[] };

type Line = { start: number; end: number; text: string; key: string };

function linesOf(text: string, key: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    const end = start + part.length;
    lines.push({ start, end, text: part, key: key.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

function regexEdits(text: string, patterns: readonly RegExp[], insert?: string): Edit[] {
  const edits: Edit[] = [];
  for (const p of patterns) {
    const re = new RegExp(p.source, p.flags.includes("g") ? p.flags : p.flags + "g");
    for (const m of text.matchAll(re)) edits.push({ start: m.index, end: m.index + m[0].length, insert });
  }
  return edits;
}

const partHeading = /篇(?:[一二三四五六七八九十]+|\d{1,2})$|^【?第(?:[一二三四五六七八九十]+|\d{1,2})篇|^【?篇(?:[一二三四五六七八九十]+|\d{1,2})/;

const isFurnitureLine = (key: string): boolean => {
  const t = key.trim();
  return t.length > 0 && t.length <= 300 && furnitureLinePatterns.some((p) => p.test(t));
};

/** A signature's line: short, no list numbering, no sentence. */
const signatureLine = (t: string) => t.length > 0 && t.length <= 80 && !/^(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.)]|^[-•*]\s/.test(t) && !/[.。;!?:]$/.test(t);
const itemNumber = (t: string) => Number(/^(\d{1,2})\s*[、.．)）]/.exec(t)?.[1] ?? NaN);

/**
 * A signature set off at a message's end: a delimiter line ("——", "-- "), then up to six short lines to the end of
 * the text, one of them a contact line ("Jessica Chen | 高级顾问", "科锐尔人才 Careerpath Talent", "📱 138-…").
 * The sender's name, title and firm are no part of any position. Returns the lines' indexes, or none.
 */
function closingSignature(lines: readonly Line[], at: number): number[] {
  if (!signatureDelimiter.test(lines[at]!.key.trim())) return [];
  const rest = lines.slice(at + 1).map((l) => l.key.trim());
  const filled = rest.filter((t) => t.length > 0);
  if (filled.length === 0 || filled.length > 6 || !filled.every(signatureLine)) return [];
  if (!filled.some((t) => contactPattern.test(t) || phoneNumber.test(t))) return [];
  return Array.from({ length: rest.length + 1 }, (_, k) => at + k);
}

/**
 * A PDF's running header or footer: a line the document repeats that breaks into a numbered list (between
 * item 2 and item 3 of a requirements list a page ended). Every copy of it goes.
 */
function runningHeaders(lines: readonly Line[]): number[] {
  const seen = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const t = l.key.trim();
    if (t.length >= 6 && Number.isNaN(itemNumber(t))) seen.set(t, [...(seen.get(t) ?? []), i]);
  });
  const repeated = new Set([...seen].filter(([, at]) => at.length >= 2).map(([t]) => t));
  const found = new Set<string>();
  let lastItem: number | null = null;
  let between: string[] = [];
  for (const l of lines) {
    const t = l.key.trim();
    if (t.length === 0) continue;
    const n = itemNumber(t);
    if (!Number.isNaN(n)) {
      if (lastItem !== null && n === lastItem + 1) for (const r of between) found.add(r);
      lastItem = n;
      between = [];
    } else if (repeated.has(t)) between.push(t);
  }
  return [...found].flatMap((t) => seen.get(t)!);
}

/**
 * A mail thread's furniture around the messages: the rule a reply or forward opens the original with, the attribution
 * line, and each header block (寄件者/寄件日期/收件者/主旨, From/Sent/To/Subject; two or more fields in a row, one naming
 * the sender). Who sent what when describes no position.
 */
function mailHeaders(lines: readonly Line[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.key.trim();
    if (replyRuleLines.some((p) => p.test(t))) {
      found.push(i);
      continue;
    }
    let j = i;
    while (j < lines.length && mailHeaderField.test(lines[j]!.key.trim())) j++;
    if (j - i >= 2 && lines.slice(i, j).some((l) => mailSenderField.test(l.key.trim()))) {
      for (let k = i; k < j; k++) found.push(k);
      i = j - 1;
    }
  }
  return found;
}

/**
 * A quoted reply's lines ("> 職缺一：韌體工程師", ">   1. 電源管理…", ">" alone): the marker and the space after it go, so
 * the quoted text reads with its own indentation, as it was written. Only in a text quoting three lines or more.
 */
function quoteMarkerEdits(text: string): Edit[] {
  const marks = linesOf(text, text).flatMap((l) => {
    const m = quoteMarker.exec(l.text);
    return m ? [{ start: l.start, end: l.start + m[0].length }] : [];
  });
  return marks.length >= 3 ? marks : [];
}

/** A Markdown file's front matter ("---", "title: Careers", "layout: page", "---"): the site's metadata, not the posting. */
function frontMatter(lines: readonly Line[]): number[] {
  const first = lines.findIndex((l) => l.key.trim().length > 0);
  if (first < 0 || lines[first]!.key.trim() !== "---") return [];
  for (let i = first + 1; i < Math.min(lines.length, first + 40); i++) {
    const t = lines[i]!.key.trim();
    if (t === "---") return Array.from({ length: i - first + 1 }, (_, k) => first + k);
    if (t.length > 0 && !/^[a-z_][\w-]*\s*:|^-\s/.test(t)) return [];
  }
  return [];
}

/** Whole lines of site chrome, ads and blurbs; a recommendation header takes the short list under it along. */
function furnitureEdits(text: string, key: string): Edit[] {
  const lines = linesOf(text, key);
  const dropped = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.key.trim();
    if (recommendationHeaders.some((p) => p.test(t))) {
      dropped[i] = true;
      while (i + 1 < lines.length) {
        const next = lines[i + 1]!.key.trim();
        // An entry is a short title; a heading followed by its numbered duties, or a duty itself, ends the list.
        const after = lines[i + 2]?.key.trim() ?? "";
        const opensDuties = /^(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.]/.test(after) && after.length > 10 && !/^\d{1,2}\s*[、.]/.test(next);
        const sentence = /[;。!?]$/.test(next);
        // An English entry ("Patient Care Technician - Emergency Department") runs longer than a Chinese one.
        const entryLength = /[\u3400-\u9fff]/.test(next) ? 40 : 70;
        const listed = next.startsWith("- ") || (next.length <= entryLength && !partHeading.test(next) && !sentence && !opensDuties);
        if (!listed && next.length > 0) break;
        dropped[++i] = true;
      }
    } else if (signOffLine.test(t)) {
      // "Best,\nAnika\nAnika Sharma\nEngineering Manager, Quality": a mail's sign-off and the signature under it.
      dropped[i] = true;
      for (let n = 0; n < 6 && i + 1 < lines.length; ) {
        const next = lines[i + 1]!.key.trim();
        if (next.length > 0 && !signatureLine(next)) break;
        if (next.length > 0) n++;
        dropped[++i] = true;
      }
    } else if (pageBreakLine.test(t) || isFurnitureLine(lines[i]!.key)) dropped[i] = true;
    else for (const at of closingSignature(lines, i)) dropped[at] = true;
  }
  for (const i of mailHeaders(lines)) dropped[i] = true;
  for (const i of runningHeaders(lines)) dropped[i] = true;
  for (const i of frontMatter(lines)) dropped[i] = true;
  const edits: Edit[] = [];
  lines.forEach((l, i) => {
    if (!dropped[i]) return;
    edits.push({ start: l.start, end: Math.min(l.end + 1, text.length) });
    if (i === 0 || dropped[i - 1]) return;
    // "负责客户\n- 2 -\n关系维护": a page marker cut a sentence; dropping the break before the run re-joins it.
    let j = i;
    while (j < lines.length && dropped[j]) j++;
    const prev = lines[i - 1]!.key.trim();
    const next = lines[j]?.key ?? "";
    const pageCut = lines.slice(i, j).some((r) => pageBreakLine.test(r.key.trim()));
    const midSentence = prev.length > 0 && !/[。;!?:]$/.test(prev) && next.trim().length > 0 && !/^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.)]/.test(next);
    if (pageCut && midSentence) edits.push({ start: l.start - 1, end: l.start });
  });
  return edits;
}

/**
 * Page chunks from sites that number each page's text ("1、…", "2、…") and cut sentences mid-way. The
 * number sits at a line start; removing it (and the break before it) re-joins the sentence, including
 * "…7\n2、、全面负责" where list item 7's "、" follows the page number.
 */
function pageChunkEdits(text: string): Edit[] {
  const lines = linesOf(text, text);
  const numbered = lines
    .map((l) => ({ l, n: /^(\d{1,3})、/.exec(l.text) }))
    .filter((x): x is { l: Line; n: RegExpExecArray } => x.n !== null)
    .map(({ l, n }) => ({ l, n: Number(n[1]), len: n[0].length }));
  const chain: typeof numbered = [];
  for (const x of numbered) {
    const expected = chain.length + 1;
    if (x.n === expected && (x.l.text.length >= 150 || chain.length > 0)) chain.push(x);
  }
  const longEnough = chain.filter((x) => x.l.text.length >= 150).length >= Math.max(2, chain.length / 2);
  const cutMidSentence = chain.slice(0, -1).filter((x) => !/[。；;！!？?.]\s*$/.test(x.l.text)).length >= (chain.length - 1) / 2;
  const inChain = new Set(longEnough && cutMidSentence && chain.length >= 2 ? chain.map((x) => x.l) : []);
  const edits: Edit[] = [];
  for (const x of numbered) {
    const doubled = /^\d{1,3}、(?=[、,，。;；:：)）])/.test(x.l.text);
    if (!inChain.has(x.l) && !doubled) continue;
    let start = x.l.start;
    if (x.n > 1 || doubled) while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    edits.push({ start, end: x.l.start + x.len });
  }
  return edits;
}

/**
 * HTML or Markdown tables flattened to "| 岗位名称 | 店铺运营 | 所属部门 | 网店运营部 |": each bar becomes a tab,
 * so a row reads like a .docx table row; "|---|---|" rules go.
 */
function pipeTableEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/^[ \t]*\|.*\|[ \t]*$/gm)) {
    if (/^[\s|:-]+$/.test(m[0])) {
      edits.push({ start: m.index, end: Math.min(m.index + m[0].length + 1, text.length) });
      continue;
    }
    for (const bar of m[0].matchAll(/\|/g)) edits.push({ start: m.index + bar.index, end: m.index + bar.index + 1, insert: "\t" });
  }
  return edits;
}

/**
 * "12/11/26, 09:14 - Marcus Tan: *HIRING – Sous Chef*", "09:13\t陳威廷\t【禾豐半導體】": a chat export that writes each
 * message on its sender's line. The message starts a line of its own, as a Discord export writes it, so a hiring
 * message's first line reads as the heading it is; the sender line stays (it ends the message above). Only in a text
 * with two or more sender lines.
 */
function chatMessageEdits(text: string, key: string): Edit[] {
  const openers = linesOf(text, key).flatMap((l) => {
    const lead = l.key.length - l.key.trimStart().length;
    const m = chatSenderLines.map((p) => p.exec(l.key.slice(lead))).find((x) => x?.groups?.name !== undefined);
    return m ? [{ line: l, end: lead + m[0].length }] : [];
  });
  if (openers.length < 2) return [];
  return openers.flatMap(({ line, end }) => {
    const gap = /^[ \t]*/.exec(line.key.slice(end))![0].length;
    const rest = line.key.slice(end + gap);
    return rest.trim().length > 0 ? [{ start: line.start + end, end: line.start + end + gap, insert: "\n" }] : [];
  });
}

/** A line's list mark or numbering before its words, and what may follow a letter-spaced run: any space but the run's own, or none. */
const spacedLead = /^[ \t\u3000]*(?:[-•*·▪●○◎◆◇■□►▶➤★☆※]\s*|\d{1,2}\s*[、.．)）]\s*|[一二三四五六七八九十]{1,2}\s*[、.]\s*)?/;

/**
 * A poster's letter-spaced words: "招 聘", "店 长　1名", "S T O R E   M A N A G E R". Single characters parted by one
 * space each are one word; the spaces go, and between spaced English words a wider gap becomes one space. A Chinese run
 * (two or more single characters at a line's start, the same space between each) ends where a different space, a
 * figure or the line does; an English line is spaced letters throughout.
 */
function letterSpacingEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const line of linesOf(text, text)) {
    const lead = spacedLead.exec(line.text)![0].length;
    const rest = line.text.slice(lead);
    const han = /^[\u3400-\u9fff]([ \u3000])[\u3400-\u9fff](?:\1[\u3400-\u9fff])*(?![\u3400-\u9fffA-Za-z0-9]|\1[\u3400-\u9fff])/.exec(rest);
    if (han) {
      for (let i = 1; i < han[0].length; i += 2) edits.push({ start: line.start + lead + i, end: line.start + lead + i + 1 });
      continue;
    }
    if (!/^[A-Z0-9&](?: [A-Z0-9&])+(?: {2,}[A-Z0-9&](?: [A-Z0-9&])+)*[ \t]*$/.test(rest) || rest.replace(/\s/g, "").length < 4) continue;
    for (const gap of rest.trimEnd().matchAll(/ +/g)) {
      const at = line.start + lead + gap.index;
      edits.push(gap[0].length === 1 ? { start: at, end: at + 1 } : { start: at, end: at + gap[0].length, insert: " " });
    }
  }
  return edits;
}

/** Lone page numbers between two halves of a sentence: "…负责\n7\n全面…". */
function lonePageNumberEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/\n[ \t]*\d{1,3}[ \t]*\n(?=[^\n])/g)) edits.push({ start: m.index, end: m.index + m[0].length - 1 });
  return edits;
}

const valueLabels = new Set([...fieldLabels.map((l) => l.label), ...stackedValueLabels]);
const headingKeys = new Set(sectionHeadings.map((h) => h.key));
const labelOf = (key: string) => key.trim().replace(/\s*:$/, "").replace(/\s+/g, " ");
const isValueLabel = (label: string) => valueLabels.has(label) || postingLabels.some((p) => p.label.test(label));
const listMark = /^(?:[-•*·▪●○◦◆◇■□►▶➤✓✔★☆]|\d{1,2}\s*[、.．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、.])/;

/**
 * A field label alone on its line with its value on the next ("工作經歷\n3年以上", "Job type\nFull-time", how a
 * 104/1111 or Indeed page copies) becomes one "label: value" line, the shape every field reader knows. The value is
 * one short line that is no label, heading or list item itself, and the only line before the next label, heading or
 * blank line, so a label or heading over a list ("直接下级：" / "销售代表" / "客服专员", "擅長工具" / "Excel" / "Word") keeps its list.
 */
function stackedFieldEdits(text: string, key: string): Edit[] {
  const lines = linesOf(text, key);
  const edits: Edit[] = [];
  const next = (i: number) => {
    let j = i + 1;
    if (j < lines.length && lines[j]!.key.trim() === "") j++;
    return j < lines.length && lines[j]!.key.trim() !== "" ? j : -1;
  };
  const standsAlone = (label: string) => isValueLabel(label) || headingKeys.has(label);
  for (let i = 0; i < lines.length; i++) {
    const label = labelOf(lines[i]!.key);
    if (label.length === 0 || label.length > 24 || !isValueLabel(label)) continue;
    const j = next(i);
    if (j < 0) continue;
    const value = lines[j]!.key.trim();
    // A flattened form row ("企業管理部 所在部門 人1 崗位定員") holds labels of its own: it is no one label's value.
    const holdsLabels = value.split(/\s+/).some((word) => isValueLabel(word));
    if (value.length > 100 || listMark.test(value) || standsAlone(labelOf(value)) || holdsLabels || /^[^:]{1,16}:/.test(value)) continue;
    // The value is one line: a second plain line right under it makes it a list ("直接下级：" / "销售代表" / "客服专员").
    const after = next(j);
    if (after === j + 1 && !standsAlone(labelOf(lines[after]!.key))) continue;
    const labelEnd = lines[i]!.start + lines[i]!.key.search(/\s*:?\s*$/);
    const valueStart = lines[j]!.start + lines[j]!.key.search(/\S/);
    edits.push({ start: labelEnd, end: valueStart, insert: ": " });
    i = j;
  }
  return edits;
}

/** What the format said of a line's look: its heading level, bold, font size (absent for plain text). */
export type LineLayout = Pick<DocumentLine, "heading" | "bold" | "fontSize">;

/** A non-blank line of the cleaned document: its span, its text and its folded key (same length), and its layout where known. */
export type CleanLine = { start: number; end: number; text: string; key: string; layout?: LineLayout };

/** The layout of the decoder's line that the cleaned line's first visible character came from. */
function layoutOf(clean: CleanText, start: number, key: string): LineLayout | undefined {
  if (!clean.layout?.length) return undefined;
  const at = clean.origin[start + key.length - key.trimStart().length];
  const line = at === undefined ? undefined : lineAtOffset(clean.layout, at)?.line;
  if (!line || (line.heading === undefined && !line.bold && line.fontSize === undefined)) return undefined;
  return { ...(line.heading !== undefined ? { heading: line.heading } : {}), ...(line.bold ? { bold: true } : {}), ...(line.fontSize !== undefined ? { fontSize: line.fontSize } : {}) };
}

/** Where in a table the decoder put the cleaned line (a .docx row, or a further paragraph of one of its cells), if it did. */
export function tablePlaceOf(clean: CleanText, start: number, key: string): DocumentLine["table"] {
  if (!clean.layout?.length || key.trim() === "") return undefined;
  const at = clean.origin[start + key.length - key.trimStart().length];
  return at === undefined ? undefined : lineAtOffset(clean.layout, at)?.line.table;
}

/** The cleaned document's non-blank lines, in order, with their offsets. */
export function cleanLines(clean: CleanText): CleanLine[] {
  const lines: CleanLine[] = [];
  let offset = 0;
  for (const text of clean.text.split("\n")) {
    const key = clean.key.slice(offset, offset + text.length);
    if (key.trim().length > 0) {
      const layout = layoutOf(clean, offset, key);
      lines.push(layout ? { start: offset, end: offset + text.length, text, key, layout } : { start: offset, end: offset + text.length, text, key });
    }
    offset += text.length + 1;
  }
  return lines;
}

/**
 * ",,,,,," at a line's end: the empty cells a spreadsheet pads a row with when it saves it as CSV (a title row
 * "2027年招聘需求汇总,,,,,,", a blank row), left where the text was not read as a sheet. They are no part of the line's words.
 */
const emptyCellRun = /[ \t]*(?:[,;][ \t]*){2,}$/gm;

/**
 * Removes web-page furniture and ads, re-joins sentences split by page breaks, keeps the map to the original.
 * `lines`: the decoder's lines of `original`, whose layout the cleaned lines then carry (cleanLines).
 */
export function cleanDocument(original: string, lines?: readonly DocumentLine[]): CleanText {
  // The folded key is edited in step with the text, so the document is folded (the slow part) only once.
  let m = identity(original);
  // Curly apostrophes and quotes fold to straight ones: "What we’re looking for" is "what we're looking for".
  let key = foldAligned(original).replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  const apply = (edits: Edit[]) => {
    key = applyEdits({ text: key, origin: m.origin }, edits).text;
    m = applyEdits(m, edits);
  };
  apply(regexEdits(m.text, [/\r/g, /[\ufeff\u200b-\u200d\u2060]/g]));
  apply(regexEdits(m.text, [pinyinAnnotation]));
  apply(regexEdits(m.text, [emptyCellRun]));
  apply(pageChunkEdits(m.text));
  apply(lonePageNumberEdits(m.text));
  apply(quoteMarkerEdits(m.text));
  apply(pipeTableEdits(m.text));
  apply(letterSpacingEdits(m.text));
  apply(chatMessageEdits(m.text, key));
  apply(furnitureEdits(m.text, key));
  apply(stackedFieldEdits(m.text, key));
  apply(regexEdits(key, inlineFurniture, "\n"));
  return lines?.length ? { ...m, key, layout: locateLines(original, lines) } : { ...m, key };
}
