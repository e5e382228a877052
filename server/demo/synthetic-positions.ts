import type { Salary } from "../../db/database.js";
import type { Position, PositionLanguage, Requirements } from "../positions/position.schema.js";
import { toSimplified } from "../text/fold.js";
import { toTraditional } from "../text/traditional.js";
import type { EmploymentType, WorkplaceType } from "../vacancies/vacancy.schema.js";
import { cities, type City } from "./data/people.js";
import { familyOfTitle, seniorities, type RoleFamily, type Seniority } from "./data/role-families.js";
import type { Random } from "./random.js";

/** A parsed seed position the board varies; only what a variant reuses. */
export type PositionTemplate = Pick<Position, "title" | "department" | "summary" | "responsibilities" | "requirements">;

export type SyntheticVacancy = {
  family: string;
  seniority: Seniority;
  position: Position;
  location: string;
  employmentType: EmploymentType;
  workplaceType: WorkplaceType;
  salary: Salary | null;
  headcount: number | null;
  publishedAt: Date;
  closesAt: Date | null;
};

const scriptWeights = { "zh-Hans": 45, "zh-Hant": 40, en: 15 } as const;
const levelByFamily: Record<string, Requirements["education"]["minLevel"][]> = {
  software: ["bachelor", "bachelor", "master", "associate"],
  finance: ["associate", "bachelor", "bachelor"],
  warehouse: ["high_school", "associate", null],
  customer_service: ["high_school", "associate", null],
  real_estate: ["high_school", "associate", null],
};
const yearsBySeniority: Record<Seniority, readonly [number, number]> = { junior: [0, 1], mid: [2, 3], senior: [3, 5], lead: [5, 8] };
const payBySeniority: Record<Seniority, number> = { junior: 0.7, mid: 1, senior: 1.4, lead: 2.1 };
const seniorityWords: [Seniority, readonly string[]][] = [
  ["lead", ["总监", "总经理", "经理", "部长", "主任"]],
  ["senior", ["主管", "领班", "高级", "资深"]],
  ["junior", ["助理", "文员", "员", "初级"]],
];
const DAY = 86_400_000;

export function seniorityOfTitle(simplifiedTitle: string): Seniority {
  return seniorityWords.find(([, words]) => words.some((w) => simplifiedTitle.includes(w)))?.[0] ?? "mid";
}

const hasRequirements = (r: Requirements) => r.skills.length + r.languages.length + r.certifications.length > 0 || r.education.minLevel !== null;

/** Requirements a posting of this family and level would state, in Simplified (or English). */
export function familyRequirements(rng: Random, family: RoleFamily, seniority: Seniority, english: boolean): Requirements {
  const [minY, maxY] = yearsBySeniority[seniority];
  const item = (name: string) => ({ name, required: rng.chance(0.5) });
  const skills = [...rng.sample(english ? family.skillsEn : family.skills, rng.int(2, 4)), ...(english ? [] : rng.sample(family.softSkills, rng.int(0, 2)))];
  return {
    education: {
      minLevel: rng.pick(levelByFamily[family.key] ?? ["associate", "bachelor", "bachelor"]),
      majors: english ? [] : rng.sample(family.majors, rng.int(0, 2)),
      majorsRequired: rng.chance(0.2),
    },
    experience: { minYears: rng.int(minY, maxY), maxYears: null, management: seniority === "lead", fields: english ? [] : [...family.fields] },
    skills: skills.map(item),
    languages: rng.chance(0.3) ? [item(english ? "Mandarin" : rng.pick(family.languages))] : [],
    certifications: family.certifications.length > 0 && rng.chance(0.3) ? [item(rng.pick(family.certifications))] : [],
  };
}

function inScript(language: PositionLanguage): (text: string) => string {
  return language === "zh-Hant" ? toTraditional : toSimplified;
}

