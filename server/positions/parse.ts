import type { DocumentLine } from "../documents/line.js";
import type { Position } from "./position.schema.js";
import { cleanDocument, type CleanText } from "./clean.js";
import { extractPosition } from "./extract.js";
import { originalSlice } from "./mapped-text.js";
import { segmentDocument, type Segment } from "./segment.js";
import { numberingPrefix } from "./headings.js";
import { reassignNamedLines } from "./crossref.js";
import { findTables, type TableBlock, type TableRow } from "./table.js";
import { hiredRole, tagPositionLines } from "./line-classes.js";
import { positionsFromTags, withoutJapaneseColumns } from "./tagged-position.js";
import { readPostingLines } from "./posting.js";
import { withoutTranslations } from "./translations.js";
import { withSharedRequirements } from "./shared-requirements.js";
import { openingLists } from "./openings.js";
import { readLabels } from "./labels.js";
import { departmentBefore, firstForm, holdsKana } from "./title.js";
import type { TaggedLine } from "./line-classes.js";
import { closedPostStatus, postingLabels } from "./data/posting.js";
import { salaryPattern } from "./data/line-vocabulary.js";
import { foldKey, toHalfWidth } from "../text/fold.js";

const display = (s: string) => toHalfWidth(s).replace(/\s+/g, " ").trim();
/** A label line stating a posting fact: "工作待遇：月薪…", "上班地點：台北市". */
const postingFactLabel = { test: (key: string) => postingLabels.some((l) => l.label.test(key.split(/[:：]/)[0]!.replace(/\*\*/g, "").trim())) };

/** Where the pay starts in a title line: the first figure of its salary. */
const salaryStart = (key: string) => Math.max(0, key.search(/[$£€¥]?\s*\d/));

/** Salary, place and work type from a position's salary/tag lines; years and schooling only where its text states none. */
function withPosting(position: Position, lines: readonly TaggedLine[], start: number, end: number): Position {
  const inside = lines.filter((l) => l.end > start && l.start < end);
  const tags = inside.filter((l) => l.tag === "tags");
  // "工作地址：…" reads as a company line and "工作待遇：…" as benefits; whatever its class, a fact label states a posting fact.
  // "数据分析师 15-25K·14薪": a title line may carry the pay; its salary tags are read, not its name.
  const payInTitle = inside.filter((l) => l.tag === "title" && salaryPattern.test(l.key)).map((l) => l.text.slice(salaryStart(l.key)));
  // "誠徵兼職家教，教國中數學，時薪500元": a hiring sentence states the post's terms as a tag line does, whatever its class.
  const hiringTerms = inside.filter((l) => l.tag !== "tags" && l.tag !== "title" && salaryPattern.test(l.key) && hiredRole(l.key) !== null);
  const own = [...tags, ...hiringTerms, ...inside.filter((l) => l.tag !== "tags" && !hiringTerms.includes(l) && postingFactLabel.test(l.key))].map((l) => l.text).concat(payInTitle);
  if (own.length === 0) return position;
  const facts = readPostingLines(own, position.language);
  // A tag line at the top is not the position's summary.
  if (position.summary !== null && tags.some((l) => display(l.text) === position.summary)) position.summary = null;
  const r = position.requirements;
  if (r.education.minLevel === null && facts.minEducation) r.education.minLevel = facts.minEducation;
  if (r.experience.minYears === null && facts.experience) Object.assign(r.experience, facts.experience);
  const { salary, location, employmentType, workplaceType, salaryMonths } = facts;
  const posting = { salary, location, employmentType, workplaceType, salaryMonths };
  return salary || location || employmentType || workplaceType ? { ...position, posting } : position;
}

/** Whether a position carries anything beyond its heading; a bare title is not a position. */
function hasSubstance(p: Position): boolean {
  const r = p.requirements;
  const stated = r.education.minLevel !== null || r.experience.minYears !== null || r.education.majors.length > 0;
  const listed = r.skills.length + r.languages.length + r.certifications.length > 0;
  return p.responsibilities.length > 0 || stated || listed || p.summary !== null || p.reportsTo !== null || p.department !== null;
}

/** Whether a post's text says it is closed and states nothing else: no requirement, no duty beyond its status line. */
function closedPost(p: Position, key: string): boolean {
  if (!closedPostStatus.test(key)) return false;
  const r = p.requirements;
  const stated = r.education.minLevel !== null || r.experience.minYears !== null || r.skills.length + r.languages.length + r.certifications.length > 0;
  return !stated && p.responsibilities.every((d) => closedPostStatus.test(d.toLowerCase()) || closedPostStatus.test(foldKey(d)));
}

