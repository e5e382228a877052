import type { Db } from "../../db/db.js";
import { isUniqueViolation } from "../../db/errors.js";
import { enqueueOutbox } from "../../db/outbox.repository.js";
import { findOrganizationById } from "../../db/organization.repository.js";
import { findPosition, lockPosition } from "../../db/position.repository.js";
import * as repo from "../../db/vacancy.repository.js";
import { NotFound, Unprocessable, UnknownReference, VersionConflict } from "../errors.js";
import { sameWeights, weightErrors, type Weights } from "../matching/weights.js";
import type { ComplianceFlag, PositionPosting } from "../positions/position.schema.js";
import { checkPublishable } from "./compliance-gate.js";
import { postingToColumns, vacancyRowToVacancy } from "./vacancy.mapper.js";
import type { PostingDetails, Vacancy, VacancyStatus } from "./vacancy.schema.js";
import { slugify, uniqueSlug } from "./slug.js";

/** Outbox topic: make the search document of one vacancy match its current row (upsert or delete). */
export const VACANCY_SYNC = "vacancy.sync";
/** Outbox topic: the vacancy's scoring weights changed, so its applications' stored scores are stale. */
export const VACANCY_WEIGHTS_CHANGED = "vacancy.weights_changed";

export type VacancyDeps = { db: Db; now: () => Date };
export type VacancyWithWarnings = Vacancy & { warnings: ComplianceFlag[] };
const announce = (trx: Db, row: { id: string; version: number }) =>
  enqueueOutbox(trx, [{ topic: VACANCY_SYNC, aggregateId: row.id, aggregateVersion: row.version }]);

export async function createVacancy(
  deps: VacancyDeps,
  organizationId: string,
  input: Partial<PostingDetails> & { positionId: string; status?: "draft" | "published" },
): Promise<VacancyWithWarnings> {
  const now = deps.now();
  const position = await findPosition(deps.db, organizationId, input.positionId);
  if (!position) throw new UnknownReference("position", "positionId", "no such position in this organization");
  const publish = input.status === "published";
  if (publish) assertOpen(input.closesAt ?? null, now);
  const org = await findOrganizationById(deps.db, organizationId);
  const base = slugify(`${org!.slug}-${position.title}`);
  // Two creations may pick the same free slug; the unique constraint decides and the loser tries again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.transaction().execute(async (trx) => {
        // Checked under a share lock, so a concurrent position PATCH either sees this vacancy or waits for it.
        const locked = await lockPosition(trx, organizationId, position.id, "share");
        if (!locked) throw new UnknownReference("position", "positionId", "no such position in this organization");
        const warnings = publish ? checkPublishable(locked.compliance) : [];
        const slug = uniqueSlug(base, await repo.slugsStartingWith(trx, organizationId, base));
        const row = await repo.insertVacancy(trx, {
          organization_id: organizationId,
          position_id: position.id,
          slug,
          status: publish ? "published" : "draft",
          published_at: publish ? now : null,
          salary: JSON.stringify(null),
          weights: JSON.stringify(null),
          updated_at: now,
          ...postingToColumns(withSalaryMonths(withPositionDefaults(input, locked.posting), null)),
        });
        await announce(trx, row);
        return { ...vacancyRowToVacancy({ ...row, title: locked.title }, now), warnings };
      });
    } catch (err) {
      if (!isUniqueViolation(err, "vacancies_organization_id_slug_key") || attempt >= 5) throw err;
    }
  }
}

/**
 * The salary, place and work type read from the position's posting lines are the vacancy's defaults; whatever
 * the recruiter sends wins, null included (a recruiter may clear a default). The months of pay (·13薪) come with
 * the posting's salary: a recruiter who sets a salary of their own states its months too, or has none.
 */
function withPositionDefaults(input: Partial<PostingDetails>, posting: PositionPosting | null): Partial<PostingDetails> {
  const out: Partial<PostingDetails> = { ...input };
  if (out.location === undefined && posting?.location) out.location = posting.location;
  if (out.employmentType === undefined && posting?.employmentType) out.employmentType = posting.employmentType;
  if (out.salary === undefined && posting?.salary) {
    out.salary = posting.salary;
    if (out.salaryMonths === undefined && posting.salaryMonths && posting.salary.period === "month") out.salaryMonths = posting.salaryMonths;
  }
  if (out.workplaceType === undefined && posting?.workplaceType) out.workplaceType = posting.workplaceType;
  return out;
}

/**
 * Months of pay belong to a monthly salary. A change that leaves the salary not monthly (a yearly figure, none)
 * drops months it does not restate; months stated beside a salary that is not monthly are refused, naming the field.
 * `current` is the stored vacancy, null on creation.
 */
function withSalaryMonths(details: Partial<PostingDetails>, current: Pick<Vacancy, "salary" | "salaryMonths"> | null): Partial<PostingDetails> {
  const salary = details.salary !== undefined ? details.salary : (current?.salary ?? null);
  const monthly = salary?.period === "month";
  if (details.salaryMonths != null && !monthly) {
    throw new Unprocessable("months of pay need a monthly salary", {
      errors: [{ path: "salaryMonths", message: salary ? `the salary is per ${salary.period}, not per month` : "the vacancy has no salary" }],
    });
  }
  if (details.salaryMonths === undefined && !monthly && (current?.salaryMonths ?? null) !== null) return { ...details, salaryMonths: null };
  return details;
}

