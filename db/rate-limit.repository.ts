import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";

/** Counts one hit for `key` in the window starting at `windowStart`; returns the window's total. */
export async function incrementHits(db: Kysely<Database>, key: string, windowStart: Date): Promise<number> {
  const row = await db
    .insertInto("rate_limit_hits")
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ hits: sql`rate_limit_hits.hits + 1` }))
    .returning("hits")
    .executeTakeFirstOrThrow();
  return row.hits;
}

export async function decrementHits(db: Kysely<Database>, key: string, windowStart: Date): Promise<void> {
  await db
    .updateTable("rate_limit_hits")
    .set({ hits: sql`greatest(hits - 1, 0)` })
    .where("key", "=", key)
    .where("window_start", "=", windowStart)
    .execute();
}

export async function deleteHitsOfKey(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("rate_limit_hits").where("key", "=", key).execute();
}

export async function deleteWindowsBefore(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom("rate_limit_hits").where("window_start", "<", before).execute();
}
