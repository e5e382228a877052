import { foldAligned, foldKey } from "../text/fold.js";
import { numberingPrefix } from "./headings.js";
import { escapeRegExp } from "../text/regex.js";

/** One segment's text and folded key (same length), with its title. */
export type Body = { title: string; text: string; key: string };

const requirementWords = /学历|经验|以上|毕业|专业|证书|优先|degree|experience/;

/**
 * Manuals often close with one requirements section for every position ("销售经理须具有本科以上学历…",
 * "销售代表须具有大专以上学历…"), which segmentation leaves in the last position. A line that opens with
 * another position's title and a requirement verb belongs to that position: it is blanked where it stands
 * (same length, so offsets hold) and appended to its owner under a requirements heading.
 */
export function reassignNamedLines(bodies: readonly Body[]): Body[] {
  const titles = [...new Set(bodies.map((b) => foldKey(b.title)).filter((t) => t.length >= 2))];
  if (titles.length < 2) return [...bodies];
  const opener = new RegExp(`^(${titles.sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})\\s*(?:须|需|应|必须|要求|:)`);
  const moved = new Map<string, string[]>();
  const out = bodies.map((b) => {
    const own = foldKey(b.title);
    let text = b.text;
    let key = b.key;
    let offset = 0;
    for (const line of b.key.split("\n")) {
      const body = line.slice(numberingPrefix.exec(line)![0].length);
      const m = opener.exec(body);
      if (m && m[1] !== own && requirementWords.test(body)) {
        moved.set(m[1]!, [...(moved.get(m[1]!) ?? []), b.text.slice(offset, offset + line.length)]);
        const blank = " ".repeat(line.length);
        text = text.slice(0, offset) + blank + text.slice(offset + line.length);
        key = key.slice(0, offset) + blank + key.slice(offset + line.length);
      }
      offset += line.length + 1;
    }
    return { ...b, text, key };
  });
  return out.map((b) => {
    const lines = moved.get(foldKey(b.title));
    if (!lines || out.filter((o) => foldKey(o.title) === foldKey(b.title)).length > 1) return b;
    const extra = `\n任职要求:\n${lines.join("\n")}`;
    return { ...b, text: b.text + extra, key: b.key + foldAligned(extra) };
  });
}
