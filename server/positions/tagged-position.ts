import type { CleanText } from "./clean.js";
import type { PositionLineClass } from "./data/line-model.js";
import { readLabels } from "./labels.js";
import { hiredRole as hiredSpan, knownHeading, sectionLead, type TaggedLine } from "./line-classes.js";

const hiredRole = (line: TaggedLine) => hiredSpan(line.key, line.text);

/** The class a line's own evidence scores highest, before its neighbours' classes weigh in (the model's order breaks ties). */
const ownClass = (line: TaggedLine): PositionLineClass =>
  (Object.keys(line.scores) as PositionLineClass[]).reduce((best, c) => (line.scores[c] > line.scores[best] ? c : best));
/**
 * Whether a line is of a class by the sequence's tag or by its own evidence. A reading that hangs on one tag flips when a
 * neighbour's class pulls the line over (a role's name under "Job description" read as its first duty, a post's first line
 * after a chat sender's line read as furniture): where the line's own words say otherwise, they count too.
 */
const reads = (line: TaggedLine, ...classes: PositionLineClass[]) => classes.includes(line.tag) || classes.includes(ownClass(line));
/** Furniture by its own evidence too, not only because the lines around it are. */
const furniture = (line: TaggedLine) => line.tag === "furniture" && ownClass(line) === "furniture";
/** Only a paragraph (an item or plain line, not a label row or a list under a relations heading) opens with a role it describes. */
const proseRole = (line: TaggedLine) => (reads(line, "duty", "requirement", "text") && line.tag !== "label" ? roleLead(line.key, line.text) : null);
import { sentenceHeadings } from "./sentence-title.js";
import { isPositionName, normalizeTitle, pluralHeaded, restates, type TitleText } from "./title.js";
import { numberingPrefix } from "./headings.js";
import { chatSenders } from "./segment.js";
import { contactPattern, dutyVerbPattern, otherDocumentKinds, requirementCuePattern, salaryPattern, tagPattern } from "./data/line-vocabulary.js";
import { postFormWeights } from "./data/post-form.js";

/** One position read from the tagged lines: its title, a body in the form extractPosition reads, and its span. */
export type TaggedPosition = { title: TitleText; text: string; key: string; start: number; end: number };

/** Section headings this reading writes where the tagger found items under no heading of the document's own. */
const sectionLine: Partial<Record<PositionLineClass, string>> = { duty: "岗位职责:", requirement: "任职要求:" };
const leading = /^[\s\p{Extended_Pictographic}\uFE0F\u200D•·・‧●◆◇■□▪▶►➢✓✔√*+-]+/u;
const kept = new Set<PositionLineClass>(["text", "label", "heading:duty", "heading:requirement", "heading:other", "duty", "requirement"]);

/** The name at a span of a line; a heading that only names a section ("岗位职责" → 岗位) keeps its words. */
function titleOf(line: TaggedLine, at = 0, length = line.text.length - at): TitleText {
  const raw = { text: line.text.slice(at, at + length).trim(), key: line.key.slice(at, at + length).trim() };
  const title = normalizeTitle(raw);
  return isPositionName(title.key, "label") ? title : raw;
}

/**
 * What separates a title line's parts: "招聘 快递分拣员 包吃住 月入6000-8000元", "【急聘】倉務員 x2", "Site Reliability Engineer · Remote",
 * a name and its other language's ("生产技术工程师 / 生産技術エンジニア"; "前端/后端工程师", unspaced, is one name).
 */
