import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Who a document is read for, so the pool can share its threads fairly, and the signal that says the
 * client has gone away, so its waiting or running work is dropped. The HTTP edge names the client (an
 * organization, a candidate, a public address) around the request's work; the services in between
 * need not carry it. Work outside a request (demo seeding, scripts, tests) is the process's own:
 * LOCAL_CLIENT, which waits its turn like any client but is never refused.
 */
export const LOCAL_CLIENT = "local";

type DocumentWork = { client: string; signal?: AbortSignal };

const work = new AsyncLocalStorage<DocumentWork>();

export function withDocumentClient<T>(client: string, run: () => T, signal?: AbortSignal): T {
  return work.run({ client, signal }, run);
}

export function currentDocumentClient(): string {
  return work.getStore()?.client ?? LOCAL_CLIENT;
}

/** Aborted when the client that asked for the current work has disconnected; none outside a request. */
export function currentDocumentSignal(): AbortSignal | undefined {
  return work.getStore()?.signal;
}
