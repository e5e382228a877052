import { writeFileSync } from "node:fs";
import { corrections, draftLabels } from "./draft.js";
import { type LabelFile, labelsDir, readLabelFiles, tuningDocuments } from "./labelled.js";

/**
 * `npx tsx test/unit/positions/labels/draft-cli.ts [--all]`: writes the draft labels (with the reviewed
 * corrections) of every tuning document that has none yet — or of all of them with --all — into its
 * family's file. Review what it wrote before committing: a draft is the heading chain's reading, not gold.
 */
const all = process.argv.includes("--all");
const files = readLabelFiles();
const labelled = new Set(Object.values(files).flatMap((f) => Object.keys(f)));
const touched = new Set<string>();
for (const doc of tuningDocuments()) {
  if (!all && labelled.has(doc.name)) continue;
  const lines = draftLabels(doc.text, doc.titles);
  for (const [start, label] of corrections[doc.name] ?? []) {
    const matching = lines.filter((l) => l.text.trim().startsWith(start));
    if (matching.length === 0) throw new Error(`${doc.name}: the correction "${start}" matches no line`);
    for (const line of matching) line.label = label;
  }
  (files[doc.family] ??= {})[doc.name] = lines.map((l) => [l.label, l.text]);
  touched.add(doc.family);
}
for (const family of touched) {
  const file: LabelFile = Object.fromEntries(Object.entries(files[family]!).sort(([a], [b]) => a.localeCompare(b)));
  const body = Object.entries(file).map(([name, lines]) => `  ${JSON.stringify(name)}: [\n${lines.map((l) => `    ${JSON.stringify(l)}`).join(",\n")}\n  ]`).join(",\n");
  writeFileSync(new URL(`${family}.json`, labelsDir), `{\n${body}\n}\n`);
  console.error(`wrote ${family}.json`);
}
