import { sql, type Kysely } from "kysely";
import type { CandidateProfile } from "../server/matching/match.schema.js";
import type { CandidateRow, ConsentPurpose, ConsentRow, Database } from "./database.js";

const columns = ["id", "token_lookup", "token_hash", "email", "profile", "discoverable", "version", "created_at", "updated_at"] as const;

export async function insertCandidate(
  db: Kysely<Database>,
  c: { tokenLookup: string; tokenHash: string; profile: CandidateProfile; now: Date },
): Promise<CandidateRow> {
  return db
    .insertInto("candidates")
    .values({
      token_lookup: c.tokenLookup,
      token_hash: c.tokenHash,
      email: c.profile.email,
      profile: JSON.stringify(c.profile),
      discoverable: c.profile.discoverable ?? false,
      created_at: c.now,
      updated_at: c.now,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function findCandidate(db: Kysely<Database>, id: string): Promise<CandidateRow | undefined> {
  return db.selectFrom("candidates").select(columns).where("id", "=", id).executeTakeFirst();
}

export async function findCandidateByTokenLookup(db: Kysely<Database>, lookup: string): Promise<CandidateRow | undefined> {
  return db.selectFrom("candidates").select(columns).where("token_lookup", "=", lookup).executeTakeFirst();
}

export async function findCandidates(db: Kysely<Database>, ids: readonly string[]): Promise<CandidateRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("candidates").select(columns).where("id", "in", ids).execute();
}

export async function replaceCandidateProfile(
  db: Kysely<Database>,
  id: string,
  profile: CandidateProfile,
  now: Date,
): Promise<CandidateRow | undefined> {
  return db
    .updateTable("candidates")
    .set((eb) => ({
      email: profile.email,
      profile: JSON.stringify(profile),
      discoverable: profile.discoverable ?? false,
      version: eb("version", "+", 1),
      updated_at: now,
    }))
    .where("id", "=", id)
    .returning(columns)
    .executeTakeFirst();
}

/**
 * Removes the candidate and, by cascade, their consents, applications, stage events and idempotency
 * records; pending outbox rows about them (by aggregate or mentioned in a payload) go too.
 */
export async function eraseCandidate(db: Kysely<Database>, id: string): Promise<boolean> {
  await db
    .deleteFrom("outbox")
    .where((eb) => eb.or([eb("aggregate_id", "=", id), eb(sql<number>`strpos(payload::text, ${id})`, ">", 0)]))
    // A row a worker holds stays until that worker completes it (see discardIdleOutboxRows).
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", sql<Date>`now()`)]))
    .execute();
  const result = await db.deleteFrom("candidates").where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Discoverable candidates in id order after `afterId`: a talent-pool reindex walks the table with it. */
export async function discoverableCandidatesAfter(db: Kysely<Database>, afterId: string | null, limit: number): Promise<CandidateRow[]> {
  let q = db.selectFrom("candidates").select(columns).where("discoverable", "=", true);
  if (afterId) q = q.where("id", ">", afterId);
  return q.orderBy("id").limit(limit).execute();
}

export async function insertConsent(
  db: Kysely<Database>,
  c: { candidateId: string; purpose: ConsentPurpose; vacancyId?: string | null; noticeVersion: string; at: Date },
): Promise<void> {
  await db
    .insertInto("consents")
    .values({
      candidate_id: c.candidateId,
      purpose: c.purpose,
      vacancy_id: c.vacancyId ?? null,
      notice_version: c.noticeVersion,
      granted_at: c.at,
      withdrawn_at: null,
    })
    .execute();
}

/** Marks the open consents of a purpose withdrawn (e.g. leaving the talent pool); the grant stays on record. */
export async function withdrawConsents(db: Kysely<Database>, candidateId: string, purpose: ConsentPurpose, at: Date): Promise<void> {
  await db
    .updateTable("consents")
    .set({ withdrawn_at: at })
    .where("candidate_id", "=", candidateId)
    .where("purpose", "=", purpose)
    .where("withdrawn_at", "is", null)
    .execute();
}

export async function listConsents(db: Kysely<Database>, candidateId: string): Promise<ConsentRow[]> {
  return db.selectFrom("consents").selectAll().where("candidate_id", "=", candidateId).orderBy("granted_at").orderBy("id").execute();
}
