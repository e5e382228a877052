import { z } from "zod";
import { EducationLevel, Requirements } from "../../positions/position.schema.js";
import { EmploymentType, Salary } from "../../vacancies/vacancy.schema.js";
import { filterQueryShape } from "../../../search/vacancy-filters.js";
import { VacancyHit } from "../../../search/vacancy-hit.js";

// The filters come from search's filter table; the organization filter only exists across the board.
const searchQuery = (scope: "board" | "jobs") =>
  z.strictObject({
    q: z.string().max(200).optional(),
    ...filterQueryShape(scope),
    sort: z.enum(["relevance", "newest"]).default("relevance"),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  });

export const BoardQuery = searchQuery("board");
export const JobsQuery = searchQuery("jobs");
export const BoardParams = z.strictObject({ orgSlug: z.string().min(1).max(100) });
export const IdOrSlugParams = z.strictObject({ idOrSlug: z.string().min(1).max(200) });

const FacetCounts = z.record(z.string(), z.record(z.string(), z.number().int()));

export const VacancySearchResult = z
  .object({ items: z.array(VacancyHit), page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), facets: FacetCounts })
  .meta({ id: "VacancySearchResult" });

export const PublicVacancy = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    organization: z.object({ slug: z.string(), name: z.string() }),
    department: z.string().nullable(),
    location: z.string().nullable(),
    employmentType: EmploymentType.nullable(),
    salary: Salary.nullable(),
    salaryMonths: z.number().int().nullable(),
    headcount: z.number().int().nullable(),
    closesAt: z.string().nullable(),
    publishedAt: z.string(),
    language: z.string(),
    summary: z.string().nullable(),
    responsibilities: z.array(z.string()),
    requirements: Requirements,
    educationLevel: EducationLevel.nullable(),
    minYears: z.number().nullable(),
    jsonLd: z.record(z.string(), z.unknown()).meta({ description: "schema.org JobPosting" }),
  })
  .meta({ id: "PublicVacancy" });
