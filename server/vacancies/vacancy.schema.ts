import { z } from "zod";
import type { Weights } from "../matching/weights.js";

export const employmentTypes = ["full_time", "part_time", "contract", "internship", "temporary"] as const;
export const EmploymentType = z.enum(employmentTypes).meta({ id: "EmploymentType" });
export type EmploymentType = z.infer<typeof EmploymentType>;

export const workplaceTypes = ["onsite", "hybrid", "remote"] as const;
export const WorkplaceType = z.enum(workplaceTypes).meta({ id: "WorkplaceType" });
export type WorkplaceType = z.infer<typeof WorkplaceType>;

export const VacancyStatus = z.enum(["draft", "published", "closed"]).meta({ id: "VacancyStatus" });
export type VacancyStatus = z.infer<typeof VacancyStatus>;

export const Salary = z
  .strictObject({
    min: z.number().nonnegative().max(1e9),
    max: z.number().nonnegative().max(1e9),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as CNY"),
    period: z.enum(["hour", "day", "month", "year"]),
  })
  .refine((s) => s.min <= s.max, { message: "min must not exceed max", path: ["max"] })
  .meta({ id: "Salary" });
export type Salary = z.infer<typeof Salary>;

/** The posting details a recruiter sets; the position supplies the rest. */
export const PostingDetails = z.strictObject({
  location: z.string().trim().min(1).max(200).nullable(),
  employmentType: EmploymentType.nullable(),
  workplaceType: WorkplaceType.nullable(),
  salary: Salary.nullable(),
  salaryMonths: z
    .number()
    .int()
    .min(1)
    .max(24)
    .nullable()
    .meta({ description: "Months of pay a year of a monthly salary (·13薪 = 13); null when unstated. Only a monthly salary has them." }),
  headcount: z.number().int().min(1).max(10_000).nullable(),
  closesAt: z.iso.datetime({ offset: true }).nullable(),
});
export type PostingDetails = z.infer<typeof PostingDetails>;

export type Vacancy = PostingDetails & {
  id: string;
  positionId: string;
  slug: string;
  status: VacancyStatus;
  title: string;
  /** Per-vacancy scoring weights; null scores with the defaults. */
  weights: Partial<Weights> | null;
  publishedAt: string | null;
  closedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** Compliance categories that forbid publishing (Chinese employment law bans these requirements outright). */
export const blockingCategories = new Set(["gender", "marital_childbearing", "household_registration", "ethnicity", "religion", "health"]);
