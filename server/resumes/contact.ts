import { compoundSurnames, surnames } from "./data/surnames.js";
import { knownPlaces, placeShape, regions } from "./data/places.js";
import { documentTitles } from "./data/sections.js";
import { jobSites } from "./data/line-vocabulary.js";
import { foldLine, labelKey } from "./keys.js";
import { splitParts, type ResumeLine } from "./lines.js";

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
// Digits with the spacing people write: "+86 186-0211-3344", "(206) 555-0147", "+852 9123 4567", "0912-345-678".
const phoneRun = /(?:\+|00)?\(?\d[\d\s\-()]{6,20}\d/g;

/** The first email address in the text. */
export function findEmail(text: string): string | null {
  return emailPattern.exec(text)?.[0] ?? null;
}

/** Whether a digit string is a phone number of mainland China, Hong Kong, Taiwan, or elsewhere in E.164. */
function isPhone(run: string): boolean {
  const digits = run.replace(/\D/g, "");
  // "(852) 6123 4567": a Hong Kong, Macau, Taiwan or mainland country code in brackets, without its plus.
  const international = /^\s*(?:\+|00)/.test(run) || /^\s*\(\s*(?:852|853|886|86)\s*\)/.test(run);
  if (international) return digits.length >= 8 && digits.length <= 15;
  return /^1[3-9]\d{9}$/.test(digits) || /^09\d{8}$/.test(digits) || /^0\d{9,11}$/.test(digits) || (/^\(?\d{3}\)?[\s-]\d{3}-\d{4}$/.test(run.trim())) || /^[2-9]\d{7}$/.test(digits) && /\s/.test(run);
}

/** The first phone number in the text, as written (spacing collapsed). */
export function findPhone(text: string): string | null {
  for (const m of text.matchAll(phoneRun)) {
    const run = m[0].trim();
    // Date ranges and years are digit runs too ("2019-07~2021-03"); a phone has no 19xx-xx shape.
    if (/(?:19|20)\d{2}\s*[-/]\s*\d{1,2}(?!\d)/.test(run) && !/^\+/.test(run)) continue;
    if (isPhone(run)) return run.replace(/\s+/g, " ");
    // "Oakland, CA 94612 | 510-555-0133": a run may begin with the digits before it (a ZIP code); the phone is a tail.
    for (const gap of run.matchAll(/\s+/g)) {
      const tail = run.slice(gap.index + gap[0].length);
      if (tail.replace(/\D/g, "").length >= 7 && isPhone(tail)) return tail.replace(/\s+/g, " ");
    }
  }
  return null;
}

const hanName = /^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]{1,3}·[\u3400-\u9fff]{1,8}$/;
// Latin letters of any language ("Aleksandra Petrović", "Zoë Müller", "Łukasz Kowalski"), never Han (\p{Lo}).
const latinName = /^(?:\p{Lu}[\p{Ll}\p{Lu}\p{M}'’-]*\.?|\p{Lu}\.)(?: (?:\p{Lu}[\p{Ll}\p{Lu}\p{M}'’-]*\.?|\p{Lu}\.)){1,3}$/u;
const notNames = /resume|curriculum|vitae|profile|summary|experience|education|skills|contact|engineer|manager|developer|analyst|designer|accountant|consultant|director|objective|university|college|limited|inc\b|ltd|linkedin/i;

function startsWithSurname(name: string): boolean {
  const folded = foldLine(name);
  return compoundSurnames.some((s) => folded.startsWith(s)) || surnames.includes(folded[0]!);
}

/** Whether a header cell reads as a person's name: a surname and one to three characters, or two to four capitalized words. */
export function looksLikeName(cell: string): boolean {
  const text = nameOf(cell);
  if (documentTitles.test(labelKey(text)) || jobSites.includes(foldLine(text))) return false;
  if (hanName.test(text)) return startsWithSurname(text) && !/简历|履历|求职|信息|资料|经理|主管|工程师|专员|助理/.test(foldLine(text));
  const latin = text.replace(/\s+[\u3400-\u9fff]{2,4}$/, "");
  return latinName.test(latin) && !notNames.test(latin);
}

// "SARAH O'CONNOR, RN", "张三的简历": a name with a credential or a title after it.
const nameSuffix = /(?:的)?(?:个人)?(?:简历|履历)$|,\s*(?:RN|MBA|PhD|CPA|CFA|PE|MD|MSc|BSc|Esq\.?)$/;
const nameOf = (cell: string) => cell.trim().replace(nameSuffix, "").trim();

/**
 * The lines a header states its person in: its first `count` lines, and as many after a title of the document
 * ("RESUME", "个人简历") further down — a résumé pasted under an email's From/To/Subject lines and a cover note starts
 * again at its title.
 */
