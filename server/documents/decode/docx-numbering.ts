import type { ListItem } from "../line.js";

/**
 * Word's automatic numbering (numbering.xml), rendered as Word displays it: a paragraph with w:numPr gets its
 * number from its list level's lvlText ("%1、", "（%2）", "%1.%2") with each %n the current count of level n−1 in
 * that level's numFmt (decimal, chineseCounting, lowerLetter, …). Counters belong to the abstract list, so every
 * w:num of it continues the same count, except a w:num whose w:lvlOverride restarts a level (w:startOverride), as
 * Word does for "restart numbering"; a level restarts when a higher level is numbered (or after the level its
 * w:lvlRestart names, never when that is 0).
 */
export type NumberingLevel = {
  /** w:numFmt: "decimal", "chineseCounting", "bullet", "none", … */
  format: string;
  /** w:lvlText: "%1、", "（%2）", "%1.%2.", or the bullet character. */
  text: string;
  start: number;
  /** w:lvlRestart as written (1-based level after which this level restarts; 0 never); absent = after any higher level. */
  restart?: number;
  /** w:suff: what follows the number; Word's default is a tab. */
  suffix: "tab" | "space" | "nothing";
  /** w:isLgl: every level's number shown in decimal. */
  legal?: boolean;
};
export type NumberingInstance = {
  abstract: string;
  levels: Map<number, NumberingLevel>;
  /** w:lvlOverride/w:startOverride: levels this instance restarts at its first paragraph. */
  startOverrides: Map<number, number>;
};
/** numId → its list: the abstract list's levels with this instance's overrides applied. */
export type Numbering = Map<string, NumberingInstance>;

const UNORDERED = new Set(["bullet", "none"]);

export function isOrdered(level: NumberingLevel | undefined): boolean {
  return level !== undefined && !UNORDERED.has(level.format);
}

const CN_DIGITS = "零一二三四五六七八九";
const DIGITAL = "〇一二三四五六七八九";
const CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";
const TW_LEGAL = "零壹貳參肆伍陸柒捌玖";

/** 1–9999 in Chinese counting: 十一, 二十, 一百零五; `units` 十百千 (or 拾佰仟). */
function chineseCounting(n: number, digits = CN_DIGITS, units = ["", "十", "百", "千"]): string {
  if (n <= 0 || n >= 10000) return String(n);
  const ds = String(n).split("").map(Number);
  let out = "";
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i]!;
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    // 十一, not 一十一, when the number starts with ten (Word writes "十一、" for the eleventh section).
    out += d === 1 && unit === units[1] && out === "" && digits === CN_DIGITS ? unit : digits[d]! + unit;
  });
  return out;
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  // Word repeats the letter: a … z, aa … zz, aaa …
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number, upper: boolean): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return upper ? out.toUpperCase() : out;
}

const enclosed = (n: number, first: number, max: number): string => (n >= 1 && n <= max ? String.fromCodePoint(first + n - 1) : String(n));
const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th");
const STEMS = "甲乙丙丁戊己庚辛壬癸";
const BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

/** One count in a numFmt, as Word shows it; formats it does not know are shown in decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "decimal": return String(n);
    case "decimalZero": return n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth": case "decimalFullWidth2": return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "upperLetter": return letters(n, true);
    case "lowerLetter": return letters(n, false);
    case "upperRoman": return roman(n, true);
    case "lowerRoman": return roman(n, false);
    case "ordinal": return `${n}${ordinalSuffix(n)}`;
    case "chineseCounting": case "chineseCountingThousand": case "japaneseCounting": case "taiwaneseCounting": case "taiwaneseCountingThousand": case "ideographDigital":
      return chineseCounting(n);
    case "taiwaneseDigital": return String(n).split("").map((d) => DIGITAL[Number(d)]).join("");
    case "chineseLegalSimplified": return chineseCounting(n, CN_LEGAL, ["", "拾", "佰", "仟"]);
    case "ideographLegalTraditional": case "japaneseLegal": return chineseCounting(n, TW_LEGAL, ["", "拾", "佰", "仟"]);
    case "ideographTraditional": return n >= 1 && n <= 10 ? STEMS[n - 1]! : String(n);
    case "ideographZodiac": return n >= 1 && n <= 12 ? BRANCHES[n - 1]! : String(n);
    case "decimalEnclosedCircle": case "decimalEnclosedCircleChinese": return enclosed(n, 0x2460, 20);
    case "decimalEnclosedParen": return enclosed(n, 0x2474, 20);
    case "decimalEnclosedFullstop": return enclosed(n, 0x2488, 20);
    case "ideographEnclosedCircle": return enclosed(n, 0x3280, 10);
    case "ideographParenthesized": return enclosed(n, 0x3220, 10);
    case "none": return "";
    default: return String(n);
  }
}

/** Counts paragraphs through a document's lists and renders each one's number. */
export class ListCounter {
  private counts = new Map<string, Map<number, number>>();
  private started = new Set<string>();

  constructor(private numbering: Numbering) {}

  /** The list item for a paragraph at numId/ilvl, its marker the number as Word shows it ("一、", "（二）", "3."). */
  next(numId: string, ilvl: number): ListItem & { suffix: NumberingLevel["suffix"] } {
    const list = this.numbering.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level) return { marker: "•", ordered: false, level: ilvl, suffix: "tab" };
    if (!isOrdered(level)) return { marker: "•", ordered: false, level: ilvl, suffix: level.suffix };
    const counts = this.counts.get(list.abstract) ?? new Map<number, number>();
    this.counts.set(list.abstract, counts);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of list.startOverrides) counts.set(l, start - 1);
    }
    counts.set(ilvl, (counts.get(ilvl) ?? level.start - 1) + 1);
    // Lower levels restart after this one, unless their lvlRestart says otherwise.
    for (const [l, lower] of list.levels) {
      const after = lower.restart ?? l;
      if (l > ilvl && after !== 0 && ilvl < after) counts.delete(l);
    }
    const marker = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const shown = list.levels.get(l);
      const n = counts.get(l) ?? shown?.start ?? 1;
      return formatNumber(n, level.legal ? "decimal" : (shown?.format ?? "decimal"));
    });
    return { marker: marker.trim(), ordered: true, level: ilvl, suffix: level.suffix };
  }
}

/**
 * The number as it sits before the paragraph's text: Word puts a tab after it (or a space, or nothing, by w:suff);
 * in text a tab would split the line into cells, so the tab reads as the space a reader sees, and as nothing after a
 * full-width mark that carries its own spacing ("一、招聘岗位", "（一）投资顾问", "1．").
 */
export function numberPrefix(item: { marker: string; suffix: NumberingLevel["suffix"] }): string {
  if (item.marker === "") return "";
  if (item.suffix === "nothing") return item.marker;
  return /[\u3000-\u303f\uff01-\uff5e\u2460-\u24ff\u3220-\u32ff]$/.test(item.marker) ? item.marker : `${item.marker} `;
}
