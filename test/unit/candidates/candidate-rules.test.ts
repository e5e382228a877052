import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../server/applications/idempotency.js";
import { localizeMatch } from "../../../server/applications/localize-match.js";
import { canMove } from "../../../server/applications/stages.js";
import { profileDateErrors } from "../../../server/candidates/profile-rules.js";
import { parseIdempotencyKey } from "../../../server/http/routes/applications.schema.js";
import { CandidateProfile } from "../../../server/matching/match.schema.js";
import { scoreMatch } from "../../../server/matching/score.js";
import { emptyRequirements } from "../../../server/positions/position.schema.js";

const now = new Date("2026-11-26T08:00:00Z");
const profile = (experience: CandidateProfile["experience"]): CandidateProfile => ({ name: "x", email: "x@example.com", education: [], experience, skills: [] });

describe("profileDateErrors", () => {
  it.each([
    ["a current job started this month", [{ title: "a", startDate: "2026-11", endDate: null }], []],
    ["a one-month job", [{ title: "a", startDate: "2020-03", endDate: "2020-03" }], []],
    ["a start next month", [{ title: "a", startDate: "2026-12" }], ["experience.0.startDate"]],
    ["an end before the start", [{ title: "a", startDate: "2020-03", endDate: "2019-12" }], ["experience.0.endDate"]],
    ["both, on the second entry", [{ title: "a", startDate: "2020-01" }, { title: "b", startDate: "2027-05", endDate: "2027-01" }], ["experience.1.startDate", "experience.1.endDate"]],
  ])("%s", (_name, experience, paths) => {
    expect(profileDateErrors(profile(experience as CandidateProfile["experience"]), now).map((e) => e.path)).toEqual(paths);
  });

  it("prefixes paths inside a larger body", () => {
    expect(profileDateErrors(profile([{ title: "a", startDate: "2030-01" }]), now, "candidate")[0]!.path).toBe("candidate.experience.0.startDate");
  });
});

describe("canMove", () => {
  it.each([
    ["applied", "screening", true], ["applied", "interview", true], ["interview", "screening", false], ["offer", "hired", true],
    ["screening", "rejected", true], ["hired", "rejected", false], ["rejected", "applied", false], ["applied", "applied", false],
  ] as const)("%s → %s: %s", (from, to, ok) => {
    expect(canMove(from, to)).toBe(ok);
  });
});

describe("idempotency helpers", () => {
  it("gives equal bodies equal canonical JSON whatever their key order", () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: "x", z: undefined })).toBe(canonicalJson({ a: "x", b: [1, { c: 2, d: 1 }] }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });

  it.each([
    [undefined, undefined], ['"abc-123"', "abc-123"], ["abc-123", "abc-123"], ['""', null], ["has space", null], ["x".repeat(256), null],
  ])("parses %j as %j", (header, key) => {
    expect(parseIdempotencyKey(header)).toBe(key);
  });
});

describe("localizeMatch", () => {
  it("rewrites every message in the other language from codes and params alone", () => {
    const requirements = { ...emptyRequirements(), education: { minLevel: "master" as const, majors: [], majorsRequired: false }, skills: [{ name: "Java", required: true }] };
    const candidate: CandidateProfile = { ...profile([{ title: "dev", startDate: "2020-01" }]), education: [{ level: "bachelor" }], skills: ["java"] };
    const en = scoreMatch(candidate, requirements, { asOf: now, locale: "en" });
    const zh = scoreMatch(candidate, requirements, { asOf: now, locale: "zh" });
    expect(localizeMatch(en, "zh")).toEqual(zh);
    expect(localizeMatch(zh, "en")).toEqual(en);
  });
});
