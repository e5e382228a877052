import { cleanLines, type CleanText } from "./clean.js";
import { numberingPrefix } from "./headings.js";
import { isPositionName, normalizeTitle, type TitleText } from "./title.js";
import { openingOrganization } from "./data/headings.js";
import { listingHeadingPattern } from "./data/sections.js";

/** One line of a list of openings: the post it names, and the line's stretch. */
export type Opening = { title: TitleText; start: number; end: number };

/** What parts a post from who or where it is worked in a list line: a spaced dash, a bar, "@", "at". */
const opening = /^(.{2,60}?)(?:\s+[—–-]\s+|\s*[|｜]\s*|\s+@\s*|\s+at\s+)(.{2,60})$/;

/** Who or where: an organization's name (its marks, or two or more capitalized words), a Chinese name ending in an organization's mark. */
function whoOrWhere(text: string, key: string): boolean {
  if (/[。；;！!？?:：]|[.]$/.test(key.replace(/\b(?:inc|ltd|co|corp|llc|plc|pte|bhd)\.$/i, "")) || isPositionName(key, "strict")) return false;
  if (openingOrganization.test(key)) return true;
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^(?:[A-Z0-9&][\w&.'’-]*|of|and|the|de)$/.test(w));
}

function openingAt(clean: CleanText, start: number, end: number): Opening | null {
  const key = clean.key.slice(start, end);
  const num = numberingPrefix.exec(key)![0].length;
  const m = opening.exec(key.slice(num).replace(/\*\*|__/g, (s) => " ".repeat(s.length)).trimEnd());
  if (!m) return null;
  const at = start + num + (m[0].length - m[0].trimStart().length);
  const left = normalizeTitle({ text: clean.text.slice(at, at + m[1]!.trim().length), key: clean.key.slice(at, at + m[1]!.trim().length) });
  const rightAt = start + num + m[0].lastIndexOf(m[2]!);
  if (!isPositionName(left.key, "strict") || !whoOrWhere(clean.text.slice(rightAt, rightAt + m[2]!.length), m[2]!)) return null;
  return { title: left, start, end };
}

/**
 * "Data Engineer — Northwind Analytics" / "Product Designer — Contoso Health", "- 算法工程师 | 星河科技有限公司": two or more lines in a
 * row, each a post and who (or where) it is for, list openings; each line is a post, the organization no part of its name.
 */
export function openingLists(clean: CleanText): Opening[][] {
  const lists: Opening[][] = [];
  let run: Opening[] = [];
  // "Similar Jobs 相似職位": under a page's list of other openings the lines link to other posts.
  let listing = false;
  for (const line of cleanLines(clean)) {
    const o = line.key.trim() && !listing ? openingAt(clean, line.start, line.end) : null;
    if (o) run.push(o);
    else if (line.key.trim()) {
      if (run.length >= 2) lists.push(run);
      run = [];
      if (!listing || !openingAt(clean, line.start, line.end)) listing = listingHeading(line.key);
    }
  }
  if (run.length >= 2) lists.push(run);
  return lists;
}

/** A listing heading, in one language or both ("Similar Jobs 相似職位", "其他職缺 Other openings"). */
function listingHeading(key: string): boolean {
  const name = key.replace(numberingPrefix, "").replace(/[*_#:：]+/g, " ").trim();
  return [name, ...name.split(/(?<=[a-z])\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s+(?=[a-z])/)].some((part) => listingHeadingPattern.test(part.trim()));
}
