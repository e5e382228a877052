import { chineseNumeralChars, parseChineseNumeral } from "./numerals.js";
import { splitFolded } from "../text/split-folded.js";

/** A line of a position, in original script (`text`) and folded (`key`), same length. */
export type Line = { text: string; key: string };

type Marker = { at: number; end: number; n: number; style: string; strong: boolean };

const cn = `[${chineseNumeralChars.replace("半", "")}]{1,3}`;
const markerPattern = new RegExp(
  [
    `(?<dec>(?<decn>\\d{1,2})(?:\\.\\d{1,2}){1,3}\\.?)(?=\\s*[^\\d\\s.])`,
    `[（(](?<pn>\\d{1,2}|${cn})[)）]`,
    `(?<cnn>${cn})\\s*[、.．]`,
    `(?<an>\\d{1,2})\\s*(?<sep>[、.,，)）:：])(?!\\d)`,
    `(?<bn>\\d{1,2})(?=\\s?[\\u4e00-\\u9fff])`,
    `(?<letter>[a-h])[.)、](?=\\s*\\S)`,
    `(?<bullet>[•·●◆■▪*-])\\s+`,
    `(?<circled>[①-⑳⑴-⒇])`,
    `第(?<tn>\\d{1,2}|${cn})条`,
  ].join("|"),
  "g",
);
const before = /[\s;；。.,，:：!！?？)）]/;
const unitsAfter = /^\s?(?:年|个|月|日|人|次|岁|名|位|天|周|小时|万|千|百|元|%|米|分钟|点|层|项|家|倍)/;

function markersOf(key: string): Marker[] {
  const found: Marker[] = [];
  for (const m of key.matchAll(markerPattern)) {
    const g = m.groups!;
    const prev = m.index === 0 ? "" : key[m.index - 1]!;
    const atStart = key.slice(0, m.index).trim().length === 0;
    const afterHan = /[\u4e00-\u9fff]/.test(prev) && (g.bn !== undefined || (g.an !== undefined && /[、.]/.test(g.sep ?? "")));
    if (!atStart && !before.test(prev) && !afterHan) continue;
    const end = m.index + m[0].length;
    if (unitsAfter.test(key.slice(end)) && (g.an || g.bn)) continue;
    const raw = g.decn ?? g.pn ?? g.cnn ?? g.an ?? g.bn ?? g.tn;
    const circled = g.circled ? (g.circled.charCodeAt(0) >= 0x2474 ? g.circled.charCodeAt(0) - 0x2473 : g.circled.charCodeAt(0) - 0x245f) : 0;
    const n = g.letter ? g.letter.charCodeAt(0) - 96 : g.bullet ? 0 : g.circled ? circled : /^\d+$/.test(raw ?? "") ? Number(raw) : (parseChineseNumeral(raw ?? "") ?? 0);
    const style = g.dec ? "dec" : g.pn ? "paren" : g.cnn ? "cn" : g.letter ? "letter" : g.bullet ? "bullet" : g.circled ? "circled" : g.tn ? "article" : "arabic";
    if (g.cnn && !atStart && !/[\s;；。]/.test(prev)) continue;
    found.push({ at: m.index, end, n, style, strong: !g.bn && (atStart || !g.an || g.sep !== "," && g.sep !== "，") });
  }
  return found;
}

function splitAt(line: Line, separator: RegExp): string[] {
  return splitFolded(line.text, line.key, separator)
    .map((p) => p.text)
    .filter((p) => p.trim().length >= 4);
}

/**
 * Splits lines into list items, numbering stripped. Inline numbers only count when they continue a
 * sequence (…; 2、… 3、…) so "3年以上" or "第1页" inside an item never splits it.
 */
export function splitItems(lines: readonly Line[], inDutySection = false): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const markers = markersOf(line.key);
    const accepted: Marker[] = [];
    let stop = line.key.length;
    for (const m of markers) {
      const atStart = line.key.slice(0, m.at).trim().length === 0;
      const last = [...accepted].reverse().find((a) => a.style === m.style || (a.style === "arabic" && m.style === "dec"));
      const opensList = m.n === 1 && markers.some((o) => o.at > m.at && o.n === 2 && o.style === m.style);
      if (atStart && (m.strong || opensList)) accepted.push(m);
      else if (last && m.style !== "bullet" && m.n > last.n && m.n <= last.n + 3) accepted.push(m);
      else if (accepted.length === 0 && m.n === 1 && (m.strong || opensList) && m.style !== "letter") accepted.push(m);
      else if (last && m.n === 1 && m.strong && m.style !== last.style) accepted.push(m);
      else if (last && m.n === 1 && m.strong) {
        // A second list restarting at 1 in the same run of text is another section (绩效标准, 权限…), not more duties.
        stop = m.at;
        break;
      }
    }
    if (accepted.length === 0) {
      const t = line.key.trim();
      // An unnumbered line of duties separated by ；is a list too: "负责A；负责B；负责C。"
      if ((t.match(/;/g) ?? []).length >= 2) items.push(...splitAt(line, /;/g));
      else if (/[;；。.!！]$/.test(t) && t.length >= 6) items.push(line.text.trim());
      // Under a 职责 heading an unpunctuated line of some length is a duty; short ones are sub-headings (客户关系维护).
      else if (inDutySection && t.length >= 10 && !/[:：]$/.test(t)) items.push(line.text.trim());
      continue;
    }
    const head = line.text.slice(0, accepted[0]!.at).trim();
    if (head.length >= 6 && /[;；。]$/.test(head)) items.push(head);
    accepted.forEach((m, i) => items.push(line.text.slice(m.end, accepted[i + 1]?.at ?? stop)));
  }
  return items.map((s) => s.trim().replace(/^[、.,，:：\s]+|[;；,，。.\s]+$/g, "").trim()).filter((s) => s.length >= 2);
}
