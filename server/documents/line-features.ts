import type { Features } from "./line-tagger.js";

/**
 * What the tagger needs of a line: its text, optionally its folded key (same length; Simplified,
 * half-width, lower-case) and whatever layout the format knew. A decoded DocumentLine fits as it is.
 */
export type FeatureLine = {
  text: string;
  key?: string;
  indent?: number;
  bold?: boolean;
  fontSize?: number;
  headingLevel?: number;
  cells?: readonly string[];
  page?: number;
};

/**
 * Named word lists (or tests) the caller cares about, run on the trimmed folded line; a hit becomes feature
 * `v:<name>` (and `prev:`/`next:` on its neighbours).
 */
export type Vocabulary = Readonly<Record<string, RegExp | ((key: string) => boolean)>>;

const numbering: readonly [string, RegExp][] = [
  ["num:dotted", /^\d{1,2}(?:\.\d{1,2})+\.?\s*\S/],
  // "1⃣ 店长": a keycap emoji numbers a post's items.
  ["num:arabic", /^\d{1,2}\s*[、.．)）](?!\d)|^\d\uFE0F?\u20E3/],
  ["num:han", /^[一二三四五六七八九十]{1,3}\s*[、.．]/],
  ["num:paren", /^[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]/],
  ["num:circled", /^[①-⑳⑴-⒇]/],
  ["num:letter", /^[a-h][.)]\s/],
  // "・" is the Japanese bullet, "‧" a Hong Kong paper's.
  ["bullet", /^[•·・‧●◆◇■□▪▶►➢✓✔√*+-]/],
  // Posts put emoji where a list would put bullets ("☕ 接待顾客") and before titles ("🔥招聘…").
  ["emoji", /^\p{Extended_Pictographic}/u],
];

const lengthBand = (n: number) => (n <= 6 ? "len:tiny" : n <= 20 ? "len:short" : n <= 60 ? "len:medium" : "len:long");

/** Features a line has by itself: numbering, punctuation, length, script, layout, vocabulary hits. */
function ownFeatures(line: FeatureLine, vocabulary: Vocabulary, medianFont: number | null): Record<string, number> {
  const key = (line.key ?? line.text.toLowerCase()).trim();
  const f: Record<string, number> = { bias: 1 };
  const numbered = numbering.find(([, re]) => re.test(key));
  if (numbered) f[numbered[0]] = 1;
  f[lengthBand(key.length)] = 1;
  if (/[:：]$/.test(key)) f["end:colon"] = 1;
  else if (/[。.;；!！]$/.test(key)) f["end:stop"] = 1;
  if (/^[^:：]{1,12}[:：]\s*\S/.test(key)) f["label:value"] = 1;
  if ((key.match(/[|｜丨·•]/g) ?? []).length >= 2) f["separators"] = 1;
  if (/[,，;；、]/.test(key)) f["has:comma"] = 1;
  if (/\d/.test(key)) f["has:digit"] = 1;
  if (/[\u3400-\u9fff]/.test(key)) f["script:han"] = 1;
  else if (/[a-z]/.test(key)) f["script:latin"] = 1;
  if (line.bold) f["layout:bold"] = 1;
  if (line.headingLevel) f["layout:heading"] = 1;
  if (line.indent) f["layout:indent"] = 1;
  if ((line.cells?.length ?? 0) >= 2) f["layout:cells"] = 1;
  if (medianFont && line.fontSize && line.fontSize > medianFont * 1.15) f["layout:large"] = 1;
  for (const [name, test] of Object.entries(vocabulary)) if (typeof test === "function" ? test(key) : test.test(key)) f[`v:${name}`] = 1;
  return f;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The list marking a line's own features carry (a numbering style, a bullet, an emoji), or null. */
const listMark = (f: Record<string, number> | undefined) => (f ? (Object.keys(f).find((k) => k.startsWith("num:") || k === "bullet" || k === "emoji") ?? null) : null);

/** Whose own features a neighbour passes on: what a line says about the line next to it. */
const passedOn = (name: string) => name.startsWith("v:") || name.startsWith("num:") || name === "bullet" || name === "emoji" || name === "end:colon" || name === "label:value";

/**
 * `sections`: vocabulary names whose hit opens a section (a duties heading, a requirements heading); every
 * later line carries `in:<name>` of the last one opened, so an unmarked line far below 任职要求 still
 * knows where it stands, which its neighbours alone cannot tell.
 */
export type FeatureOptions = { sections?: readonly string[] };

/**
 * Features for each line of a document: its own, where it stands (first lines, last line) and what its
 * neighbours look like, so "the short line above a numbered list" can score differently from a short line alone.
 */
export function lineFeatures(lines: readonly FeatureLine[], vocabulary: Vocabulary, options: FeatureOptions = {}): Features[] {
  const medianFont = median(lines.flatMap((l) => (l.fontSize ? [l.fontSize] : [])));
  const own = lines.map((l) => ownFeatures(l, vocabulary, medianFont));
  const openers = (options.sections ?? []).map((name) => `v:${name}`);
  let section: string | null = null;
  return own.map((f, i) => {
    const all: Record<string, number> = { ...f };
    if (section) all[`in:${section}`] = 1;
    section = openers.find((name) => f[name]) ?? section;
    if (i === 0) all["pos:first"] = 1;
    else if (i <= 2) all["pos:early"] = 1;
    if (i === lines.length - 1) all["pos:last"] = 1;
    for (const [side, at] of [["prev", i - 1], ["next", i + 1]] as const) {
      const n = own[at];
      if (!n) {
        all[`${side}:none`] = 1;
        continue;
      }
      for (const name of Object.keys(n)) if (passedOn(name)) all[`${side}:${name}`] = 1;
    }
    // "能适应出差" between "1、本科以上学历；" and "2、三年以上经验；": a line inside a list is one of its items, marked or not.
    const [before, after] = [listMark(own[i - 1]), listMark(own[i + 1])];
    if (before !== null && before === after) all["list:inside"] = 1;
    if (before !== null && before === listMark(f)) all["list:continues"] = 1;
    if (lines[i]!.page !== undefined && lines[i - 1]?.page !== undefined && lines[i]!.page !== lines[i - 1]!.page) all["layout:page-start"] = 1;
    return all;
  });
}
