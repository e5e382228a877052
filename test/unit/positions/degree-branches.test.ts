import { describe, expect, it } from "vitest";
import { findMajors, findMinEducation } from "../../../server/positions/education.js";
import { findLanguages } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const line = (text: string) => ({ text, key: foldAligned(text) });

describe("schooling as Indian, Nigerian and British ads state it", () => {
  it.each([
    ["Any Graduate with 2 years in sales", "bachelor"],
    ["Graduate in any discipline", "bachelor"],
    ["PG: Any Postgraduate", "master"],
    ["HND in Civil Engineering or equivalent", "associate"],
    ["Higher National Diploma in Accounting", "associate"],
  ])("%s → %s", (text, level) => {
    expect(findMinEducation(foldAligned(text))).toBe(level);
  });

  it("reads no major for a graduate in any discipline", () => {
    expect(findMajors([line("Graduate in any discipline")], true)).toEqual({ majors: [], required: false });
  });

  it.each([
    ["B.E. (Electrical)", ["Electrical"]],
    ["B.Tech / B.E. (ECE / EEE)", ["ECE", "EEE"]],
    ["Diploma (Plastics Technology / Tool & Die Making)", ["Plastics Technology", "Tool & Die Making"]],
  ])("reads the branch in brackets after a degree: %s", (text, majors) => {
    expect(findMajors([line(text)], true)).toEqual({ majors, required: true });
  });

  it.each(["B.E. (Hons)", "Diploma (or equivalent)", "Degree (Preferred)", "BSc (2:1 or above)"])("reads no branch from %s", (text) => {
    expect(findMajors([line(text)], true).majors).toEqual([]);
  });
});

describe("国语 after a country's name is that country's language", () => {
  it.each([
    ["韩国语能力考试4级以上", ["韩国语"]],
    ["主修英國語文", []],
    ["國語、台語流利", ["國語", "台語"]],
    ["能以国语沟通", ["国语"]],
  ])("%s", (text, names) => {
    expect(findLanguages([line(text)]).map((l) => l.name)).toEqual(names);
  });
});
