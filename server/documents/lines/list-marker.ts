import type { ListItem } from "../line.js";

// Line-start list markers as people type them, in both scripts. Numbers followed by a unit
// ("3年以上") are not markers: the separator is required for digits.
const CN = "[一二三四五六七八九十]{1,3}";
const MARKERS: { pattern: RegExp; ordered: boolean }[] = [
  { pattern: /^[•·●○◆◇■□▪▫►▶➢➤✓✔]\s*/u, ordered: false },
  { pattern: /^[-*+–—]\s+/u, ordered: false },
  { pattern: /^\d{1,2}(?:\.\d{1,2}){0,3}\s*[.、．)）:：](?!\d)\s*/u, ordered: true },
  { pattern: new RegExp(`^[（(](?:\\d{1,2}|${CN})[)）]\\s*`, "u"), ordered: true },
  { pattern: new RegExp(`^${CN}\\s*[、.．]\\s*`, "u"), ordered: true },
  { pattern: /^[①-⑳⑴-⒇]\s*/u, ordered: true },
  { pattern: /^[a-hA-H][.)、]\s+/u, ordered: true },
];

/** The list marker a line of plain text starts with, if any; `level` from its indentation. */
export function listMarkerOf(text: string, indent: number): ListItem | undefined {
  for (const { pattern, ordered } of MARKERS) {
    const m = pattern.exec(text);
    if (m && m[0].length < text.length) return { marker: m[0].trim(), ordered, level: Math.floor(indent / 2) };
  }
  return undefined;
}
