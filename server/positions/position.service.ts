import type { Db } from "../../db/db.js";
import type { NewPosition, PositionRow, PositionUpdate } from "../../db/database.js";
import { enqueueOutbox } from "../../db/outbox.repository.js";
import {
  countPublishedVacanciesOfPosition,
  countVacanciesOfPosition,
  deletePosition as deletePositionRow,
  findPosition,
  insertPositions,
  listPositions as listPositionRows,
  lockPosition,
  updatePosition as updatePositionRow,
} from "../../db/position.repository.js";
import { Conflict, NotFound } from "../errors.js";
import { checkStillPublishable } from "../vacancies/compliance-gate.js";
import { locatePositionComplianceFlags, positionComplianceFlags } from "./compliance.js";
import type { Position } from "./position.schema.js";

/** What a client may write: everything but the compliance flags, which the server derives from the text. */
export type PositionInput = Omit<Position, "id" | "compliance">;

export type StoredPosition = Position & { id: string; documentId: string | null; version: number; createdAt: string; updatedAt: string };

/** Outbox topic announcing that a position changed (search documents and scores depend on it). */
export const POSITION_CHANGED = "position.changed";

export function positionRowToPosition(row: PositionRow): StoredPosition {
  return {
    id: row.id,
    documentId: row.document_id,
    title: row.title,
    department: row.department,
    reportsTo: row.reports_to,
    subordinates: row.subordinates,
    summary: row.summary,
    responsibilities: row.responsibilities,
    requirements: row.requirements,
    compliance: row.compliance,
    language: row.language as Position["language"],
    sourceText: row.source_text,
    // Postings stored before workplaceType and salaryMonths were read state none.
    ...(row.posting ? { posting: { ...row.posting, workplaceType: row.posting.workplaceType ?? null, salaryMonths: row.posting.salaryMonths ?? null } } : {}),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export function positionToRow(organizationId: string, documentId: string | null, p: Position): NewPosition {
  // Imported positions come with the parser's flags, found by the same patterns over the same text.
  return {
    organization_id: organizationId,
    document_id: documentId,
    title: p.title,
    department: p.department,
    reports_to: p.reportsTo,
    subordinates: JSON.stringify(p.subordinates),
    summary: p.summary,
    responsibilities: JSON.stringify(p.responsibilities),
    requirements: JSON.stringify(p.requirements),
    compliance: JSON.stringify(p.compliance),
    language: p.language,
    source_text: p.sourceText,
    posting: JSON.stringify(p.posting ?? null),
    updated_at: new Date(),
  };
}

export async function createPosition(db: Db, organizationId: string, input: PositionInput): Promise<StoredPosition> {
  const position = { ...input, compliance: positionComplianceFlags(input) };
  const [row] = await insertPositions(db, [positionToRow(organizationId, null, position)]);
  return positionRowToPosition(row!);
}

export async function getPosition(db: Db, organizationId: string, id: string): Promise<StoredPosition> {
  const row = await findPosition(db, organizationId, id);
  if (!row) throw new NotFound("position");
  return positionRowToPosition(row);
}

export async function listPositions(db: Db, organizationId: string, page: { page: number; pageSize: number }) {
  const { rows, total } = await listPositionRows(db, organizationId, { limit: page.pageSize, offset: (page.page - 1) * page.pageSize });
  return { items: rows.map(positionRowToPosition), page: page.page, pageSize: page.pageSize, total };
}

/**
 * Applies the patch and derives the flags again from the merged text. A position with published
 * vacancies may not gain a forbidden requirement: the change is refused whole (422).
 */
export async function updatePosition(db: Db, organizationId: string, id: string, patch: Partial<PositionInput>): Promise<StoredPosition> {
  const update: PositionUpdate = {};
  if (patch.title !== undefined) update.title = patch.title;
  if (patch.department !== undefined) update.department = patch.department;
  if (patch.reportsTo !== undefined) update.reports_to = patch.reportsTo;
  if (patch.subordinates !== undefined) update.subordinates = JSON.stringify(patch.subordinates);
  if (patch.summary !== undefined) update.summary = patch.summary;
  if (patch.responsibilities !== undefined) update.responsibilities = JSON.stringify(patch.responsibilities);
  if (patch.requirements !== undefined) update.requirements = JSON.stringify(patch.requirements);
  if (patch.language !== undefined) update.language = patch.language;
  if (patch.sourceText !== undefined) update.source_text = patch.sourceText;
  if (patch.posting !== undefined) update.posting = JSON.stringify(patch.posting);
  return db.transaction().execute(async (trx) => {
    const current = await lockPosition(trx, organizationId, id, "update");
    if (!current) throw new NotFound("position");
    const located = locatePositionComplianceFlags({ ...positionRowToPosition(current), ...definedFields(patch) });
    if ((await countPublishedVacanciesOfPosition(trx, id)) > 0) checkStillPublishable(located);
    update.compliance = JSON.stringify(located.map((l) => l.flag));
    const row = (await updatePositionRow(trx, organizationId, id, update))!;
    await enqueueOutbox(trx, [
      { topic: POSITION_CHANGED, aggregateId: row.id, aggregateVersion: row.version, payload: { requirementsChanged: patch.requirements !== undefined } },
    ]);
    return positionRowToPosition(row);
  });
}

export async function deletePosition(db: Db, organizationId: string, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findPosition(trx, organizationId, id);
    if (!row) throw new NotFound("position");
    if ((await countVacanciesOfPosition(trx, id)) > 0) throw new Conflict("the position has vacancies; close and delete them first", {}, "position-has-vacancies");
    await deletePositionRow(trx, organizationId, id);
  });
}

const definedFields = <T extends object>(patch: T): Partial<T> =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
