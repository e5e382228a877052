import { describe, expect, it } from "vitest";
import { findLanguages, findSkills } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);

describe("languages beyond the big ones are languages, not skills", () => {
  it.each([
    ["Good spoken Swahili and English", ["Swahili", "English"]],
    ["Must speak English; isiXhosa or Sesotho would be an advantage", ["English", "isiXhosa?", "Sesotho?"]],
    ["Ability to communicate in Yoruba, Hausa or Igbo", ["Yoruba", "Hausa", "Igbo"]],
    ["Working knowledge of Urdu and Punjabi", ["Urdu", "Punjabi"]],
    ["熟练掌握斯瓦希里语", ["斯瓦希里语"]],
  ])("reads %s", (text, expected) => {
    expect(names(findLanguages(lines(text))).sort()).toEqual([...expected].sort());
  });

  it("is not read as a tool after a skill cue", () => {
    expect(findSkills(lines("Knowledge of Amharic and Excel")).map((s) => s.name)).toEqual(["Excel"]);
  });

  it.each([
    ["a people's adjective", "Somali community outreach experience"],
    ["a nationality", "Romanian citizens may apply"],
    ["a place", "Based in the Welsh valleys"],
  ])("reads none from %s", (_, text) => {
    expect(findLanguages(lines(text))).toEqual([]);
  });
});
