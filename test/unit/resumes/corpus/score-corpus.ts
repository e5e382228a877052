import { expectedResumes } from "../corpus.expected.js";
import { readCorpusDocument, scoreReading, tally, type Check } from "../corpus.score.js";

/**
 * Scores the reader on the corpus, per batch and field: `npx tsx test/unit/resumes/corpus/score-corpus.ts [batch]`.
 * A batch's first run is recorded in first-runs.json before any fix for it is made.
 */
const only = process.argv[2];
const batches: Record<string, Check[]> = {};
const misses: string[] = [];
for (const [name, expected] of Object.entries(expectedResumes)) {
  const batch = name.split("/")[0]!;
  if (only && batch !== only) continue;
  const checks = scoreReading(expected, await readCorpusDocument(name));
  (batches[batch] ??= []).push(...checks);
  for (const c of checks.filter((c) => !c.ok)) misses.push(`${name} ${c.field}: ${c.detail}`);
}
const result = Object.fromEntries(Object.entries(batches).map(([b, checks]) => [b, tally(checks)]));
console.log(JSON.stringify({ result, misses }, null, 2));
