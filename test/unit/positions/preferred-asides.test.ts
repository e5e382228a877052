import { describe, expect, it } from "vitest";
import { findExperience } from "../../../server/positions/experience.js";
import { clauseOptional, optionalAt, preferredAsides } from "../../../server/positions/optional.js";
import { findCertifications, findSkills } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const line = (text: string) => ({ text, key: foldAligned(text) });
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);

describe("a preference in brackets qualifies what the brackets hold", () => {
  it.each([
    ["Two years as a line cook (Rational ovens a plus)", true],
    ["熟悉WMS系统（富勒FLUX者优先）", true],
    ["Valid forklift licence (preferred)", false],
    ["叉车证（优先）", false],
    ["數值控制車床乙級技術士（具備者優先）", false],
    ["Strong Excel (pivot tables)", false],
  ])("%s: a bracket of its own: %s", (text, own) => {
    expect(preferredAsides(foldAligned(text)).length > 0).toBe(own);
  });

  it("leaves the clause around such brackets required", () => {
    expect(clauseOptional(foldAligned("Two years as a line cook (Rational ovens a plus)"))).toBe(false);
    expect(clauseOptional(foldAligned("Valid forklift licence (preferred)"))).toBe(true);
    expect(clauseOptional(foldAligned("Rational ovens a plus"))).toBe(true);
  });

  it("marks only what stands inside them preferred", () => {
    const key = foldAligned("Two years as a line cook (Rational ovens a plus)");
    expect(optionalAt(key, key.indexOf("line"), key.indexOf("line") + 4)).toBe(false);
    expect(optionalAt(key, key.indexOf("rational"), key.indexOf("rational") + 8)).toBe(true);
  });

  it("reads the years of such a clause as a minimum", () => {
    expect(findExperience([line("At least 2 years sommelier experience (WSET Level 3 a plus)")]).minYears).toBe(2);
    expect(findExperience([line("3年以上仓库管理经验（有冷链经验者优先）")]).minYears).toBe(3);
    expect(findExperience([line("2 years sommelier experience preferred")]).minYears).toBeNull();
  });

  it("keeps the tool before the brackets required and the one inside preferred", () => {
    expect(names(findSkills([line("熟练使用WMS系统（富勒FLUX优先）")]))).toEqual(["WMS系统", "富勒FLUX?"]);
    expect(names(findSkills([line("Working knowledge of Salesforce (HubSpot preferred)")]))).toEqual(["Salesforce", "HubSpot?"]);
  });

  it("reads a certificate's own preference as the whole clause's", () => {
    expect(names(findCertifications([line("專業證照：堆高機操作丙級技術士（具備者優先）")]))).toEqual(["堆高機操作丙級技術士?"]);
  });
});
