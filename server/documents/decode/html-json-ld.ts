import type { DocumentLine } from "../line.js";

// schema.org JobPosting text fields, in the order a posting reads; description and the like are HTML.
const TEXT_FIELDS = ["description", "responsibilities", "qualifications", "skills", "experienceRequirements", "educationRequirements"] as const;
const MAX_JSON_LD_CHARS = 1024 * 1024;

/**
 * The JobPosting objects in one JSON-LD block, each as lines: its title as a heading, then its HTML
 * text fields read as HTML. Pages rendered by script often carry the posting only here.
 */
export function jobPostingLines(json: string, htmlToLines: (html: string) => DocumentLine[]): DocumentLine[][] {
  if (json.length > MAX_JSON_LD_CHARS) return [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  return postingsIn(data).map((posting) => {
    const lines: DocumentLine[] = [];
    if (typeof posting.title === "string" && posting.title.trim() !== "") lines.push({ text: posting.title.trim(), page: 1, indent: 0, heading: 1 });
    for (const field of TEXT_FIELDS) {
      const value = posting[field];
      if (typeof value === "string") lines.push(...htmlToLines(value));
    }
    return lines;
  });
}

function postingsIn(data: unknown): Record<string, unknown>[] {
  const nodes = Array.isArray(data) ? data : typeof data === "object" && data !== null ? [data, ...asArray((data as Record<string, unknown>)["@graph"])] : [];
  return nodes.filter((n): n is Record<string, unknown> => typeof n === "object" && n !== null && [n["@type"]].flat().includes("JobPosting"));
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
