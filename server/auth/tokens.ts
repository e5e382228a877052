import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Bearer tokens look like `<kind>_<lookup>.<secret>`. The lookup finds the row; only a hash of the
 * secret is stored, and it is compared in constant time. Secrets are 256 random bits, so a fast
 * hash is enough (there is nothing to brute-force).
 */
export type TokenKind = "rk" | "ck";

export function generateToken(kind: TokenKind): { token: string; lookup: string; secretHash: string } {
  const lookup = randomBytes(9).toString("base64url");
  const secret = randomBytes(32).toString("base64url");
  return { token: `${kind}_${lookup}.${secret}`, lookup, secretHash: hashSecret(secret) };
}

export function parseToken(token: string): { kind: TokenKind; lookup: string; secret: string } | null {
  const match = /^(rk|ck)_([A-Za-z0-9_-]{12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  return { kind: match[1] as TokenKind, lookup: match[2]!, secret: match[3]! };
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Constant-time comparison of two strings of any length (hashing first equalizes lengths). */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash("sha256").update(a).digest(), createHash("sha256").update(b).digest());
}
