import * as OpenCC from "opencc-js/t2cn";

// Traditional (Taiwan and Hong Kong variants) → Simplified. OpenCC's "t" source covers the
// standard Traditional forms; "tw" and "hk" add regional variants (e.g. 裏/裡, 着/著).
const fromTaiwan = OpenCC.Converter({ from: "tw", to: "cn" });
const fromHongKong = OpenCC.Converter({ from: "hk", to: "cn" });

/** Folds Chinese text to Simplified script; other text passes through unchanged. */
export function toSimplified(text: string): string {
  return fromHongKong(fromTaiwan(text));
}

/** Normalizes full-width ASCII and ideographic spaces to their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** A comparison key: half-width, Simplified, lower-case, without whitespace. Script- and case-blind. */
export function foldKey(text: string): string {
  return toSimplified(toHalfWidth(text.normalize("NFKC"))).toLowerCase().replace(/\s+/g, "");
}

const hanRange = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** Guesses the script of a text: zh-Hant when folding to Simplified changes a noticeable share of its Han characters. */
export function detectScript(text: string): "zh-Hans" | "zh-Hant" | "en" {
  const han = text.match(hanRange);
  if (!han || han.length < Math.max(2, text.replace(/\s/g, "").length * 0.05)) return "en";
  const sample = han.slice(0, 4000).join("");
  const folded = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== folded[i]) changed++;
  return changed / sample.length > 0.03 ? "zh-Hant" : "zh-Hans";
}
