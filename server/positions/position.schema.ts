import { z } from "zod";
import { EmploymentType, Salary, WorkplaceType } from "../vacancies/vacancy.schema.js";

export const educationLevels = ["junior_high", "high_school", "associate", "bachelor", "master", "doctorate"] as const;
export const EducationLevel = z.enum(educationLevels).meta({ id: "EducationLevel" });
export type EducationLevel = z.infer<typeof EducationLevel>;

const RequirementItem = z.strictObject({ name: z.string().min(1).max(200), required: z.boolean() });

export const Requirements = z
  .strictObject({
    education: z.strictObject({
      minLevel: EducationLevel.nullable(),
      majors: z.array(z.string().min(1).max(200)).max(50),
      majorsRequired: z.boolean(),
    }),
    experience: z.strictObject({
      minYears: z.number().min(0).max(60).nullable(),
      maxYears: z.number().min(0).max(60).nullable(),
      management: z.boolean(),
      fields: z.array(z.string().min(1).max(200)).max(50),
    }),
    skills: z.array(RequirementItem).max(200),
    languages: z.array(RequirementItem).max(50),
    certifications: z.array(RequirementItem).max(50),
  })
  .meta({ id: "Requirements" });
export type Requirements = z.infer<typeof Requirements>;

export const complianceCategories = [
  "gender",
  "age",
  "marital_childbearing",
  "household_registration",
  "appearance",
  "height",
  "ethnicity",
  "religion",
  "health",
  "other",
] as const;
export const ComplianceFlag = z
  .strictObject({ category: z.enum(complianceCategories), text: z.string() })
  .meta({ id: "ComplianceFlag" });
export type ComplianceFlag = z.infer<typeof ComplianceFlag>;

export const PositionLanguage = z.enum(["zh-Hans", "zh-Hant", "en"]);
export type PositionLanguage = z.infer<typeof PositionLanguage>;

/** What a posting's salary and tag lines state; a vacancy published from the position starts from these. */
export const PositionPosting = z
  .strictObject({
    salary: Salary.nullable(),
    location: z.string().trim().min(1).max(200).nullable(),
    employmentType: EmploymentType.nullable(),
    // Added after the first postings were stored: a posting without it states no workplace.
    workplaceType: WorkplaceType.nullable().default(null),
    // "8千-1.2万·13薪": months of pay a year; the vacancy's salary keeps the monthly range.
    salaryMonths: z.number().int().min(1).max(24).nullable().default(null).meta({ description: "Months of pay a year a salary line states (·13薪); null when unstated." }),
  })
  .meta({ id: "PositionPosting" });
export type PositionPosting = z.infer<typeof PositionPosting>;

export const Position = z
  .strictObject({
    id: z.string().optional(),
    title: z.string().min(1).max(200),
    department: z.string().max(200).nullable(),
    reportsTo: z.string().max(200).nullable(),
    subordinates: z.array(z.string().max(200)).max(100),
    summary: z.string().max(5000).nullable(),
    responsibilities: z.array(z.string().max(5000)).max(200),
    requirements: Requirements,
    compliance: z.array(ComplianceFlag).max(100).meta({
      readOnly: true,
      description: "Derived by the server from the position's text on every create and update; a value sent by a client is ignored.",
    }),
    language: PositionLanguage,
    sourceText: z.string().max(200_000),
    posting: PositionPosting.optional(),
  })
  .meta({ id: "Position" });
export type Position = z.infer<typeof Position>;

export function emptyRequirements(): Requirements {
  return {
    education: { minLevel: null, majors: [], majorsRequired: false },
    experience: { minYears: null, maxYears: null, management: false, fields: [] },
    skills: [],
    languages: [],
    certifications: [],
  };
}
