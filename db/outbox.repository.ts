import { sql, type Kysely } from "kysely";
import type { Database, OutboxRow } from "./database.js";

export type OutboxMessage = { topic: string; aggregateId: string; aggregateVersion?: number; payload?: Record<string, unknown> };

/** The channel workers LISTEN on; a NOTIFY is delivered only if the enqueuing transaction commits. */
export const OUTBOX_CHANNEL = "outbox";

/** Call inside the transaction that makes the change the message announces. */
export async function enqueueOutbox(db: Kysely<Database>, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db
    .insertInto("outbox")
    .values(
      messages.map((m) => ({
        topic: m.topic,
        aggregate_id: m.aggregateId,
        aggregate_version: m.aggregateVersion ?? 0,
        payload: JSON.stringify(m.payload ?? {}),
        last_error: null,
        dead_at: null,
      })),
    )
    .execute();
  await sql`select pg_notify(${OUTBOX_CHANNEL}, '')`.execute(db);
}

/** Claims the oldest due row no other worker holds; the row stays locked until `trx` ends. */
export async function claimNextOutboxRow(trx: Kysely<Database>, now: Date): Promise<OutboxRow | undefined> {
  return trx
    .selectFrom("outbox")
    .selectAll()
    .where("dead_at", "is", null)
    .where("next_attempt_at", "<=", now)
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/**
 * Serializes work on one aggregate across workers for the rest of the transaction, so a handler
 * that reads the current state and writes it out can never be overtaken by an older read.
 */
export async function lockAggregate(trx: Kysely<Database>, topic: string, aggregateId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${topic + ":" + aggregateId}, 0))`.execute(trx);
}

/**
 * The payloads of the row's aggregate's pending rows up to the newest one, oldest first, read before
 * the handler looks at the current state: the handler runs once for all of them, so it must see every
 * intent (a title change then a requirements change still rescores), and `upToId` is what it covers.
 */
export async function pendingPayloadsOfAggregate(trx: Kysely<Database>, row: OutboxRow): Promise<{ upToId: number; payloads: Record<string, unknown>[] }> {
  const rows = await trx
    .selectFrom("outbox")
    .select(["id", "payload"])
    .where("topic", "=", row.topic)
    .where("aggregate_id", "=", row.aggregate_id)
    .where("dead_at", "is", null)
    .where("id", ">=", row.id)
    .orderBy("id")
    .execute();
  return { upToId: Math.max(row.id, ...rows.map((r) => r.id)), payloads: rows.length > 0 ? rows.map((r) => r.payload) : [row.payload] };
}

/**
 * Removes the handled row and every unclaimed row of its aggregate up to `upToId`: those were
 * committed before the handler read the current state, so that state already covers them.
 */
export async function completeOutboxRows(trx: Kysely<Database>, row: OutboxRow, upToId: number): Promise<void> {
  await trx.deleteFrom("outbox").where("id", "=", row.id).execute();
  await sql`
    delete from outbox where id in (
      select id from outbox
      where topic = ${row.topic} and aggregate_id = ${row.aggregate_id} and id <= ${upToId} and dead_at is null
      for update skip locked)`.execute(trx);
}

/**
 * Drops an aggregate's rows that no worker is handling, once the caller has done their work itself.
 * A row a worker holds stays: that worker may have read an older state, and the row's replay after it
 * is what puts the newest state last.
 */
export async function discardIdleOutboxRows(db: Kysely<Database>, topic: string, aggregateId: string): Promise<void> {
  await sql`
    delete from outbox where id in (
      select id from outbox where topic = ${topic} and aggregate_id = ${aggregateId} and dead_at is null
      for update skip locked)`.execute(db);
}

export async function recordOutboxFailure(
  trx: Kysely<Database>,
  id: number,
  failure: { error: string; nextAttemptAt: Date; dead: boolean; now: Date },
): Promise<void> {
  await trx
    .updateTable("outbox")
    .set((eb) => ({
      attempts: eb("attempts", "+", 1),
      last_error: failure.error.slice(0, 2000),
      next_attempt_at: failure.nextAttemptAt,
      dead_at: failure.dead ? failure.now : null,
    }))
    .where("id", "=", id)
    .execute();
}

export async function outboxStats(db: Kysely<Database>): Promise<{ pending: number; dead: number }> {
  const row = await db
    .selectFrom("outbox")
    .select([
      sql<number>`count(*) filter (where dead_at is null)`.as("pending"),
      sql<number>`count(*) filter (where dead_at is not null)`.as("dead"),
    ])
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), dead: Number(row.dead) };
}
