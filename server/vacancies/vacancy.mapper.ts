import type { NewVacancy, VacancyRow } from "../../db/database.js";
import { isOpenVacancy } from "../../db/vacancy-open.js";
import type { PostingDetails, Vacancy } from "./vacancy.schema.js";

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** A published vacancy whose closing time has passed is closed, whether or not the periodic job has run yet. */
export function effectiveStatus(row: Pick<VacancyRow, "status" | "closes_at">, now: Date): Vacancy["status"] {
  if (row.status === "published" && !isOpenVacancy(row, now)) return "closed";
  return row.status;
}

export function vacancyRowToVacancy(row: VacancyRow & { title: string }, now: Date): Vacancy {
  return {
    id: row.id,
    positionId: row.position_id,
    slug: row.slug,
    status: effectiveStatus(row, now),
    title: row.title,
    location: row.location,
    employmentType: row.employment_type as Vacancy["employmentType"],
    workplaceType: row.workplace_type as Vacancy["workplaceType"],
    salary: row.salary,
    salaryMonths: row.salary_months,
    headcount: row.headcount,
    weights: row.weights,
    closesAt: iso(row.closes_at),
    publishedAt: iso(row.published_at),
    closedAt: iso(row.closed_at),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: iso(row.updated_at)!,
  };
}

export function postingToColumns(p: Partial<PostingDetails>): Partial<NewVacancy> {
  const cols: Partial<NewVacancy> = {};
  if (p.location !== undefined) cols.location = p.location;
  if (p.employmentType !== undefined) cols.employment_type = p.employmentType;
  if (p.workplaceType !== undefined) cols.workplace_type = p.workplaceType;
  if (p.salary !== undefined) cols.salary = JSON.stringify(p.salary);
  if (p.salaryMonths !== undefined) cols.salary_months = p.salaryMonths;
  if (p.headcount !== undefined) cols.headcount = p.headcount;
  if (p.closesAt !== undefined) cols.closes_at = p.closesAt === null ? null : new Date(p.closesAt);
  return cols;
}