function convertRequirements(r: Requirements, to: (s: string) => string): Requirements {
  const items = (list: Requirements["skills"]) => list.map((i) => ({ ...i, name: to(i.name) }));
  return {
    education: { ...r.education, majors: r.education.majors.map(to) },
    experience: { ...r.experience, fields: r.experience.fields.map(to) },
    skills: items(r.skills), languages: items(r.languages), certifications: items(r.certifications),
  };
}

function salaryFor(rng: Random, family: RoleFamily, seniority: Seniority, city: City): Salary | null {
  if (rng.chance(0.2)) return null;
  const factor = payBySeniority[seniority] * city.factor;
  const round = (x: number) => Math.max(500, Math.round(x / 500) * 500);
  const min = round(family.salary[0] * factor * (0.9 + rng.next() * 0.2));
  return { min, max: Math.max(min, round(family.salary[1] * factor * (0.9 + rng.next() * 0.2))), currency: city.currency, period: "month" };
}

/**
 * `count` postings varied from the parsed seeds: each takes a seed (round robin from `first`) for its family, level,
 * duties and, when the seed states them, requirements; the title, department, script (Simplified,
 * Traditional or English), place, pay and terms vary. Seeds without requirements get their family's.
 */
export function syntheticVacancies(rng: Random, templates: readonly PositionTemplate[], count: number, asOf: Date, first = 0): SyntheticVacancy[] {
  if (templates.length === 0) throw new Error("no seed positions to vary");
  return Array.from({ length: count }, (_, i) => {
    const template = templates[(first + i) % templates.length]!;
    const seedTitle = toSimplified(template.title);
    const family = familyOfTitle(seedTitle);
    const seniority = rng.chance(0.7) ? seniorityOfTitle(seedTitle) : rng.pick(seniorities);
    const language = rng.weighted(scriptWeights);
    const english = language === "en";
    const to = inScript(language);
    const cityChoices = cities.filter((c) => (english ? true : c.script === language));
    const city = rng.pick(cityChoices);
    const [deptZh, deptEn] = rng.pick(family.departments);
    const title = english ? rng.pick(family.titlesEn[seniority]) : to(rng.chance(0.5) ? seedTitle : rng.pick(family.titles[seniority]));
    const seedDuties = template.responsibilities.filter((d) => d.length <= 200);
    const duties = english ? [...family.dutiesEn] : [...rng.sample(seedDuties, rng.int(2, 5)), ...rng.sample(family.duties, rng.int(1, 2))].map(to);
    const requirements = !english && hasRequirements(template.requirements)
      ? convertRequirements(template.requirements, to)
      : convertRequirements(familyRequirements(rng, family, seniority, english), english ? (s) => s : to);
    const employmentType = seniority === "junior" && rng.chance(0.15) ? "internship" : rng.weighted({ full_time: 88, part_time: 5, contract: 5, temporary: 2 } as const);
    const publishedAt = new Date(asOf.getTime() - rng.int(0, 60) * DAY - rng.int(0, DAY - 1));
    return {
      family: family.key,
      seniority,
      position: {
        title,
        department: english ? deptEn : to(template.department ?? deptZh),
        reportsTo: null,
        subordinates: [],
        summary: english ? null : template.summary && to(template.summary),
        responsibilities: duties,
        requirements,
        compliance: [],
        language,
        sourceText: "",
      },
      location: english || language === "zh-Hans" ? city.name : toTraditional(city.name),
      employmentType,
      workplaceType: rng.weighted(family.key === "software" ? { onsite: 45, hybrid: 35, remote: 20 } : { onsite: 80, hybrid: 15, remote: 5 }),
      salary: salaryFor(rng, family, seniority, city),
      headcount: rng.chance(0.6) ? rng.int(1, 5) : null,
      publishedAt,
      closesAt: rng.chance(0.3) ? new Date(asOf.getTime() + rng.int(10, 60) * DAY) : null,
    };
  });
}
