import { z } from "zod";
import type { VacancyListing } from "../db/vacancy.repository.js";
import { EducationLevel } from "../server/positions/position.schema.js";
import { EmploymentType, WorkplaceType } from "../server/vacancies/vacancy.schema.js";
import { atLeast, equals } from "./filter-expressions.js";
import type { BaseVacancyDocument, VacancyDocument } from "./vacancy-document.js";

/**
 * One public search filter. The query schemas of /v1/jobs and the boards (and so their OpenAPI), the
 * index's filterable and faceted attributes, the facets of a result, the hit shape and the document
 * fields all derive from the table below: a new filter is one entry plus its tests.
 */
type SearchFilter<S extends z.ZodType, N extends string, H extends z.ZodType, F extends string, V> = {
  /** The query value, validated (the parameter's name is the entry's key). */
  schema: S;
  /** The index attribute filtered on; a facet counts its values. */
  attribute: string;
  facet: boolean;
  /** The Meilisearch expression for a validated value, built from quoted, escaped values only. */
  where(attribute: string, value: z.output<S>): string;
  /** What a hit shows of it, under `name`; `own` is the entry's own document field, if it adds one. */
  hit?: { name: N; schema: H; value(doc: BaseVacancyDocument, own: V): z.output<H> };
  /** A document field the entry adds itself, when the base document does not already carry it. */
  document?: { field: F; value(listing: VacancyListing): V };
  /** Only on the whole board: one organization's board has no use for it. */
  acrossOrganizations?: true;
};

const searchFilter = <S extends z.ZodType, const N extends string, H extends z.ZodType, const F extends string = never, V = never>(
  entry: SearchFilter<S, N, H, F, V>,
) => entry;
type AnyFilter = SearchFilter<z.ZodType, string, z.ZodType, string, unknown>;

// Free-text filter values are quoted before they reach Meilisearch; the limits keep them plain.
const filterText = z.string().trim().min(1).max(100).regex(/^[^\p{Cc}]*$/u, "no control characters");
const text = <const F extends "department" | "location">(field: F) =>
  searchFilter({
    schema: filterText,
    attribute: field,
    facet: true,
    where: equals,
    hit: { name: field, schema: z.string().nullable(), value: (doc) => doc[field] },
  });

export const vacancyFilters = {
  department: text("department"),
  location: text("location"),
  educationLevel: searchFilter({
    schema: EducationLevel,
    attribute: "educationLevel",
    facet: true,
    where: equals,
    hit: { name: "educationLevel", schema: EducationLevel.nullable(), value: (doc) => doc.educationLevel as EducationLevel | null },
  }),
  employmentType: searchFilter({
    schema: EmploymentType,
    attribute: "employmentType",
    facet: true,
    where: equals,
    hit: { name: "employmentType", schema: EmploymentType.nullable(), value: (doc) => doc.employmentType as EmploymentType | null },
  }),
  organization: searchFilter({
    schema: filterText,
    attribute: "organizationSlug",
    facet: true,
    where: equals,
    hit: {
      name: "organization",
      schema: z.object({ slug: z.string(), name: z.string() }),
      value: (doc) => ({ slug: doc.organizationSlug, name: doc.organizationName }),
    },
    acrossOrganizations: true,
  }),
  // A vacancy whose range reaches the asked amount (its top ≥ salaryMin), in the posting's own currency
  // and period; a vacancy without a salary never matches. The index keeps only the top of the range: the
  // hit links to the job page, which shows the salary.
  salaryMin: searchFilter({
    schema: z.coerce.number().positive().max(1e9).meta({ description: "Vacancies whose salary range reaches this amount (in the posting's currency and period)" }),
    attribute: "payCeiling",
    facet: false,
    where: atLeast,
    document: { field: "payCeiling", value: (listing) => listing.salary?.max ?? null },
  }),
  // Not a facet: the contract fixes the facet list.
  workplaceType: searchFilter({
    schema: WorkplaceType,
    attribute: "workplaceType",
    facet: false,
    where: equals,
    document: { field: "workplaceType", value: (listing) => listing.workplace_type as WorkplaceType | null },
    hit: { name: "workplaceType", schema: WorkplaceType.nullable(), value: (_doc, workplaceType) => workplaceType },
  }),
};

