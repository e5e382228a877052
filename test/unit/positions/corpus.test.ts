import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { Position } from "../../../server/positions/position.schema.js";
import { foldKey } from "../../../server/text/fold.js";
import { expectedCorpus } from "./corpus.expected.js";
import { documentMisses, titleCounts } from "./corpus.score.js";
import { corpusDocuments } from "./corpus-text.js";
import { expectedSeeds } from "./seeds.expected.js";

const corpusRead = await corpusDocuments(Object.keys(expectedCorpus));
const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8");

describe.each(Object.entries(expectedCorpus))("corpus %s", (name, expected) => {
  const { text, lines } = corpusRead.get(name)!;
  const { positions } = parsePositions(text, lines);

  it("finds exactly the positions a reader finds, in order", () => {
    expect(positions.map((p) => foldKey(p.title))).toEqual(expected.map((e) => foldKey(e.title)));
  });

  it("slices each position's sourceText from the document and satisfies the schema", () => {
    for (const p of positions) {
      expect(text.includes(p.sourceText), p.title).toBe(true);
      expect(() => Position.parse(p)).not.toThrow();
    }
  });

  it("reads every requirement field the reader reads", () => {
    expect(documentMisses(positions, expected).misses).toEqual([]);
  });

  it("flags exactly the discriminatory phrases", () => {
    for (const e of expected.filter((x) => x.compliance !== undefined)) {
      const found = positions.find((p) => foldKey(p.title) === foldKey(e.title))?.compliance ?? [];
      expect(found, e.title).toEqual(expect.arrayContaining(e.compliance!));
      expect(found, e.title).toHaveLength(e.compliance!.length);
    }
  });
});

describe("corpus and seeds together", () => {
  const documents = [
    ...Object.entries(expectedCorpus).map(([name, expected]) => ({ ...corpusRead.get(name)!, expected })),
    ...Object.entries(expectedSeeds).map(([name, expected]) => ({ text: seed(name), lines: undefined, expected })),
  ];
  const parsed = documents.map((d) => ({ ...d, positions: parsePositions(d.text, d.lines).positions }));

  it("reaches title recall ≥ 0.95 and precision ≥ 0.90, script-blind", () => {
    const counts = parsed.map((d) => titleCounts(d.positions.map((p) => p.title), d.expected.map((e) => e.title)));
    const matched = counts.reduce((n, c) => n + c.matched, 0);
    const recall = matched / counts.reduce((n, c) => n + c.expected, 0);
    const precision = matched / counts.reduce((n, c) => n + c.found, 0);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it("gets ≥ 90% of stated requirement fields right", () => {
    const scores = parsed.map((d) => documentMisses(d.positions, d.expected));
    const total = scores.reduce((n, s) => n + s.total, 0);
    const missed = scores.reduce((n, s) => n + s.misses.length, 0);
    expect(total).toBeGreaterThan(200);
    expect(1 - missed / total).toBeGreaterThanOrEqual(0.9);
  });
});
