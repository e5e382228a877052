import { afterEach, describe, expect, it, vi } from "vitest";
import { MatchResult, type CandidateProfile } from "../../../server/matching/match.schema.js";
import { DEFAULT_WEIGHTS, normalizeWeights, scoreMatch } from "../../../server/matching/score.js";
import type { Requirements } from "../../../server/positions/position.schema.js";
import { asOf, buildCandidate, buildRequirements, preferred, required } from "./factories.js";

// A sales supervisor role written in Simplified script, as most imported descriptions are.
const salesRole = buildRequirements({
  education: { minLevel: "bachelor", majors: ["市场营销", "工商管理"], majorsRequired: false },
  experience: { minYears: 3, fields: ["销售"] },
  skills: [...required("办公软件", "CRM"), ...preferred("驾照")],
  languages: required("英语"),
});

const salesRep = buildCandidate({
  education: [{ level: "bachelor", major: "市场营销" }],
  experience: [{ title: "销售代表", startDate: "2021-03", endDate: null }],
  skills: ["办公软件", "CRM"],
  languages: ["英语"],
});

const withSkills = (skills: string[], base: CandidateProfile = salesRep) => ({ ...base, skills });

type Met = { education: boolean; experience: boolean; skills: boolean };
type Case = { name: string; candidate: CandidateProfile; requirements: Requirements; qualified: boolean; met: Met };
const allMet: Met = { education: true, experience: true, skills: true };

const cases: Case[] = [
  { name: "a Simplified profile meeting everything", candidate: salesRep, requirements: salesRole, qualified: true, met: allMet },
  {
    name: "a Traditional-script profile against Simplified requirements",
    candidate: buildCandidate({
      education: [{ level: "bachelor", major: "企業管理" }],
      experience: [{ title: "銷售專員", startDate: "2020-01", endDate: "2024-12" }],
      skills: ["辦公軟體", "客戶關係管理"],
      languages: ["英文"],
    }),
    requirements: salesRole,
    qualified: true,
    met: allMet,
  },
  {
    name: "aliases in another letter case",
    candidate: { ...withSkills(["EXCEL", "crm"]), languages: ["ENGLISH"] },
    requirements: salesRole,
    qualified: true,
    met: allMet,
  },
  {
    name: "overlapping jobs and a current one reaching the minimum",
    candidate: {
      ...salesRep,
      experience: [
        { title: "销售代表", startDate: "2022-01", endDate: "2024-06" },
        { title: "兼职销售", startDate: "2023-01", endDate: null },
      ],
    },
    requirements: salesRole,
    qualified: true,
    met: allMet,
  },
  {
    name: "overlapping jobs that would only reach the minimum if counted twice",
    candidate: {
      ...salesRep,
      experience: [
        { title: "销售代表", startDate: "2024-01", endDate: null },
        { title: "兼职销售", startDate: "2024-06", endDate: "2025-06" },
      ],
    },
    requirements: salesRole,
    qualified: false,
    met: { ...allMet, experience: false },
  },
  {
    name: "an overqualified candidate",
    candidate: { ...salesRep, education: [{ level: "doctorate", major: "市场营销" }] },
    requirements: salesRole,
    qualified: true,
    met: allMet,
  },
  {
    name: "a missing required skill",
    candidate: withSkills(["办公软件"]),
    requirements: salesRole,
    qualified: false,
    met: { ...allMet, skills: false },
  },
  {
    name: "a missing required language",
    candidate: { ...salesRep, languages: ["日语"] },
    requirements: salesRole,
    qualified: false,
    met: { ...allMet, skills: false },
  },
  {
    name: "a level below the minimum",
    candidate: { ...salesRep, education: [{ level: "associate", major: "市场营销" }] },
    requirements: salesRole,
    qualified: false,
    met: { ...allMet, education: false },
  },
  {
    name: "a required major outside the family",
    candidate: { ...salesRep, education: [{ level: "bachelor", major: "历史学" }] },
    requirements: { ...salesRole, education: { ...salesRole.education, majorsRequired: true } },
    qualified: false,
    met: { ...allMet, education: false },
  },
  {
    name: "management required and never held",
    candidate: salesRep,
    requirements: { ...salesRole, experience: { ...salesRole.experience, management: true } },
    qualified: false,
    met: { ...allMet, experience: false },
  },
  {
    name: "English requirements against a Chinese profile",
    candidate: salesRep,
    requirements: buildRequirements({
      education: { minLevel: "bachelor", majors: ["Business Administration"] },
      experience: { minYears: 3, fields: ["sales"] },
      skills: required("Customer Relationship Management", "MS Office"),
      languages: required("English"),
    }),
    qualified: true,
    met: allMet,
  },
  {
    name: "Traditional-script requirements against a Simplified profile",
    candidate: { ...salesRep, certifications: ["驾驶证"] },
    requirements: buildRequirements({
      education: { minLevel: "associate", majors: ["行銷"], majorsRequired: true },
      experience: { minYears: 2, fields: ["銷售"] },
      skills: required("辦公軟體", "客戶關係管理"),
      certifications: required("駕照"),
    }),
    qualified: true,
    met: allMet,
  },
  {
    name: "an empty profile against empty requirements",
    candidate: buildCandidate(),
    requirements: buildRequirements(),
    qualified: true,
    met: allMet,
  },
];

