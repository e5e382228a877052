import { entryLabels, type EntryField } from "./data/entry-labels.js";
import { labelKey } from "./fold.js";
import type { ResumeLine } from "./lines.js";

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
  let at = 0;
  const flush = () => {
    if (!record) return;
    const cells = rowOrder.map((f) => record![f]).filter((v): v is string => !!v);
    if (cells.length > 0) out.push({ text: cells.join("\t"), cells, index: at });
    if (record.description) out.push({ text: record.description, cells: [record.description], index: at });
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
    at = line.index;
    record[field] = m[2]!.trim();
  }
  flush();
  return out;
}
