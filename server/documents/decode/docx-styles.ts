import { SaxesParser, type SaxesTagNS } from "saxes";
import { DocumentRejected } from "../../errors.js";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** What a paragraph style contributes: its heading level, and run formatting every run inherits. */
export type ParagraphStyle = { heading?: number; bold?: boolean; halfPoints?: number };
/** numId → list level → whether that level counts (decimal, 一, …) or bullets. */
export type Numbering = Map<string, Map<number, { ordered: boolean; marker: string }>>;

// Style names are stable across locales in styles.xml ("heading 1"); ids and UI names are not
// (Chinese Word writes id "1" or "2", and some templates name them "标题 1").
const HEADING_NAME = /^(?:heading|标题|標題)\s*(\d)$/i;
const HEADING_ID = /^(?:heading|标题|標題)(\d)$/i;

export function styleIdHeading(styleId: string): number | undefined {
  const m = HEADING_ID.exec(styleId);
  return m ? Number(m[1]) : undefined;
}

export function onOff(tag: SaxesTagNS): boolean {
  const val = attr(tag, "val");
  return val === undefined || !["0", "false", "off", "none"].includes(val);
}

export function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && a.uri === W) return a.value;
  return undefined;
}

/** styles.xml → paragraph styles by id, with `basedOn` inheritance resolved. */
export function parseStyles(xml: string): Map<string, ParagraphStyle> {
  const raw = new Map<string, ParagraphStyle & { basedOn?: string }>();
  let current: (ParagraphStyle & { basedOn?: string }) | null = null;
  let inRunProps = false;
  walk(xml, {
    open(tag) {
      if (tag.local === "style") {
        current = attr(tag, "type") === "paragraph" ? {} : null;
        if (current) raw.set(attr(tag, "styleId") ?? "", current);
        const heading = styleIdHeading(attr(tag, "styleId") ?? "");
        if (current && heading) current.heading = heading;
      } else if (!current) return;
      else if (tag.local === "name") {
        const m = HEADING_NAME.exec(attr(tag, "val") ?? "");
        if (m) current.heading = Number(m[1]);
        else if (attr(tag, "val") === "Title") current.heading = 1;
      } else if (tag.local === "basedOn") current.basedOn = attr(tag, "val");
      else if (tag.local === "outlineLvl" && current.heading === undefined) {
        const level = Number(attr(tag, "val"));
        if (level >= 0 && level < 6) current.heading = level + 1;
      } else if (tag.local === "rPr") inRunProps = true;
      else if (inRunProps && tag.local === "b") current.bold = onOff(tag);
      else if (inRunProps && tag.local === "sz") current.halfPoints = Number(attr(tag, "val")) || undefined;
    },
    close(tag) {
      if (tag.local === "rPr") inRunProps = false;
      if (tag.local === "style") current = null;
    },
  });
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, depth: number): ParagraphStyle => {
    const style = raw.get(id);
    if (!style || depth > 10) return {};
    const base = style.basedOn ? resolve(style.basedOn, depth + 1) : {};
    return { heading: style.heading ?? base.heading, bold: style.bold ?? base.bold, halfPoints: style.halfPoints ?? base.halfPoints };
  };
  for (const id of raw.keys()) resolved.set(id, resolve(id, 0));
  return resolved;
}

const UNORDERED_FORMATS = new Set(["bullet", "none"]);

/** numbering.xml → for each numId, whether each level is numbered or bulleted. */
export function parseNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, { ordered: boolean; marker: string }>>();
  const numToAbstract = new Map<string, string>();
  let currentAbstract: Map<number, { ordered: boolean; marker: string }> | null = null;
  let level = 0;
  let currentNum: string | null = null;
  walk(xml, {
    open(tag) {
      if (tag.local === "abstractNum") abstract.set(attr(tag, "abstractNumId") ?? "", (currentAbstract = new Map()));
      else if (tag.local === "lvl") level = Number(attr(tag, "ilvl") ?? 0);
      else if (tag.local === "numFmt" && currentAbstract) {
        const format = attr(tag, "val") ?? "decimal";
        currentAbstract.set(level, { ordered: !UNORDERED_FORMATS.has(format), marker: UNORDERED_FORMATS.has(format) ? "•" : "1." });
      } else if (tag.local === "num") currentNum = attr(tag, "numId") ?? null;
      else if (tag.local === "abstractNumId" && currentNum) numToAbstract.set(currentNum, attr(tag, "val") ?? "");
    },
    close(tag) {
      if (tag.local === "abstractNum") currentAbstract = null;
      if (tag.local === "num") currentNum = null;
    },
  });
  const numbering: Numbering = new Map();
  for (const [num, abs] of numToAbstract) numbering.set(num, abstract.get(abs) ?? new Map());
  return numbering;
}

/** Streams WordprocessingML elements to the handlers; a DOCTYPE (how entity attacks begin) is refused. */
export function walk(xml: string, on: { open(tag: SaxesTagNS): void; close(tag: SaxesTagNS): void; text?(text: string): void }): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("doctype", () => {
    throw new DocumentRejected("unprocessable", "The document's XML declares a DOCTYPE.", "doctype");
  });
  parser.on("opentag", (tag) => tag.uri === W && on.open(tag));
  parser.on("closetag", (tag) => tag.uri === W && on.close(tag));
  if (on.text) parser.on("text", on.text);
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof DocumentRejected) throw err;
    throw new DocumentRejected("unprocessable", `The document's XML is malformed: ${(err as Error).message}`, "corrupt_docx");
  }
}

/** XML parts may be UTF-16 when their BOM says so; otherwise they are UTF-8. */
export function xmlText(xml: Uint8Array): string {
  const encoding = xml[0] === 0xff && xml[1] === 0xfe ? "utf-16le" : xml[0] === 0xfe && xml[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(xml);
}
