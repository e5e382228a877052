import { z } from "zod";
import { highlightOriginal } from "./highlight.js";
import type { VacancyDocument } from "./vacancy-document.js";
import { filterHitFields, filterHitShape } from "./vacancy-filters.js";

/** A search hit: the vacancy's identity and what each filter shows of it (see vacancy-filters.ts). */
export const VacancyHit = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string().meta({ description: "As written, in its original script" }),
    ...filterHitShape,
    minYears: z.number().nullable(),
    publishedAt: z.string(),
    highlight: z
      .object({ title: z.string(), department: z.string().nullable() })
      .meta({ description: "HTML-escaped original text with matched terms wrapped in <mark>" }),
  })
  .meta({ id: "VacancyHit" });
export type VacancyHit = z.infer<typeof VacancyHit>;

export type FormattedDoc = VacancyDocument & { _formatted?: Partial<Record<keyof VacancyDocument, string>> };

/**
 * The document fields `toHit` reads: a search retrieves only these. The rest of a document is search
 * text (responsibilities, pinyin keys …) that no hit shows, and `_formatted` would carry all of it twice.
 */
export const hitAttributes: readonly string[] = [
  "id", "slug", "title", "department", "location", "educationLevel", "employmentType", "organizationSlug", "organizationName",
  "workplaceType", "minYears", "publishedAt", "titleSearch", "departmentSearch",
];

export function toHit(doc: FormattedDoc): VacancyHit {
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    ...(filterHitFields(doc) as Pick<VacancyHit, keyof typeof filterHitShape>),
    minYears: doc.minYears,
    publishedAt: doc.publishedAt,
    highlight: {
      title: highlightOriginal(doc.title, doc._formatted?.titleSearch),
      department: doc.department === null ? null : highlightOriginal(doc.department, doc._formatted?.departmentSearch ?? undefined),
    },
  };
}
