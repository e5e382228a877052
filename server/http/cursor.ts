import { createHash } from "node:crypto";
import { z } from "zod";
import { HttpProblem } from "./problem.js";

/**
 * Opaque page cursors: base64url JSON of the list they belong to (a short hash of the vacancy and
 * filters), the page number they open and the sort key of the last row shown. Nothing in them is
 * secret or trusted: a forged key only moves the start within the caller's own list, so the cursor
 * is validated for shape and list, not signed.
 */
export type Cursor<K> = { list: string; page: number; key: K };

const maxCursorLength = 1000;

/** The list a cursor walks: the same path and filters give the same id. */
export function listId(...parts: unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 16);
}

export function encodeCursor<K>(cursor: Cursor<K>): string {
  return Buffer.from(JSON.stringify({ l: cursor.list, p: cursor.page, k: cursor.key })).toString("base64url");
}

const notOurs = "not a cursor from this list's nextCursor; pass it back unchanged";

/** The `cursor` query parameter: decodes to { list, page, key } with the key checked by `key`. */
export function cursorParam<K extends z.ZodType>(key: K) {
  const body = z.strictObject({ l: z.string().max(64), p: z.number().int().min(2).max(1_000_000), k: key });
  return z
    .string()
    .max(maxCursorLength)
    .transform((text, ctx): Cursor<z.output<K>> => {
      let decoded: unknown;
      try {
        if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error("not base64url");
        decoded = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
      } catch {
        decoded = undefined;
      }
      const parsed = body.safeParse(decoded);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: notOurs });
        return z.NEVER;
      }
      const data = parsed.data as { l: string; p: number; k: z.output<K> };
      return { list: data.l, page: data.p, key: data.k };
    })
    .meta({ description: "Opaque: the previous page's nextCursor, for the page after it. Cheap at any depth, unlike `page`; not with `page`." });
}

/** Refuses a cursor issued for another list (another vacancy, organization or set of filters). */
export function cursorFor<K>(cursor: Cursor<K> | undefined, list: string): Cursor<K> | undefined {
  if (cursor && cursor.list !== list) {
    throw new HttpProblem(400, "Bad Request", "invalid query", [{ path: "query.cursor", message: "this cursor belongs to another list (vacancy or filters); start again from page 1" }]);
  }
  return cursor;
}

/** A service's page with the key of its last row (null on the last page) as the response's nextCursor. */
export function withNextCursor<T extends { page: number; nextKey: unknown }>(result: T, list: string): Omit<T, "nextKey"> & { nextCursor: string | null } {
  const { nextKey, ...rest } = result;
  return { ...rest, nextCursor: nextKey === null ? null : encodeCursor({ list, page: result.page + 1, key: nextKey }) };
}
