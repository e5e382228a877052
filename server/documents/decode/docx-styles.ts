import { SaxesParser, type SaxesTagNS } from "saxes";
import { DocumentRejected } from "../../errors.js";
import { isOrdered, type Numbering, type NumberingLevel } from "./docx-numbering.js";

export type { Numbering } from "./docx-numbering.js";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** What a paragraph style contributes: its heading level, and run formatting every run inherits. */
/** `numId`/`ilvl`: the list a style numbers its paragraphs in (List Number, a heading linked to a multilevel list). */
export type ParagraphStyle = { heading?: number; bold?: boolean; halfPoints?: number; numId?: string; ilvl?: number };

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
      else if (!inRunProps && tag.local === "numId") current.numId = attr(tag, "val");
      else if (!inRunProps && tag.local === "ilvl") current.ilvl = Number(attr(tag, "val") ?? 0);
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
    return {
      heading: style.heading ?? base.heading, bold: style.bold ?? base.bold, halfPoints: style.halfPoints ?? base.halfPoints,
      numId: style.numId ?? base.numId, ilvl: style.ilvl ?? base.ilvl,
    };
  };
  for (const id of raw.keys()) resolved.set(id, resolve(id, 0));
  return resolved;
}

const NO_TEXT = "\u0000";

/**
 * numbering.xml → for each numId, its list levels (format, text, start, restart, suffix) with the instance's
 * w:lvlOverride applied; an abstract list that only links a list style (w:numStyleLink) takes the levels of the one
 * defining it (w:styleLink).
 */
export function parseNumbering(xml: string): Numbering {
  const abstract = new Map<string, { levels: Map<number, NumberingLevel>; styleLink?: string; numStyleLink?: string }>();
  const instances = new Map<string, { abstract: string; levels: Map<number, NumberingLevel>; startOverrides: Map<number, number> }>();
  let levels: Map<number, NumberingLevel> | null = null;
  let currentAbstract: { levels: Map<number, NumberingLevel>; styleLink?: string; numStyleLink?: string } | null = null;
  let currentNum: { abstract: string; levels: Map<number, NumberingLevel>; startOverrides: Map<number, number> } | null = null;
  let level: NumberingLevel | null = null;
  let override = 0;
  let inLevelParagraph = false;
  walk(xml, {
    open(tag) {
      const val = attr(tag, "val");
      switch (tag.local) {
        case "abstractNum":
          currentAbstract = { levels: new Map() };
          abstract.set(attr(tag, "abstractNumId") ?? "", currentAbstract);
          levels = currentAbstract.levels;
          break;
        case "styleLink": if (currentAbstract) currentAbstract.styleLink = val; break;
        case "numStyleLink": if (currentAbstract) currentAbstract.numStyleLink = val; break;
        case "num":
          currentNum = { abstract: "", levels: new Map(), startOverrides: new Map() };
          instances.set(attr(tag, "numId") ?? "", currentNum);
          levels = currentNum.levels;
          break;
        case "abstractNumId": if (currentNum) currentNum.abstract = val ?? ""; break;
        case "lvlOverride": override = Number(attr(tag, "ilvl") ?? 0); break;
        case "startOverride": if (currentNum) currentNum.startOverrides.set(override, Number(val) || 0); break;
        case "lvl":
          // text NUL until w:lvlText says otherwise: a level without one shows "%n." (or a bullet).
          level = { format: "decimal", text: NO_TEXT, start: 1, suffix: "tab" };
          levels?.set(Number(attr(tag, "ilvl") ?? (currentNum ? override : 0)), level);
          break;
        case "pPr": case "rPr": inLevelParagraph = level !== null; break;
      }
      if (!level || inLevelParagraph) return;
      switch (tag.local) {
        case "start": level.start = Number(val) || 0; break;
        case "numFmt": level.format = val ?? "decimal"; break;
        case "lvlText": level.text = val ?? ""; break;
        case "lvlRestart": level.restart = Number(val) || 0; break;
        case "suff": level.suffix = val === "space" ? "space" : val === "nothing" ? "nothing" : "tab"; break;
        case "isLgl": level.legal = onOff(tag); break;
      }
    },
    close(tag) {
      switch (tag.local) {
        case "abstractNum": currentAbstract = null; levels = null; break;
        case "num": currentNum = null; levels = null; break;
        case "lvl": level = null; break;
        case "pPr": case "rPr": inLevelParagraph = false; break;
      }
    },
  });
  const levelsOf = (id: string): Map<number, NumberingLevel> => {
    const a = abstract.get(id);
    if (!a) return new Map();
    if (a.levels.size === 0 && a.numStyleLink) {
      const linked = [...abstract.values()].find((b) => b.styleLink === a.numStyleLink && b.levels.size > 0);
      if (linked) return linked.levels;
    }
    return a.levels;
  };
  const numbering: Numbering = new Map();
  for (const [numId, num] of instances) {
    const merged = new Map(levelsOf(num.abstract));
    for (const [l, lvl] of num.levels) merged.set(l, lvl);
    for (const [l, lvl] of merged) if (lvl.text === NO_TEXT) merged.set(l, { ...lvl, text: isOrdered(lvl) ? `%${l + 1}.` : "•" });
    numbering.set(numId, { abstract: num.abstract, levels: merged, startOverrides: num.startOverrides });
  }
  return numbering;
}

/** Streams WordprocessingML elements to the handlers; a DOCTYPE (how entity attacks begin) is refused. */
export function walk(
  xml: string,
  // `foreign`: an opening tag of another namespace (DrawingML's a:blip, VML's v:imagedata), for readers that count them.
  on: { open(tag: SaxesTagNS): void; close(tag: SaxesTagNS): void; text?(text: string): void; foreign?(tag: SaxesTagNS): void },
): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("doctype", () => {
    throw new DocumentRejected("unprocessable", "The document's XML declares a DOCTYPE.", "doctype");
  });
  parser.on("opentag", (tag) => (tag.uri === W ? on.open(tag) : on.foreign?.(tag)));
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
