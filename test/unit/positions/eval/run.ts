import { execFileSync } from "node:child_process";
import { heldoutBatches } from "../heldout/batches.js";
import { allBatchDocuments, corpusDocuments, seedDocuments } from "./documents.js";
import { type Floors, type HistoryEntry, pooledFirstRuns, readFloors, readHistory, writeFloors, writeHistory } from "./history.js";
import { leaveOneFamilyOut, type LofoReport } from "./lofo.js";
import { documentErrors, type Figures, figures } from "./score.js";

/**
 * `npm run parse-eval`: the parser's figures on the tuning set and on held-out documents, as JSON on
 * stdout and a table on stderr.
 *   --details  what each blind-batch document got wrong
 *   --record   append the first run of every batch not yet in heldout/history.json (do this once, before any fix)
 *   --floors   set heldout/floors.json to the current batch figures (after an improvement; never to hide a drop)
 *   --no-lofo  skip the leave-one-family-out training of the line tagger (about 12 trainings)
 */
const args = new Set(process.argv.slice(2));
const repo = new URL("../../../../", import.meta.url);
const parserCommit = (() => {
  try {
    return execFileSync("git", ["log", "-1", "--format=%H", "--", "server/"], { cwd: repo, encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
})();

const corpus = await corpusDocuments();
const batches = await allBatchDocuments();
const sets: Record<string, Figures> = {
  "tuning (corpus, tuning families)": figures(corpus.tuning),
  "corpus, held-out families (tuned on before the split)": figures(corpus.heldOut),
  seeds: figures(seedDocuments()),
  ...Object.fromEntries(batches.map(({ batch, documents }) => [`blind ${batch.id}`, figures(documents)])),
  "held-out (all blind batches)": figures(batches.flatMap((b) => b.documents)),
};

/** The corpus by layout family, so a weak family shows even when the totals look fine. */
const byFamily = (() => {
  const all = [...corpus.tuning, ...corpus.heldOut];
  const families = [...new Set(all.map((d) => d.family))].sort();
  return Object.fromEntries(families.map((family) => [family, figures(all.filter((d) => d.family === family))]));
})();

const details = args.has("--details")
  ? Object.fromEntries(batches.map(({ batch, documents }) => [batch.id, Object.fromEntries(documents.map((d) => [d.name, documentErrors(d)]))]))
  : undefined;

if (args.has("--record")) {
  const history = readHistory();
  const date = new Date().toISOString();
  for (const { batch, documents } of batches) {
    if (history.some((h) => h.batch === batch.id)) continue;
    const f = figures(documents);
    const entry: HistoryEntry = {
      batch: batch.id, date, parserCommit, documents: f.documents, positions: f.positions,
      titleRecall: f.titleRecall, titlePrecision: f.titlePrecision, fields: f.fields, skillPrecision: f.skillPrecision, counts: f.counts,
    };
    history.push(entry);
    console.error(`recorded the first run of ${batch.id}`);
  }
  writeHistory(history);
}

if (args.has("--floors")) {
  const floors: Floors = {};
  for (const { batch, documents } of batches) {
    const { titleRecall, titlePrecision, fields, skillPrecision } = figures(documents);
    floors[batch.id] = { titleRecall, titlePrecision, fields, skillPrecision };
  }
  writeFloors(floors);
  console.error("set heldout/floors.json to the current figures");
}

const lofo: LofoReport | undefined = args.has("--no-lofo") ? undefined : await leaveOneFamilyOut();

const show = (x: number | null) => (x === null ? "  -  " : x.toFixed(3));
const lofoRows = lofo
  ? [
      "",
      `line tagger, leave-one-family-out (train on the other families, score this one; hand = hand-set weights); precision/recall: title, section heading, duty, requirement, furniture`,
      `${"family".padEnd(24)}  lines  learned  hand   ${["title", "heading", "duty", "requirement", "furniture"].map((c) => c.padEnd(11)).join(" ")}`,
      ...Object.entries(lofo.families).map(([family, { learned, hand }]) =>
        [family.padEnd(24), String(learned.lines).padStart(5), " ", show(learned.accuracy), " ", show(hand.accuracy), "",
          ...Object.values(learned.classes).map((c) => `${show(c.precision)}/${show(c.recall)}`)].join(" "),
      ),
      `LOFO summary: ${lofo.summary.families} families, ${lofo.summary.lines} lines, learned line accuracy ${show(lofo.summary.learned)}, hand-set ${show(lofo.summary.hand)} (${lofo.ms} ms)`,
    ]
  : [];
const rows = Object.entries(sets).map(([name, f]) =>
  [name.padEnd(54), String(f.documents).padStart(4), String(f.positions).padStart(5), show(f.titleRecall), show(f.titlePrecision), show(f.fields), show(f.skillPrecision), show(f.skillRecall)].join("  "),
);
console.error(
  [
    `${"set".padEnd(54)}  docs  posns  t.rec  t.pre  field  sk.pr  sk.rc`,
    ...rows,
    (({ documents, positions, titleRecall, titlePrecision, fields, skillPrecision }) =>
      [`blind first runs pooled (history.json counts)`.padEnd(54), String(documents).padStart(4), String(positions).padStart(5), show(titleRecall), show(titlePrecision), show(fields), show(skillPrecision)].join("  "))(
      pooledFirstRuns(readHistory()),
    ),
    `targets on held-out: title recall ≥ 0.95, title precision ≥ 0.95, fields ≥ 0.90, skill precision ≥ 0.90; blind first runs: heldout/history.json`,
    ...lofoRows,
  ].join("\n"),
);
console.log(JSON.stringify({ at: new Date().toISOString(), parserCommit, batches: heldoutBatches.map((b) => b.id), sets, firstRunsPooled: pooledFirstRuns(readHistory()), corpusFamilies: byFamily, lofo, details }, null, 2));
