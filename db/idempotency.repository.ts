import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";

export type IdempotencyRecord = { fingerprint: string; created: boolean | null; response: string | null; created_at: Date };

/**
 * Claims (scope, key) for this request inside the caller's transaction, or returns the record a
 * previous request left. A concurrent claim of the same key blocks on the unique index until the
 * first transaction ends, so two racing requests never both run. A record older than `expiredBefore`
 * is replaced: keys are only remembered for a while.
 */
export async function claimIdempotencyKey(
  trx: Kysely<Database>,
  c: { scope: string; key: string; fingerprint: string; now: Date; expiredBefore: Date },
): Promise<{ claimed: true } | { claimed: false; existing: IdempotencyRecord }> {
  const inserted = await trx
    .insertInto("idempotency_keys")
    .values({ scope: c.scope, key: c.key, fingerprint: c.fingerprint, candidate_id: null, created: null, response: null, created_at: c.now })
    .onConflict((oc) =>
      oc.columns(["scope", "key"]).doUpdateSet({ fingerprint: c.fingerprint, candidate_id: null, created: null, response: null, created_at: c.now })
        .where("idempotency_keys.created_at", "<", c.expiredBefore),
    )
    .returning(sql<boolean>`true`.as("claimed"))
    .executeTakeFirst();
  if (inserted) return { claimed: true };
  const existing = await trx
    .selectFrom("idempotency_keys")
    .select(["fingerprint", "created", "response", "created_at"])
    .where("scope", "=", c.scope)
    .where("key", "=", c.key)
    .executeTakeFirstOrThrow();
  return { claimed: false, existing };
}

export async function completeIdempotencyKey(
  trx: Kysely<Database>,
  c: { scope: string; key: string; created: boolean; response: string; candidateId: string },
): Promise<void> {
  await trx
    .updateTable("idempotency_keys")
    .set({ created: c.created, response: c.response, candidate_id: c.candidateId })
    .where("scope", "=", c.scope)
    .where("key", "=", c.key)
    .execute();
}

/** Deletes up to `limit` expired records; called as keys are claimed, so the table stays bounded without a job. */
export async function deleteExpiredIdempotencyKeys(db: Kysely<Database>, expiredBefore: Date, limit = 100): Promise<void> {
  await sql`delete from idempotency_keys where ctid in (
    select ctid from idempotency_keys where created_at < ${expiredBefore} limit ${limit} for update skip locked)`.execute(db);
}
