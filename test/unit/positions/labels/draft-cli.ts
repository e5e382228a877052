import { writeFileSync } from "node:fs";
import { closeDocumentPool } from "../../../../server/documents/index.js";
import { batchCorrections } from "./batch-corrections.js";
import { corrections, draftLabels } from "./draft.js";
import { batchLabelSources, type LabelFile, type LabelSource, labelsDir, readLabelFiles, tuningDocuments } from "./labelled.js";

/**
 * `npx tsx test/unit/positions/labels/draft-cli.ts [--all] [--batch batch-NN …]`: writes the draft labels
 * (with the reviewed corrections) of every tuning document that has none yet — or of all of them with
 * --all — into its family's file; with --batch, of a blind batch's documents (first run recorded) into
 * batch-NN.json. Review what it wrote before committing: a draft is the heading chain's reading, not gold.
 */
const args = process.argv.slice(2);
const all = args.includes("--all");
const batches = args.flatMap((a, i) => (args[i - 1] === "--batch" ? [a] : []));
const files = readLabelFiles();
const touched = new Set<string>();

function draft(file: string, docs: readonly LabelSource[], batch: boolean) {
  const labelled = new Set(Object.keys(files[file] ?? {}));
  for (const doc of docs) {
    if (!all && labelled.has(doc.name)) continue;
    const lines = draftLabels(doc.text, doc.titles, doc.lines);
    for (const [start, label] of (batch ? batchCorrections[`${file}/${doc.name}`] : corrections[doc.name]) ?? []) {
      const matching = lines.filter((l) => l.text.trim().startsWith(start));
      if (matching.length === 0) throw new Error(`${doc.name}: the correction "${start}" matches no line`);
      for (const line of matching) line.label = label;
    }
    (files[file] ??= {})[doc.name] = lines.map((l) => [l.label, l.text]);
    touched.add(file);
  }
}

if (batches.length > 0) for (const batch of batches) draft(batch, await batchLabelSources(batch), true);
else {
  const byFamily = new Map<string, LabelSource[]>();
  for (const doc of tuningDocuments()) byFamily.set(doc.family, [...(byFamily.get(doc.family) ?? []), doc]);
  for (const [family, docs] of byFamily) draft(family, docs, false);
}
for (const family of touched) {
  const file: LabelFile = Object.fromEntries(Object.entries(files[family]!).sort(([a], [b]) => a.localeCompare(b)));
  const body = Object.entries(file).map(([name, lines]) => `  ${JSON.stringify(name)}: [\n${lines.map((l) => `    ${JSON.stringify(l)}`).join(",\n")}\n  ]`).join(",\n");
  writeFileSync(new URL(`${family}.json`, labelsDir), `{\n${body}\n}\n`);
  console.error(`wrote ${family}.json`);
}
await closeDocumentPool();
