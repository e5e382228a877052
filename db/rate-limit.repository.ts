import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";

/**
 * Adds many clients' hits to the window starting at `windowStart` in one statement; returns each
 * key's total across every API process.
 */
export async function addHits(db: Kysely<Database>, windowStart: Date, hits: [key: string, hits: number][]): Promise<Map<string, number>> {
  if (hits.length === 0) return new Map();
  const { rows } = await sql<{ key: string; hits: number }>`
    insert into rate_limit_hits (key, window_start, hits)
    select k, ${windowStart}::timestamptz, h from unnest(${hits.map(([k]) => k)}::text[], ${hits.map(([, h]) => h)}::int[]) as t(k, h)
    on conflict (key, window_start) do update set hits = greatest(rate_limit_hits.hits + excluded.hits, 0)
    returning key, greatest(hits, 0) as hits`.execute(db);
  return new Map(rows.map((r) => [r.key, r.hits]));
}

export async function deleteHitsOfKey(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("rate_limit_hits").where("key", "=", key).execute();
}

export async function deleteWindowsBefore(db: Kysely<Database>, before: Date): Promise<void> {
  await db.deleteFrom("rate_limit_hits").where("window_start", "<", before).execute();
}
