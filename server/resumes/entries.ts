import { careerEvents, entryLabels, schoolEvents, type EntryField } from "./data/entry-labels.js";
import { foldLine, labelKey } from "./keys.js";
import { escapeRegExp } from "../text/regex.js";
import { withCells, type ResumeLine } from "./lines.js";

const fieldByLabel = new Map<string, EntryField>();
for (const [field, names] of Object.entries(entryLabels)) for (const n of names) fieldByLabel.set(labelKey(n), field as EntryField);

export const entryField = (label: string): EntryField | undefined => fieldByLabel.get(labelKey(label));

const labelled = /^([^:：]{1,12})\s*[:：]\s*(.*)$/;
// The order a composite row is written in, so the row readers see "date  organization  title".
const rowOrder: readonly EntryField[] = ["period", "organization", "school", "title", "major", "degree"];

/**
 * Folds labelled entry fields into the one-row form the readers take: "公司名称：A / 职位名称：B /
 * 在职时间：2019.03-至今 / 工作描述：…" becomes "2019.03-至今 ⇥ A ⇥ B" followed by the description.
 * A table header row made of entry labels only ("起止时间 | 学校 | 专业 | 学历") says nothing and goes.
 */
export function foldLabelledEntries(lines: readonly ResumeLine[]): ResumeLine[] {
  const out: ResumeLine[] = [];
  let record: Partial<Record<EntryField, string>> | null = null;
  let at: ResumeLine | null = null;
  const flush = () => {
    if (!record || !at) return;
    // "Major: Supply Chain Management" under a degree's row: a subject alone is no entry, and stays as written for its row.
    if (Object.keys(record).length === 1 && record.major !== undefined) {
      out.push(at);
      record = null;
      return;
    }
    const cells = rowOrder.map((f) => record![f]).filter((v): v is string => !!v);
    if (cells.length > 0) out.push(withCells(at, cells));
    if (record.description) out.push(withCells(at, [record.description]));
    record = null;
  };
  for (const line of lines) {
    if (line.cells.length > 1 && line.cells.every((c) => entryField(c) !== undefined)) continue;
    const m = labelled.exec(line.text);
    const field = m ? entryField(m[1]!) : undefined;
    if (!m || !field) {
      flush();
      out.push(line);
      continue;
    }
    if (record && record[field] !== undefined) flush();
    record ??= {};
    at = line;
    record[field] = m[2]!.trim();
  }
  flush();
  return out;
}

const educationFields: readonly EntryField[] = ["school", "major", "degree", "period"];

/** A row of label/value cell pairs about schooling only ("毕业院校 | 上海交通大学 | 专业 | 机械工程", "专业 | 会计 | 毕业时间 | 2020.06"). */
function educationPairs(line: ResumeLine): Partial<Record<EntryField, string>> | null {
  const pairs: [EntryField, string][] = [];
  for (let i = 0; i < line.cells.length; i++) {
    const colon = labelled.exec(line.cells[i]!);
    const field = entryField(colon ? colon[1]! : line.cells[i]!);
    if (!field || !educationFields.includes(field)) return null;
    const value = colon ? colon[2]!.trim() : line.cells[++i];
    if (value === undefined || entryField(value) !== undefined) return null;
    pairs.push([field, value]);
  }
  return pairs.length > 0 ? Object.fromEntries(pairs) : null;
}

/**
 * A 个人简历 form may state schooling in its personal table (毕业院校 | 上海交通大学 | 专业 | 机械工程 /
 * 学历 | 硕士 | 毕业时间 | 2021.06) with no education section. Such rows, taken together, are one
 * education row; they leave the lines so their labels (学历) are not read as headings.
 */
export function takeEducationCells(lines: readonly ResumeLine[]): { lines: ResumeLine[]; education: ResumeLine[] } {
  const kept: ResumeLine[] = [];
  const record: Partial<Record<EntryField, string>> = {};
  let at: ResumeLine | null = null;
  for (const line of lines) {
    const pairs = line.cells.length >= 2 ? educationPairs(line) : null;
    if (!pairs) {
      kept.push(line);
      continue;
    }
    Object.assign(record, pairs);
    at = line;
  }
  // "专业 | 材料成型及控制工程 | 毕业时间 | 2013.07" on a row of its own belongs with the 毕业院校 row; without a school or a
  // degree anywhere, such rows are no schooling and stay where they were.
  if (!at || (record.school === undefined && record.degree === undefined)) return { lines: [...lines], education: [] };
  const cells = rowOrder.map((f) => record[f]).filter((v): v is string => !!v);
  return { lines: kept, education: [withCells(at, cells)] };
}

