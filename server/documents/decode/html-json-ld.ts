import type { DocumentLine } from "../line.js";

// schema.org JobPosting text fields, in the order a posting reads; description and the like are HTML.
const TEXT_FIELDS = ["description", "responsibilities", "qualifications", "skills", "experienceRequirements", "educationRequirements"] as const;
const MAX_JSON_LD_CHARS = 1024 * 1024;

/**
 * The JobPosting objects in one JSON-LD block, each as lines: its title as a heading, then its HTML
 * text fields read as HTML. Pages rendered by script often carry the posting only here.
 */
export function jobPostingLines(json: string, htmlToLines: (html: string) => DocumentLine[]): { title: string | null; facts: DocumentLine[]; lines: DocumentLine[] }[] {
  if (json.length > MAX_JSON_LD_CHARS) return [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  return postingsIn(data).map((posting) => {
    const title = typeof posting.title === "string" && posting.title.trim() !== "" ? posting.title.trim() : null;
    const facts = factLines(posting);
    const lines: DocumentLine[] = title ? [{ text: title, page: 1, indent: 0, heading: 1 }, ...facts] : [...facts];
    for (const field of TEXT_FIELDS) {
      const value = posting[field];
      if (typeof value === "string") lines.push(...htmlToLines(value));
    }
    return { title, facts, lines };
  });
}

const employmentTypes: Record<string, string> = {
  FULL_TIME: "Full-time", PART_TIME: "Part-time", CONTRACTOR: "Contract", TEMPORARY: "Temporary", INTERN: "Internship",
};
const periods: Record<string, string> = { HOUR: "per hour", DAY: "per day", MONTH: "per month", YEAR: "per year" };
const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const figure = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : typeof v === "string" && /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : null);

/**
 * What a JobPosting states as data and a page may never print: its pay, place and work type, as the label lines a
 * posting's reader knows ("Salary: CNY 20000 - 30000 per month", "Location: 深圳", "Job type: Full-time").
 */
function factLines(posting: Record<string, unknown>): DocumentLine[] {
  const out: string[] = [];
  const pay = posting.baseSalary as Record<string, unknown> | undefined;
  const value = (pay && typeof pay === "object" ? pay.value : undefined) as Record<string, unknown> | number | undefined;
  const currency = text(pay?.currency);
  const quantity = typeof value === "object" && value !== null ? value : { value };
  const min = figure(quantity.minValue) ?? figure(quantity.value);
  const max = figure(quantity.maxValue) ?? min;
  const period = periods[String(quantity.unitText ?? "").toUpperCase()];
  if (currency && /^[A-Z]{3}$/.test(currency) && min !== null && max !== null && max >= min && period) out.push(`Salary: ${currency} ${min} - ${max} ${period}`);
  const place = [posting.jobLocation].flat()[0] as Record<string, unknown> | undefined;
  const address = (place && typeof place === "object" ? place.address : undefined) as Record<string, unknown> | string | undefined;
  const locality = typeof address === "string" ? text(address) : text(address?.addressLocality) ?? text(address?.addressRegion);
  if (locality) out.push(`Location: ${locality}`);
  const types = [posting.employmentType].flat().map((t) => employmentTypes[String(t).toUpperCase()]).filter(Boolean);
  if (types.length > 0) out.push(`Job type: ${types[0]}`);
  if (String(posting.jobLocationType ?? "").toUpperCase() === "TELECOMMUTE") out.push("Workplace: Remote");
  return out.map((t) => ({ text: t, page: 1, indent: 0 }));
}

function postingsIn(data: unknown): Record<string, unknown>[] {
  const nodes = Array.isArray(data) ? data : typeof data === "object" && data !== null ? [data, ...asArray((data as Record<string, unknown>)["@graph"])] : [];
  return nodes.filter((n): n is Record<string, unknown> => typeof n === "object" && n !== null && [n["@type"]].flat().includes("JobPosting"));
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
