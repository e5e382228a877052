import { foldKey } from "../text/fold.js";
import { cleanLines, type CleanText } from "./clean.js";
import { chatSenderLines, otherNoticeSection } from "./data/furniture.js";
import { sectionHeadings } from "./data/sections.js";
import { findHeadings, numberingPrefix, type Heading } from "./headings.js";
import { readLabels } from "./labels.js";
import { withSiblingHeadings } from "./siblings.js";
import { isPositionName, restates, type TitleText } from "./title.js";

/**
 * One position's stretch of the cleaned text; its content (after the heading) starts at `bodyStart`.
 * `labelled`: named by a field (职位：X), which is a position whatever its description holds.
 */
export type Segment = { title: TitleText; start: number; bodyStart: number; end: number; described: boolean; labelled?: boolean };

const sectionKeys = sectionHeadings.map((s) => s.key);

/** Whether the text between two headings holds anything beyond section names and label lines. */
function hasContent(key: string): boolean {
  return key.split("\n").some((line) => {
    const body = line.replace(numberingPrefix, "").trim().replace(/[:：]$/, "");
    if (body.length === 0 || sectionKeys.includes(body)) return false;
    // A flattened form runs a whole description on after its first label: that is content.
    if (body.length > 80 || /[。;]/.test(body)) return true;
    const labels = readLabels(body);
    return !(labels.length > 0 && labels[0]!.labelStart === 0);
  });
}

type Open = { heading: Heading; title: TitleText; start: number };

/** Whether a line of `key` is a field ("<label>: <value>", a short label) whose value is `name`. */
function statesValue(key: string, name: string): boolean {
  const wanted = foldKey(name.trim());
  return key.split("\n").some((line) => {
    const m = /^\s*(?:[-•*]\s*)?([^:\d]{2,30}?)\s*:\s*(\S.{1,80}?)\s*$/.exec(line);
    return m !== null && m[1]!.trim().split(/\s+/).length <= 3 && foldKey(m[2]!.replace(/\*\*/g, "").trim()) === wanted;
  });
}

/** The message openers of a chat export, with who sent each; none unless the text has two or more. */
export function chatSenders(clean: CleanText): { start: number; name: string }[] {
  const senders = cleanLines(clean).flatMap((line) => {
    const name = chatSenderLines.map((p) => p.exec(line.key.trim())?.groups?.name).find((n) => n !== undefined);
    return name ? [{ start: line.start, name: name.trim() }] : [];
  });
  return senders.length >= 2 ? senders : [];
}

/**
 * Splits the cleaned document into positions. A heading repeating the open position's title (销售总监 …
 * 销售总监的工作内容) or a 岗位名称 label right under a document title continues it; departments and
 * parts (篇一) close it. A part with no position heading of its own is one position named by the part.
 */
export function segmentPositions(clean: CleanText): Segment[] {
  return segmentDocument(clean).posts;
}

/** One segmentation, both answers: the posts' segments, and the job-family headings no reading takes for a post. */
export function segmentDocument(clean: CleanText): { posts: Segment[]; families: Segment[] } {
  const segments = withoutFamilyHeadings(clean, segmentsOf(clean));
  return { posts: segments.filter((s) => !s.family), families: segments.filter((s) => s.family) };
}

