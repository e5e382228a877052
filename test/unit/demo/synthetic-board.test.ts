import { describe, expect, it } from "vitest";
import { profileDateErrors } from "../../../server/candidates/profile-rules.js";
import { demoFits } from "../../../server/candidates/demo-applicants.js";
import { applicationsOf, fitDeck, fitOf, homeVacancy } from "../../../server/demo/board-plan.js";
import { roleFamilies } from "../../../server/demo/data/role-families.js";
import { seededRandom } from "../../../server/demo/random.js";
import { seedTemplates } from "../../../server/demo/seed-templates.js";
import { career, defaultFitWeights, fitLevels, sayItem, syntheticCandidate, type Fit } from "../../../server/demo/synthetic-candidates.js";
import { syntheticVacancies } from "../../../server/demo/synthetic-positions.js";
import { experienceYears, monthIndex } from "../../../server/matching/experience-years.js";
import { skillAliases } from "../../../server/matching/data/skill-aliases.js";
import { CandidateProfile } from "../../../server/matching/match.schema.js";
import { scoreMatch } from "../../../server/matching/score.js";
import { canonicalSkill } from "../../../server/matching/skills.js";
import { positionComplianceFlags } from "../../../server/positions/compliance.js";
import { emptyRequirements, Position } from "../../../server/positions/position.schema.js";
import { detectScript } from "../../../server/text/script.js";
import { Salary } from "../../../server/vacancies/vacancy.schema.js";

const asOf = new Date("2026-12-01T08:00:00Z");
const templates = seedTemplates();
const vacancies = syntheticVacancies(seededRandom(11), templates, 400, asOf);
const targetOf = (v: (typeof vacancies)[number]) => ({ requirements: v.position.requirements, family: v.family, language: v.position.language });

describe("seededRandom", () => {
  it("repeats its sequence for a seed and differs between seeds", () => {
    const draw = (seed: number) => { const r = seededRandom(seed); return Array.from({ length: 5 }, () => r.next()); };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });
  it("samples distinct items and draws weighted keys in proportion", () => {
    const r = seededRandom(1);
    const sample = r.sample(["a", "b", "c", "d"], 3);
    expect(new Set(sample).size).toBe(3);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i++) counts[r.weighted({ a: 3, b: 1 })]++;
    expect(counts.a / 4000).toBeGreaterThan(0.7);
    expect(counts.a / 4000).toBeLessThan(0.8);
  });
});

describe("syntheticVacancies", () => {
  it("varies the parsed seeds into valid postings without compliance flags", () => {
    expect(templates.length).toBeGreaterThan(30);
    for (const v of vacancies) {
      expect(Position.safeParse(v.position).success, v.position.title).toBe(true);
      expect(positionComplianceFlags(v.position), v.position.title).toEqual([]);
      if (v.salary) expect(Salary.safeParse(v.salary).success).toBe(true);
      expect(v.publishedAt.getTime()).toBeLessThanOrEqual(asOf.getTime());
    }
  });
  it("writes postings in Simplified, Traditional and English, each title in its own script", () => {
    const languages = new Set(vacancies.map((v) => v.position.language));
    expect([...languages].sort()).toEqual(["en", "zh-Hans", "zh-Hant"]);
    const traditional = vacancies.filter((v) => v.position.language === "zh-Hant" && detectScript(v.position.title + v.position.responsibilities.join("")) === "zh-Hant");
    expect(traditional.length).toBeGreaterThan(vacancies.filter((v) => v.position.language === "zh-Hant").length * 0.8);
    for (const v of vacancies.filter((x) => x.position.language === "en")) expect(detectScript(v.position.title)).toBe("en");
  });
  it("gives every posting requirements and spreads places, pay, workplace types and families", () => {
    for (const v of vacancies) {
      const r = v.position.requirements;
      expect(r.skills.length + r.languages.length + r.certifications.length + (r.education.minLevel ? 1 : 0), v.position.title).toBeGreaterThan(0);
    }
    expect(new Set(vacancies.map((v) => v.location)).size).toBeGreaterThan(8);
    expect(new Set(vacancies.map((v) => v.workplaceType)).size).toBe(3);
    expect(new Set(vacancies.map((v) => v.family)).size).toBeGreaterThan(4);
    expect(new Set(vacancies.map((v) => v.salary?.currency ?? null)).size).toBeGreaterThan(3);
  });
  it("builds the same postings from the same seed", () => {
    const again = syntheticVacancies(seededRandom(11), templates, 400, asOf);
    expect(again.map((v) => [v.position.title, v.location, v.salary])).toEqual(vacancies.map((v) => [v.position.title, v.location, v.salary]));
  });
});

describe("career", () => {
  it("lists jobs most recent first, without overlaps or future dates, covering the months asked", () => {
    const rng = seededRandom(5);
    const thisMonth = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
    for (let i = 0; i < 300; i++) {
      const family = rng.pick(roleFamilies);
      const months = rng.int(1, 240);
      const jobs = career(rng, family, months, asOf);
      expect(Math.round(experienceYears(jobs, asOf) * 12)).toBe(months);
      jobs.forEach((job, j) => {
        const start = monthIndex(job.startDate)!;
        const end = job.endDate ? monthIndex(job.endDate)! : thisMonth;
        expect(end).toBeGreaterThanOrEqual(start);
        expect(end).toBeLessThanOrEqual(thisMonth);
        if (j > 0) expect(start).toBeLessThan(monthIndex(jobs[j - 1]!.startDate)!);
        if (j > 0) expect(end).toBeLessThan(monthIndex(jobs[j - 1]!.startDate)!);
        expect(Object.values(family.titles).flat()).toContain(job.title);
        expect(family.employers).toContain(job.organization);
      });
      expect(jobs.slice(1).every((job) => job.endDate !== null)).toBe(true);
    }
  });
});

