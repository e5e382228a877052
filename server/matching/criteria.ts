import type { z } from "zod";
import type { PreparedCandidate, PreparedRequirements } from "./prepared.js";
import type { Locale, Reason } from "./reasons.js";
import { EducationResult, educationScore } from "./score-education.js";
import { ExperienceResult, experienceScore } from "./score-experience.js";
import { ItemsResult, itemsScore } from "./score-items.js";
import type { SkillMatch } from "./skills.js";

/**
 * One candidate and one position's requirements, both prepared (prepared.ts). `found()` is what
 * satisfies each of `requirements.items`, looked up once per pair for all the item criteria.
 */
export type CriterionContext = {
  candidate: PreparedCandidate;
  requirements: PreparedRequirements;
  asOf: Date;
  locale: Locale;
  found: () => readonly (SkillMatch | null)[];
};
type Outcome = { score: number; met: boolean; reasons: Reason[] };

/**
 * One way a candidate is measured against requirements. The weights type, the MatchResult schema,
 * `qualified`, the weighted total and the per-vacancy weights API all derive from the table below, so a
 * new criterion is one entry (plus its scorer, its reason messages and its tests).
 */
export type Criterion<N extends string, R extends z.ZodType<Outcome>> = {
  name: N;
  /** Default share of the total, normalized with the others; 0 = reported, counted only when a vacancy weights it. */
  weight: number;
  /** The shape of this criterion's entry in MatchResult.criteria. */
  result: R;
  /** Pure: 0–1 score, whether the required part is met, and reasons with `<name>.*` codes. */
  score(pair: CriterionContext): z.infer<R>;
};

const criterion = <const N extends string, R extends z.ZodType<Outcome>>(entry: Criterion<N, R>) => entry;

export const criteria = [
  criterion({
    name: "education",
    weight: 0.3,
    result: EducationResult,
    score: (pair) => educationScore(pair.candidate.education, pair.requirements.education, pair.locale),
  }),
  criterion({
    name: "experience",
    weight: 0.3,
    result: ExperienceResult,
    score: (pair) => experienceScore(pair.candidate.experience, pair.requirements.experience, pair.asOf, pair.locale),
  }),
  // Skills weigh most: they are the most specific thing a description asks for and a CV lists. The
  // contract's skills criterion counts every listed item, languages and certificates included.
  criterion({
    name: "skills",
    weight: 0.4,
    result: ItemsResult,
    score: (pair) => itemsScore("skills", pair.requirements.items, pair.found(), pair.locale),
  }),
  // Languages and certificates on their own, so a recruiter sees "certificate missing" apart from the
  // skills. They already count inside skills, so by default they are reported, not counted twice.
  criterion({
    name: "languages",
    weight: 0,
    result: ItemsResult,
    score: (pair) => {
      const { items, languages } = pair.requirements;
      return itemsScore("languages", items, pair.found(), pair.locale, languages.from, languages.to);
    },
  }),
  criterion({
    name: "certifications",
    weight: 0,
    result: ItemsResult,
    score: (pair) => {
      const { items, certifications } = pair.requirements;
      return itemsScore("certifications", items, pair.found(), pair.locale, certifications.from, certifications.to);
    },
  }),
] as const;

type Entry = (typeof criteria)[number];
export type CriterionName = Entry["name"];
export type CriterionResults = { [E in Entry as E["name"]]: z.infer<E["result"]> };

export const criterionNames: readonly CriterionName[] = criteria.map((entry) => entry.name);

/** The zod shape of MatchResult.criteria: one property per criterion. */
export const criteriaShape = Object.fromEntries(criteria.map((entry) => [entry.name, entry.result])) as {
  [E in Entry as E["name"]]: E["result"];
};
