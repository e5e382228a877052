import { z } from "zod";
import { EducationLevel } from "../positions/position.schema.js";
import { criteriaShape } from "./criteria.js";

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");

/**
 * Personal data that Chinese employment law forbids employers to ask for or decide on (Employment
 * Promotion Law art. 3, Women's Rights Protection Law art. 43, PIPL art. 28 on sensitive data). Each
 * name is declared so a profile carrying it fails with a message naming the field and why, rather
 * than a bare "unknown field"; a refused field is never stored.
 */
export const forbiddenProfileFields = {
  ethnicity: "ethnicity", ethnicGroup: "ethnicity", nation: "ethnicity", race: "ethnicity", minzu: "ethnicity",
  maritalStatus: "marital status", married: "marital status", marriage: "marital status",
  childbearingStatus: "childbearing status", children: "childbearing status", pregnant: "childbearing status",
  pregnancy: "childbearing status", fertility: "childbearing status",
  householdRegistration: "household registration (hukou)", hukou: "household registration (hukou)",
  religion: "religion", faith: "religion",
  nationalId: "national ID number", nationalIdNumber: "national ID number", idNumber: "national ID number",
  idCard: "national ID number", identityCard: "national ID number",
  photo: "photo", photoUrl: "photo", picture: "photo", avatar: "photo", headshot: "photo",
} as const;

const refusedFields = Object.fromEntries(
  Object.entries(forbiddenProfileFields).map(([field, what]) => [
    field,
    z.never({ error: `${what} must not be collected: employers may not ask for or decide on it` }).optional(),
  ]),
) as { [K in keyof typeof forbiddenProfileFields]: z.ZodOptional<z.ZodNever> };

export const CandidateProfile = z
  .strictObject({
    ...refusedFields,
    name: z.string().trim().min(1).max(200),
    email: z.email().max(320),
    phone: z.string().max(50).optional(),
    location: z.string().max(200).optional(),
    education: z
      .array(
        z.strictObject({
          level: EducationLevel,
          major: z.string().max(200).optional(),
          school: z.string().max(200).optional(),
          graduationYear: z.number().int().min(1900).max(2100).optional(),
        }),
      )
      .max(20),
    experience: z
      .array(
        z.strictObject({
          title: z.string().min(1).max(200),
          organization: z.string().max(200).optional(),
          startDate: yearMonth,
          endDate: yearMonth.nullable().optional(),
          description: z.string().max(5000).optional(),
          management: z.boolean().optional(),
        }),
      )
      .max(50),
    skills: z.array(z.string().min(1).max(100)).max(200),
    languages: z.array(z.string().min(1).max(100)).max(50).optional(),
    certifications: z.array(z.string().min(1).max(200)).max(50).optional(),
    discoverable: z.boolean().optional(),
  })
  .meta({ id: "CandidateProfile" });
export type CandidateProfile = z.infer<typeof CandidateProfile>;

export { Reason } from "./reasons.js";

export const MatchResult = z
  .object({
    score: z.number().min(0).max(100),
    qualified: z.boolean().meta({ description: "Every criterion's required part is met" }),
    criteria: z.object(criteriaShape),
  })
  .meta({ id: "MatchResult" });
export type MatchResult = z.infer<typeof MatchResult>;
