import { foldAligned } from "./fold.js";

const han = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Guesses the script of a text: zh-Hant when more than 3% of its first 4000 Han characters fold to
 * another character. `key` is the text's foldAligned when the caller already has it (the parser does),
 * which spares a second OpenCC pass.
 */
export function detectScript(text: string, key = foldAligned(text)): "zh-Hans" | "zh-Hant" | "en" {
  let count = 0;
  let changed = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!/\s/.test(c)) visible++;
    if (!han.test(c)) continue;
    count++;
    if (count <= 4000 && key[i] !== c) changed++;
  }
  if (count === 0 || count < Math.max(2, visible * 0.05)) return "en";
  return changed / Math.min(count, 4000) > 0.03 ? "zh-Hant" : "zh-Hans";
}
