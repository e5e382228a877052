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
  /** 1–6, as DocumentLine.heading. */
  heading?: number;
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

/** "*1. Senior Data Engineer* (Remote)": plain text written for Slack, WhatsApp or Markdown marks emphasis with * or _ pairs. */
const emphasis = /^(\*{1,2}|_{1,2})(?=\S)(.+?\S)\1(?=\s|$|[(（:：,，])/;

/** The number a line's list numbering counts (1 for "1.", "一、", "（1）", "①"), by style; null when it has none. */
const numberWords = "一二三四五六七八九十";
function listNumber(key: string): { style: string; value: number } | null {
  // "2️⃣ 同一家｜功能安全经理": a keycap counts as its digit does.
  const arabic = /^(\d{1,2})\s*[、.．)）](?!\d)|^(\d)\uFE0F?\u20E3/.exec(key);
  if (arabic) return { style: "arabic", value: Number(arabic[1] ?? arabic[2]) };
  const paren = /^[（(](\d{1,2}|[一二三四五六七八九十])[)）]/.exec(key);
  if (paren) return { style: "paren", value: /\d/.test(paren[1]!) ? Number(paren[1]) : numberWords.indexOf(paren[1]!) + 1 };
  const han = /^([一二三四五六七八九十])\s*[、.．]/.exec(key);
  if (han) return { style: "han", value: numberWords.indexOf(han[1]!) + 1 };
  const circled = /^[①-⑳]/.exec(key);
  if (circled) return { style: "circled", value: circled[0].charCodeAt(0) - 0x2460 + 1 };
  return null;
}

const lengthBand = (n: number) => (n <= 6 ? "len:tiny" : n <= 20 ? "len:short" : n <= 60 ? "len:medium" : "len:long");

/** Features a line has by itself: numbering, punctuation, length, script, layout, vocabulary hits. */
/** A line's trimmed folded key, an emphasis pair around its start unwrapped (the pair is markup: the line is bold). */
function readKey(line: FeatureLine): { key: string; emphasized: boolean } {
  const raw = (line.key ?? line.text.toLowerCase()).trim();
  const pair = emphasis.exec(raw);
  return pair ? { key: pair[2]! + raw.slice(pair[0].length), emphasized: true } : { key: raw, emphasized: false };
}

function ownFeatures(line: FeatureLine, { key, emphasized }: { key: string; emphasized: boolean }, vocabulary: Vocabulary, medianFont: number | null): Record<string, number> {
  const f: Record<string, number> = { bias: 1 };
  const numbered = numbering.find(([, re]) => re.test(key));
  if (numbered) f[numbered[0]] = 1;
  f[lengthBand(key.length)] = 1;
  if (/[:：]$/.test(key)) f["end:colon"] = 1;
  else if (/[。.;；!！]$/.test(key)) f["end:stop"] = 1;
  if (/^[^:：]{1,12}[:：]\s*\S/.test(key)) f["label:value"] = 1;
  // Nothing in the line parts a name from a value (no colon, tab or bar): what a label or a form row cannot be.
  else if (!/[:：\t|｜]/.test(key)) f["no:separator"] = 1;
  // "上海 | 3-5年 | 本科", "Hybrid  Full-time  Mid-Senior level" (LinkedIn's tags, two spaces apart).
  if ((key.match(/[|｜丨·•]|\S\s{2,}(?=\S)/g) ?? []).length >= 2) f["separators"] = 1;
  if (/[,，;；、]/.test(key)) f["has:comma"] = 1;
  if (/\d/.test(key)) f["has:digit"] = 1;
  if (/[\u3400-\u9fff]/.test(key)) f["script:han"] = 1;
  else if (/[a-z]/.test(key)) f["script:latin"] = 1;
  if (line.bold || emphasized) f["layout:bold"] = 1;
  if (line.heading) f["layout:heading"] = 1;
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
 * Lines that number an outer list: "2. Engineering Manager" two lines after "1. Senior Data Engineer" with bullet
 * items between, or "二、任职要求" after "一、岗位职责" and its "1、2、3、". Such a line resumes (or, for its first member,
 * opens) a count that other marked lines interrupt, which is what a heading over items does and an item never does.
 */
function outerNumbering(keys: readonly string[], own: readonly Record<string, number>[]): Set<number> {
  const outer = new Set<number>();
  const last = new Map<string, { value: number; at: number }>();
  keys.forEach((key, i) => {
    const n = listNumber(key);
    if (!n) return;
    const before = last.get(n.style);
    last.set(n.style, { value: n.value, at: i });
    if (!before || n.value !== before.value + 1 || i - before.at < 2) return;
    const between = own.slice(before.at + 1, i).map(listMark);
    if (!between.some((mark) => mark !== null && mark !== `num:${n.style}`)) return;
    outer.add(before.at).add(i);
  });
  return outer;
}

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
  const keys = lines.map(readKey);
  const own = lines.map((l, i) => ownFeatures(l, keys[i]!, vocabulary, medianFont));
  const openers = (options.sections ?? []).map((name) => `v:${name}`);
  const outer = outerNumbering(keys.map((k) => k.key), own);
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
    // A line with a list mark of its own ("3) Financial Controller" between two "- " items) is not one of their items.
    const mark = listMark(f);
    if (before !== null && before === after && (mark === null || mark === before)) all["list:inside"] = 1;
    if (before !== null && before === mark) all["list:continues"] = 1;
    if (outer.has(i)) all["list:outer"] = 1;
    if (lines[i]!.page !== undefined && lines[i - 1]?.page !== undefined && lines[i]!.page !== lines[i - 1]!.page) all["layout:page-start"] = 1;
    return all;
  });
}
