import type { Db } from "../../db/db.js";
import { findActiveApiKeyByLookup } from "../../db/api-key.repository.js";
import type { Principal } from "./principal.js";
import { parseToken, safeEqual, secretMatches } from "./tokens.js";

export type CandidateTokenResolver = (lookup: string, secret: string) => Promise<Principal | null>;

/** Resolves a bearer token to a principal, or null when it is unknown, revoked or malformed. */
export function createAuthenticator(deps: { db: Db; adminToken: string; resolveCandidateToken?: CandidateTokenResolver }) {
  return async function authenticate(token: string): Promise<Principal | null> {
    if (safeEqual(token, deps.adminToken)) return { kind: "admin" };
    const parsed = parseToken(token);
    if (!parsed) return null;
    if (parsed.kind === "rk") {
      const key = await findActiveApiKeyByLookup(deps.db, parsed.lookup);
      if (!key || !secretMatches(parsed.secret, key.secretHash)) return null;
      return { kind: "recruiter", organizationId: key.organizationId, organizationSlug: key.organizationSlug };
    }
    return deps.resolveCandidateToken ? deps.resolveCandidateToken(parsed.lookup, parsed.secret) : null;
  };
}
export type Authenticator = ReturnType<typeof createAuthenticator>;
