import * as OpenCC from "opencc-js/cn2t";
import { memoizeText } from "./memo.js";

// Simplified → Traditional, characters only (no Taiwan phrasing such as 设备 → 裝置), so the text folds
// back to the same words. For text written rather than compared: the synthetic board renders some
// postings and candidates in Traditional script. Comparison folds the other way (fold.ts).
// Built on first use: its dictionary trie is tens of MB of heap that an API never rendering a synthetic
// board (DEMO_DATA=0) should not carry.
let toTaiwan: ((text: string) => string) | undefined;

export const toTraditional = memoizeText((text: string) => (toTaiwan ??= OpenCC.Converter({ from: "cn", to: "tw" }))(text));