function segmentsOf(clean: CleanText): Segment[] {
  const headings = withSiblingHeadings(clean, findHeadings(clean));
  const segments: Segment[] = [];
  let open: Open | null = null;
  // A classified page's heading of another kind of notice (求职, ■ 房屋租售) ends the post above it.
  const notices = cleanLines(clean).filter((l) => otherNoticeSection.test(l.key)).map((l) => l.start);
  const close = (to: number) => {
    if (open) {
      const from = open.heading.end;
      const at = notices.find((n) => n >= from && n < to) ?? to;
      const bodyStart = Math.min(open.heading.end, at);
      const labelled = open.heading.kind === "label";
      segments.push({ title: open.title, start: open.start, bodyStart, end: at, described: open.heading.described === true, labelled });
    }
    open = null;
  };
  // A position opened inside a chat message ends where someone else's message starts: the replies, the next post.
  const senders = chatSenders(clean);
  const closeAtSender = (before: number) => {
    if (!open) return;
    const from = open.start;
    const sender = senders.filter((m) => m.start <= from).pop();
    const next = sender && senders.find((m) => m.start > from && m.start < before && m.name !== sender.name);
    if (next) close(next.start);
  };
  const parts: { heading: Heading; end: number }[] = [];
  for (const h of headings) {
    closeAtSender(h.start);
    if (h.kind === "part" || h.kind === "dept") {
      close(h.start);
      if (h.kind === "part") {
        const last = parts[parts.length - 1];
        if (last) last.end = h.start;
        parts.push({ heading: h, end: clean.text.length });
      }
      continue;
    }
    const current: Open | null = open;
    if (current) {
      const same = foldKey(current.title.text) === foldKey(h.title.text);
      const between = clean.key.slice(current.heading.end, h.start);
      if (same && h.kind !== "doc") continue;
      // "Role: Automation Test Engineer" among a "Senior Test Automation Engineer" posting's details: a field restating
      // the open position's name (its category) is that position's field, not a second position.
      if (h.kind === "label" && restates(h.title.key, current.title.key)) continue;
      // "Classification: RESEARCH DATA SPECIALIST I" among a post's properties, then "RESEARCH DATA SPECIALIST I" over the
      // class's minimum requirements: a heading repeating a field's value of the open post heads that field's details.
      if (h.kind === "title" && statesValue(between, h.title.key)) continue;
      if (h.kind === "label" && !hasContent(between)) {
        current.title = h.title;
        continue;
      }
    }
    close(h.start);
    open = { heading: h, title: h.title, start: h.start };
  }
  closeAtSender(clean.text.length);
  close(clean.text.length);
  return withPartFallbacks(clean, segments, parts);
}

/** How deep a heading's line is set: its Markdown level, or its numbering's rank (一、 over （一） over 1. over (1)); null when unmarked. */
export function headingDepth(line: string): number | null {
  const l = line.trimStart();
  const hashes = /^(#{1,6})\s/.exec(l);
  if (hashes) return hashes[1]!.length;
  const ranks = [/^[一二三四五六七八九十]{1,3}\s*[、.]/, /^[（(][一二三四五六七八九十]{1,3}[)）]/, /^\d{1,2}\s*[、.](?!\d)/, /^[（(]\d{1,2}[)）]/];
  const rank = ranks.findIndex((r) => r.test(l));
  return rank < 0 ? null : 10 + rank;
}

/**
 * A job family page: "# Backend Engineer" over "### Senior Backend Engineer" and "### Staff Backend Engineer", "一、软件工程师" over
 * "（一）初级软件工程师" and "（二）高级软件工程师". A heading over two or more headings set deeper, each a level of it (naming
 * it inside its own name), names the family the posts belong to, not a post of its own.
 */
function withoutFamilyHeadings(clean: CleanText, segments: Segment[]): (Segment & { family?: boolean })[] {
  const lineAt = (at: number) => clean.key.slice(at, clean.key.indexOf("\n", at) < 0 ? undefined : clean.key.indexOf("\n", at));
  const depths = segments.map((s) => headingDepth(lineAt(s.start)));
  return segments.map((s, i) => {
    const depth = depths[i];
    if (depth === null || depth === undefined) return s;
    let levels = 0;
    for (let j = i + 1; j < segments.length; j++) {
      const d = depths[j];
      if (d === null || d === undefined || d <= depth) break;
      if (restates(s.title.key, segments[j]!.title.key)) levels++;
    }
    return levels < 2 ? s : { ...s, family: true };
  });
}

function withPartFallbacks(clean: CleanText, segments: Segment[], parts: { heading: Heading; end: number }[]): Segment[] {
  const result = [...segments];
  for (const part of parts) {
    const first = segments.find((s) => s.start >= part.heading.start && s.start < part.end);
    const end = first?.start ?? part.end;
    const body = clean.key.slice(part.heading.end, end);
    if (part.heading.title.key.length < 2 || !hasContent(body)) continue;
    // Duties before the part's first heading are the part's own position; a blurb there is not.
    if (first && (body.match(/^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.]\s*\S/gm) ?? []).length < 2) continue;
    // "销售经理工作总结篇二" is not a job description: without a 职责/说明书 heading the name must be a role.
    const describesJob = /职责|说明书|job description/.test(clean.key.slice(part.heading.start, part.heading.end));
    if (!isPositionName(part.heading.title.key, describesJob ? "suffixed" : "strict")) continue;
    result.push({ title: part.heading.title, start: part.heading.start, bodyStart: part.heading.end, end, described: false });
  }
  return result.sort((a, b) => a.start - b.start);
}
