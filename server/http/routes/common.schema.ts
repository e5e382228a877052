import { z } from "zod";

export const Pagination = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const IdParams = z.strictObject({ id: z.uuid() });

export const paginated = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });

/**
 * Query fields of a list that pages by cursor as well as by number: `page` suits shallow pages (it
 * skips rows, so its cost grows with depth), `cursor` any depth. Add `noPageWithCursor` to the object.
 */
export const keysetPaginationShape = <C extends z.ZodType>(cursor: C) => ({
  page: z.coerce.number().int().min(1).max(10_000).optional().meta({ description: "1-based page number (default 1); for deep pages use cursor" }),
  pageSize: Pagination.shape.pageSize,
  cursor: cursor.optional(),
});

export const noPageWithCursor: [(query: { page?: number | undefined; cursor?: unknown }) => boolean, { error: string; path: string[] }] = [
  (query) => query.page === undefined || query.cursor === undefined,
  { error: "give page or cursor, not both (the cursor knows its page)", path: ["cursor"] },
];

export const keysetPaginated = <T extends z.ZodType>(item: T) =>
  paginated(item).extend({
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page" }),
  });
