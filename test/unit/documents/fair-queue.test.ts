import { describe, expect, it } from "vitest";
import { FairQueue } from "../../../server/documents/decode/fair-queue.js";

const order = (queue: FairQueue<string>, n: number) =>
  Array.from({ length: n }, () => {
    const next = queue.shift()!;
    queue.done(next.client);
    return next.item;
  });

describe("FairQueue", () => {
  it("starts a waiting client's first item before a bursting client's second", () => {
    const queue = new FairQueue<string>({ perClient: 10, maxWaiting: 100 });
    for (const item of ["a1", "a2", "a3", "a4"]) queue.push("a", item);
    queue.push("b", "b1");
    expect(order(queue, 5)).toEqual(["a1", "b1", "a2", "a3", "a4"]);
  });

  it("takes turns between clients that both send bursts, each in its own order", () => {
    const queue = new FairQueue<string>({ perClient: 10, maxWaiting: 100 });
    for (const item of ["a1", "a2", "a3"]) queue.push("a", item);
    for (const item of ["b1", "b2", "b3"]) queue.push("b", item);
    queue.push("c", "c1");
    expect(order(queue, 7)).toEqual(["a1", "b1", "c1", "a2", "b2", "a3", "b3"]);
  });

  it("puts a newcomer ahead of a client that was just served", () => {
    const queue = new FairQueue<string>({ perClient: 10, maxWaiting: 100 });
    for (const item of ["a1", "a2", "a3"]) queue.push("a", item);
    const first = queue.shift()!;
    expect(first.item).toBe("a1");
    queue.push("b", "b1");
    expect(queue.shift()!.item).toBe("b1");
    queue.done(first.client);
  });

  it("counts a client's running items against its limit until they are done", () => {
    const queue = new FairQueue<string>({ perClient: 2, maxWaiting: 100 });
    queue.push("a", "a1");
    queue.push("a", "a2");
    expect(queue.admission("a")).toBe("client_full");
    expect(queue.admission("b")).toBe("admitted");
    const running = queue.shift()!;
    expect(queue.admission("a")).toBe("client_full");
    queue.done(running.client);
    expect(queue.admission("a")).toBe("admitted");
    expect(queue.heldBy("a")).toBe(1);
  });

  it("refuses any client once the shared waiting room is full, running items aside", () => {
    const queue = new FairQueue<string>({ perClient: 10, maxWaiting: 2 });
    queue.push("a", "a1");
    queue.shift();
    queue.push("a", "a2");
    queue.push("b", "b1");
    expect(queue.waiting).toBe(2);
    expect(queue.admission("c")).toBe("queue_full");
  });

  it("hands back everything still waiting when drained", () => {
    const queue = new FairQueue<string>({ perClient: 10, maxWaiting: 10 });
    queue.push("a", "a1");
    queue.push("b", "b1");
    expect(queue.drain().map((w) => w.item).sort()).toEqual(["a1", "b1"]);
    expect(queue.waiting).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });

  it("removes a waiting item whose client left, giving back its share and its place", () => {
    const queue = new FairQueue<string>({ perClient: 2, maxWaiting: 3 });
    queue.push("a", "a1");
    queue.push("a", "a2");
    expect(queue.admission("a")).toBe("client_full");
    expect(queue.remove("a", "a1")).toBe(true);
    expect(queue.waiting).toBe(1);
    expect(queue.heldBy("a")).toBe(1);
    expect(queue.admission("a")).toBe("admitted");
    expect(order(queue, 1)).toEqual(["a2"]);
  });

  it("does not remove an item that already started or was never queued", () => {
    const queue = new FairQueue<string>({ perClient: 2, maxWaiting: 3 });
    queue.push("a", "a1");
    expect(queue.shift()!.item).toBe("a1");
    expect(queue.remove("a", "a1")).toBe(false);
    expect(queue.remove("b", "b1")).toBe(false);
    expect(queue.heldBy("a")).toBe(1);
  });
});
