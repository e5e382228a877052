import { cleanLines, type CleanLine, type CleanText } from "./clean.js";
import { escapeRegExp } from "../text/regex.js";
import { numberingPrefix, type Heading } from "./headings.js";
import { isPositionName, normalizeTitle } from "./title.js";

/**
 * Parallel structure: when several lines of one form head positions ("**店长**（8000-12000元/月）", "1️⃣ 某车企（深圳）｜BMS软件工程师"),
 * a further line of that form heads one too, even when its name is a word the vocabulary lacks ("**后厨帮工**（4200-5000元/月）",
 * "2️⃣ 同一家｜功能安全经理"). A line's form is what stands around its name, with words and figures generalized; a form with nothing
 * around the name (a bare short line) says nothing and is never used.
 */


/** The pattern of what stands before a name: figures as figures, words as any words, a bracketed aside as optional. */
function frame(text: string): string {
  let out = "";
  for (const m of text.matchAll(/([(（][^()（）]{0,30}[)）])|(\d+|[一二三四五六七八九十]+(?=[、.．]))|([\p{L}\p{M}][\p{L}\p{M}\s]*?(?=[^\p{L}\p{M}\s]|$))|(\s+)|(.)/gsu)) {
    if (m[1]) out += "(?:\\s*[(（][^()（）]{0,30}[)）])?";
    else if (m[2]) out += /\d/.test(m[2]) ? "\\d+" : "[一二三四五六七八九十]+";
    else if (m[3]) out += "[\\p{L}\\p{M}][\\p{L}\\p{M}\\s]*?";
    else if (m[4]) out += "\\s*";
    else out += escapeRegExp(m[5]!);
  }
  return out;
}

/** The form of a heading's line: its text before the name, and the marks right after it (up to a word, figure or line end). */
type Form = { before: string; after: string; afterLength: number; continues: boolean };

function formOf(line: CleanLine, heading: Heading): Form | null {
  const at = line.key.indexOf(heading.title.key);
  if (at < 0) return null;
  const before = line.key.slice(0, at);
  const rest = line.key.slice(at + heading.title.key.length);
  const after = /^[^\p{L}\p{N}]*/u.exec(rest)![0].replace(/\s+$/, "");
  // Only marks make a form, and not the ones any heading has: a list number, a Markdown heading or emphasis mark before the
  // name, a colon after it ("## 常见问题", "二、複試：…" share them with the positions' own names).
  const marks = before.slice(numberingPrefix.exec(before)![0].length) + after.replace(/^\*{1,2}|[:：]$/g, "");
  if (!/[^\p{L}\p{N}\s]/u.test(marks)) return null;
  // Whether the line goes on past those marks ("：2名。", "（4200-5000元/月）") or ends on them ("參、報考資格：").
  return { before: frame(before), after: escapeRegExp(after), afterLength: after.length, continues: rest.trim().length > after.length };
}

/** "☕ 水吧師傅（全職）", "🧑‍🍳 Line Cook (Part-time)", "★ 兼職樓面": a short line led by a pictograph or a star, the name after it. */
const pictographLead = /^\s*(?:(?:\p{Extended_Pictographic}|[★☆])[\uFE0F\u200D\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]*\s*)+(?=\S)/u;
/** A list item's bullet: "- 2年以上經驗", "• Weekend shifts". */
const itemBullet = /^\s*([-•·・‧*▪●◦])\s*\S/;

/**
 * Parallel blocks: a social post listing its roles as "☕ 水吧師傅（全職）" over "- " items, then "🍽️ 樓面（兼職）" over
 * items of its own. Two or more lines each led by a pictograph and holding only a name, each over a list of at least
 * two items, head positions, the form being the evidence for a name the vocabulary lacks (樓面, 水吧師傅). A pictograph
 * line over prose, or one such block alone, says nothing.
 */
function pictographBlocks(lines: readonly CleanLine[], taken: ReadonlySet<CleanLine | undefined>): Heading[] {
  const found: Heading[] = [];
  lines.forEach((line, i) => {
    const lead = pictographLead.exec(line.key);
    if (!lead || taken.has(line)) return;
    const items = lines.slice(i + 1, i + 3).map((l) => itemBullet.exec(l.key)?.[1]);
    if (items.length < 2 || items[0] === undefined || items[0] !== items[1]) return;
    const rest = line.key.slice(lead[0].length).replace(/\s*\p{Extended_Pictographic}[\s\S]*$/u, "");
    const title = normalizeTitle({ text: line.text.slice(lead[0].length, lead[0].length + rest.length), key: rest });
    if (title.key.length > 30 || /[。，,；;！!？?:：]/.test(title.key) || !isPositionName(title.key, "label")) return;
    found.push({ kind: "title", start: line.start, end: line.end, title });
  });
  return found.length >= 2 ? found : [];
}

/** The headings with the lines of a form that at least two title headings share added as title headings, in document order. */
export function withSiblingHeadings(clean: CleanText, found: readonly Heading[]): Heading[] {
  const lines = cleanLines(clean);
  const lineOf = (at: number) => lines.find((l) => at >= l.start && at <= l.end);
  const blocks = pictographBlocks(lines, new Set(found.filter((h) => h.kind !== "title").map((h) => lineOf(h.start))));
  const headings = blocks.length > 0 ? [...found.filter((h) => !blocks.some((b) => h.start < b.end && b.start < h.end)), ...blocks].sort((a, b) => a.start - b.start) : found;
  const titles = headings.filter((h) => h.kind === "title");
  if (titles.length < 2) return [...headings];
  const lineAt = lineOf;
  const forms = new Map<string, Form & { count: number }>();
  for (const h of titles) {
    const line = lineAt(h.start);
    const form = line && formOf(line, h);
    if (!form) continue;
    const id = `${form.before}\u0000${form.after}\u0000${form.continues}`;
    forms.set(id, { ...form, count: (forms.get(id)?.count ?? 0) + 1 });
  }
  const taken = new Set(headings.map((h) => lineAt(h.start)));
  const added: Heading[] = [];
  for (const form of forms.values()) {
    if (form.count < 2) continue;
    // A name with nothing after it runs to the line's end; one closed by marks runs to them.
    const close = form.afterLength === 0 ? "\\s*$" : `${form.after}${form.continues ? "\\s*[\\p{L}\\p{N}]" : "\\s*$"}`;
    const pattern = new RegExp(`^${form.before}(.{2,40}?)${close}`, "du");
    for (const line of lines) {
      if (taken.has(line)) continue;
      const m = pattern.exec(line.key);
      // "  * A full UK driving licence (you will…)" beside "YOUTH WORKER (full-time, …)": marks before the name that the
      // form has not (an indent, a bullet) make another form.
      if (!m || /^[^\p{L}\p{N}(（]/u.test(m[1]!)) continue;
      const from = m.indices![1]![0];
      const raw = { text: line.text.slice(from, from + m[1]!.length), key: m[1]! };
      const title = normalizeTitle(raw);
      // The form is the evidence; the name must still look like one (no sentence, no field).
      if (!isPositionName(title.key, "label")) continue;
      added.push({ kind: "title", start: line.start, end: line.end, title });
      taken.add(line);
    }
  }
  return [...headings, ...added].sort((a, b) => a.start - b.start);
}
