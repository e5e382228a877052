import type { Kysely } from "kysely";
import type { Meilisearch } from "meilisearch";
import type { Logger } from "pino";
import type { CandidateRow, Database } from "../../db/database.js";
import type { Db } from "../../db/db.js";
import {
  eraseCandidate,
  findCandidate,
  findCandidateByTokenLookup,
  insertCandidate,
  insertConsent,
  replaceCandidateProfile,
  withdrawConsents,
} from "../../db/candidate.repository.js";
import { discardIdleOutboxRows, enqueueOutbox } from "../../db/outbox.repository.js";
import { deleteCandidateDocument } from "../../search/candidate-index.js";
import { rescoreApplications } from "../applications/rescore.js";
import type { CandidateTokenResolver } from "../auth/authenticate.js";
import { generateToken, secretMatches } from "../auth/tokens.js";
import { NotFound } from "../errors.js";
import type { CandidateProfile } from "../matching/match.schema.js";
import { resumeStore, type ResumeUpload } from "../resumes/resume-store.js";
import { PRIVACY_NOTICE_VERSION } from "./consent.js";
import { assertProfileDates } from "./profile-rules.js";

/** Outbox topic: bring the candidate's talent-pool document in line with the current row (upsert or delete). */
export const CANDIDATE_SYNC = "candidate.sync";

export type CandidateDeps = { db: Db; meili: Meilisearch; config: { indexPrefix: string }; now: () => Date; logger: Logger };
export type Candidate = CandidateProfile & { id: string; discoverable: boolean; createdAt: string; updatedAt: string };

export function candidateRowToCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    ...row.profile,
    discoverable: row.discoverable,
    createdAt: row.created_at.toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * Inserts a candidate with a fresh token (only its hash is stored) and records consent to the
 * privacy notice; opting into the talent pool is a consent of its own. Runs in the caller's transaction.
 */
export async function insertCandidateWithConsent(trx: Kysely<Database>, profile: CandidateProfile, now: Date) {
  const token = generateToken("ck");
  const row = await insertCandidate(trx, { tokenLookup: token.lookup, tokenHash: token.secretHash, profile, now });
  await insertConsent(trx, { candidateId: row.id, purpose: "profile", noticeVersion: PRIVACY_NOTICE_VERSION, at: now });
  if (row.discoverable) {
    await insertConsent(trx, { candidateId: row.id, purpose: "talent_pool", noticeVersion: PRIVACY_NOTICE_VERSION, at: now });
    await enqueueOutbox(trx, [{ topic: CANDIDATE_SYNC, aggregateId: row.id, aggregateVersion: row.version }]);
  }
  return { row, token: token.token };
}

export async function createCandidate(deps: Pick<CandidateDeps, "db" | "now">, profile: CandidateProfile, resume?: ResumeUpload): Promise<Candidate & { token: string }> {
  const now = deps.now();
  assertProfileDates(profile, now);
  const { row, token } = await deps.db.transaction().execute(async (trx) => {
    const created = await insertCandidateWithConsent(trx, profile, now);
    if (resume) await resumeStore.put(trx, created.row.id, resume, now);
    return created;
  });
  return { ...candidateRowToCandidate(row), token };
}

/** A candidate token grants its own profile only; any other id is "not found", as if it did not exist. */
async function ownRow(db: Kysely<Database>, callerId: string, id: string): Promise<CandidateRow> {
  const row = callerId === id ? await findCandidate(db, id) : undefined;
  if (!row) throw new NotFound("candidate");
  return row;
}

export async function getCandidate(db: Db, callerId: string, id: string): Promise<Candidate> {
  return candidateRowToCandidate(await ownRow(db, callerId, id));
}

/** Replaces the profile; the talent-pool document follows through the outbox and applications are rescored. */
export async function updateCandidate(deps: Pick<CandidateDeps, "db" | "now">, callerId: string, id: string, profile: CandidateProfile): Promise<Candidate> {
  const now = deps.now();
  assertProfileDates(profile, now);
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await ownRow(trx, callerId, id);
    const after = (await replaceCandidateProfile(trx, id, profile, now))!;
    if (after.discoverable && !before.discoverable) {
      await insertConsent(trx, { candidateId: id, purpose: "talent_pool", noticeVersion: PRIVACY_NOTICE_VERSION, at: now });
    } else if (!after.discoverable && before.discoverable) {
      await withdrawConsents(trx, id, "talent_pool", now);
    }
    if (after.discoverable || before.discoverable) {
      await enqueueOutbox(trx, [{ topic: CANDIDATE_SYNC, aggregateId: id, aggregateVersion: after.version }]);
    }
    // A handful of rows per candidate: rescoring in the request keeps recruiters' scores in step with the profile.
    await rescoreApplications(trx, { candidateId: id }, now);
    return after;
  });
  return candidateRowToCandidate(row);
}

/**
 * Erases the candidate: rows (the database cascades to consents, applications, stage events and
 * idempotency records), pending outbox rows about them, and the talent-pool document. The document's
 * deletion is queued in the erasure's own transaction, carrying only the id of a row that no longer
 * exists, so a crash after the commit cannot leave the person in the index; the immediate delete
 * below only saves the worker the trip.
 */
export async function deleteCandidate(deps: CandidateDeps, callerId: string, id: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await ownRow(trx, callerId, id);
    // Explicit although the row cascades: a resume store outside PostgreSQL must hear of it here.
    await resumeStore.remove(trx, id);
    await eraseCandidate(trx, id);
    await enqueueOutbox(trx, [{ topic: CANDIDATE_SYNC, aggregateId: id }]);
  });
  try {
    await deleteCandidateDocument(deps.meili, deps.config.indexPrefix, id);
    await discardIdleOutboxRows(deps.db, CANDIDATE_SYNC, id);
  } catch (err) {
    deps.logger.warn({ err: (err as Error).message }, "talent-pool document deletion left to the outbox");
  }
}

/** Resolves a `ck_` token; the secret is checked against the stored hash in constant time. */
export function candidateTokenResolver(db: Db): CandidateTokenResolver {
  return async (lookup, secret) => {
    const row = await findCandidateByTokenLookup(db, lookup);
    if (!row || !secretMatches(secret, row.token_hash)) return null;
    return { kind: "candidate", candidateId: row.id };
  };
}
