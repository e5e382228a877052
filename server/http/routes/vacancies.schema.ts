import { z } from "zod";
import { WeightsInput } from "../../matching/weights.js";
import { ComplianceFlag } from "../../positions/position.schema.js";
import { EmploymentType, PostingDetails, Salary, VacancyStatus, WorkplaceType } from "../../vacancies/vacancy.schema.js";
import { Pagination } from "./common.schema.js";

const optionalDetails = PostingDetails.partial().shape;

export const CreateVacancyBody = z.strictObject({
  positionId: z.uuid(),
  status: z.enum(["draft", "published"]).default("draft"),
  ...optionalDetails,
});

export const PatchVacancyBody = z
  .strictObject({
    ...optionalDetails,
    /** Changing them rescores the vacancy's applications in the background. */
    weights: WeightsInput.nullable().optional(),
    /** The version the client last read; a mismatch means someone else changed the vacancy (409). */
    version: z.number().int().min(1).optional(),
  })
  .refine((p) => Object.keys(p).some((k) => k !== "version"), "at least one field besides version is required");

export const VersionBody = z.strictObject({ version: z.number().int().min(1).optional() });

export const ListVacanciesQuery = Pagination.extend({ status: VacancyStatus.optional() });

export const VacancyResponse = z
  .object({
    id: z.string(),
    positionId: z.string(),
    slug: z.string(),
    status: VacancyStatus,
    title: z.string(),
    location: z.string().nullable(),
    employmentType: EmploymentType.nullable(),
    workplaceType: WorkplaceType.nullable(),
    salary: Salary.nullable(),
    salaryMonths: z.number().int().nullable(),
    headcount: z.number().int().nullable(),
    weights: WeightsInput.nullable(),
    closesAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Vacancy" });

export const VacancyWithWarnings = VacancyResponse.extend({
  warnings: z.array(ComplianceFlag).meta({ description: "Restricted requirements (age, appearance, height, other) that did not block publishing" }),
}).meta({ id: "VacancyWithWarnings" });
