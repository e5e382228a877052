import type { CleanText } from "./clean.js";
import type { PositionLineClass } from "./data/line-model.js";
import { readLabels } from "./labels.js";
import type { TaggedLine } from "./line-classes.js";
import { sentenceHeadings } from "./sentence-title.js";
import { isPositionName, normalizeTitle, type TitleText } from "./title.js";
import { numberingPrefix } from "./headings.js";
import { chineseHiringPattern as chineseHiring, otherDocumentKinds } from "./data/line-vocabulary.js";

/** One position read from the tagged lines: its title, a body in the form extractPosition reads, and its span. */
export type TaggedPosition = { title: TitleText; text: string; key: string; start: number; end: number };

/** Section headings this reading writes where the tagger found items under no heading of the document's own. */
const sectionLine: Partial<Record<PositionLineClass, string>> = { duty: "岗位职责:", requirement: "任职要求:" };
const leading = /^[\s\p{Extended_Pictographic}\uFE0F\u200D•·●◆◇■□▪▶►➢✓✔√*+-]+/u;
const kept = new Set<PositionLineClass>(["text", "label", "heading:duty", "heading:requirement", "heading:other", "duty", "requirement"]);

/** The name at a span of a line; a heading that only names a section ("岗位职责" → 岗位) keeps its words. */
function titleOf(line: TaggedLine, at = 0, length = line.text.length - at): TitleText {
  const raw = { text: line.text.slice(at, at + length).trim(), key: line.key.slice(at, at + length).trim() };
  const title = normalizeTitle(raw);
  return isPositionName(title.key, "label") ? title : raw;
}

function hiredRole(line: TaggedLine): { at: number; length: number } | null {
  const m = chineseHiring.exec(line.key);
  return m && isPositionName(m[1]!, "label") ? { at: m.index + m[0].indexOf(m[1]!), length: m[1]!.length } : null;
}

/** The name a title line holds: the role a hiring line names, else the line before its pay or tags ("前端工程师 15-25K"). */
function nameIn(line: TaggedLine): TitleText {
  const hired = hiredRole(line);
  if (hired) return titleOf(line, hired.at, hired.length);
  const name = line.key.replace(numberingPrefix, "").split(/\s{2,}|\s[|｜·]\s|\s(?=\d)/)[0]!.trim();
  return titleOf(line, line.key.indexOf(name), name.length);
}

/** The best title candidate: a 职位名称 label, a line tagged title, the line above a salary or tag line, a hiring sentence, the first line. */
function bestTitle(clean: CleanText, lines: readonly TaggedLine[]): { title: TitleText; line: TaggedLine | null } {
  for (const line of lines) {
    const label = readLabels(line.key).find((l) => l.field === "title" && l.end > l.start);
    // 職稱 is Taiwan's job title but the mainland's professional grade (职称：中级), so its value must be a role.
    const evidence = label?.label === "职称" ? "strict" : "label";
    if (label && isPositionName(line.key.slice(label.start, label.end).trim(), evidence)) return { title: titleOf(line, label.start, label.end - label.start), line: null };
  }
  // A title line that names a role comes first; one that does not ("We're growing! 🚀") only after a hiring sentence.
  const titles = lines.filter((l) => l.tag === "title").sort((a, b) => b.scores.title - a.scores.title);
  const naming = titles.find((l) => isPositionName(nameIn(l).key, "strict") || hiredRole(l) !== null);
  const aboveTags = lines.find((l, i) => lines[i + 1]?.tag === "tags" && l.tag !== "tags");
  const hiring = lines.find((l) => hiredRole(l) !== null);
  for (const line of [naming, aboveTags, hiring]) if (line) return { title: nameIn(line), line };
  const sentence = sentenceHeadings(clean)[0];
  if (sentence) return { title: sentence.title, line: null };
  if (titles[0]) return { title: nameIn(titles[0]), line: titles[0] };
  const first = lines.find((l) => l.tag === "text" || l.tag === "title") ?? lines.find((l) => l.tag !== "furniture") ?? lines[0]!;
  return { title: nameIn(first), line: first.tag === "text" || first.tag === "title" ? first : null };
}

/**
 * The whole document as one position, when the heading chain found none: a document with duty or
 * requirement lines always holds a position. The tagger's sequence writes the body: its duty and
 * requirement runs become numbered items under section headings, and tags, company, contact and page
 * furniture stay out of it.
 */
export function positionFromTags(clean: CleanText, lines: readonly TaggedLine[]): TaggedPosition | null {
  if (!lines.some((l) => l.tag === "duty" || l.tag === "requirement")) return null;
  // "销售经理工作总结篇一": a work report, a plan or an essay lists what someone did, not a job.
  if (lines.slice(0, 3).some((l) => otherDocumentKinds.some((k) => l.key.includes(k)))) return null;
  const { title, line: titleLine } = bestTitle(clean, lines);
  if (title.key.length < 1) return null;
  const text: string[] = [];
  const key: string[] = [];
  const push = (t: string, k: string) => (text.push(t), key.push(k));
  let section: PositionLineClass | null = null;
  let n = 0;
  for (const line of lines) {
    if (line === titleLine || !kept.has(line.tag)) continue;
    if (line.tag.startsWith("heading:")) section = line.tag === "heading:duty" ? "duty" : line.tag === "heading:requirement" ? "requirement" : null;
    const item = line.tag === "duty" || line.tag === "requirement";
    if (item && section !== line.tag) {
      push(sectionLine[line.tag]!, sectionLine[line.tag]!);
      section = line.tag;
      n = 0;
    }
    // "☕ 接待顾客": an emoji or bullet stands for the numbering an item gets here.
    const lead = item ? (leading.exec(line.key)?.[0].length ?? 0) : 0;
    const numbered = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[（(]\S{1,3}[)）])\s*[、.．)）]?/.test(line.key.slice(lead)) && numberingPrefix.exec(line.key.slice(lead))![0].length > 0;
    const number = item && !numbered ? `${++n}、` : "";
    push(number + line.text.slice(lead), number + line.key.slice(lead));
  }
  const content = lines.filter((l) => l.tag !== "furniture");
  return { title, text: text.join("\n"), key: key.join("\n"), start: content[0]!.start, end: content[content.length - 1]!.end };
}
