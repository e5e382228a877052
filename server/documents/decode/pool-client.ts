import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Who a document is read for, so the pool can share its threads fairly. The HTTP edge names the
 * client (an organization, a candidate, a public address) around the request's work; the services
 * in between need not carry it. Work outside a request (demo seeding, scripts, tests) is the
 * process's own: LOCAL_CLIENT, which waits its turn like any client but is never refused.
 */
export const LOCAL_CLIENT = "local";

const clients = new AsyncLocalStorage<string>();

export function withDocumentClient<T>(client: string, work: () => T): T {
  return clients.run(client, work);
}

export function currentDocumentClient(): string {
  return clients.getStore() ?? LOCAL_CLIENT;
}