describe("syntheticCandidate", () => {
  const rng = seededRandom(9);
  const pairs = vacancies.flatMap((v, i) => fitLevels.map((fit) => ({ v, fit, profile: syntheticCandidate(rng, targetOf(v), fit, asOf, i * 10 + fitLevels.indexOf(fit)) })));

  it("builds valid profiles with plausible dates", () => {
    for (const { profile } of pairs) {
      expect(CandidateProfile.safeParse(profile).success, JSON.stringify(profile)).toBe(true);
      expect(profileDateErrors(profile, asOf)).toEqual([]);
    }
    expect(new Set(pairs.map((p) => p.profile.email)).size).toBe(pairs.length);
    expect(new Set(pairs.map((p) => p.profile.name)).size).toBeGreaterThan(pairs.length / 4);
  });

  it("lists skills from the vocabulary: the vacancy's items, the family's skills, or their aliases", () => {
    const known = new Set<string>();
    for (const row of skillAliases) for (const name of row) known.add(canonicalSkill(name));
    for (const f of roleFamilies) for (const s of [...f.skills, ...f.skillsEn, ...f.softSkills]) known.add(canonicalSkill(s));
    for (const { v, profile } of pairs) {
      const posted = new Set([...v.position.requirements.skills, ...v.position.requirements.languages, ...v.position.requirements.certifications].map((i) => canonicalSkill(i.name)));
      for (const s of [...profile.skills, ...(profile.languages ?? []), ...(profile.certifications ?? [])]) {
        expect(known.has(canonicalSkill(s)) || posted.has(canonicalSkill(s)), s).toBe(true);
      }
    }
  });

  it("spreads fits as intended: strong and good qualify, partial misses one thing, scores fall with the fit", () => {
    const byFit = (fit: Fit) => pairs.filter((p) => p.fit === fit).map((p) => scoreMatch(p.profile, p.v.position.requirements, { asOf }));
    const results = Object.fromEntries(fitLevels.map((f) => [f, byFit(f)])) as Record<Fit, ReturnType<typeof byFit>>;
    const qualifiedShare = (f: Fit) => results[f].filter((m) => m.qualified).length / results[f].length;
    const mean = (f: Fit) => results[f].reduce((s, m) => s + m.score, 0) / results[f].length;
    expect(qualifiedShare("strong")).toBe(1);
    expect(qualifiedShare("good")).toBe(1);
    expect(qualifiedShare("partial")).toBeLessThan(0.05);
    expect(qualifiedShare("weak")).toBeLessThan(0.05);
    for (let i = 1; i < fitLevels.length - 1; i++) expect(mean(fitLevels[i - 1]!), fitLevels[i]).toBeGreaterThan(mean(fitLevels[i]!));
    expect(mean("partial")).toBeGreaterThan(mean("unrelated"));
  });

  it("says items in the words people use (k8s, 英语六级) and in both scripts", () => {
    const r = seededRandom(2);
    const kube = new Set(Array.from({ length: 200 }, () => sayItem(r, "Kubernetes")));
    expect(kube.has("k8s")).toBe(true);
    const cet6 = new Set(Array.from({ length: 200 }, () => sayItem(r, "大学英语六级")));
    expect(cet6.has("英语六级") || cet6.has("CET-6")).toBe(true);
    const plain = new Set(Array.from({ length: 200 }, () => sayItem(r, "公司产品")));
    expect([...plain].sort()).toEqual(["公司产品", "公司產品"]);
  });

  it("gives a demo vacancy its spread: strong and good qualified, the rest not", () => {
    const requirements = {
      ...emptyRequirements(),
      education: { minLevel: "bachelor" as const, majors: ["会计学"], majorsRequired: false },
      experience: { minYears: 3, maxYears: null, management: true, fields: ["财务"] },
      skills: [{ name: "用友", required: true }, { name: "SAP", required: false }],
      certifications: [{ name: "中级会计师", required: true }],
    };
    const r = seededRandom(4);
    const qualified = demoFits.map((fit, i) => scoreMatch(syntheticCandidate(r, { requirements, family: "finance", language: "zh-Hans" }, fit, asOf, i), requirements, { asOf }).qualified);
    expect(qualified).toEqual([true, true, false, false, false, false]);
  });
});

describe("board plan", () => {
  it("spreads applications evenly, one per candidate and vacancy, home first", () => {
    const sizes = { vacancies: 7, candidates: 30, applications: 95 };
    const seen = new Set<string>();
    const perVacancy = new Array(7).fill(0);
    let total = 0;
    for (let c = 0; c < sizes.candidates; c++) {
      const list = applicationsOf(c, sizes);
      if (list.length) expect(list[0]).toBe(homeVacancy(c, sizes.vacancies));
      for (const v of list) {
        expect(seen.has(`${c}:${v}`)).toBe(false);
        seen.add(`${c}:${v}`);
        perVacancy[v]++;
      }
      total += list.length;
    }
    expect(total).toBe(95);
    expect(Math.max(...perVacancy) - Math.min(...perVacancy)).toBeLessThanOrEqual(5);
  });
  it("deals each vacancy's applicants the whole spread of fits in proportion", () => {
    const deck = fitDeck(defaultFitWeights);
    expect(deck.length).toBe(100);
    for (const fit of fitLevels) expect(deck.filter((f) => f === fit).length).toBe(defaultFitWeights[fit]);
    const firstTwenty = Array.from({ length: 20 }, (_, k) => fitOf(3 + k * 5, 5, deck));
    for (const fit of fitLevels) expect(firstTwenty.filter((f) => f === fit).length, fit).toBe(defaultFitWeights[fit] / 5);
  });
});
