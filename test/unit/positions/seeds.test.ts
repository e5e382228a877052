import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { Position } from "../../../server/positions/position.schema.js";
import { foldKey } from "../../../server/text/fold.js";
import { expectedSeeds } from "./seeds.expected.js";

const read = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), "utf8");

describe.each(Object.entries(expectedSeeds))("seed %s", (name, expected) => {
  const text = read(name);
  const { positions } = parsePositions(text);

  it("finds exactly the positions a reader finds, in order", () => {
    expect(positions.map((p) => foldKey(p.title))).toEqual(expected.map((e) => foldKey(e.title)));
  });

  it("keeps titles in the document's own script", () => {
    expect(positions.map((p) => p.title)).toEqual(expected.map((e) => e.title));
  });

  it("gives every position a sourceText that is an exact slice of the document", () => {
    for (const p of positions) {
      expect(p.sourceText.length).toBeGreaterThan(0);
      expect(text.includes(p.sourceText)).toBe(true);
    }
  });

  it("produces positions that satisfy the shared schema", () => {
    for (const p of positions) expect(() => Position.parse(p)).not.toThrow();
  });

  it("reads the stated fields and requirements", () => {
    positions.forEach((p, i) => {
      const e = expected[i];
      if (!e) return;
      const r = p.requirements;
      if (e.department !== undefined) expect(p.department, p.title).toBe(e.department);
      if (e.reportsTo !== undefined) expect(p.reportsTo, p.title).toBe(e.reportsTo);
      if (e.minLevel !== undefined) expect(r.education.minLevel, p.title).toBe(e.minLevel);
      if (e.minYears !== undefined) expect(r.experience.minYears, p.title).toBe(e.minYears);
      if (e.maxYears !== undefined) expect(r.experience.maxYears, p.title).toBe(e.maxYears);
      if (e.management !== undefined) expect(r.experience.management, p.title).toBe(e.management);
      if (e.majors !== undefined) expect(r.education.majors, p.title).toEqual(e.majors);
      if (e.majorsRequired !== undefined) expect(r.education.majorsRequired, p.title).toBe(e.majorsRequired);
      for (const skill of e.skillsInclude ?? []) expect(r.skills.map((s) => s.name), p.title).toContain(skill);
      expect(p.compliance, p.title).toEqual(e.compliance ?? []);
    });
  });
});
