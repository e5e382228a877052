import { describe, expect, it } from "vitest";
import { findExperience, managesPeople } from "../../../server/positions/experience.js";
import { foldAligned } from "../../../server/text/fold.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));

describe("duties that manage people", () => {
  it.each([
    ["a team second in the verb's object", "Oversees the trades and a delivery team of six"],
    ["a team counted 'up to'", "Leads the night shift team (up to 9 operatives)"],
    ["a team where it works", "Runs the kitchen team on shift (about 7 cooks and porters)"],
    ["one named post", "Supervises the Payroll Clerk and prepares the monthly accounts"],
  ])("reads %s", (_, text) => {
    expect(managesPeople(lines(text))).toBe(true);
  });

  it.each([
    ["a post's relation to a manager", "Supervises the Manager's diary and travel"],
    ["a managed thing", "Manage the payroll system and the ledger"],
    ["a team without a count", "Lead the team to deliver the project"],
  ])("does not read %s", (_, text) => {
    expect(managesPeople(lines(text))).toBe(false);
  });

  it.each([
    "Reports to the Head of Finance; no line management responsibilities.",
    "This is not a management role, and there are no direct reports",
    "No people management experience needed",
  ])("reads no management where the post is said to manage no one: %s", (text) => {
    expect(managesPeople(lines(text))).toBe(false);
    expect(findExperience(lines(text)).management).toBe(false);
  });
});
