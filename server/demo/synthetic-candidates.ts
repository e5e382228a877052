import { pinyin } from "pinyin-pro";
import type { CandidateProfile } from "../matching/match.schema.js";
import { skillAliases } from "../matching/data/skill-aliases.js";
import { canonicalSkill } from "../matching/skills.js";
import { educationLevels, type EducationLevel, type PositionLanguage, type Requirements } from "../positions/position.schema.js";
import { foldKey, toSimplified } from "../text/fold.js";
import { toTraditional } from "../text/traditional.js";
import { cities, englishGivenNames, givenNames, schools, surnames } from "./data/people.js";
import { roleFamilies, seniorities, type RoleFamily, type Seniority } from "./data/role-families.js";
import type { Random } from "./random.js";

/**
 * How well a generated candidate fits the vacancy they are built against: `strong` and `good` meet every
 * required item (strong with room to spare), `partial` misses exactly one thing (a required skill, the
 * level, the years or the management experience), `weak` is a junior with a few of the skills, and
 * `unrelated` had a career in another family altogether.
 */
export const fitLevels = ["strong", "good", "partial", "weak", "unrelated"] as const;
export type Fit = (typeof fitLevels)[number];
export const defaultFitWeights: Readonly<Record<Fit, number>> = { strong: 15, good: 25, partial: 30, weak: 20, unrelated: 10 };

export type CandidateTarget = { requirements: Requirements; family: string; language: PositionLanguage };

type Item = Requirements["skills"][number];
type Miss = "skill" | "education" | "years" | "management";

const aliasRows = new Map<string, readonly string[]>();
for (const row of skillAliases) for (const name of row) aliasRows.set(foldKey(name), row);
const familyByKey = new Map(roleFamilies.map((f) => [f.key, f]));
const defaultLevel: Record<string, EducationLevel> = { software: "bachelor", finance: "bachelor", hr: "bachelor", marketing: "bachelor" };
const share: Record<Fit, { preferred: number; extra: readonly [number, number] }> = {
  strong: { preferred: 1, extra: [1, 3] }, good: { preferred: 0.4, extra: [1, 2] }, partial: { preferred: 0.3, extra: [0, 2] },
  weak: { preferred: 0.1, extra: [1, 2] }, unrelated: { preferred: 0, extra: [2, 4] },
};

const shift = (level: EducationLevel, by: number): EducationLevel =>
  educationLevels[Math.min(educationLevels.length - 1, Math.max(0, educationLevels.indexOf(level) + by))]!;
const ym = (month: number) => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const latin = (han: string) => pinyin(han, { toneType: "none", type: "array", v: true }).join("").replace(/[^a-z]/gi, "");

/** How a candidate writes an item: one of the names people use for it (k8s, 英语六级, 辦公軟體), else as posted. */
export function sayItem(rng: Random, name: string): string {
  const row = aliasRows.get(foldKey(name));
  if (row && rng.chance(0.7)) return rng.pick(row);
  return rng.chance(0.3) ? toTraditional(toSimplified(name)) : toSimplified(name);
}

const seniorityRank = (s: Seniority) => seniorities.indexOf(s);

function seniorityAt(years: number): Seniority {
  return years < 2 ? "junior" : years < 5 ? "mid" : years < 9 ? "senior" : "lead";
}

/**
 * A career of `months` counted months in `family`, most recent job first as resumes list them: one to
 * five jobs, each at least six months, with short gaps between them; titles climb the family's ladder
 * with the years; the latest job may still be running. `latest` sets the level of the latest job (a
 * management requirement met), `highest` caps every job's level (one not met).
 */
export function career(
  rng: Random, family: RoleFamily, months: number, asOf: Date,
  opts: { latest?: Seniority; highest?: Seniority; traditional?: boolean } = {},
): CandidateProfile["experience"] {
  if (months < 1) return [];
  const to = opts.traditional ? toTraditional : (s: string) => s;
  const jobs = Math.max(1, Math.min(5, rng.int(1, 1 + Math.floor(months / 24)), Math.floor(months / 6)));
  // Split the months into `jobs` parts of at least six (the last takes the remainder).
  const lengths: number[] = [];
  let left = months;
  for (let j = jobs; j > 1; j--) {
    const len = rng.int(6, Math.max(6, left - 6 * (j - 1)));
    lengths.push(len);
    left -= len;
  }
  lengths.push(left);
  let end = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth() - (rng.chance(0.25) ? rng.int(1, 5) : 0);
  const running = end === asOf.getUTCFullYear() * 12 + asOf.getUTCMonth();
  let yearsBefore = months / 12;
  const out: CandidateProfile["experience"] = [];
  let previousEmployer = "";
  for (const [j, len] of lengths.entries()) {
    const start = end - len + 1;
    yearsBefore -= len / 12;
    const natural = seniorityAt(yearsBefore);
    const capped = opts.highest && seniorityRank(natural) > seniorityRank(opts.highest) ? opts.highest : natural;
    const seniority = j === 0 && opts.latest ? opts.latest : capped;
    const employer = rng.pick(family.employers.filter((e) => e !== previousEmployer));
    previousEmployer = employer;
    out.push({
      title: to(rng.pick(family.titles[seniority])),
      organization: employer,
      startDate: ym(start),
      endDate: j === 0 && running ? null : ym(end),
      description: to(rng.pick(family.duties)),
    });
    end = start - 1 - rng.int(0, 3);
  }
  return out;
}

