import { tagLines, type TaggerModel } from "../../../../server/documents/line-tagger.js";
import { handLineModel, type PositionLineClass } from "../../../../server/positions/data/line-model.js";
import { labelledDocuments, type LabelledPositionDocument } from "../labels/labelled.js";
import { trainPositionTagger } from "../labels/train.js";

/** The classes whose precision and recall are reported; every heading:* class counts as "section heading". */
const groups = ["title", "section heading", "duty", "requirement", "furniture"] as const;
type Group = (typeof groups)[number];
const groupOf = (c: PositionLineClass): Group | null => (c.startsWith("heading:") ? "section heading" : (groups as readonly string[]).includes(c) ? (c as Group) : null);

export type LineFigures = {
  lines: number;
  right: number;
  accuracy: number | null;
  classes: Record<Group, { labelled: number; precision: number | null; recall: number | null }>;
};

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

/** Line accuracy (exact class) and per-group precision/recall of a model over labelled documents. */
export function lineFigures(model: TaggerModel<PositionLineClass>, documents: readonly LabelledPositionDocument[]): LineFigures {
  let lines = 0;
  let right = 0;
  const counts = Object.fromEntries(groups.map((g) => [g, { labelled: 0, tagged: 0, both: 0 }])) as Record<Group, { labelled: number; tagged: number; both: number }>;
  for (const doc of documents) {
    const tagged = tagLines(model, doc.lines).classes;
    doc.labels.forEach((gold, i) => {
      const got = tagged[i]!;
      lines++;
      if (got === gold) right++;
      const [g, t] = [groupOf(gold), groupOf(got)];
      if (g) counts[g].labelled++;
      if (t) counts[t].tagged++;
      if (g && g === t) counts[g].both++;
    });
  }
  const classes = Object.fromEntries(
    groups.map((g) => [g, { labelled: counts[g].labelled, precision: ratio(counts[g].both, counts[g].tagged), recall: ratio(counts[g].both, counts[g].labelled) }]),
  ) as LineFigures["classes"];
  return { lines, right, accuracy: ratio(right, lines), classes };
}

export type LofoReport = {
  /** For each family: the model trained on every other family, scored on this one; and the hand-set weights on it. */
  families: Record<string, { learned: LineFigures; hand: LineFigures }>;
  /** Over all held-out lines (micro average). */
  summary: { families: number; lines: number; learned: number | null; hand: number | null };
  ms: number;
};

/**
 * Leave-one-family-out (a blind batch's documents are one fold, `fold` in labelled.ts): how the learned
 * tagger does on a layout family it was not trained on, the figure
 * that says whether adding a labelled document helps on layouts nobody labelled. The hand-set weights are
 * scored beside it, though they are flattered: they were tuned on every family, and the labels were drafted
 * from the heading chain with the hand-set tagger's guesses where the structure did not decide.
 */
export async function leaveOneFamilyOut(given?: readonly LabelledPositionDocument[]): Promise<LofoReport> {
  const documents = given ?? (await labelledDocuments());
  const started = Date.now();
  const families = [...new Set(documents.map((d) => d.fold))].sort();
  const report: LofoReport["families"] = {};
  for (const family of families) {
    const test = documents.filter((d) => d.fold === family);
    const model = trainPositionTagger(documents.filter((d) => d.fold !== family));
    report[family] = { learned: lineFigures(model, test), hand: lineFigures(handLineModel, test) };
  }
  const all = Object.values(report);
  const lines = all.reduce((n, f) => n + f.learned.lines, 0);
  const micro = (pick: (f: { learned: LineFigures; hand: LineFigures }) => LineFigures) => ratio(all.reduce((n, f) => n + pick(f).right, 0), lines);
  return { families: report, summary: { families: families.length, lines, learned: micro((f) => f.learned), hand: micro((f) => f.hand) }, ms: Date.now() - started };
}
