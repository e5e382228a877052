import type { ClientRateLimitInfo, Options, Store } from "express-rate-limit";
import type { Db } from "../../db/db.js";
import { decrementHits, deleteHitsOfKey, deleteWindowsBefore, incrementHits } from "../../db/rate-limit.repository.js";

/**
 * Hit counters in PostgreSQL, so every API process behind a load balancer enforces one shared
 * limit. Fixed windows: one upsert per request, and old windows are pruned once per window.
 */
export class PostgresRateLimitStore implements Store {
  readonly localKeys = false;
  readonly prefix = "public:";
  private windowMs = 60_000;
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private windowStart(): Date {
    const t = this.now().getTime();
    return new Date(t - (t % this.windowMs));
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const start = this.windowStart();
    const totalHits = await incrementHits(this.db, this.prefix + key, start);
    if (start.getTime() - this.lastPrune >= this.windowMs) {
      this.lastPrune = start.getTime();
      void deleteWindowsBefore(this.db, start).catch(() => undefined);
    }
    return { totalHits, resetTime: new Date(start.getTime() + this.windowMs) };
  }

  async decrement(key: string): Promise<void> {
    await decrementHits(this.db, this.prefix + key, this.windowStart());
  }

  async resetKey(key: string): Promise<void> {
    await deleteHitsOfKey(this.db, this.prefix + key);
  }
}
