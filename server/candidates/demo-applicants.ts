import type { Logger } from "pino";
import type { Db } from "../../db/db.js";
import { openVacanciesOfOrganization } from "../../db/vacancy-matching.repository.js";
import { applyToVacancy } from "../applications/application.service.js";
import type { CandidateProfile } from "../matching/match.schema.js";
import { educationLevels, type EducationLevel, type Requirements } from "../positions/position.schema.js";

type Item = Requirements["skills"][number];

function monthsBefore(asOf: Date, months: number): string {
  const index = asOf.getUTCFullYear() * 12 + asOf.getUTCMonth() - Math.max(0, Math.round(months));
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const shift = (level: EducationLevel, by: number): EducationLevel =>
  educationLevels[Math.min(educationLevels.length - 1, Math.max(0, educationLevels.indexOf(level) + by))]!;

/**
 * Six fictional applicants built from a vacancy's own requirements, so every seed role gets a spread:
 * a strong fit, one who just meets the minimum, an overqualified near miss lacking one required item,
 * one a level short, a junior, and an unrelated profile. The scores then show each rule at work.
 */
export function demoApplicantsFor(req: Requirements, asOf: Date, emailTag: string): CandidateProfile[] {
  const level = req.education.minLevel ?? "bachelor";
  const major = req.education.majors[0] ?? "工商管理";
  const minYears = req.experience.minYears ?? 1;
  const names = (items: Item[], all: boolean) => items.filter((i) => all || i.required).map((i) => i.name);
  const terms = (all: boolean, drop?: string) => ({
    skills: names(req.skills, all).filter((n) => n !== drop),
    languages: names(req.languages, all).filter((n) => n !== drop),
    certifications: names(req.certifications, all).filter((n) => n !== drop),
  });
  const job = (years: number, title = "专员") => ({
    title: req.experience.management ? `${title}经理` : title,
    organization: "示例公司",
    startDate: monthsBefore(asOf, years * 12 + 1),
    endDate: null,
    description: req.experience.fields.length > 0 ? `负责${req.experience.fields.join("、")}相关工作` : undefined,
    ...(req.experience.management ? { management: true } : {}),
  });
  const firstRequired = [...req.skills, ...req.languages, ...req.certifications].find((i) => i.required)?.name;
  const profile = (n: number, name: string, p: Omit<CandidateProfile, "name" | "email">): CandidateProfile => ({
    name, email: `demo-${emailTag}-${n}@example.com`, location: "上海", ...p,
  });
  return [
    profile(1, "王芳", { education: [{ level: shift(level, 1), major }], experience: [job(minYears + 3)], ...terms(true), discoverable: true }),
    profile(2, "李强", { education: [{ level, major }], experience: [job(minYears)], ...terms(false) }),
    profile(3, "张伟", {
      education: [{ level: shift(level, 1), major }], experience: [job(minYears + 5)],
      ...(firstRequired ? terms(true, firstRequired) : { ...terms(false), skills: [] }), discoverable: true,
    }),
    profile(4, "刘洋", { education: [{ level: shift(level, -1), major }], experience: [job(minYears + 1)], ...terms(true) }),
    profile(5, "陈静", { education: [{ level, major }], experience: [job(Math.max(0, minYears - 2) + 0.5, "助理")], ...terms(false) }),
    profile(6, "赵磊", { education: [{ level: "high_school", major: "历史学" }], experience: [{ title: "摄影师", startDate: monthsBefore(asOf, 30), endDate: null }], skills: ["摄影"] }),
  ];
}

function hasRequirements(req: Requirements): boolean {
  const { education: e, experience: x } = req;
  return e.minLevel !== null || e.majors.length > 0 || x.minYears !== null || x.management || req.skills.length + req.languages.length + req.certifications.length > 0;
}

/** Applies the demo applicants to the first open vacancies of the organization, scoring each as a real apply would. */
export async function seedDemoApplicants(
  deps: { db: Db; logger: Logger; now: () => Date },
  organizationId: string,
  opts: { vacancies?: number } = {},
): Promise<number> {
  const now = deps.now();
  // A role whose description yielded no requirements would rank everyone equal: nothing to show there.
  const vacancies = (await openVacanciesOfOrganization(deps.db, organizationId, now, 200)).filter((v) => hasRequirements(v.requirements)).slice(0, opts.vacancies ?? 10);
  let count = 0;
  for (const [i, vacancy] of vacancies.entries()) {
    for (const candidate of demoApplicantsFor(vacancy.requirements, now, String(i))) {
      await applyToVacancy(deps.db, vacancy.id, { candidate, consent: true }, { now });
      count++;
    }
  }
  deps.logger.info({ applicants: count, vacancies: vacancies.length }, "demo applicants created");
  return count;
}
