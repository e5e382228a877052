import { fieldLabels, type LabelField } from "./data/labels.js";
import { escapeRegExp } from "../text/regex.js";

const byLength = [...fieldLabels].sort((a, b) => b.label.length - a.label.length);
const anyLabel = new RegExp(byLength.map((l) => escapeRegExp(l.label)).join("|"), "g");

/**
 * Where the next label starts after `from` in a folded line. As a value's end (`asStop`) any long label
 * counts, so flattened tables split ("销售部职位编号直属上级"); to start a value a label needs a colon or
 * a gap after it, so "协助直接上级做好…" inside a duty is not read as a field.
 */
function nextLabelAt(key: string, from: number, asStop: boolean): number {
  anyLabel.lastIndex = from;
  for (let m = anyLabel.exec(key); m; m = anyLabel.exec(key)) {
    const i = m.index;
    const label = m[0];
    const after = key.slice(i + label.length, i + label.length + 4);
    const before = i === 0 ? " " : key[i - 1]!;
    // "Job Title | Customer Service Representative": a template's bar stands for the colon.
    // "**Role:** Gameplay Programmer", "**Role**: …": Markdown emphasis around a label leaves it one.
    const colon = /^(?:\*{1,2}|_{1,2})?\s*[:：】\]|｜]/.test(after);
    const han = /[\u3400-\u9fff]/.test(label);
    const cell = han && label.length >= 4 && (asStop || /^\s/.test(after)) && /[\s\d\u3400-\u9fff]/.test(before);
    // "Job title<TAB>Repairs Planner": a label filling a table cell of its own (a Word or HTML role-details table) has
    // the cell's edge for its colon, in any script.
    const ownCell = /^\t|^$/.test(before === " " && i === 0 ? "" : before) && /^ *(?:\t|$)/.test(after);
    // English labels need their colon: "Position Summary" and "the role is…" are not fields.
    if (colon || cell || ownCell || (han && /\s/.test(before) && /^\s/.test(after) && !asStop)) return i;
    anyLabel.lastIndex = i + 1;
  }
  return key.length;
}

const valueStop = String.raw`\s*[|｜]|\s{2,}|[;；。【\[]|\s(?=\S+\s*[:：])|[一二三四五六七八九十]{1,2}、|\d{1,2}、`;
const summaryStop = new RegExp(valueStop);
// A name ends at a space between Chinese words ("岗位 销售经理 部门 销售部"); a summary runs on.
const nameStop = new RegExp(String.raw`${valueStop}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff【\[])`);

export type LabelValue = { field: LabelField; label: string; labelStart: number; start: number; end: number };

/**
 * Reads "label: value" pairs in one folded line. A value runs to the next label, a sentence stop or
 * two spaces. Positions are offsets in the line.
 */
export function readLabels(key: string): LabelValue[] {
  const found: LabelValue[] = [];
  let i = 0;
  while (i < key.length) {
    const at = nextLabelAt(key, i, false);
    if (at >= key.length) break;
    const entry = byLength.find((l) => key.startsWith(l.label, at))!;
    let start = at + entry.label.length;
    const colon = /^(?:\*{1,2}|_{1,2})?\s*[:：】\]|｜]\s*(?:(?:\*{1,2}|_{1,2})\s*)?/.exec(key.slice(start));
    start += colon ? colon[0].length : /^\s*/.exec(key.slice(start))![0].length;
    // "招聘岗位：【研发中心】算法工程师": a bracket opening the value (its department, a tag) is part of it, not its end.
    const lead = /^[【\[][^【】\[\]]{1,20}[】\]]\s*(?=\S)/.exec(key.slice(start))?.[0].length ?? 0;
    const stop = (entry.field === "summary" ? summaryStop : nameStop).exec(key.slice(start + lead));
    const end = Math.min(nextLabelAt(key, start, true), stop ? start + lead + stop.index : key.length);
    found.push({ field: entry.field, label: entry.label, labelStart: at, start, end });
    i = Math.max(end, start);
  }
  return found;
}