describe("scoreMatch: qualification per case", () => {
  it.each(cases)("$name", ({ candidate, requirements, qualified, met }) => {
    const result = scoreMatch(candidate, requirements, { asOf });
    expect(result.qualified).toBe(qualified);
    expect({
      education: result.criteria.education.met,
      experience: result.criteria.experience.met,
      skills: result.criteria.skills.met,
    }).toEqual(met);
    expect(() => MatchResult.parse(result)).not.toThrow();
  });
});

const score = (candidate: CandidateProfile, requirements: Requirements = salesRole) =>
  scoreMatch(candidate, requirements, { asOf });

describe("scoreMatch: relative order of scores", () => {
  it("scores a preferred item higher, both candidates qualified", () => {
    const plain = score(salesRep);
    const driver = score(withSkills(["办公软件", "CRM", "駕駛執照"]));
    expect(plain.qualified && driver.qualified).toBe(true);
    expect(driver.score).toBeGreaterThan(plain.score);
  });

  it("scores a major in the same family above an unrelated one", () => {
    const family = score({ ...salesRep, education: [{ level: "bachelor", major: "会计学" }] });
    const unrelated = score({ ...salesRep, education: [{ level: "bachelor", major: "土木工程" }] });
    const exact = score(salesRep);
    expect(exact.score).toBeGreaterThan(family.score);
    expect(family.score).toBeGreaterThan(unrelated.score);
  });

  it("scores overqualification the same as meeting the level", () => {
    expect(score({ ...salesRep, education: [{ level: "master", major: "市场营销" }] }).score).toBe(score(salesRep).score);
  });

  it("scores the Traditional-script twin of a profile the same", () => {
    const traditional = {
      ...salesRep,
      experience: [{ title: "銷售代表", startDate: "2021-03", endDate: null }],
      skills: ["辦公軟體", "客戶關係管理"],
      languages: ["英語"],
    };
    const [a, b] = [score(traditional), score(salesRep)];
    expect(a.score).toBe(b.score);
    expect(a.criteria.experience.years).toBe(b.criteria.experience.years);
    expect(a.criteria.skills.matched).toEqual(b.criteria.skills.matched);
  });

  it("scores a missing required skill below a full match", () => {
    expect(score(withSkills(["办公软件"])).score).toBeLessThan(score(salesRep).score);
  });

  it("scores fewer years below enough years", () => {
    const junior = { ...salesRep, experience: [{ title: "销售代表", startDate: "2025-01", endDate: null }] };
    expect(score(junior).score).toBeLessThan(score(salesRep).score);
  });

  it("gives a perfect candidate 100", () => {
    expect(score(withSkills(["办公软件", "CRM", "驾照"])).score).toBe(100);
  });
});

describe("scoreMatch: weights", () => {
  afterEach(() => vi.useRealTimers());

  it("defaults to 0.3 / 0.3 / 0.4", () => {
    expect(DEFAULT_WEIGHTS).toEqual({ education: 0.3, experience: 0.3, skills: 0.4 });
  });

  it("normalizes overrides to sum to 1", () => {
    const weights = normalizeWeights({ education: 3, experience: 3, skills: 4 });
    expect(weights.education).toBeCloseTo(0.3);
    expect(weights.skills).toBeCloseTo(0.4);
    expect(normalizeWeights({ education: -1, skills: Number.NaN })).toEqual(normalizeWeights());
    expect(normalizeWeights({ education: 0, experience: 0, skills: 0 })).toEqual(normalizeWeights());
  });

  it("lets one criterion decide the score", () => {
    const candidate = withSkills(["办公软件"]);
    const result = scoreMatch(candidate, salesRole, { asOf, weights: { education: 0, experience: 0 } });
    expect(result.score).toBeCloseTo(result.criteria.skills.score * 100, 1);
  });

  it("rounds the score to one decimal", () => {
    const result = score(withSkills(["办公软件"]));
    expect(Math.round(result.score * 10)).toBeCloseTo(result.score * 10, 9);
  });

  it("depends on asOf, not the clock", () => {
    const first = score(salesRep);
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2040-01-01T00:00:00Z"));
    expect(score(salesRep)).toEqual(first);
    const later = scoreMatch(salesRep, salesRole, { asOf: new Date("2030-06-15T00:00:00Z") });
    expect(later.criteria.experience.years).toBe(first.criteria.experience.years + 4);
  });
});
