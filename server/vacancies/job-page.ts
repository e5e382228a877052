import type { Db } from "../../db/db.js";
import { findPublishedListing } from "../../db/vacancy.repository.js";
import { NotFound } from "../errors.js";
import { redactPersonalData } from "./redact.js";
import { toJobPosting } from "./job-posting.js";

/** The careers page of a vacancy, as crawlers and shared links should reach it. */
export const vacancyPageUrl = (publicBaseUrl: string, slug: string) => `${publicBaseUrl}/jobs/${encodeURIComponent(slug)}`;

/**
 * The public page of a published, open vacancy: posting details, the position's description (never its
 * source text, which may name people) and JSON-LD. Drafts and closed vacancies do not exist here.
 */
export async function getPublicVacancy(deps: { db: Db; now: () => Date; config: { publicBaseUrl: string } }, idOrSlug: string) {
  const v = await findPublishedListing(deps.db, idOrSlug, deps.now());
  if (!v) throw new NotFound("vacancy");
  return {
    id: v.id,
    slug: v.slug,
    title: v.p_title,
    organization: { slug: v.org_slug, name: v.org_name },
    department: v.p_department,
    location: v.location,
    employmentType: v.employment_type,
    salary: v.salary,
    salaryMonths: v.salary_months,
    headcount: v.headcount,
    closesAt: v.closes_at ? new Date(v.closes_at).toISOString() : null,
    publishedAt: new Date(v.published_at ?? v.updated_at).toISOString(),
    language: v.p_language,
    summary: v.p_summary === null ? null : redactPersonalData(v.p_summary),
    responsibilities: v.p_responsibilities.map(redactPersonalData),
    requirements: v.p_requirements,
    educationLevel: v.p_requirements.education.minLevel,
    minYears: v.p_requirements.experience.minYears,
    jsonLd: toJobPosting(v, vacancyPageUrl(deps.config.publicBaseUrl, v.slug)),
  };
}