export async function getVacancy(deps: VacancyDeps, organizationId: string, id: string): Promise<Vacancy> {
  const row = await repo.findVacancy(deps.db, organizationId, id);
  if (!row) throw new NotFound("vacancy");
  return vacancyRowToVacancy(row, deps.now());
}

export async function listVacancies(deps: VacancyDeps, organizationId: string, q: { page: number; pageSize: number; status?: VacancyStatus }) {
  const { rows, total } = await repo.listVacancies(deps.db, organizationId, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize, status: q.status });
  const now = deps.now();
  return { items: rows.map((r) => vacancyRowToVacancy(r, now)), page: q.page, pageSize: q.pageSize, total };
}

export async function updateVacancy(
  deps: VacancyDeps,
  organizationId: string,
  id: string,
  patch: Partial<PostingDetails> & { version?: number; weights?: Partial<Weights> | null },
): Promise<Vacancy> {
  const { version, weights, ...details } = patch;
  const errors = weights ? weightErrors(weights) : [];
  if (errors.length > 0) throw new Unprocessable("weights name unknown criteria or count nothing", { errors }, "invalid-weights");
  return deps.db.transaction().execute(async (trx) => {
    const current = await repo.findVacancy(trx, organizationId, id);
    if (!current) throw new NotFound("vacancy");
    const stated = withSalaryMonths(details, { salary: current.salary, salaryMonths: current.salary_months });
    const columns = { ...postingToColumns(stated), ...(weights !== undefined && { weights: JSON.stringify(weights) }) };
    const row = await repo.updateVacancy(trx, organizationId, id, columns, version);
    if (!row) throw staleVersion(current.version);
    await announce(trx, row);
    if (weights !== undefined && !sameWeights(weights, current.weights)) {
      await enqueueOutbox(trx, [{ topic: VACANCY_WEIGHTS_CHANGED, aggregateId: row.id, aggregateVersion: row.version }]);
    }
    return vacancyRowToVacancy({ ...row, title: current.title }, deps.now());
  });
}

/** Idempotent: publishing a published vacancy returns it unchanged (with its warnings). */
export async function publishVacancy(deps: VacancyDeps, organizationId: string, id: string, version?: number): Promise<VacancyWithWarnings> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const current = await currentVacancy(trx, organizationId, id, version);
    // A share lock, so a concurrent position PATCH either sees this publication or waits for it.
    const position = (await lockPosition(trx, organizationId, current.position_id, "share"))!;
    const warnings = checkPublishable(position.compliance);
    assertOpen(current.closes_at, now);
    if (current.status === "published") return { ...vacancyRowToVacancy(current, now), warnings };
    const row = await repo.updateVacancy(trx, organizationId, id, { status: "published", published_at: now, closed_at: null }, current.version);
    if (!row) throw staleVersion(current.version);
    await announce(trx, row);
    return { ...vacancyRowToVacancy({ ...row, title: current.title }, now), warnings };
  });
}

/** Idempotent, like publishing. A draft can be closed too (it was never shown). */
export async function closeVacancy(deps: VacancyDeps, organizationId: string, id: string, version?: number): Promise<Vacancy> {
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const current = await currentVacancy(trx, organizationId, id, version);
    if (current.status === "closed") return vacancyRowToVacancy(current, now);
    const row = await repo.updateVacancy(trx, organizationId, id, { status: "closed", closed_at: now }, current.version);
    if (!row) throw staleVersion(current.version);
    await announce(trx, row);
    return vacancyRowToVacancy({ ...row, title: current.title }, now);
  });
}

/** Persists the closing of vacancies whose closesAt passed; reads already treat them as closed. */
export async function closeExpiredVacancies(deps: VacancyDeps): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const closed = await repo.closeExpiredVacancies(trx, deps.now());
    await enqueueOutbox(trx, closed.map((r) => ({ topic: VACANCY_SYNC, aggregateId: r.id, aggregateVersion: r.version })));
    return closed.length;
  });
}

/** The vacancy as it is in this transaction; 404 when unknown, 409 when the caller's version is not it. */
async function currentVacancy(trx: Db, organizationId: string, id: string, version: number | undefined): Promise<repo.TitledVacancyRow> {
  const current = await repo.findVacancy(trx, organizationId, id);
  if (!current) throw new NotFound("vacancy");
  if (version !== undefined && version !== current.version) throw staleVersion(current.version);
  return current;
}

function assertOpen(closesAt: Date | string | null, now: Date): void {
  if (closesAt !== null && new Date(closesAt) <= now) {
    throw new Unprocessable("closesAt has passed; move it to the future to publish", { errors: [{ path: "closesAt", message: "must be in the future to publish" }] }, "closing-time-passed");
  }
}

const staleVersion = (current: number) => new VersionConflict("vacancy", current);