/**
 * "- 初中数学老师：负责…" outside a hiring table describes that row's position: the line joins the row as a duty.
 * Returns the rows by folded title, so a heading the line made is not read as a position of its own.
 */
function rowDuties(clean: CleanText, tables: readonly TableBlock[]): Map<string, TableRow> {
  const rows = new Map(tables.flatMap((t) => t.rows).map((row) => [foldKey(row.title.key), row]));
  if (rows.size === 0) return rows;
  let offset = 0;
  for (const line of clean.key.split("\n")) {
    const inTable = tables.some((t) => offset >= t.start && offset < t.end);
    const m = inTable ? null : /^\s*(?:[-•*·]\s*)?([^:]{2,30}?)\s*:\s*(\S.*)$/.exec(line);
    const row = m ? rows.get(foldKey(m[1]!)) : undefined;
    if (row) {
      const at = offset + line.indexOf(m![2]!);
      // "负责聚合工艺的开发；要求2027届硕士，熟悉…": what the line asks for after its duties goes under the row's requirements.
      const asks = /[;。]\s*(?=(?:任职)?要求|任职条件|需具备|须具备)/.exec(clean.key.slice(at, offset + line.length));
      const cut = asks ? at + asks.index + asks[0].length : offset + line.length;
      row.body += `\n岗位职责:\n1、${clean.text.slice(at, cut)}`;
      row.bodyKey += `\n岗位职责:\n1、${clean.key.slice(at, cut)}`;
      if (asks) {
        row.body += `\n任职要求:\n1、${clean.text.slice(cut, offset + line.length)}`;
        row.bodyKey += `\n任职要求:\n1、${clean.key.slice(cut, offset + line.length)}`;
      }
    }
    offset += line.length + 1;
  }
  return rows;
}

/** A position and the stretch of the cleaned text it was read from. */
type Found = { at: number; end: number; position: Position };

/** The heading chain's reading: its segments (those a table covers excluded), then the tables' rows. */
function headingReading(text: string, clean: CleanText, posts: readonly Segment[], tagged: readonly TaggedLine[], tables: readonly TableBlock[]): Found[] {
  const found: Found[] = [];
  // Segments and tables both come in document order, so one pass finds the segments a table covers.
  let t = 0;
  const segments = posts.filter((s) => {
    while (t < tables.length && tables[t]!.end <= s.start) t++;
    return !(t < tables.length && tables[t]!.start < s.end);
  });
  const bodies = reassignNamedLines(
    segments.map((s) => ({ title: s.title.text, text: clean.text.slice(s.bodyStart, s.end), key: clean.key.slice(s.bodyStart, s.end) })),
  );
  const rows = rowDuties(clean, tables);
  segments.forEach((segment, i) => {
    const read = bodies[i]!;
    // "【岗位1】资深数据分析师：3年+经验，SQL熟练": what a one-line role's label line says after its name is its needs.
    const oneLine = segment.labelled && segment.described;
    const { text: body, key } = oneLine ? { text: `任职要求:\n1、${read.text.trimStart()}`, key: `任职要求:\n1、${read.key.trimStart()}` } : withoutJapaneseColumns(read.text, read.key);
    // "| 前端工程師 | 台中 | 2 |" over a "## 前端工程師" section of its own: the section describes the row's position.
    const row = rows.get(foldKey(segment.title.key));
    if (row) {
      // Its own headings come first: the row's cells are read under the requirements heading they end with.
      row.body = `${body}\n${row.body}`;
      row.bodyKey = `${key}\n${row.bodyKey}`;
      return;
    }
    const sourceText = originalSlice(text, clean, segment.start, segment.end).trim().slice(0, 200_000);
    const position = withPosting(extractPosition(segment.title.text, body, key, sourceText), tagged, segment.start, segment.end);
    // "2业务主管 全面负责所在经营组" (cut off by the page): the description on the heading's line is its substance.
    if (segment.described && position.summary === null && position.responsibilities.length === 0 && body.trim().length >= 4) {
      position.summary = body.trim().replace(/\s+/g, " ").slice(0, 5000);
    }
    // "職位：搬運工 / 要求：年齡不限 / 無經驗可培訓": a labelled position with lines of its own is one, even unquantified.
    const own = body.split("\n").filter((l) => l.trim().length >= 4);
    // "（三）洗碗員 / ‧無需經驗 / ‧可輪班工作": a heading over a list of its own is a position too, even unquantified.
    const listed = own.filter((l) => numberingPrefix.exec(l)![0].trim().length > 0).length >= 2;
    if (!hasSubstance(position) && !((segment.labelled || listed) && own.length >= 2)) return;
    // "# Head of Sales, DACH / Status: Paused — not accepting applications": a post said to be closed, its status the only line.
    if (closedPost(position, key)) return;
    found.push({ at: segment.start, end: segment.end, position });
  });
  for (const row of tables.flatMap((t) => t.rows)) {
    const sourceText = originalSlice(text, clean, row.start, row.end).trim();
    found.push({ at: row.start, end: row.end, position: extractPosition(row.title.text, row.body, row.bodyKey, sourceText) });
  }
  return found;
}

