/** The message of a field whose text holds U+0000. */
export const NUL_MESSAGE = "must not contain a NUL character";

/**
 * The path to the first string (or key) of a request part that holds U+0000, or null when none does. PostgreSQL's
 * text and jsonb cannot store that character, and no name, slug or id has one: a request carrying it is refused at
 * the edge with the field named, instead of failing a query with a 500.
 */
export function nulPath(value: unknown): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? [] : null;
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\u0000")) return [key];
    const inner = nulPath(item);
    if (inner) return [key, ...inner];
  }
  return null;
}
