import { sql, type RawBuilder } from "kysely";

/**
 * The one definition of an open vacancy: published, and its closing time (if it has one) still ahead.
 * The SQL predicate, the row check and the search filter below are three renderings of it, so a
 * vacancy whose closing time passed is closed everywhere at once, whether or not the periodic job that
 * persists the closing has run yet.
 */
export const openStatus = "published";

/** In SQL, on the vacancies table or its alias (`v`). */
export function openVacancySql(now: Date, table?: string): RawBuilder<boolean> {
  const column = (name: string) => sql.ref(table === undefined ? name : `${table}.${name}`);
  return sql<boolean>`(${column("status")} = ${openStatus} and (${column("closes_at")} is null or ${column("closes_at")} > ${now}))`;
}

/** On a row in memory. */
export function isOpenVacancy(row: { status: string; closes_at: Date | string | null }, now: Date): boolean {
  return row.status === openStatus && (row.closes_at === null || new Date(row.closes_at) > now);
}

/** On a search document (only published vacancies are indexed, so the closing time is what is left to check). */
export function openDocumentFilter(now: Date, closesAtAttribute = "closesAtTs"): string {
  return `(${closesAtAttribute} IS NULL OR ${closesAtAttribute} > ${Math.floor(now.getTime())})`;
}