/** The tagger's reading: positions started by its title lines (or the whole document as one). */
function taggerReading(text: string, clean: CleanText, tagged: readonly TaggedLine[]): Found[] {
  return positionsFromTags(clean, tagged).map((one) => {
    const sourceText = originalSlice(text, clean, one.start, one.end).trim().slice(0, 200_000);
    return { at: one.start, end: one.end, position: withPosting(extractPosition(one.title.text, one.text, one.key, sourceText), tagged, one.start, one.end) };
  });
}

/**
 * The two readings are candidates. The heading chain's stands when it found anything, unless the tagger's holds
 * every position the chain found and more, each more one outside the chain's positions ("【销售代表】 底薪4000+提成"
 * above the "【客服专员】" the chain knew): then the tagger's explains more of the document. A title line inside a
 * position the chain read ("汇报对象：市场部经理", "Meet the hiring team: Head of Design") is that position's field.
 */
function betterReading(headings: Found[], tags: () => Found[], tables: readonly TableBlock[]): Found[] {
  if (headings.length === 0) return tags();
  if (tables.length > 0) return headings;
  const byTags = tags();
  const titles = new Set(byTags.map((f) => foldKey(f.position.title)));
  const covers = headings.every((f) => titles.has(foldKey(f.position.title)));
  const known = new Set(headings.map((f) => foldKey(f.position.title)));
  // More means a position the chain did not name: a contents list naming a post again ("• Senior Android Engineer" over
  // its brief) adds none.
  const more = byTags.filter((f) => !known.has(foldKey(f.position.title)));
  const outside = more.every((f) => !headings.some((h) => f.at >= h.at && f.at < h.end));
  if (byTags.length > headings.length && more.length > 0 && covers && outside) return byTags;
  // The same positions over the same stretches, where the chain read no duty under no duties heading and the tagger
  // did ("招奶茶店员 2名" over three unheaded lines 负责点单收银 / 制作饮品 / …): there the tagger's position stands.
  const same = byTags.length === headings.length && byTags.every((f, i) => f.at < headings[i]!.end && headings[i]!.at < f.end);
  if (!same) return headings;
  return headings.map((h, i) => (h.position.responsibilities.length === 0 && byTags[i]!.position.responsibilities.length > 0 ? byTags[i]! : h));
}

/**
 * "Data Engineer — Northwind Analytics" / "Product Designer — Contoso Health": a list of openings is read as its posts, each
 * named by its line's post. A position a reading started inside the list (one line of it, running on over the rest) gives way to
 * the list's posts, and what it read after the list (a line for all roles, how to apply) is each post's text; a position begun
 * before the list stands.
 */
function withOpenings(read: Found[], text: string, clean: CleanText): Found[] {
  let result = read;
  for (const list of openingLists(clean)) {
    const from = list[0]!.start;
    const to = list[list.length - 1]!.end;
    const inside = result.filter((f) => f.at >= from && f.at < to);
    const known = new Set(result.map((f) => foldKey(f.position.title)));
    if (list.every((o) => known.has(foldKey(o.title.text)))) continue;
    const tail = Math.max(to, ...inside.map((f) => f.end));
    const body = clean.text.slice(to, tail);
    const key = clean.key.slice(to, tail);
    const posts = list.map((o) => ({ at: o.start, end: o.end, position: extractPosition(o.title.text, body, key, originalSlice(text, clean, o.start, o.end).trim()) }));
    result = [...result.filter((f) => !inside.includes(f)), ...posts];
  }
  return result;
}

