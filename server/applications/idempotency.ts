import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import type { Db } from "../../db/db.js";
import { claimIdempotencyKey, completeIdempotencyKey, deleteExpiredIdempotencyKeys } from "../../db/idempotency.repository.js";
import { Conflict, Unprocessable } from "../errors.js";

/** How long a key is remembered; the IETF draft leaves it to the server and asks to document it. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

/** What the action produced: a new resource (`created`) or the one that already existed. */
export type StoredResponse<B> = { created: boolean; body: B };

/** JSON with object keys sorted, so equal bodies give equal bytes whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest();

// The stored response can hold a candidate token, which must not sit at rest in the clear. It is
// encrypted under a key derived from the idempotency key and the request body: only a replay of the
// same request can rebuild the key, and the database holds nothing that decrypts it.
function seal(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64")).join(".");
}

function open(sealed: string, key: Buffer): string {
  const [iv, tag, data] = sealed.split(".").map((part) => Buffer.from(part, "base64"));
  const decipher = createDecipheriv("aes-256-gcm", key, iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString("utf8");
}

/**
 * Runs `action` at most once per (scope, key), per the IETF Idempotency-Key draft: the same key with
 * the same body replays the stored response; with a different body it is a 422. The claim, the
 * action and the stored response share one transaction, so a failed action leaves the key unused.
 */
export async function withIdempotencyKey<B>(
  db: Db,
  req: { scope: string; key: string; body: unknown; now: Date },
  action: (trx: Kysely<Database>) => Promise<StoredResponse<B> & { candidateId: string }>,
): Promise<StoredResponse<B> & { replayed: boolean }> {
  const canonical = canonicalJson(req.body);
  const fingerprint = sha256(`fingerprint\u0000${req.scope}\u0000${canonical}`).toString("hex");
  const secret = sha256(`response-key\u0000${req.scope}\u0000${req.key}\u0000${canonical}`);
  const expiredBefore = new Date(req.now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
  await deleteExpiredIdempotencyKeys(db, expiredBefore);
  return db.transaction().execute(async (trx) => {
    const claim = await claimIdempotencyKey(trx, {
      scope: req.scope,
      key: req.key,
      fingerprint,
      now: req.now,
      expiredBefore,
    });
    if (!claim.claimed) {
      if (claim.existing.fingerprint !== fingerprint) {
        throw new Unprocessable("this Idempotency-Key was already used with a different request body", {
          errors: [{ path: "Idempotency-Key", message: "reused with a different body" }],
        }, "idempotency-key-reused");
      }
      if (claim.existing.created === null || claim.existing.response === null) throw new Conflict("a request with this Idempotency-Key is still in progress", {}, "idempotency-key-in-progress");
      return { created: claim.existing.created, body: JSON.parse(open(claim.existing.response, secret)) as B, replayed: true };
    }
    const result = await action(trx);
    await completeIdempotencyKey(trx, {
      scope: req.scope,
      key: req.key,
      created: result.created,
      response: seal(JSON.stringify(result.body), secret),
      candidateId: result.candidateId,
    });
    return { created: result.created, body: result.body, replayed: false };
  });
}
