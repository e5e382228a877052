import type { Request, RequestHandler, Response } from "express";
import type { Principal } from "../auth/principal.js";
import { withDocumentClient } from "../documents/index.js";

// Whose share of the document pool a request uses: a recruiter's organization, a candidate, or
// (public endpoints) the client address the rate limit counts by.
const clientKeys: Record<Principal["kind"], (p: Principal) => string> = {
  admin: () => "admin",
  recruiter: (p) => `org:${(p as Principal & { kind: "recruiter" }).organizationId}`,
  candidate: (p) => `candidate:${(p as Principal & { kind: "candidate" }).candidateId}`,
};

export function documentClientOf(req: Request, res: Response): string {
  const principal = res.locals.principal as Principal | undefined;
  return principal ? clientKeys[principal.kind](principal) : `ip:${req.ip ?? "unknown"}`;
}

/** Aborted when the connection closes before the response was sent: the client will not read it. */
export function disconnectSignal(res: Response): AbortSignal {
  const gone = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) gone.abort();
  });
  return gone.signal;
}

/** Runs the rest of the request (the route that reads the document) as this client's pool work, dropped if it disconnects. */
export const asDocumentClient: RequestHandler = (req, res, next) => withDocumentClient(documentClientOf(req, res), next, disconnectSignal(res));
