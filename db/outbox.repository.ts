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

// One number for the claim mutex (pg_advisory_xact_lock takes a bigint): "outbox claim".
const CLAIM_LOCK = 0x6f7574626f78;

/**
 * Claims up to `limit` due rows for one worker under a lease and commits the claim, so no transaction
 * stays open while the rows are worked on. An aggregate another worker holds is skipped, not waited
 * for: one aggregate is only ever worked on by one worker, which keeps its writes in order. Claims
 * take turns (a transaction-scoped mutex) so that each one sees the leases committed before it; a
 * lapsed lease (a crashed worker) makes its rows due again.
 */
export async function claimOutboxBatch(db: Kysely<Database>, c: { now: Date; limit: number; leaseMs: number; lease: string }): Promise<OutboxRow[]> {
  const dueBefore = endOfMillisecond(c.now);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${CLAIM_LOCK})`.execute(trx);
    const claimed = await sql<OutboxRow>`
      with due as (
        select o.id from outbox o
        where o.dead_at is null and o.next_attempt_at < ${dueBefore}
          and (o.locked_until is null or o.locked_until <= ${c.now})
          and not exists (
            select 1 from outbox h
            where h.topic = o.topic and h.aggregate_id = o.aggregate_id and h.locked_until > ${c.now})
        order by o.next_attempt_at, o.id
        limit ${c.limit}
        for update skip locked)
      update outbox set locked_until = ${new Date(c.now.getTime() + c.leaseMs)}, lease = ${c.lease}
      from due where outbox.id = due.id
      returning outbox.*`.execute(trx);
    return claimed.rows.sort((a, b) => a.id - b.id);
  });
}

/** Removes rows whose work is done, if the lease is still this worker's (a lapsed one was handed on). */
export async function completeClaimedRows(db: Kysely<Database>, lease: string, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom("outbox").where("lease", "=", lease).where("id", "in", ids).execute();
}

/** Hands failed rows back with a retry time (or dead-letters them), releasing the lease. */
export async function releaseFailedRows(
  db: Kysely<Database>,
  lease: string,
  ids: number[],
  failure: { error: string; nextAttemptAt: Date; dead: boolean; now: Date },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable("outbox")
    .set((eb) => ({
      attempts: eb("attempts", "+", 1),
      last_error: failure.error.slice(0, 2000),
      next_attempt_at: failure.nextAttemptAt,
      dead_at: failure.dead ? failure.now : null,
      locked_until: null,
      lease: null,
    }))
    .where("lease", "=", lease)
    .where("id", "in", ids)
    .execute();
}

/**
 * Drops an aggregate's rows once the caller has done their work itself, unless a worker holds the
 * aggregate: that worker may have read an older state, and the rows' replay after it is what puts
 * the newest state last.
 */
export async function discardIdleOutboxRows(db: Kysely<Database>, topic: string, aggregateId: string): Promise<void> {
  await sql`
    delete from outbox where id in (
      select id from outbox where topic = ${topic} and aggregate_id = ${aggregateId} and dead_at is null
        and not exists (select 1 from outbox h where h.topic = ${topic} and h.aggregate_id = ${aggregateId} and h.locked_until > now())
      for update skip locked)`.execute(db);
}

export async function outboxStats(db: Kysely<Database>): Promise<{ pending: number; dead: number }> {
  const { pending, dead } = await outboxBacklog(db, new Date());
  return { pending, dead };
}

/**
 * The backlog as metrics report it: rows waiting, dead-lettered rows, and how long the oldest waiting
 * row has waited since it was written. A row whose retry is scheduled ahead (Meilisearch is down) is
 * still waiting, so during an outage the age keeps growing instead of reading 0.
 */
export async function outboxBacklog(db: Kysely<Database>, now: Date): Promise<{ pending: number; dead: number; oldestDueSeconds: number }> {
  const row = await db
    .selectFrom("outbox")
    .select([
      sql<number>`count(*) filter (where dead_at is null)`.as("pending"),
      sql<number>`count(*) filter (where dead_at is not null)`.as("dead"),
      sql<Date | null>`min(created_at) filter (where dead_at is null)`.as("oldest"),
    ])
    .executeTakeFirstOrThrow();
  const oldest = row.oldest ? new Date(row.oldest).getTime() : now.getTime();
  return { pending: Number(row.pending), dead: Number(row.dead), oldestDueSeconds: Math.max(0, (now.getTime() - oldest) / 1000) };
}

/**
 * A JavaScript clock reads whole milliseconds while PostgreSQL's now() (the rows' default due time)
 * keeps microseconds, so a row written within the current millisecond would not yet count as due and
 * would wait a whole poll interval. A row is due if it falls anywhere in the clock's millisecond.
 */
function endOfMillisecond(now: Date): Date {
  return new Date(now.getTime() + 1);
}
