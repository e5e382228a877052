import { entryLabels, type EntryField } from "./data/entry-labels.js";
import { labelKey } from "./keys.js";
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
