import * as OpenCC from "opencc-js/cn2t";
import { memoizeText } from "./memo.js";

// Simplified → Traditional, characters only (no Taiwan phrasing such as 设备 → 裝置), so the text folds
// back to the same words. For text written rather than compared: the synthetic board renders some
// postings and candidates in Traditional script. Comparison folds the other way (fold.ts).
const toTaiwan = OpenCC.Converter({ from: "cn", to: "tw" });

export const toTraditional = memoizeText((text: string) => toTaiwan(text));