const partSeparator = /(?:\*{1,2}|_{1,2})(?=\s|$)|\s{2,}|\s*[|｜·•]\s*|\s+[/／]\s+|[【】\[\]#]|\s(?=[\d$¥£€])|\s*\p{Extended_Pictographic}\uFE0F?\s*/gu;

/** The parts of a line as spans, a Chinese part split at single spaces too (an English name keeps its spaces). */
function partsOf(key: string, from: number): { at: number; length: number }[] {
  const parts: { at: number; length: number }[] = [];
  let at = from;
  const push = (start: number, end: number) => {
    const piece = key.slice(start, end);
    if (!/[\u3400-\u9fff]/.test(piece)) return void (piece.trim() && parts.push({ at: start, length: end - start }));
    // "星河科技-电商事业部-数据分析师": a company, department and role path splits at its dashes too.
    for (const m of piece.matchAll(/[^\s\-－—–]+/g)) parts.push({ at: start + m.index, length: m[0].length });
  };
  for (const m of key.slice(from).matchAll(partSeparator)) {
    push(at, from + m.index);
    at = from + m.index + m[0].length;
  }
  push(at, key.length);
  return parts;
}

/** The value of a title line "<label>: <role>" (a label of at most three words, no figure) when the value names a role. */
function labelledName(line: TaggedLine, from: number): TitleText | null {
  const m = /^([^:：\d]{2,24}?)\s*[:：]\s*(\S.*)$/.exec(line.key.slice(from));
  if (!m || m[1]!.trim().split(/\s+/).length > 3) return null;
  const at = from + m[0].length - m[2]!.length;
  const title = titleOf(line, at, m[2]!.length);
  if (isPositionName(title.key, "strict")) return title;
  // "职位一：生产技术工程师 / 生産技術エンジニア", "Position: Quality Engineer | 质量工程师": the value's first part naming a role.
  const part = partsOf(line.key, at).find((p) => isPositionName(titleOf(line, p.at, p.length).key, "strict"));
  return part ? titleOf(line, part.at, part.length) : null;
}

/** The name a title line holds: the role a hiring line names, else its first part naming a role, else the part before its pay or tags. */
function nameIn(line: TaggedLine): TitleText {
  const hired = hiredRole(line);
  if (hired) return titleOf(line, hired.at, hired.length);
  const lead = proseRole(line);
  if (lead) return titleOf(line, lead.at, lead.length);
  // "HIRING: Barista (part-time)", "Now hiring - Line Cook": the announcement before the name is no part of it.
  const announced = /^(?:now hiring|we'?re hiring|we are hiring|hiring|job opening|opening|vacancy)\s*[:!–—-]+\s*/.exec(line.key.replace(numberingPrefix, (n) => " ".repeat(n.length)).trimStart());
  const from = numberingPrefix.exec(line.key)![0].length + (announced?.[0].length ?? 0);
  // "Management Accountant – Birmingham – £45,000 + bonus": name, place, pay; what stands between name and pay is where.
  const namePlacePay = /^(.+?)\s[–—-]\s[^–—]+?\s[–—-]\s*(?:[$£€¥]|\d)/.exec(line.key.slice(from));
  if (namePlacePay && isPositionName(normalizeTitle({ text: line.text.slice(from, from + namePlacePay[1]!.length), key: namePlacePay[1]! }).key, "strict")) {
    return titleOf(line, from, namePlacePay[1]!.length);
  }
  // "Requirement: SAP ABAP Consultant (Multiple Positions)", "Opening - Staff Nurse": a short label before a role's name is no part of it.
  const labelled = labelledName(line, from);
  if (labelled) return labelled;
  const parts = partsOf(line.key, from);
  const role = parts.find((p) => isPositionName(normalizeTitle({ text: line.text.slice(p.at, p.at + p.length), key: line.key.slice(p.at, p.at + p.length) }).key, "strict"));
  if (role) return titleOf(line, role.at, role.length);
  const name = line.key.replace(numberingPrefix, "").split(/\s{2,}|\s[|｜·]\s|\s(?=\d)/)[0]!.trim();
  return titleOf(line, line.key.indexOf(name), name.length);
}

/** "Reports to: Head of Ceremonies", "工作地点：上海": a label line of a field other than the post's name. */
const otherFieldLine = (line: TaggedLine) => readLabels(line.key).some((l) => l.field !== "title" && l.labelStart === line.key.length - line.key.trimStart().length);
/** "星河文化传媒有限公司", "Acme Robotics GmbH", "2026年12月1日", "Posted 3 days ago": a line naming an organization or a date. */
const organizationOrDate = (key: string) =>
  /有限公司|股份|集团$|\b(?:inc|ltd|llc|corp|gmbh|plc|pte)\.?$|^(?:19|20)\d\d\s*[年/.-]|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|^posted\b|\bago$|发布于|更新于/.test(key.trim());

/**
 * Whether a line may title the post a fallback reads: not furniture, no section's heading, no item, no other field's label line,
 * no organization's name or date.
 */
const titleCandidate = (line: TaggedLine) =>
  !furniture(line) && !line.tag.startsWith("heading:") && !knownHeading(line.key) && !((line.tag === "duty" || line.tag === "requirement") && ownClass(line) !== "title") && !(line.tag === "company" && ownClass(line) === "company") &&
  !otherFieldLine(line) && !organizationOrDate(line.key) && line.key.trim().length >= 2;

/** A headcount closing a line: "剧本杀DM 3名", "(2 openings)". */
const headcountOn = /(?:\d{1,3}|若干|[一二两三四五六七八九十]{1,2})\s*(?:名|人|位)\s*[)）]?\s*$|[(（\s]\d{1,3}\s+(?:openings?|positions?|vacanc(?:y|ies))[)）]?\s*$/;

/** A line shaped as a name, not a sentence: no closing stop, an English one in Title Case of six words at most. */
function nameShaped(line: TaggedLine): boolean {
  const name = nameIn(line);
  if (!isPositionName(name.key, "label") || /[.。!！?？]$/.test(name.key.trim())) return false;
  if (/[\u3400-\u9fff]/.test(name.key)) return true;
  const words = name.text.trim().split(/\s+/);
  return words.length <= 6 && words.every((w) => /^(?:of|and|the|for|to|in|at|&|[/\-–—])$/.test(w) || /^[A-Z0-9(]/.test(w));
}

/**
 * What a candidate line's form says of it as the post's title (a fallback's score): a duties or requirements heading or a tags
 * line below it, a headcount on it, a heading's mark, and the tagger's reading it as a title.
 */
function fallbackScore(lines: readonly TaggedLine[], i: number): number {
  const line = lines[i]!;
  const next = lines[i + 1];
  const w = postFormWeights;
  const below = !next ? 0 : next.tag === "heading:duty" ? w.dutiesBelow : next.tag === "heading:requirement" ? w.requirementsBelow : next.tag === "tags" ? w.tagsBelow : 0;
  const marked = numberingPrefix.exec(line.key)![0].trim().length > 0 || /^\s*[【\[].+[】\]]\s*$|^\s*(?:\*\*|__)/.test(line.key);
  return below + (headcountOn.test(line.key) ? w.headcount : 0) + (marked ? w.mark : 0) + (reads(line, "title") ? 1 : 0);
}

/**
 * The best title candidate: a 职位名称 label, a line tagged title naming a role, a line above the first section with a part naming
 * one, the line above a salary or tag line, a hiring sentence, then the candidate line whose form scores highest, a line tagged
 * title, and the first candidate line (no heading, company, date or furniture); the first line only when none is left.
 */
function bestTitle(clean: CleanText, lines: readonly TaggedLine[]): { title: TitleText; line: TaggedLine | null } {
  // A title line that names a role comes first; one that does not ("We're growing! 🚀") only after a hiring sentence.
  const titles = lines.filter((l) => reads(l, "title") && titleCandidate(l)).sort((a, b) => b.scores.title - a.scores.title);
  const naming = titles.find((l) => (isPositionName(nameIn(l).key, "strict") && !pluralHeaded(nameIn(l).key)) || hiredRole(l) !== null);
  for (const line of lines) {
    const label = readLabels(line.key).find((l) => l.field === "title" && l.end > l.start);
    // 職稱 is Taiwan's job title but the mainland's professional grade (职称：中级), so its value must be a role.
    const evidence = label?.label === "职称" ? "strict" : "label";
    const value = label ? line.key.slice(label.start, label.end).trim() : "";
    // "Role: Automation Test Engineer" under "Senior Test Automation Engineer": a field restating the title line names its category.
    if (naming && restates(value, nameIn(naming).key)) continue;
    if (label && isPositionName(value, evidence)) return { title: titleOf(line, label.start, label.end - label.start), line: null };
  }
  const aboveTags = lines.find((l, i) => lines[i + 1]?.tag === "tags" && l.tag !== "tags" && titleCandidate(l));
  const hiring = lines.find((l) => hiredRole(l) !== null);
  // "[内推] 星河科技-电商事业部-数据分析师（北京/上海）": a line above the first section with a part naming a role.
  const firstSection = lines.findIndex((l) => l.tag === "heading:duty" || l.tag === "heading:requirement");
  const rolePart = lines.slice(0, firstSection < 0 ? 3 : firstSection).find((l) => titleCandidate(l) && isPositionName(nameIn(l).key, "strict") && !pluralHeaded(nameIn(l).key));
  for (const line of [naming, rolePart, aboveTags, hiring]) if (line) return { title: nameIn(line), line };
  const sentence = sentenceHeadings(clean)[0];
  if (sentence) return { title: sentence.title, line: null };
  // "宠物殡葬师" over "岗位职责：" below the company's name: the candidate whose form says most that it heads the post.
  const scored = lines
    .map((l, i) => ({ l, score: titleCandidate(l) && nameShaped(l) ? fallbackScore(lines, i) : 0 }))
    .reduce<{ l: TaggedLine; score: number } | null>((best, c) => (c.score > (best?.score ?? 1) ? c : best), null);
  if (scored) return { title: nameIn(scored.l), line: scored.l };
  if (titles[0]) return { title: nameIn(titles[0]), line: titles[0] };
  const first =
    lines.find((l) => (l.tag === "text" || l.tag === "title") && titleCandidate(l)) ?? lines.find((l) => l.tag === "text" || l.tag === "title") ?? lines.find((l) => l.tag !== "furniture") ?? lines[0]!;
  return { title: nameIn(first), line: first.tag === "text" || first.tag === "title" ? first : null };
}

/** "Senior Backend Engineer: you'll own…", "数据分析师：负责…": a paragraph opening with a role's name, then a colon or dash and its description. */
const roleLeadPattern = /^(\S[^:：。;；,，]{1,58}?)\s*(?:[:：]|\s[—–-]\s)\s*(?=\S.{19,}$)/;

/**
 * Where the role name a prose paragraph opens with lies ("Staff Site Reliability Engineer: you'll lead…"), or null.
 * The name must be one (a role word heading it, Title Case in English), and what follows it a description, not a value.
 */
export function roleLead(key: string, text = key): { at: number; length: number; descriptionAt: number } | null {
  const at = numberingPrefix.exec(key)![0].length;
  const m = roleLeadPattern.exec(key.slice(at));
  if (!m) return null;
  const name = m[1]!.trim();
  const shown = text.slice(at, at + name.length);
  if (!/[\u3400-\u9fff]/.test(name) && !shown.split(/\s+/).every((w) => /^(?:of|and|the|for|to|in|at|&|[/\-–—])$/.test(w) || /^[A-Z0-9(]/.test(w))) return null;
  if (!isPositionName(normalizeTitle({ text: shown, key: name }).key, "strict")) return null;
  const rest = key.slice(at + m[0].length);
  // "Data Engineer: 3 years", "销售经理：2人": a value after the name, not a description.
  if (!(dutyVerbPattern.test(rest) || requirementCuePattern.test(rest) || /\b(?:you(?:'ll| will)?|we're|we are|our)\b/.test(rest))) return null;
  return { at, length: name.length, descriptionAt: at + m[0].length };
}

/**
 * "第一位是亚马逊运营，负责…最好有1年以上经验", "诚聘会计一名，要求：…": a line whose hiring phrase names a role and
 * runs on with what the role does and needs; where that description starts in the line, or null. A paragraph
 * that opens with a role's name ("Senior Backend Engineer: you'll own…") describes that role from its colon on.
 */
function describedAt(line: TaggedLine): number | null {
  const hired = hiredRole(line);
  if (!hired) return proseRole(line)?.descriptionAt ?? null;
  const rest = /^[\s,，:：;；。!！]*/.exec(line.key.slice(hired.at + hired.length))!;
  const at = hired.at + hired.length + rest[0].length;
  // What follows must read as duties or needs, not "…以下岗位人员，欢迎符合条件的人士报名".
  const rest2 = line.key.slice(at);
  return rest2.length >= 10 && (dutyVerbPattern.test(rest2) || requirementCuePattern.test(rest2)) ? at : null;
}

/** A list's item: a bullet or a number before its words. */
const listItem = /^\s*(?:[-•*·▪●◆■]|\d{1,2}\s*[.、)]|[一二三四五六七八九十]\s*[、.])\s*\S/;

/** Classes a post's plain lines may have been given for want of items; a contact, company or tags line that says so keeps its class. */
const unplaced = new Set<PositionLineClass>(["text", "title", "tags", "contact", "label", "benefits"]);

/**
 * A post the tagger found no duty or requirement line in ("前台文员" over "接听电话，接待访客", "Barista wanted!" over
 * "Make coffee, serve customers…"): when a line names the role it hires, every plain line after that line is the post's
 * content, each a duty or a requirement by whichever of the two it scores higher. A document naming no role stays
 * without positions.
 */
function postedContent(lines: readonly TaggedLine[]): readonly TaggedLine[] {
  const anchor = lines.findIndex((l) => hiredRole(l) !== null || (l.tag === "title" && isPositionName(nameIn(l).key, "strict")));
  if (anchor < 0) return lines;
  const evidence = (l: TaggedLine) => (l.tag === "contact" && contactPattern.test(l.key)) || (l.tag === "tags" && (salaryPattern.test(l.key) || tagPattern.test(l.key)));
  // "- Lead farewell ceremonies" / "- Support grieving owners" under the hiring line: a list of two or more items there is the post's,
  // whatever class its unfamiliar words drew.
  const listed = (i: number) => listItem.test(lines[i]?.key ?? "") && (listItem.test(lines[i - 1]?.key ?? "") || listItem.test(lines[i + 1]?.key ?? ""));
  return lines.map((l, i) =>
    i > anchor && (unplaced.has(l.tag) || (l.tag === "furniture" && listed(i))) && !evidence(l) && l.key.trim().length >= 4
      ? { ...l, tag: l.scores.duty >= l.scores.requirement ? "duty" : "requirement" }
      : l,
  );
}

/** A role-naming title line starts a position; one that names none ("【诚聘】衣橱物语 万达店") heads the document. */
const startsPosition = (line: TaggedLine) =>
  (line.tag === "title" && ((isPositionName(nameIn(line).key, "strict") && !pluralHeaded(nameIn(line).key)) || hiredRole(line) !== null)) || describedAt(line) !== null;
/** "本公司因业务需要，诚聘会计一名，要求：女，30岁以下…": a hiring line running on into what the role needs is an item too, wherever it stands. */
const holdsItems = (lines: readonly TaggedLine[]) => lines.some((l) => l.tag === "duty" || l.tag === "requirement" || describedAt(l) !== null);

/** Kana: a cell holding any is written in Japanese, which the product never reads a position in (only Chinese and English). */
const kana = /[\u3040-\u30ff]/;

/**
 * The columns of each table row written in Japanese: in a run of rows with the same number of cells, a column with kana
 * in a third of its cells, beside a value column with none ("项目 | 中文 | 日本語": the last column repeats the Chinese
 * one). A whole column is judged, since a Japanese cell may be all kanji ("短大卒以上、機械系専攻", "2名"). Rows are keyed
 * by their index in `lines`.
 */
function japaneseColumns(lines: readonly { text: string }[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  let i = 0;
  while (i < lines.length) {
    const width = lines[i]!.text.split("\t").length;
    let j = i + 1;
    while (j < lines.length && width >= 2 && lines[j]!.text.split("\t").length === width) j++;
    if (width >= 2 && j - i >= 2) {
      const rows = lines.slice(i, j).map((l) => l.text.split("\t"));
      const kanaRows = (c: number) => rows.filter((r) => kana.test(r[c]!)).length;
      const values = [...Array(width).keys()].slice(1);
      // Beside a value column with no kana at all, a column with kana in a third of its rows is the translation.
      const dropped = new Set(values.some((c) => kanaRows(c) === 0) ? values.filter((c) => kanaRows(c) * 3 >= rows.length) : []);
      if (dropped.size > 0) for (let k = i; k < j; k++) out.set(k, dropped);
    }
    i = j;
  }
  return out;
}

/**
 * "学历／学歴\t大专以上，机械类专业\t短大卒以上、機械系専攻": a table row, a short name cell (its other language's name after
 * a slash) and its value, then the value again in Japanese (`dropped` columns). Written as the label line
 * "学历：大专以上，机械类专业", so its cells are not read as one run-on clause. Null for a line that is no such row.
 */
function asLabelledRow(text: string, key: string, dropped: ReadonlySet<number>): { text: string; key: string } | null {
  const cells = text.split("\t");
  const keys = key.split("\t");
  if (cells.length < 2 || cells[0]!.trim().length > 16 || /[:：]/.test(cells[0]!)) return null;
  const name = (c: string) => c.split(/\s*[/／]\s*/)[0]!.trim();
  const values = cells
    .map((c, i) => ({ text: c.trim(), key: keys[i]!.trim(), i }))
    .filter((c) => c.i > 0 && c.text && !dropped.has(c.i) && !kana.test(c.text));
  if (values.length === 0) return null;
  return { text: `${name(cells[0]!)}：${values.map((v) => v.text).join("；")}`, key: `${name(keys[0]!)}:${values.map((v) => v.key).join(";")}` };
}

/**
 * A body the heading chain read, its table rows beside a column written in Japanese written as the tagger's reading
 * writes them ("学历：本科以上"), so a row's cells are read as a field and not as one run-on clause; other lines as they are.
 */
export function withoutJapaneseColumns(text: string, key: string): { text: string; key: string } {
  const texts = text.split("\n");
  const keys = key.split("\n");
  const japanese = japaneseColumns(texts.map((t) => ({ text: t })));
  if (japanese.size === 0 || keys.length !== texts.length) return { text, key };
  const rows = texts.map((t, i) => (japanese.has(i) ? asLabelledRow(t, keys[i]!, japanese.get(i)!) : null) ?? { text: t, key: keys[i]! });
  return { text: rows.map((r) => r.text).join("\n"), key: rows.map((r) => r.key).join("\n") };
}

/**
 * The tagger's sequence writes the body: its duty and requirement runs become numbered items under section
 * headings, and tags, company, contact and page furniture stay out of it.
 */
function bodyOf(title: TitleText, titleLine: TaggedLine | null, lines: readonly TaggedLine[]): TaggedPosition {
  const text: string[] = [];
  const key: string[] = [];
  const push = (t: string, k: string) => (text.push(t), key.push(k));
  let section: PositionLineClass | null = null;
  let n = 0;
  const japanese = japaneseColumns(lines);
  for (const [index, line] of lines.entries()) {
    const described = line === titleLine ? describedAt(line) : null;
    if (described !== null) {
      // The description on a hiring line is read as its requirements: prose mixes duties with needs.
      push(sectionLine.requirement!, sectionLine.requirement!);
      push(`1、${line.text.slice(described)}`, `1、${line.key.slice(described)}`);
      section = "requirement";
      n = 1;
    }
    if (line === titleLine || !kept.has(line.tag)) {
      if (line !== titleLine && line.tag === "furniture" && !furniture(line) && section !== null && (ownClass(line) === "text" || ownClass(line) === section)) {
        // A line the sequence made furniture for its neighbours (a post's last need above the page's foot), whose own words
        // read as text or as its section's item, stays in the body as its section's item.
        const lead = sectionLead(line.key)?.itemAt ?? leading.exec(line.key)?.[0].length ?? 0;
        push(`${++n}、${line.text.slice(lead)}`, `${n}、${line.key.slice(lead)}`);
      }
      continue;
    }
    if (line.tag.startsWith("heading:")) section = line.tag === "heading:duty" ? "duty" : line.tag === "heading:requirement" ? "requirement" : null;
    const item = line.tag === "duty" || line.tag === "requirement";
    if (item && section !== line.tag) {
      push(sectionLine[line.tag]!, sectionLine[line.tag]!);
      section = line.tag;
      n = 0;
    }
    // "☕ 接待顾客": an emoji or bullet stands for the numbering an item gets here; "工作内容：流水线操作" is an item after its section's name.
    const lead = item ? (sectionLead(line.key)?.itemAt ?? leading.exec(line.key)?.[0].length ?? 0) : 0;
    const numbered = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[（(]\S{1,3}[)）])\s*[、.．)）]?/.test(line.key.slice(lead)) && numberingPrefix.exec(line.key.slice(lead))![0].length > 0;
    const number = item && !numbered ? `${++n}、` : "";
    if ((line.tag === "heading:duty" || line.tag === "heading:requirement") && !knownHeading(line.key)) {
      // "Who are we looking for", "Ihr Profil / Your profile": a heading the sequence reads as a duty or requirement section's,
      // in words the section reader does not know, opens that section by its plain name, so the items under it are read as such.
      push(sectionLine[section!]!, sectionLine[section!]!);
    } else if (line.tag.startsWith("heading:")) {
      // "**What you bring**", "【岗位要求】": the section's words alone, as the section reader knows them.
      const words = /^[\s#*【\[]*(.*?)[\s*】\]:]*$/.exec(line.key)!;
      const at = words.index + words[0].indexOf(words[1]!);
      push(`${line.text.slice(at, at + words[1]!.length)}:`, `${words[1]}:`);
    } else {
      const row = item && lead === 0 ? asLabelledRow(line.text, line.key, japanese.get(index) ?? new Set()) : null;
      if (row) push(number + row.text, number + row.key);
      else push(number + line.text.slice(lead), number + line.key.slice(lead));
    }
  }
  const content = lines.filter((l) => l.tag !== "furniture");
  const span = content.length > 0 ? content : lines;
  return { title, text: text.join("\n"), key: key.join("\n"), start: span[0]!.start, end: span[span.length - 1]!.end };
}

/**
 * A run of a chat export's lines cut where a message from someone other than the run's sender starts: the replies
 * ("Is this open to students?") and the next post are no part of it; the sender's own follow-ups are.
 */
function withinMessage(run: readonly TaggedLine[], senders: readonly { start: number; name: string }[]): readonly TaggedLine[] {
  if (senders.length === 0 || run.length === 0) return run;
  const sender = senders.filter((m) => m.start <= run[0]!.start).pop();
  const next = sender && senders.find((m) => m.start > run[0]!.start && m.name !== sender.name);
  return next ? run.filter((l) => l.start < next.start) : run;
}

/**
 * The positions the tagger's sequence holds: every role-naming title line followed by duties or requirements
 * starts one ("1⃣ 店长 8-12K", "### Site Reliability Engineer · Remote"), and its lines run to the next. A
 * document with duty or requirement lines always holds a position: with fewer than two such starts it is one,
 * titled by the best title candidate (a 职位名称 label, a title line, the line above a salary or tag line, a
 * hiring sentence, the first line).
 */
export function positionsFromTags(clean: CleanText, tagged: readonly TaggedLine[]): TaggedPosition[] {
  const lines = holdsItems(tagged) ? tagged : postedContent(tagged);
  if (!holdsItems(lines)) return [];
  // "销售经理工作总结篇一": a work report, a plan or an essay lists what someone did, not a job.
  if (lines.slice(0, 3).some((l) => otherDocumentKinds.some((k) => l.key.includes(k)))) return [];
  const starts = lines.flatMap((l, i) => (startsPosition(l) ? [i] : []));
  const senders = chatSenders(clean);
  const runs = starts.map((at, k) => withinMessage(lines.slice(at, starts[k + 1] ?? lines.length), senders));
  // A title line whose run holds no items ("【联系方式】刘经理") belongs to the position above it.
  const positions = runs.filter(holdsItems);
  if (positions.length >= 2) return positions.map((run) => bodyOf(nameIn(run[0]!), run[0]!, run));
  const { title, line: titleLine } = bestTitle(clean, lines);
  return title.key.length < 1 ? [] : [bodyOf(title, titleLine, lines)];
}
