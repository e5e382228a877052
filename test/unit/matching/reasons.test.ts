import { describe, expect, it } from "vitest";
import { reasonMessages } from "../../../server/matching/data/reason-messages.js";
import type { MatchResult } from "../../../server/matching/match.schema.js";
import { reason } from "../../../server/matching/reasons.js";
import { scoreMatch } from "../../../server/matching/score.js";
import { asOf, buildCandidate, buildRequirements, preferred, required } from "./factories.js";

const role = buildRequirements({
  education: { minLevel: "bachelor", majors: ["计算机"], majorsRequired: true },
  experience: { minYears: 5, maxYears: 8, management: true, fields: ["Java"] },
  skills: [...required("Java", "MySQL"), ...preferred("k8s")],
  languages: required("英语"),
  certifications: preferred("PMP"),
});

const candidates = [
  buildCandidate(),
  buildCandidate({
    education: [{ level: "master", major: "軟體工程" }],
    experience: [
      { title: "Java工程师", startDate: "2012-01", endDate: "2019-12" },
      { title: "技术经理", startDate: "2020-01", endDate: null, description: "Java 团队" },
    ],
    skills: ["java", "postgres", "MYSQL", "Kubernetes"],
    languages: ["English"],
  }),
  buildCandidate({
    education: [{ level: "associate", major: "会计" }],
    experience: [{ title: "出纳", startDate: "2024-01", endDate: null }],
    skills: ["Excel"],
  }),
];

const criteriaOf = (result: MatchResult) => Object.values(result.criteria);
const knownCodes = new Set(Object.keys(reasonMessages));

describe("reasons", () => {
  it.each(candidates.map((candidate, i) => [i, candidate] as const))("gives every criterion a reason (candidate %i)", (_, candidate) => {
    for (const requirements of [role, buildRequirements()]) {
      for (const criterion of criteriaOf(scoreMatch(candidate, requirements, { asOf }))) {
        expect(criterion.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it("uses only codes from the message table, prefixed by their criterion", () => {
    for (const candidate of candidates) {
      const result = scoreMatch(candidate, role, { asOf });
      for (const [name, criterion] of Object.entries(result.criteria)) {
        for (const { code } of criterion.reasons) {
          expect(knownCodes).toContain(code);
          expect(code.startsWith(`${name}.`)).toBe(true);
        }
      }
    }
  });

  it("explains a strong candidate with stable codes", () => {
    const result = scoreMatch(candidates[1]!, role, { asOf });
    expect(result.criteria.education.reasons.map((r) => r.code)).toEqual(["education.level_met", "education.major_same_family"]);
    expect(result.criteria.experience.reasons.map((r) => r.code)).toEqual([
      "experience.years_met",
      "experience.years_above_max",
      "experience.management_met",
      "experience.field_years",
    ]);
    expect(result.criteria.skills.reasons.map((r) => r.code)).toEqual([
      "skills.required_matched",
      "skills.preferred_matched",
      "skills.preferred_missing",
    ]);
    expect(result.criteria.skills).toMatchObject({ matched: ["Java", "MySQL", "英语", "k8s"], missing: ["PMP"] });
  });

  it("explains a weak candidate with stable codes and numbers in params", () => {
    const result = scoreMatch(candidates[2]!, role, { asOf });
    expect(result.criteria.education.reasons).toMatchObject([
      { code: "education.level_below", params: { level: "associate", minLevel: "bachelor" } },
      { code: "education.major_unrelated" },
    ]);
    expect(result.criteria.experience.reasons).toContainEqual(
      expect.objectContaining({ code: "experience.years_short", params: { years: 2.5, minYears: 5 } }),
    );
    expect(result.criteria.experience.reasons.map((r) => r.code)).toContain("experience.management_missing");
    expect(result.criteria.skills.reasons[0]).toMatchObject({
      code: "skills.required_missing",
      params: { items: ["Java", "MySQL", "英语"] },
    });
  });

  it("writes messages in English by default and in Chinese for zh, with the same codes", () => {
    const en = scoreMatch(candidates[2]!, role, { asOf });
    const zh = scoreMatch(candidates[2]!, role, { asOf, locale: "zh" });
    const messages = (result: MatchResult) => criteriaOf(result).flatMap((c) => c.reasons);
    expect(messages(zh).map((r) => r.code)).toEqual(messages(en).map((r) => r.code));
    expect(messages(en).find((r) => r.code === "education.level_below")?.message).toBe(
      "Education associate degree is below the minimum of bachelor's degree",
    );
    expect(messages(zh).find((r) => r.code === "education.level_below")?.message).toBe("学历大专，低于本科的要求");
    for (const { message } of messages(zh)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("has both languages for every code", () => {
    for (const messages of Object.values(reasonMessages)) {
      expect(messages.en).toMatch(/^[\x20-\x7e]+$/);
      expect(messages.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("joins list params in the locale's style", () => {
    expect(reason("skills.required_missing", { items: ["CRM", "ERP"] }, "zh").message).toBe("缺少必需项：CRM、ERP");
    expect(reason("skills.required_missing", { items: ["CRM", "ERP"] }, "en").message).toBe("Missing required: CRM, ERP");
  });
});
