import { z } from "zod";
import { EducationLevel, Requirements } from "../../positions/position.schema.js";
import { EmploymentType, Salary } from "../../vacancies/vacancy.schema.js";

// Free-text filter values are quoted before they reach Meilisearch; the limits keep them plain.
const filterText = z.string().trim().min(1).max(100).regex(/^[^\p{Cc}]*$/u, "no control characters");

const boardQuery = {
  q: z.string().max(200).optional(),
  department: filterText.optional(),
  location: filterText.optional(),
  educationLevel: EducationLevel.optional(),
  employmentType: EmploymentType.optional(),
  sort: z.enum(["relevance", "newest"]).default("relevance"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const BoardQuery = z.strictObject(boardQuery);
export const JobsQuery = z.strictObject({ ...boardQuery, organization: filterText.optional() });
export const BoardParams = z.strictObject({ orgSlug: z.string().min(1).max(100) });
export const IdOrSlugParams = z.strictObject({ idOrSlug: z.string().min(1).max(200) });

export const VacancyHit = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string().meta({ description: "As written, in its original script" }),
    organization: z.object({ slug: z.string(), name: z.string() }),
    department: z.string().nullable(),
    location: z.string().nullable(),
    educationLevel: EducationLevel.nullable(),
    minYears: z.number().nullable(),
    employmentType: EmploymentType.nullable(),
    publishedAt: z.string(),
    highlight: z
      .object({ title: z.string(), department: z.string().nullable() })
      .meta({ description: "HTML-escaped original text with matched terms wrapped in <mark>" }),
  })
  .meta({ id: "VacancyHit" });

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
