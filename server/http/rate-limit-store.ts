import type { ClientRateLimitInfo, Options, Store } from "express-rate-limit";
import type { Db } from "../../db/db.js";
import { addHits, deleteHitsOfKey, deleteWindowsBefore } from "../../db/rate-limit.repository.js";

/** How often counted hits are written out; another API copy sees them at most this late. */
const FLUSH_MS = 1000;
/** From this share of the limit on, a client's hits are written through, so the 429 comes on time. */
const WRITE_THROUGH_AT = 0.5;

/**
 * Hit counters shared by every API process through PostgreSQL, without a write per request: hits
 * are counted in memory and flushed together once a second (one statement for every client), and
 * the totals that come back include the other copies' hits. A client nearing its limit is written
 * through on each request, so the limit holds exactly where it matters; below that, each copy may
 * lag the others by one flush, which only delays reaching the write-through point.
 */
export class PostgresRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix = "public:";
  private windowMs = 60_000;
  private limit = Infinity;
  private window = 0;
  private readonly pending = new Map<string, number>();
  private readonly shared = new Map<string, number>();
  private flushing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), FLUSH_MS);
    this.timer.unref();
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
    if (typeof options.limit === "number") this.limit = options.limit;
  }

  private currentWindow(): number {
    const t = this.now().getTime();
    const start = t - (t % this.windowMs);
    if (start !== this.window) {
      this.window = start;
      this.pending.clear();
      this.shared.clear();
    }
    return start;
  }

  private info(key: string, start: number): ClientRateLimitInfo {
    return { totalHits: (this.shared.get(key) ?? 0) + (this.pending.get(key) ?? 0), resetTime: new Date(start + this.windowMs) };
  }

  /** Writes the counted hits out in one statement and takes back the shared totals. */
  async flush(): Promise<void> {
    this.flushing = this.flushing.catch(() => undefined).then(async () => {
      const start = this.currentWindow();
      const batch = [...this.pending].filter(([, hits]) => hits !== 0);
      if (batch.length === 0) return;
      this.pending.clear();
      try {
        const totals = await addHits(this.db, new Date(start), batch);
        if (this.window === start) for (const [key, hits] of totals) this.shared.set(key, hits);
      } catch (err) {
        for (const [key, hits] of batch) this.pending.set(key, (this.pending.get(key) ?? 0) + hits);
        throw err;
      }
      void deleteWindowsBefore(this.db, new Date(start)).catch(() => undefined);
    });
    return this.flushing;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const full = this.prefix + key;
    const start = this.currentWindow();
    this.pending.set(full, (this.pending.get(full) ?? 0) + 1);
    if (this.info(full, start).totalHits >= this.limit * WRITE_THROUGH_AT) await this.flush();
    return this.info(full, start);
  }

  async decrement(key: string): Promise<void> {
    const full = this.prefix + key;
    this.currentWindow();
    this.pending.set(full, (this.pending.get(full) ?? 0) - 1);
  }

  async resetKey(key: string): Promise<void> {
    const full = this.prefix + key;
    this.pending.delete(full);
    this.shared.delete(full);
    await deleteHitsOfKey(this.db, full);
  }

  shutdown(): void {
    clearInterval(this.timer);
  }
}
