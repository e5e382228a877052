import type { VacancyListing } from "../db/vacancy.repository.js";
import { foldForSearch } from "../server/text/fold.js";
import { pinyinSearchKeys } from "../server/text/pinyin.js";
import { filterDocumentFields, type FilterDocumentFields } from "./vacancy-filters.js";
import { redactPersonalData } from "../server/vacancies/redact.js";

/**
 * One published vacancy in the search index. Display fields keep the original script; `*Search` fields
 * hold the same text folded to Simplified (Meilisearch's own folding is partial) and are what queries
 * match. Nothing about people: no contacts, no applicants, no source text.
 */
export type VacancyDocument = BaseVacancyDocument & FilterDocumentFields;

/** The fields every vacancy document has; filters may add their own (vacancy-filters.ts). */
export type BaseVacancyDocument = {
  id: string;
  slug: string;
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  title: string;
  department: string | null;
  location: string | null;
  educationLevel: string | null;
  minYears: number | null;
  employmentType: string | null;
  language: string;
  publishedAt: string;
  publishedAtTs: number;
  closesAtTs: number | null;
  titleSearch: string;
  /** Pinyin of the title (full, initials, every reading) so Latin typing finds Chinese titles. */
  titlePinyin: string[];
  departmentSearch: string | null;
  locationSearch: string | null;
  skillsSearch: string[];
  /** The rest of what the posting asks for and says, so a candidate typing CPA or 日语N2 finds it. */
  certificationsSearch: string[];
  languagesSearch: string[];
  majorsSearch: string[];
  subordinatesSearch: string[];
  summarySearch: string | null;
  responsibilitiesSearch: string[];
  organizationSearch: string;
};

const foldNullable = (text: string | null) => (text === null ? null : foldForSearch(text));

export function listingToDocument(v: VacancyListing): VacancyDocument {
  const publishedAt = new Date(v.published_at ?? v.updated_at);
  const titleSearch = foldForSearch(v.p_title);
  return {
    id: v.id,
    slug: v.slug,
    organizationId: v.organization_id,
    organizationSlug: v.org_slug,
    organizationName: v.org_name,
    title: v.p_title,
    department: v.p_department,
    location: v.location,
    educationLevel: v.p_requirements.education.minLevel,
    minYears: v.p_requirements.experience.minYears,
    employmentType: v.employment_type,
    language: v.p_language,
    publishedAt: publishedAt.toISOString(),
    publishedAtTs: publishedAt.getTime(),
    closesAtTs: v.closes_at === null ? null : new Date(v.closes_at).getTime(),
    titleSearch,
    titlePinyin: pinyinSearchKeys(titleSearch),
    departmentSearch: foldNullable(v.p_department),
    locationSearch: foldNullable(v.location),
    skillsSearch: v.p_requirements.skills.map((s) => foldForSearch(s.name)),
    certificationsSearch: v.p_requirements.certifications.map((c) => foldForSearch(c.name)),
    languagesSearch: v.p_requirements.languages.map((l) => foldForSearch(l.name)),
    majorsSearch: v.p_requirements.education.majors.map(foldForSearch),
    subordinatesSearch: v.p_subordinates.map(foldForSearch),
    summarySearch: v.p_summary === null ? null : foldForSearch(redactPersonalData(v.p_summary)),
    responsibilitiesSearch: v.p_responsibilities.map((r) => foldForSearch(redactPersonalData(r))),
    organizationSearch: foldForSearch(v.org_name),
    ...filterDocumentFields(v),
  };
}
