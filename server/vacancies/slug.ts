/**
 * A readable URL slug from a title in any script: ASCII words lower-cased and joined by hyphens, Han
 * characters kept as written (browsers show them; they are percent-encoded on the wire).
 */
export function slugify(title: string): string {
  const base = title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return base || "vacancy";
}

/** The first of base, base-2, base-3 … that is not taken. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
