import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { findSkills } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);
const position = (text: string) => extractPosition("Lab Analyst", text, foldAligned(text), text);

describe("skills said on a job page's label lines", () => {
  it("reads a 'Skills required:' line under the duties as the post's skills, and 'Desirable: exposure to …' as preferred", () => {
    const p = position("Key Responsibilities:\n• Run HPLC assays and report results\nKey skills: HPLC, Empower, GLP\nDesirable: Exposure to LabWare and Minitab");
    expect(names(p.requirements.skills).sort()).toEqual(["Empower", "GLP", "HPLC", "LabWare?", "Minitab?"]);
  });
});

describe("a kind of employer is no skill", () => {
  it.each(["Two years' experience with a tier-one contractor", "Experience with a recruitment agency", "experience with a consultancy"])("reads none from %s", (text) => {
    expect(findSkills(lines(text))).toEqual([]);
  });
});

describe("two adjectives before the noun they share are one name", () => {
  it("does not split 'the World Bank Environmental and Social Framework' into two names", () => {
    // The whole name is weighed as one phrase (and is long for one); neither half is read as a name of its own.
    const found = findSkills(lines("Knowledge of the World Bank Environmental and Social Framework")).map((s) => s.name);
    expect(found).not.toContain("World Bank Environmental");
    expect(found).not.toContain("Social Framework");
  });

  it("still splits a list of names", () => {
    expect(findSkills(lines("Knowledge of Python and SQL")).map((s) => s.name)).toEqual(["Python", "SQL"]);
  });
});

describe("a slash between a letter and a digit is part of a name", () => {
  it("reads 金蝶K/3 whole, and still splits two names", () => {
    expect(findSkills(lines("熟悉金蝶K/3")).map((s) => s.name)).toEqual(["金蝶K/3"]);
    expect(findSkills(lines("熟悉Excel/Word")).map((s) => s.name)).toEqual(["Excel", "Word"]);
  });
});
