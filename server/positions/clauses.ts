import type { Line } from "./items.js";
import { splitFolded } from "../text/split-folded.js";

const clauseStops = /[;。!?\n]|,(?=\s*[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]),(?=\s*\d)|(?<!\be\.g|\bi\.e|\b[a-z]\.[a-z])\.(?=\s|$)/g;

/**
 * Clauses of requirement text (split at sentence and clause stops), in original script and folded. A comma
 * between Chinese words or before a number opens a clause ("…专业优先，3年以上…" states two things); one
 * inside "3,000" or an English list does not, nor the stops of "e.g.", "i.e." and a degree's letters ("B.E. (Mechanical)").
 */
export function clauses(lines: readonly Line[]): Line[] {
  return lines.flatMap((line) => splitFolded(line.text, line.key, clauseStops)).filter((c) => c.key.trim().length > 0);
}
