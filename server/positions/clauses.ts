import type { Line } from "./items.js";

/**
 * Clauses of requirement text (split at sentence and clause stops), in original script and folded. A comma
 * between Chinese words or before a number opens a clause ("…专业优先，3年以上…" states two things); one
 * inside "3,000" or an English list does not.
 */
export function clauses(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    let start = 0;
    for (const m of line.key.matchAll(/[;。!?\n]|,(?=\s*[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]),(?=\s*\d)|\.(?=\s|$)/g)) {
      if (m.index > start) out.push({ text: line.text.slice(start, m.index), key: line.key.slice(start, m.index) });
      start = m.index + 1;
    }
    if (start < line.key.length) out.push({ text: line.text.slice(start), key: line.key.slice(start) });
  }
  return out.filter((c) => c.key.trim().length > 0);
}
