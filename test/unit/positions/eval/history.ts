import { readFileSync, writeFileSync } from "node:fs";
import type { Figures } from "./score.js";

/** One blind batch's first run: the parser as it was before anyone looked at the batch's results. */
export type HistoryEntry = {
  batch: string;
  date: string;
  /** The last commit that touched server/ when the batch was first scored. */
  parserCommit: string | null;
  /** Null in the quoted baselines, which name only one of the two counts. */
  documents: number | null;
  positions: number | null;
  titleRecall: number | null;
  titlePrecision: number | null;
  fields: number | null;
  skillPrecision: number | null;
  /** The counts behind the figures, so first runs can be pooled; absent in the quoted baselines. */
  counts?: Figures["counts"];
  note?: string;
  /** How the counts were recovered, for entries recorded before history kept them. */
  countsNote?: string;
  /** The same run under a later scorer or corrected readings; the figures above stay as first recorded. */
  rescored?: string;
};

/** The floors the held-out test holds each batch to: its current figures, raised as the parser improves. */
export type Floors = Record<string, Pick<Figures, "titleRecall" | "titlePrecision" | "fields" | "skillPrecision">>;

const historyFile = new URL("../heldout/history.json", import.meta.url);
const floorsFile = new URL("../heldout/floors.json", import.meta.url);

export const readHistory = (): HistoryEntry[] => JSON.parse(readFileSync(historyFile, "utf8")) as HistoryEntry[];
export const writeHistory = (entries: HistoryEntry[]) => writeFileSync(historyFile, `${JSON.stringify(entries, null, 2)}\n`);
export const readFloors = (): Floors => JSON.parse(readFileSync(floorsFile, "utf8")) as Floors;
export const writeFloors = (floors: Floors) => writeFileSync(floorsFile, `${JSON.stringify(floors, null, 2)}\n`);

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

/** Every blind batch's first run pooled by its counts: the unbiased held-out figure over all documents ever scored blind. */
export function pooledFirstRuns(entries: readonly HistoryEntry[]): Pick<Figures, "documents" | "positions" | "titleRecall" | "titlePrecision" | "fields" | "skillPrecision"> & { batches: string[] } {
  const runs = entries.filter((e) => e.counts !== undefined);
  const sum = (key: keyof Figures["counts"]) => runs.reduce((n, e) => n + e.counts![key], 0);
  const positions = runs.reduce((n, e) => n + (e.positions ?? 0), 0);
  return {
    batches: runs.map((e) => e.batch),
    documents: runs.reduce((n, e) => n + (e.documents ?? 0), 0),
    positions,
    titleRecall: ratio(sum("titlesMatched"), positions),
    titlePrecision: ratio(sum("titlesMatched"), sum("titlesFound")),
    fields: ratio(sum("fieldsScored") - sum("fieldsMissed"), sum("fieldsScored")),
    skillPrecision: ratio(sum("skillsRight"), sum("skillsFound")),
  };
}
