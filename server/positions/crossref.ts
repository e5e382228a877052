import { foldAligned, foldKey } from "../text/fold.js";
import { numberingPrefix } from "./headings.js";

/** One segment's text and folded key (same length), with its title. */
export type Body = { title: string; text: string; key: string };

const requirementWords = /学历|经验|以上|毕业|专业|证书|优先|degree|experience/;

/** The separators of a list of names: "國文科、數學科", "UI/UX设计师", "销售和客服". */
const nameList = /\s*(?:、|,|\/|和|及|与)\s*/;

/**
 * The titles a name stands for: a title itself, or a title's opening words ("國文科" for 國文科正式教師) when no other
 * title opens with them and what it leaves is a role another title ends with too (正式教師, 教師): a subject or a
 * field shared out over role names. "数据分析" leaves "师" of 数据分析师 and stands for nothing.
 */
function titleNamed(name: string, titles: readonly string[]): string | null {
  if (titles.includes(name)) return name;
  const opened = titles.filter((t) => name.length >= 2 && t.startsWith(name) && t.length > name.length);
  if (opened.length !== 1) return null;
  const rest = opened[0]!.slice(name.length);
  const shared = titles.some((t) => t !== opened[0] && [...Array(rest.length - 1).keys()].some((k) => t.endsWith(rest.slice(k))));
  return shared ? opened[0]! : null;
}

/** "國文科、數學科：須具…": the titles a line names before its requirement verb, all of its names read or none. */
function namedTitles(line: string, titles: readonly string[]): string[] {
  const m = /^(.{2,60}?)\s*(?:须|需|应|必须|要求|:)/.exec(line);
  if (!m) return [];
  const whole = titleNamed(m[1]!, titles);
  if (whole) return [whole];
  const named = m[1]!.split(nameList).map((n) => titleNamed(n, titles));
  return named.length >= 2 && named.every((t) => t !== null) ? [...new Set(named as string[])] : [];
}

/**
 * Manuals often close with one requirements section for every position ("销售经理须具有本科以上学历…",
 * "销售代表须具有大专以上学历…"), which segmentation leaves in the last position; a notice may give one line to
 * several ("國文科、數學科：須具大學以上學歷"). A line that opens with other positions' titles (or a subject they
 * share, see titleNamed) and a requirement verb belongs to them: it is blanked where it stands (same length, so
 * offsets hold) and appended to each owner under a requirements heading.
 */
export function reassignNamedLines(bodies: readonly Body[]): Body[] {
  const titles = [...new Set(bodies.map((b) => foldKey(b.title)).filter((t) => t.length >= 2))];
  if (titles.length < 2) return [...bodies];
  const moved = new Map<string, string[]>();
  const out = bodies.map((b) => {
    const own = foldKey(b.title);
    let text = b.text;
    let key = b.key;
    let offset = 0;
    for (const line of b.key.split("\n")) {
      const body = line.slice(numberingPrefix.exec(line)![0].length);
      const owners = namedTitles(body, titles);
      if (owners.some((t) => t !== own) && requirementWords.test(body)) {
        for (const t of owners) moved.set(t, [...(moved.get(t) ?? []), b.text.slice(offset, offset + line.length)]);
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
