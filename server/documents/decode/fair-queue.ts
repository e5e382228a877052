/**
 * Admission and order for work that many clients share: each client may hold at most `perClient`
 * items (running or waiting), at most `maxWaiting` items wait in all, and the next item to start
 * is the oldest waiting one of the client served least recently. A client that sends a burst
 * therefore waits behind its own burst, never in front of a client that sends one document.
 */
export type FairQueueLimits = { perClient: number; maxWaiting: number };
export type Admission = "admitted" | "client_full" | "queue_full";

type ClientState<T> = { waiting: T[]; held: number; lastServed: number; arrival: number };

export class FairQueue<T> {
  private readonly clients = new Map<string, ClientState<T>>();
  private waitingCount = 0;
  private tick = 0;

  constructor(private readonly limits: FairQueueLimits) {}

  /** Waiting items, all clients together. */
  get waiting(): number {
    return this.waitingCount;
  }

  /** Items one client holds now, running or waiting. */
  heldBy(client: string): number {
    return this.clients.get(client)?.held ?? 0;
  }

  /** Can `client` add one more item? Says which limit stops it otherwise. */
  admission(client: string): Admission {
    if (this.heldBy(client) >= this.limits.perClient) return "client_full";
    if (this.waitingCount >= this.limits.maxWaiting) return "queue_full";
    return "admitted";
  }

  /** Adds a waiting item; call admission() first. */
  push(client: string, item: T): void {
    let state = this.clients.get(client);
    if (!state) {
      state = { waiting: [], held: 0, lastServed: 0, arrival: ++this.tick };
      this.clients.set(client, state);
    }
    state.waiting.push(item);
    state.held++;
    this.waitingCount++;
  }

  /** Takes the next item to start: the least recently served client's oldest; it stays held until done(). */
  shift(): { client: string; item: T } | undefined {
    let best: [string, ClientState<T>] | undefined;
    for (const entry of this.clients) {
      const s = entry[1];
      if (s.waiting.length === 0) continue;
      if (!best || s.lastServed < best[1].lastServed || (s.lastServed === best[1].lastServed && s.arrival < best[1].arrival)) best = entry;
    }
    if (!best) return undefined;
    const [client, state] = best;
    state.lastServed = ++this.tick;
    this.waitingCount--;
    return { client, item: state.waiting.shift()! };
  }

  /** A started item finished (or failed): the client holds one fewer. */
  done(client: string): void {
    const state = this.clients.get(client);
    if (!state) return;
    state.held--;
    if (state.held <= 0 && state.waiting.length === 0) this.clients.delete(client);
  }

  /** Removes one waiting item (its client went away); false when it already started or was never queued. */
  remove(client: string, item: T): boolean {
    const state = this.clients.get(client);
    const at = state ? state.waiting.indexOf(item) : -1;
    if (!state || at < 0) return false;
    state.waiting.splice(at, 1);
    this.waitingCount--;
    this.done(client);
    return true;
  }

  /** Everything still waiting, removed (for shutdown). */
  drain(): { client: string; item: T }[] {
    const all = [...this.clients].flatMap(([client, s]) => s.waiting.map((item) => ({ client, item })));
    this.clients.clear();
    this.waitingCount = 0;
    return all;
  }
}
