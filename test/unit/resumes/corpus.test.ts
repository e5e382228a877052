import { describe, expect, it } from "vitest";
import { CandidateProfile } from "../../../server/matching/match.schema.js";
import { expectedResumes } from "./corpus.expected.js";
import { readCorpusDocument, scoreReading, tally } from "./corpus.score.js";

const readings = await Promise.all(Object.keys(expectedResumes).map(async (name) => [name, await readCorpusDocument(name)] as const));

describe.each(readings)("resume corpus %s", (name, reading) => {
  const expected = expectedResumes[name]!;

  it("reads every field the careful reader reads", () => {
    const misses = scoreReading(expected, reading).filter((c) => !c.ok).map((c) => `${c.field}: ${c.detail}`);
    expect(misses).toEqual([]);
  });

});

describe.each(readings.filter(([name]) => !expectedResumes[name]!.noProfile))("resume corpus %s as a profile", (_name, reading) => {
  it("gives a draft that completes into a valid profile once name and email are known", () => {
    if (reading === "no_profile") throw new Error("answered no_profile for a resume");
    const completed = { ...reading.profile, name: reading.profile.name ?? "x", email: reading.profile.email ?? "x@example.com" };
    expect(CandidateProfile.safeParse(completed).error?.issues).toBeUndefined();
  });
});

describe("resume corpus as a whole", () => {
  it("gets at least 95% of stated fields right", () => {
    const checks = readings.flatMap(([name, reading]) => scoreReading(expectedResumes[name]!, reading));
    expect(tally(checks).accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