// The event word ends the row, after a space or glued to the employer's name ("青岛啤酒股份有限公司入职").
const eventWord = (words: readonly string[]) => new RegExp(`(?:^|\\s|(?<=[\\u3400-\\u9fff）)]))(${words.map(escapeRegExp).join("|")})(?:\\s*[(（][^)）]*[)）])?$`);
const joined = eventWord(careerEvents.join);
const left = eventWord(careerEvents.leave);
const stillThere = new Set<string>(careerEvents.current.map(foldLine));
const closing = new Set<string>(careerEvents.end.map(foldLine));
// The month an event happened, in its year and month columns ("2020 | 7 | …") or one cell ("2020年7月 …", "2020.07 …").
const eventDate = /^((?:19|20)\d{2})\s*(?:\t|年|[./-])\s*(\d{1,2})(?:\s*月)?(?:\t|\s+)(.+)$/;

type CareerEvent = { kind: "join" | "leave"; month: string; organization: string };

/** A dated event row: which of two events (`opens`, `closes`) its last word names, when, and what it names before that word. */
function datedEvent<K extends string>(line: ResumeLine, events: readonly (readonly [K, RegExp])[]): { kind: K; month: string; organization: string; remark: string } | null {
  const m = eventDate.exec(line.text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  const what = m[3]!.replace(/\t/g, " ").trim();
  const key = foldLine(what);
  for (const [kind, pattern] of events) {
    const word = pattern.exec(key);
    if (word) {
      // "毕业（本科）", "离职（合同期满）": a remark in brackets after the event word.
      const remark = /[(（]([^)）]*)[)）]$/.exec(what.slice(word.index))?.[1]?.trim() ?? "";
      return { kind, month: `${m[1]}.${m[2]!.padStart(2, "0")}`, organization: what.slice(0, word.index).trim(), remark };
    }
  }
  return null;
}

const careerEventWords = [["join", joined], ["leave", left]] as const;
const careerEvent = (line: ResumeLine): CareerEvent | null => datedEvent(line, careerEventWords);
const schoolEventWords = [["enter", eventWord(schoolEvents.enter)], ["finish", eventWord(schoolEvents.finish)]] as const;

/**
 * A 履历书's schooling as events (schoolEvents): an entrance row and the next row finishing at the same school are the
 * one row the education reader takes ("2011.04-2015.03 ⇥ 大连理工大学 软件学院"), dated to its finish, so the entrance
 * is no school of its own graduating the year it began. An entrance with no finish stated is left as written.
 */
export function foldSchoolEvents(lines: readonly ResumeLine[]): ResumeLine[] {
  const out: ResumeLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = datedEvent(lines[i]!, schoolEventWords);
    const end = start?.kind === "enter" && lines[i + 1] ? datedEvent(lines[i + 1]!, schoolEventWords) : null;
    if (!start || end?.kind !== "finish" || (end.organization !== "" && foldLine(end.organization) !== foldLine(start.organization))) {
      out.push(lines[i]!);
      continue;
    }
    // "毕业（本科）": the degree said in the finish's remark is the row's.
    const remark = [end.remark, start.remark].filter(Boolean);
    out.push(withCells(lines[i + 1]!, [`${start.month}-${end.month}`, end.organization || start.organization, ...remark]));
    i++;
  }
  return out;
}

/**
 * A 履历书's career as events (careerEvents): a join row, the post held on the rows below, then a leave row for the same
 * employer or 现在, becomes the one row the readers take ("2020.07-2023.03 ⇥ employer ⇥ post", its description after).
 * The post's row may run on after a comma ("系统工程师，负责日本保险客户的系统维护"): what follows is its description. A join
 * with no end stated, or a leave with no join, is left as written.
 */
export function foldCareerEvents(lines: readonly ResumeLine[]): ResumeLine[] {
  const out: ResumeLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = careerEvent(lines[i]!);
    if (!start || start.kind !== "join") {
      // 以上 alone closes the table; it is no line of the last post.
      if (!closing.has(foldLine(lines[i]!.text))) out.push(lines[i]!);
      continue;
    }
    let j = i + 1;
    const between: ResumeLine[] = [];
    while (j < lines.length && !careerEvent(lines[j]!) && !stillThere.has(foldLine(lines[j]!.text))) between.push(lines[j++]!);
    const end = j < lines.length ? careerEvent(lines[j]!) : null;
    const current = j < lines.length && stillThere.has(foldLine(lines[j]!.text));
    const sameEmployer = end?.kind === "leave" && (end.organization === "" || foldLine(end.organization) === foldLine(start.organization));
    if ((!current && !sameEmployer) || between.length === 0) {
      out.push(lines[i]!);
      continue;
    }
    const [post, ...rest] = between[0]!.text.split(/[，,；;]\s*/);
    const description = [rest.join("，"), ...between.slice(1).map((l) => l.text)].filter((t) => t.trim() !== "");
    out.push(withCells(lines[i]!, [`${start.month}-${current ? "至今" : end!.month}`, start.organization, post!.trim()]));
    for (const text of description) out.push(withCells(between[0]!, [text]));
    i = j;
  }
  return out;
}