/** "○製造課 作業員（輪班）10名", "【研发中心】算法工程师 2人": a department named on the post's own line is the post's department. */
function withDepartment(f: Found, clean: CleanText, found: readonly Found[]): Position {
  if (f.position.department !== null) return f.position;
  const end = clean.key.indexOf("\n", f.at);
  const line = { text: clean.text.slice(f.at, end < 0 ? undefined : end), key: clean.key.slice(f.at, end < 0 ? undefined : end) };
  const department = departmentBefore(line, f.position.title) ?? departmentAbove(f, clean, found);
  return department ? { ...f.position, department } : f.position;
}

/**
 * "Department: Finance" / "Job title: Senior Accountant": a department label among the lines just above a post's line, outside
 * every position read, names the post's department.
 */
function departmentAbove(f: Found, clean: CleanText, found: readonly Found[]): string | null {
  const from = Math.max(0, ...found.filter((o) => o.end <= f.at).map((o) => o.end));
  const lines = clean.text.slice(from, f.at).split("\n");
  const keys = clean.key.slice(from, f.at).split("\n");
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 5); i--) {
    const label = readLabels(keys[i]!).find((l) => l.field === "department" && l.labelStart === keys[i]!.length - keys[i]!.trimStart().length && l.end > l.start);
    if (!label) continue;
    const value = display(lines[i]!.slice(label.start, label.end));
    return value.length >= 2 && value.length <= 40 && !/\d/.test(value) ? value : null;
  }
  return null;
}

/** "姓名：", "出生年月：", "日期：   年  月  日": a form's field left blank for the applicant to fill in. */
const blankField = /^[^:]{1,24}:[\s_年月日/.-]*$/;

/**
 * Whether a stretch is a blank form (an application or registration form, 报名登记表, standing alone): most of its
 * lines hold only fields left blank. A form asks for an applicant's facts; it describes no position, and its
 * title or its "应聘岗位：" field is no position's name.
 */
export function isBlankForm(key: string): boolean {
  const lines = key.split("\n").map((l) => l.trim()).filter(Boolean);
  const blank = lines.filter((l) => l.split(/\t+| {2,}(?=\S+:)/).every((cell) => blankField.test(cell.trim())));
  return blank.length >= 3 && blank.length >= 0.6 * lines.length;
}

/**
 * Parses a position-description document (already decoded to text) into its positions. `lines`: the decoder's lines
 * of the same text, whose layout (heading styles, bold, font sizes) is then evidence too; plain text needs none.
 */
export function parsePositions(text: string, lines?: readonly DocumentLine[]): { positions: Position[]; warnings: string[] } {
  const warnings: string[] = [];
  const clean = cleanDocument(text, lines);
  const tagged = tagPositionLines(clean);
  const tables = findTables(clean);
  // "# Head of Sales, DACH / Status: Paused — not accepting applications": a post said to be closed, its status its only line, is
  // no opening in either reading.
  const open = (found: Found[]) => found.filter((f) => !closedPost(f.position, clean.key.slice(f.at, f.end)));
  // "# Backend Engineer" over its levels' headings names a job family: neither reading takes it for a post.
  const { posts, families } = segmentDocument(clean);
  const noFamily = (found: Found[]) => found.filter((f) => !families.some((s) => f.at >= s.start && f.at < s.end && foldKey(f.position.title) === foldKey(s.title.text)));
  const read = betterReading(open(headingReading(text, clean, posts, tagged, tables)), () => noFamily(open(taggerReading(text, clean, tagged))), tables);
  const chosen = withOpenings(read, text, clean).filter((f) => !isBlankForm(clean.key.slice(f.at, f.end)));
  // "Quality Engineer 质量工程师": a post named in two scripts is titled by its first form.
  const japanese = holdsKana(clean.key);
  const titled = chosen.sort((a, b) => a.at - b.at).map((f, _, all) => ({ ...withDepartment(f, clean, all), title: firstForm(f.position.title, japanese) }));
  // "全部職位都要識講廣東話", "All roles require…": what the document asks of every post is each post's requirement too.
  const positions = withSharedRequirements(withoutTranslations(titled), clean);
  for (const p of positions) if (p.responsibilities.length === 0) warnings.push(`position "${p.title}" has no responsibilities`);
  if (/\?{2}[\u3400-\u9fff]|\ufffd/.test(text)) warnings.push("the text contains garbled characters (mis-decoded bytes); some headings may be lost");
  if (positions.length === 0) warnings.push("no positions found");
  return { positions, warnings };
}