type Filters = typeof vacancyFilters;
export type FilterName = keyof Filters;
export type FilterValues = { [P in FilterName]?: z.output<Filters[P]["schema"]> };

const entries = Object.entries(vacancyFilters) as [FilterName, Filters[FilterName]][];
const boardEntries = entries.filter(([, entry]) => !("acrossOrganizations" in entry && entry.acrossOrganizations));

/** Query-schema shapes: every filter optional, for the whole board and for one organization's board. */
export function filterQueryShape(scope: "board" | "jobs"): Record<string, z.ZodOptional> {
  return Object.fromEntries((scope === "jobs" ? entries : boardEntries).map(([name, entry]) => [name, entry.schema.optional()]));
}

/** The filters of a validated query, by parameter name. */
export function pickFilters(query: Record<string, unknown>): FilterValues {
  return Object.fromEntries(entries.filter(([name]) => query[name] !== undefined).map(([name]) => [name, query[name]])) as FilterValues;
}

/** Filter expressions for the given values, in their order; names outside the table are ignored. */
export function filterExpressions(values: Record<string, unknown>): string[] {
  const expressions: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || !Object.hasOwn(vacancyFilters, name)) continue;
    const entry = vacancyFilters[name as FilterName] as AnyFilter;
    expressions.push(entry.where(entry.attribute, value));
  }
  return expressions;
}

/** Index attributes the filters need filterable. */
export const filterAttributes: readonly string[] = entries.map(([, entry]) => entry.attribute);

/** Index attributes counted into facets, with the facet's public name (the parameter's). */
export const facetAttributes: readonly { name: FilterName; attribute: string; acrossOrganizations: boolean }[] = entries
  .filter(([, entry]) => entry.facet)
  .map(([name, entry]) => ({ name, attribute: entry.attribute, acrossOrganizations: "acrossOrganizations" in entry && entry.acrossOrganizations === true }));

/** The facets a result carries, each empty: all of them on the whole board, the board's own on a board. */
export function emptyFacets(scope: "board" | "jobs"): Record<string, Record<string, number>> {
  return Object.fromEntries(facetAttributes.filter((f) => scope === "jobs" || !f.acrossOrganizations).map((f) => [f.name, {}]));
}

/** The hit properties the filters contribute. */
type HitEntry = { [P in FilterName]: Filters[P] extends { hit: { name: infer N extends string; schema: infer H } } ? [N, H] : never }[FilterName];
export const filterHitShape = Object.fromEntries(
  entries.flatMap(([, entry]) => ("hit" in entry && entry.hit ? [[entry.hit.name, entry.hit.schema]] : [])),
) as { [E in HitEntry as E[0]]: E[1] };

export function filterHitFields(doc: VacancyDocument): Record<string, unknown> {
  return Object.fromEntries(
    entries.flatMap(([, entry]) => {
      const { hit, document } = entry as AnyFilter;
      return hit ? [[hit.name, hit.value(doc, document ? (doc as Record<string, unknown>)[document.field] : undefined)]] : [];
    }),
  );
}

type DocumentEntry = { [P in FilterName]: Filters[P] extends { document: { field: infer F extends string; value(l: VacancyListing): infer V } } ? [F, V] : never }[FilterName];
/** The document fields the filters add themselves. */
export type FilterDocumentFields = { [E in DocumentEntry as E[0]]: E[1] };

export function filterDocumentFields(listing: VacancyListing): FilterDocumentFields {
  const fields: Record<string, unknown> = {};
  for (const [, entry] of entries) {
    const document = (entry as AnyFilter).document;
    if (document) fields[document.field] = document.value(listing);
  }
  return fields as FilterDocumentFields;
}
