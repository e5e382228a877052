import { describe, expect, it } from "vitest";
import { findMajors, findMinEducation } from "../../../server/positions/education.js";
import { parsePositions } from "../../../server/positions/parse.js";
import { foldAligned } from "../../../server/text/fold.js";

const majors = (text: string) => findMajors([{ text, key: foldAligned(text) }], true).majors;

describe("a degree's letters, its discipline, then 'graduate'", () => {
  it.each([
    ["* BS Customs Administration graduate", ["Customs Administration"]],
    ["BSc in Nautical Science graduate", ["Nautical Science"]],
  ])("reads %s as a bachelor's in its discipline", (text, expected) => {
    expect(findMinEducation(foldAligned(text))).toBe("bachelor");
    expect(majors(text)).toEqual(expected);
  });

  it("reads no level from a graduate without a degree", () => {
    expect(findMinEducation(foldAligned("Fresh graduates are welcome"))).toBeNull();
  });
});

describe("a crewing line-up's asks for all ranks", () => {
  it("gives each rank what is said for all of them", () => {
    const lineup = [
      "RANK: BOSUN (1 vacancy)", "- Contract: 8 months", "- Requirements:", "* At least 3 years as Bosun on tankers", "",
      "RANK: OILER (2 vacancies)", "- Contract: 9 months", "- Requirements:", "* Basic Training (STCW VI/1)", "",
      "FOR ALL RANKS: good spoken and written English; passport valid for at least 12 months.",
    ].join("\n");
    expect(parsePositions(lineup).positions.map((p) => [p.title, p.requirements.languages.map((l) => l.name)])).toEqual([
      ["BOSUN", ["English"]],
      ["OILER", ["English"]],
    ]);
  });
});
