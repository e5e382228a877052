import { describe, expect, it } from "vitest";
import type { ProfileDraft } from "../../../server/resumes/profile-draft.js";
import { scoreReading } from "./corpus.score.js";

// The resume corpus scorer itself: it must be able to fail.
const draft = (experience: ProfileDraft["experience"]): { profile: ProfileDraft; dropped: string[] } => ({
  profile: { name: "x", experience, education: [], skills: [] } as unknown as ProfileDraft,
  dropped: [],
});
const job = (title: string) => ({ title, organization: "Acme", startDate: "2020-01", endDate: null, management: false });
const titleCheck = (expected: string | string[], found: string) =>
  scoreReading({ experience: [{ title: expected, organization: "Acme", startDate: "2020-01", endDate: null }] }, draft([job(found)])).find(
    (c) => c.field === "experience.title",
  )!.ok;

describe("resume corpus scorer, job titles", () => {
  it("matches after folding script, width, case and punctuation", () => {
    expect(titleCheck("高级工艺工程师", "高級工藝工程師")).toBe(true);
    expect(titleCheck("Vice President, Supply Chain", "vice president – supply chain")).toBe(true);
  });

  it("no longer accepts a title that merely holds or sits inside the expected one", () => {
    expect(titleCheck("Vice President, Supply Chain", "Vice President")).toBe(false);
    expect(titleCheck("Process Engineer", "Senior Process Engineer")).toBe(false);
  });

  it("accepts any form the expectation lists", () => {
    expect(titleCheck(["Senior Accountant", "高級會計師"], "高級會計師")).toBe(true);
    expect(titleCheck(["Senior Accountant", "高級會計師"], "會計師")).toBe(false);
  });

  it("fails a missing job on every stated field", () => {
    const checks = scoreReading({ experience: [{ title: "A", startDate: "2020-01", endDate: null }] }, draft([]));
    expect(checks.filter((c) => !c.ok).map((c) => c.field)).toEqual(["experience.title", "experience.startDate", "experience.endDate", "experience.management", "experience.order"]);
  });
});