function headerWindow(header: readonly ResumeLine[], count: number): ResumeLine[] {
  const titles = header.flatMap((l, i) => (i >= count && (l.tag === "title" || documentTitles.test(labelKey(l.text)) || documentTitles.test(foldLine(l.text))) ? [i + 1] : []));
  const picked = new Set<number>();
  for (const start of [0, ...titles]) for (let i = start; i < Math.min(header.length, start + count); i++) picked.add(i);
  return [...picked].sort((a, b) => a - b).map((i) => header[i]!);
}

/**
 * A site's navigation bar printed with the page ("拉勾招聘 | 首页 | 职位 | 公司 | 消息 | 我的简历"): a row of four or more
 * cells, three of them short plain words. Its words are never the candidate's name.
 */
function menuLine(line: ResumeLine): boolean {
  return line.cells.length >= 4 && line.cells.filter((c) => /^[\p{L} ]{1,8}$/u.test(c.trim()) && !looksLikeName(c)).length >= 3;
}

/**
 * The name in the first lines of the header, if one reads as a name: the first, unless a later one is set in a larger
 * font (a PDF's sidebar may put "Financial Modeling" before the 24-point "Daniela Chen").
 */
export function findHeaderName(header: readonly ResumeLine[]): string | null {
  let found: { name: string; size: number } | null = null;
  for (const line of headerWindow(header, 6)) {
    if (menuLine(line)) continue;
    const part = [line.text, ...line.cells, ...splitParts(line.text)].find(looksLikeName);
    if (part === undefined) continue;
    const size = line.layout.fontSize ?? 0;
    if (found === null || size > found.size) found = { name: nameOf(part), size };
  }
  return found?.name ?? null;
}

// Postal codes written after the city: the UK's (LS2 9JT, SW1A 1AA), Canada's (M5V 2T6), and plain digits
// (Singapore 520218, 5- and 6-digit codes; four digits after a word are as often a year).
const postcodeAfter = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{5,6})$/u;

/**
 * An address's second line, its postal code first: "20144 Milano, Italy", "80331 München", "30-001 Kraków", "1012 AB
 * Amsterdam", "114 55 Stockholm", "CH-8001 Zürich (Switzerland)" → the city, and the country after it if any. Four
 * digits alone before a word are as often a year ("2019 Berlin"), so they need the country after the city.
 */
const postcodeFirst =
  /^((?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4}\s?[A-Z]{2}|\d{3}\s\d{2}|\d{4,5}))\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?:\s*[,(]\s*(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*)\)?)?$/u;

/**
 * The city of a postal address written on one line, by where its postal code stands: before the city in most of
 * Europe ("ul. Długa 12/4, 30-001 Kraków (Poland)", "Hauptstraße 5, 8001 Zürich"), after it in the UK, Canada and
 * Singapore ("School of Civil Engineering, University of Leeds, Leeds LS2 9JT, UK", "Blk 218 Tampines Street 21,
 * #08-1234, Singapore 520218") — there in the address's last part, or the one before a country.
 */
function addressCity(text: string): string | null {
  const before = /,\s*(?:\d{2}-\d{3}|\d{4,5})\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)/u.exec(text)?.[1];
  if (before) return before;
  const opening = postcodeFirst.exec(text);
  if (opening && (!/^\d{4}$/.test(opening[1]!) || (opening[3] !== undefined && regions.has(foldLine(opening[3]))))) return opening[2]!;
  const parts = text.split(/\s*,\s*/);
  if (parts.length < 2) return null;
  const last = parts.at(-1)!;
  const own = regions.has(foldLine(last)) ? parts.at(-2)! : last;
  return postcodeAfter.exec(own)?.[1] ?? null;
}

/**
 * Where the candidate lives, from the header: a cell naming a known place or shaped "City, Region",
 * or the one plain-word cell left on a contact line beside the email and phone ("… | +82 10 … | Seoul").
 */
export function findHeaderPlace(header: readonly ResumeLine[]): string | null {
  for (const line of headerWindow(header, 8)) {
    const cells = line.cells.flatMap((c) => c.split(/\s*[|｜•·]\s*/)).map((c) => c.trim()).filter(Boolean);
    for (const text of cells) {
      if (/@/.test(text) || looksLikeName(text)) continue;
      const city = addressCity(text);
      if (city) return city;
      if (text.length > 40) continue;
      if (placeShape.test(text) || knownPlaces.includes(foldLine(text))) return text;
    }
    const isContactLine = cells.some((c) => findEmail(c) !== null || findPhone(c) !== null);
    const rest = cells.filter((c) => findEmail(c) === null && findPhone(c) === null && !/\d|\/|www\.|\.com|linkedin|github/i.test(c) && !looksLikeName(c));
    if (isContactLine && rest.length === 1 && /^[A-Za-z\u3400-\u9fff][A-Za-z\u3400-\u9fff ,.'-]{1,29}$/.test(rest[0]!)) return rest[0]!;
  }
  return null;
}
