import type { Index, Meilisearch, Settings } from "meilisearch";
import { waitForTask } from "./tasks.js";

/**
 * One Meilisearch index as code: its name under a prefix, its settings and the type of its documents.
 * Every index is declared, created (with an explicit primary key: `id` and `organizationId` both look
 * like keys) and set up the same way, and its writes are waited for with the task helpers.
 */
export type SearchIndex<D extends { id: string }> = {
  /** The index's uid under a deployment's prefix. */
  uid(prefix: string): string;
  /** The settings applied on first use, on every rebuild, and checked by tests. */
  settings(): Settings;
  /** The typed handle of the index `uid` (the live one, or a rebuild's fresh one). */
  of(meili: Meilisearch, uid: string): Index<D>;
  /** Creates the index and applies the settings, once per client and uid; `force` applies them again. */
  ensure(meili: Meilisearch, uid: string, opts?: { force?: boolean }): Promise<void>;
  /** Forgets that `uid` was set up (after a swap, a delete or finding it gone): the next ensure redoes it. */
  forget(meili: Meilisearch, uid: string): void;
};

export function declareIndex<D extends { id: string }>(declaration: { name: string; settings: () => Settings }): SearchIndex<D> {
  // A failed set-up is forgotten so the next call retries; concurrent first uses share one set-up.
  const prepared = new WeakMap<Meilisearch, Map<string, Promise<void>>>();
  const preparedOf = (meili: Meilisearch) => {
    let map = prepared.get(meili);
    if (!map) prepared.set(meili, (map = new Map()));
    return map;
  };
  return {
    uid: (prefix) => `${prefix}${declaration.name}`,
    settings: declaration.settings,
    of: (meili, uid) => meili.index<D>(uid),
    ensure(meili, uid, opts = {}) {
      const map = preparedOf(meili);
      const done = map.get(uid);
      if (done && !opts.force) return done;
      const pending = (async () => {
        // Creating and tolerating "already exists" avoids a 404 per start in Meilisearch's log.
        await waitForTask(meili.createIndex(uid, { primaryKey: "id" }), { tolerate: ["index_already_exists"] });
        await waitForTask(meili.index<D>(uid).updateSettings(declaration.settings()));
      })();
      map.set(uid, pending);
      pending.catch(() => {
        if (map.get(uid) === pending) map.delete(uid);
      });
      return pending;
    },
    forget(meili, uid) {
      preparedOf(meili).delete(uid);
    },
  };
}
