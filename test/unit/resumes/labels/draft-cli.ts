import { closeDocumentPool } from "../../../../server/documents/index.js";
import { writeFileSync } from "node:fs";
import { resumeLineModel } from "../../../../server/resumes/data/line-model.js";
import { tagLines } from "../../../../server/documents/index.js";
import { expectedResumes } from "../corpus.expected.js";
import { corrections, draftLabels } from "./draft.js";
import { batchOf, labelsDir, readLabelFiles, taggerLines, tuningDocuments, type ResumeLabelFile } from "./labelled.js";

/**
 * `npx tsx test/unit/resumes/labels/draft-cli.ts [--all]`: writes draft labels (with the reviewed corrections)
 * for every tuning resume without labels — or for all of them with --all — into its batch's file. The draft
 * tags with the HAND-SET weights whichever model the reader uses, so it never depends on the last training.
 */
const all = process.argv.includes("--all");
const files = readLabelFiles();
const labelled = new Set(Object.values(files).flatMap((f) => Object.keys(f)));
const touched = new Set<string>();
for (const name of tuningDocuments()) {
  if (!all && labelled.has(name)) continue;
  const { lines, features } = await taggerLines(name);
  const guessed = tagLines(resumeLineModel, features).classes;
  lines.forEach((l, i) => (l.tag = guessed[i]!));
  const draft = draftLabels(lines, expectedResumes[name]!);
  for (const [start, label] of corrections[name] ?? []) {
    const matching = draft.filter(([, text]) => text.trim().startsWith(start));
    if (matching.length === 0) throw new Error(`${name}: the correction "${start}" matches no line`);
    for (const line of matching) line[0] = label;
  }
  (files[batchOf(name)] ??= {})[name] = draft;
  touched.add(batchOf(name));
}
for (const batch of touched) {
  const file: ResumeLabelFile = Object.fromEntries(Object.entries(files[batch]!).sort(([a], [b]) => a.localeCompare(b)));
  const body = Object.entries(file).map(([name, lines]) => `  ${JSON.stringify(name)}: [\n${lines.map((l) => `    ${JSON.stringify(l)}`).join(",\n")}\n  ]`).join(",\n");
  writeFileSync(new URL(`${batch}.json`, labelsDir), `{\n${body}\n}\n`);
  console.error(`wrote ${batch}.json`);
}
await closeDocumentPool();
