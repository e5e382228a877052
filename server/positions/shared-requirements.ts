import type { Position, Requirements } from "./position.schema.js";
import { cleanLines, type CleanText } from "./clean.js";
import { extractRequirements } from "./extract.js";
import { numberingPrefix } from "./headings.js";
import { sharedRequirementLead } from "./data/requirements.js";
import { foldKey } from "../text/fold.js";

/** The text and folded key of what a document states for every one of its posts. */
type Shared = { text: string; key: string };

/** A line that opens a new block: a Markdown heading, a numbered or bracketed post line, a label alone. */
const blockStart = /^\s*(?:#{1,6}\s|[【\[]|[一二三四五六七八九十]{1,3}\s*[、.]|[（(][一二三四五六七八九十\d]{1,2}[)）])|[:：]\s*$/;
/** An item of the list under a shared heading: numbered, bulleted, or a short line. */
const item = /^\s*(?:\d{1,2}\s*[、.)]|[-•·*▪●○◆■]\s*|[①-⑳])/;

/**
 * Lines that state a requirement for every post of the document: "全部職位都要識講廣東話", "以上岗位均要求：英语六级以上",
 * "All roles require a full driving licence", or a heading for them ("共同條件：", "Requirements for all roles:") over its list.
 */
export function sharedRequirements(clean: CleanText): Shared[] {
  const lines = cleanLines(clean);
  const found: Shared[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const body = line.key.replace(numberingPrefix, "").replace(/[*_]{1,2}/g, "").trim();
    const lead = sharedRequirementLead.exec(body);
    if (!lead) continue;
    const at = line.key.indexOf(body.slice(lead[0].length).trim() || "\u0000");
    const own = at >= 0 && body.length > lead[0].length ? { text: line.text.slice(at), key: line.key.slice(at) } : null;
    if (own && own.key.trim().length >= 2) found.push(own);
    if (own && !/[:：]\s*$/.test(body)) continue;
    // A heading alone ("共同條件：", "Requirements for all roles:"): the items under it, up to a blank line or the next block.
    // A Markdown heading ("## Shared for both roles") holds what stands under it up to the next heading or rule, blank lines
    // between its parts; a table's rows there (Reports to, Location) are the posting's facts, not asks.
    const markdown = /^\s*#{1,6}\s/.test(line.key);
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (markdown) {
        if (/^\s*(?:#{1,6}\s|(?:-{3,}|\*{3,}|_{3,})\s*$)/.test(next.key)) break;
        if (!/^\s*\||\t/.test(next.key)) found.push({ text: next.text, key: next.key });
        i = j;
        continue;
      }
      if (next.start > lines[j - 1]!.end + 1 || (blockStart.test(next.key) && !item.test(next.key))) break;
      found.push({ text: next.text, key: next.key });
      i = j;
    }
  }
  return found;
}

const same = (a: { name: string }, b: { name: string }) => foldKey(a.name).toLowerCase() === foldKey(b.name).toLowerCase();
const union = <T extends { name: string }>(own: T[], more: readonly T[]) => [...own, ...more.filter((m) => !own.some((o) => same(o, m)))];

/** What the shared lines require, read as one requirements section. */
function sharedReading(shared: readonly Shared[]): Requirements {
  return extractRequirements(shared.map((s) => `- ${s.text.trim()}`).join("\n"), shared.map((s) => `- ${s.key.trim()}`).join("\n"));
}

/** Every position with the shared requirements added: what its own text states stands, what it does not state is taken. */
export function withSharedRequirements(positions: Position[], clean: CleanText): Position[] {
  const shared = sharedRequirements(clean);
  if (shared.length === 0 || positions.length === 0) return positions;
  const more = sharedReading(shared);
  return positions.map((p) => {
    const r = structuredClone(p.requirements);
    if (r.education.minLevel === null) r.education.minLevel = more.education.minLevel;
    if (r.education.majors.length === 0 && more.education.majors.length > 0) Object.assign(r.education, { majors: more.education.majors, majorsRequired: more.education.majorsRequired });
    if (r.experience.minYears === null && more.experience.minYears !== null) Object.assign(r.experience, { minYears: more.experience.minYears, maxYears: more.experience.maxYears });
    r.skills = union(r.skills, more.skills);
    r.languages = union(r.languages, more.languages);
    r.certifications = union(r.certifications, more.certifications);
    return { ...p, requirements: r };
  });
}
