const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const units: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100 };

/** Characters that may form a Chinese numeral, for building patterns. */
export const chineseNumeralChars = "零〇一二两兩三四五六七八九十拾百佰半";

/** Parses 三, 十, 十二, 二十五, 两, 一百, 一年半's 半 (0.5); null when it is not a numeral. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  if (text === "半") return 0.5;
  let total = 0;
  let pending = 0;
  let seen = false;
  for (const c of text) {
    if (c in digits) {
      pending = digits[c]!;
      seen = true;
    } else if (c in units) {
      total += (seen ? pending : 1) * units[c]!;
      pending = 0;
      seen = false;
    } else return null;
  }
  return total + pending;
}

/** Parses an Arabic (half- or full-width) or Chinese number: "3", "３", "3.5", "十五". */
export function parseNumber(text: string): number | null {
  const half = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+(?:\.\d+)?$/.test(half)) return Number(half);
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  if (half.toLowerCase() in words) return words[half.toLowerCase()]!;
  return parseChineseNumeral(half);
}