function missFor(rng: Random, req: Requirements, level: EducationLevel | null): Miss | null {
  const options: Miss[] = [];
  if ([...req.skills, ...req.languages, ...req.certifications].some((i) => i.required)) options.push("skill");
  if (level !== null && level !== educationLevels[0]) options.push("education");
  if ((req.experience.minYears ?? 0) >= 1) options.push("years");
  if (req.experience.management) options.push("management");
  return options.length ? rng.pick(options) : null;
}

function yearsFor(rng: Random, fit: Fit, minYears: number, miss: Miss | null): number {
  switch (fit) {
    case "strong": return minYears + 1 + rng.int(1, 4) + rng.next();
    case "good": return minYears + 0.1 + rng.next() * 1.5;
    case "partial": return miss === "years" ? Math.max(0, minYears - 0.5 - rng.next() * Math.min(2, minYears - 0.5)) : minYears + 0.1 + rng.next() * 2;
    case "weak": return minYears >= 2 ? Math.min(minYears - 1, rng.next() * 2) : rng.next() * 1.5;
    case "unrelated": return 1 + rng.next() * 8;
  }
}

/**
 * One fictional applicant built against a vacancy's requirements at the given fit. `n` keeps emails
 * distinct. Everything but the fit is drawn: name, school, employers, dates and wording.
 */
export function syntheticCandidate(rng: Random, target: CandidateTarget, fit: Fit, asOf: Date, n: number): CandidateProfile {
  const req = target.requirements;
  const ownFamily = familyByKey.get(target.family) ?? roleFamilies[0]!;
  const family = fit === "unrelated" ? rng.pick(roleFamilies.filter((f) => f !== ownFamily)) : ownFamily;
  const traditional = target.language === "zh-Hant" ? rng.chance(0.8) : rng.chance(0.1);
  const minLevel = req.education.minLevel ?? defaultLevel[family.key] ?? "associate";
  const miss = fit === "partial" ? missFor(rng, req, req.education.minLevel) : null;
  const levelBy = { strong: rng.int(0, 1), good: 0, partial: miss === "education" ? -1 : 0, weak: -1, unrelated: rng.int(-1, 1) }[fit];
  const level = shift(minLevel, levelBy);
  const minYears = req.experience.minYears ?? 1;
  const months = Math.round(yearsFor(rng, fit, minYears, miss) * 12);
  const wantsLead = req.experience.management && fit !== "weak" && fit !== "unrelated" && miss !== "management";
  const experience = career(rng, family, months, asOf, {
    traditional,
    ...(wantsLead ? { latest: "lead" as const } : miss === "management" ? { highest: "mid" as const } : {}),
  });

  // The vacancy's items, said in the candidate's words, as the fit allows.
  const held: Record<"skills" | "languages" | "certifications", string[]> = { skills: [], languages: [], certifications: [] };
  const dropped = miss === "skill" ? rng.pick([...req.skills, ...req.languages, ...req.certifications].filter((i) => i.required)) : null;
  for (const kind of ["skills", "languages", "certifications"] as const) {
    for (const item of req[kind] as Item[]) {
      if (item === dropped || fit === "unrelated") continue;
      const keep = item.required ? (fit === "weak" ? rng.chance(0.3) : true) : rng.chance(share[fit].preferred);
      if (keep) held[kind].push(sayItem(rng, item.name));
    }
  }
  // Their own skills besides, never the one a partial fit lacks.
  const [fewest, most] = share[fit].extra;
  const own = [...family.skills, ...(rng.chance(0.3) ? [rng.pick(family.softSkills)] : [])].filter((s) => !dropped || canonicalSkill(s) !== canonicalSkill(dropped.name));
  for (const skill of rng.sample(own, rng.int(fewest, most))) held.skills.push(sayItem(rng, skill));
  if (level === "bachelor" || level === "master" || level === "doctorate") {
    if (rng.chance(0.5)) held.certifications.push(rng.pick(["英语六级", "CET-6", "英语四级", "CET-4"]));
  }

  const surname = rng.pick(surnames);
  const given = rng.pick(givenNames);
  const english = target.language === "en" || rng.chance(0.08);
  const name = english ? `${rng.pick(englishGivenNames)} ${capitalized(latin(surname))}` : surname + given;
  const major = req.education.majors.length > 0 && fit !== "weak" && fit !== "unrelated" ? rng.pick(req.education.majors) : rng.pick(family.majors);
  const firstJob = experience[experience.length - 1];
  const graduationYear = firstJob ? Number(firstJob.startDate.slice(0, 4)) - rng.int(0, 1) : asOf.getUTCFullYear() - rng.int(0, 1);
  const unique = (list: string[]) => [...new Map(list.map((s) => [foldKey(s), s])).values()];
  return {
    name,
    email: `${latin(given)}.${latin(surname)}.${n}@example.com`.toLowerCase(),
    phone: `1${rng.pick(["3", "5", "8"])}${String(rng.int(0, 999_999_999)).padStart(9, "0")}`,
    location: rng.pick(cities).name,
    education: [{ level, major: traditional ? toTraditional(major) : major, school: rng.pick(schools[level]), graduationYear }],
    experience,
    skills: unique(held.skills),
    languages: unique(held.languages),
    certifications: unique(held.certifications),
    discoverable: rng.chance(0.3),
  };
}
