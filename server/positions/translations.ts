import type { Position } from "./position.schema.js";

/** What a translation keeps from its original: figures (12+ years, 5%, 3 factories) and Latin names (SAP, S&OP, CSCP). */
function anchors(p: Position): { figures: Set<string>; names: Set<string> } {
  const text = [...p.responsibilities, p.sourceText].join("\n");
  const figures = new Set([...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]));
  // Acronyms and codes in capitals: a person's or a firm's name in a signature line is no anchor.
  const names = new Set([...text.matchAll(/(?<![A-Za-z])[A-Z][A-Z0-9&+#-]*[A-Z0-9](?![A-Za-z])/g)].map((m) => m[0]));
  return { figures, names };
}

const shared = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;

/**
 * Whether `b` is `a` written again in the other language: "Position: Supply Chain Director … 12+ years … SAP" and
 * "职位：供应链总监 … 12年以上 … SAP". One is English and the other Chinese, they list about as many duties, and
 * what a translation cannot change agrees: most figures of the shorter one and every Latin name the Chinese one
 * writes are in the English one.
 */
export function isTranslation(a: Position, b: Position): boolean {
  const english = a.language === "en" ? a : b.language === "en" ? b : null;
  const chinese = english === a ? b : a;
  if (!english || chinese.language === "en") return false;
  if (Math.abs(a.responsibilities.length - b.responsibilities.length) > 1 || Math.min(a.responsibilities.length, b.responsibilities.length) < 2) return false;
  const en = anchors(english);
  const zh = anchors(chinese);
  const figures = Math.min(en.figures.size, zh.figures.size);
  const sameFigures = figures >= 3 && shared(en.figures, zh.figures) / figures >= 0.7;
  const sameNames = zh.names.size === 0 || shared(zh.names, en.names) / zh.names.size >= 0.7;
  return sameFigures && sameNames;
}

/** A bilingual copy of one job is one position: the second language's reading of it goes, the first (as written first) stays. */
export function withoutTranslations(positions: readonly Position[]): Position[] {
  const kept: Position[] = [];
  for (const p of positions) {
    const last = kept[kept.length - 1];
    if (last && isTranslation(last, p)) continue;
    kept.push(p);
  }
  return kept;
}
