import { describe, expect, it } from "vitest";
import { MatchResult } from "../../../server/matching/match.schema.js";
import { scoreMatch } from "../../../server/matching/score.js";
import { asOf, buildCandidate, buildRequirements, preferred, required } from "./factories.js";

// An accountant role: a required certificate, a required and a preferred language, one skill.
const accountant = buildRequirements({
  skills: required("用友"),
  languages: [...required("英语"), ...preferred("粤语")],
  certifications: required("中级会计师"),
});
const holder = buildCandidate({ skills: ["用友"], languages: ["English", "Cantonese"], certifications: ["中级会计职称"] });
const score = (candidate = holder, requirements = accountant, weights?: Record<string, number>) =>
  scoreMatch(candidate, requirements, { asOf, weights });

describe("languages and certifications as criteria of their own", () => {
  it("shows a missing certificate apart from skills and languages", () => {
    const result = score({ ...holder, certifications: [] });
    expect(result.criteria.certifications).toMatchObject({ met: false, matched: [], missing: ["中级会计师"] });
    expect(result.criteria.certifications.reasons[0]).toMatchObject({ code: "certifications.required_missing", params: { items: ["中级会计师"] } });
    expect(result.criteria.languages.met).toBe(true);
    expect(result.qualified).toBe(false);
  });

  it("shows a missing language apart from the certificate", () => {
    const result = score({ ...holder, languages: ["Cantonese"] });
    expect(result.criteria.languages).toMatchObject({ met: false, missing: ["英语"], matched: ["粤语"] });
    expect(result.criteria.certifications.met).toBe(true);
  });

  it("lets a preferred language only add score, never fail", () => {
    const result = score({ ...holder, languages: ["English"] });
    expect(result.criteria.languages).toMatchObject({ met: true, missing: ["粤语"] });
    expect(result.criteria.languages.score).toBeLessThan(1);
    expect(result.criteria.languages.reasons.map((r) => r.code)).toEqual(["languages.required_matched", "languages.preferred_missing"]);
  });

  it("finds a language in the certificate list (CET-6 means English)", () => {
    const result = score({ ...holder, languages: [], certifications: ["中级会计职称", "CET-6"] });
    expect(result.criteria.languages.matched).toEqual(["英语"]);
  });

  it("is met with a no-requirement reason when nothing is asked", () => {
    const result = score(holder, buildRequirements({ skills: required("用友") }));
    expect(result.criteria.languages).toMatchObject({ score: 1, met: true, reasons: [{ code: "languages.no_requirement" }] });
    expect(result.criteria.certifications.reasons.map((r) => r.code)).toEqual(["certifications.no_requirement"]);
  });

  it("still lists languages and certificates inside skills, as the contract's skills criterion does", () => {
    const result = score({ ...holder, certifications: [] });
    expect(result.criteria.skills).toMatchObject({ met: false, missing: ["中级会计师"] });
  });

  it("adds nothing to the total by default (skills already counts them)", () => {
    const result = score({ ...holder, certifications: [] });
    const { education, experience, skills } = result.criteria;
    const expected = Math.round((0.3 * education.score + 0.3 * experience.score + 0.4 * skills.score) * 1000) / 10;
    expect(result.score).toBe(expected);
  });

  it("counts toward the total where a vacancy weights it", () => {
    const onlyCertificate = { education: 0, experience: 0, skills: 0, certifications: 1 };
    expect(score({ ...holder, certifications: [] }, accountant, onlyCertificate).score).toBe(0);
    expect(score(holder, accountant, onlyCertificate).score).toBe(100);
  });

  it("explains itself in Chinese", () => {
    const result = scoreMatch({ ...holder, certifications: [] }, accountant, { asOf, locale: "zh" });
    expect(result.criteria.certifications.reasons[0]!.message).toBe("缺少要求的证书：中级会计师");
    expect(() => MatchResult.parse(result)).not.toThrow();
  });
});
