import { Parser } from "htmlparser2";
import type { ReaderInput, ReaderOutput } from "../formats.js";
import type { DocumentLine } from "../line.js";
import { LineBuilder, type BlockContext } from "../lines/line-builder.js";
import { jobPostingLines } from "./html-json-ld.js";

// Never text for a reader: code, styling, embedded objects, and the page's own chrome.
const DROPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "button", "head", "nav", "aside", "dialog"]);
// Banner and footer of the page, but a posting's own header inside <article> or <main> is content.
const PAGE_CHROME = new Set(["header", "footer"]);
const DROPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"]);
const BLOCKS = new Set([
  "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "hr", "li", "main",
  "ol", "p", "pre", "section", "summary", "ul", "table", "caption", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "option",
]);
const BOLD = new Set(["b", "strong"]);
// Chips: "<span>深圳</span><span>全职</span><span>3-5年</span>" sit apart on screen (CSS gaps) with nothing between them
// in the source. Such siblings are kept apart with the separator a tag line is read by.
const CHIPS = new Set(["span", "a", "label", "time"]);
const CHIP_SEPARATOR = " · ";
const CONTENT_ROOTS = new Set(["article", "main"]);
// A panel that names its content by an attribute: MDX/Docusaurus <TabItem label="…">, <Tab title="…">, accordion and
// collapse items (<AccordionItem title="…">, <el-collapse-item title="…">), an ARIA tab panel's aria-label.
const NAMED_PANEL = /tab|panel|accordion|collaps|expan|toggle|disclosure/;
const PANEL_NAME_ATTRIBUTES = ["label", "title", "header", "heading", "aria-label"];

// What a picture of the person is called in its attributes ("photo.jpg", class="avatar", alt="证件照"; a data: URI's
// letters name nothing); an icon or a logo is named otherwise.
const PHOTO_NAMED = /photo|avatar|portrait|headshot|profile[-_ ]?(?:pic|image|img)|selfie|foto|bewerbungsbild|照片|相片|头像|頭像|证件照|證件照|大头照|大頭照|写真/i;
const pixels = (value: string | undefined) => (value !== undefined && /^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/.test(value) ? Number.parseFloat(value) : undefined);

/**
 * An <img> that shows a person: named a photo in its source, class, id or alt text (unless drawn icon-small), or
 * sized as one (36–400 px a side, square to upright). An image without either, a logo or an icon, is no photo.
 */
export function photoImage(attribs: Record<string, string>): boolean {
  const style = attribs.style ?? "";
  const width = pixels(attribs.width) ?? pixels(/(?:^|;)\s*width\s*:\s*([\d.]+px)/i.exec(style)?.[1]);
  const height = pixels(attribs.height) ?? pixels(/(?:^|;)\s*height\s*:\s*([\d.]+px)/i.exec(style)?.[1]);
  if (width !== undefined && height !== undefined) {
    const ratio = height / width;
    if (width >= 36 && height >= 36 && width <= 400 && height <= 400 && ratio >= 0.8 && ratio <= 1.7) return true;
  }
  const small = (width !== undefined && width < 36) || (height !== undefined && height < 36);
  return !small && PHOTO_NAMED.test([/^\s*data:/i.test(attribs.src ?? "") ? undefined : attribs.src, attribs.class, attribs.id, attribs.alt].filter(Boolean).join(" "));
}

/** The name a panel element gives its content, or null: the first naming attribute of a tab, accordion or collapse item. */
export function panelName(name: string, attribs: Record<string, string>): string | null {
  if (!NAMED_PANEL.test(name) && attribs.role !== "tabpanel") return null;
  const value = PANEL_NAME_ATTRIBUTES.map((a) => attribs[a]?.trim()).find((v) => v !== undefined && v !== "");
  return value ?? null;
}

type Open = { name: string; dropped: boolean };

/**
 * Which of the page's <header> elements (by order of opening) hold a person's contact links (mailto:, tel:): a
 * résumé's or a profile's masthead (name, email, phone), which is the document's own content, unlike a site's banner.
 */
function contactHeaders(html: string): Set<number> {
  const found = new Set<number>();
  const open: number[] = [];
  let count = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "header") open.push(count++);
        if (name === "a" && /^\s*(?:mailto|tel):/i.test(attribs.href ?? "")) for (const h of open) found.add(h);
      },
      onclosetag(name) {
        if (name === "header") open.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** Lines of an HTML page: what a reader sees of the posting, with headings, lists, bold and table rows kept. */
export function htmlToLines(html: string): { lines: DocumentLine[]; jsonLd: string[] } {
  const out = new LineBuilder();
  const stack: Open[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  const headings: number[] = [];
  const jsonLd: string[] = [];
  let dropped = 0;
  let bold = 0;
  let pre = 0;
  let contentRoots = 0;
  let tables = 0;
  let tableCount = 0;
  let rowCount = 0;
  let jsonLdText: string | null = null;
  let lastHeading: number | undefined;
  // The depth at which a chip closed, while nothing has been read since: a chip opening there is its sibling.
  let chipClosedAt = -1;
  // The last heading level outside each open toggle: headings inside one do not move the next toggle's level.
  const toggles: (number | undefined)[] = [];
  // A banner is chrome; a masthead with the person's contact links is not (a theme-rendered résumé, a profile page).
  const mastheads = /<header\b/i.test(html) ? contactHeaders(html) : new Set<number>();
  let headerCount = 0;

  const context = (): BlockContext => ({ heading: headings.at(-1), listDepth: Math.max(0, lists.length - 1) });

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const masthead = name === "header" && mastheads.has(headerCount++);
        const isDropped =
          DROPPED.has(name) || (PAGE_CHROME.has(name) && contentRoots === 0 && !masthead) || DROPPED_ROLES.has(attribs.role ?? "") ||
          "hidden" in attribs || attribs["aria-hidden"] === "true" || /display\s*:\s*none/i.test(attribs.style ?? "");
        if (name === "script" && /ld\+json/i.test(attribs.type ?? "")) jsonLdText = "";
        const siblingChip = CHIPS.has(name) && chipClosedAt === stack.length;
        chipClosedAt = -1;
        stack.push({ name, dropped: isDropped });
        if (isDropped) dropped++;
        if (dropped > 0) return;
        if (siblingChip) out.add(CHIP_SEPARATOR, false);
        if (CONTENT_ROOTS.has(name)) contentRoots++;
        if (BLOCKS.has(name) || name === "br") out.end(context());
        if (/^h[1-6]$/.test(name)) headings.push(Number(name[1]));
        // A toggle (<details>, Notion's and GitHub's collapsible blocks) is a heading over a block: its <summary> is
        // that heading, one level under the last heading above it, even where a list item holds the toggle.
        if (name === "details") (out.dropListItem(), toggles.push(lastHeading));
        if (name === "summary") headings.push(Math.min(6, (lastHeading ?? 1) + 1));
        // A tab or accordion panel naming its content ("<TabItem label=\"存储引擎研发工程师\">") is a heading over it, as a summary is.
        const panel = panelName(name, attribs);
        if (panel !== null) {
          out.end(context());
          headings.push(Math.min(6, (lastHeading ?? 1) + 1));
          out.add(panel, false);
          out.end(context());
          headings.pop();
        }
        if (name === "img" && photoImage(attribs)) out.addPicture();
        if (BOLD.has(name)) bold++;
        if (name === "pre") pre++;
        if (name === "p" || /^h[1-6]$/.test(name) || name === "section") out.markGap();
        if (name === "ul" || name === "ol") lists.push({ ordered: name === "ol", next: Number(attribs.start) || 1 });
        if (name === "li") {
          const list = lists.at(-1) ?? { ordered: false, next: 1 };
          out.startListItem({ marker: list.ordered ? `${list.next++}.` : "•", ordered: list.ordered, level: Math.max(0, lists.length - 1) });
        }
        if (name === "table" && tables++ === 0) rowCount = 0;
        if ((name === "td" || name === "th") && tables === 1) out.startCell(context());
      },
      ontext(text) {
        if (jsonLdText !== null) jsonLdText += text;
        if (dropped > 0) return;
        if (text.trim() !== "") chipClosedAt = -1;
        if (pre === 0) return out.add(text, bold > 0);
        text.split("\n").forEach((piece, i) => {
          if (i > 0) out.end(context());
          out.add(piece, bold > 0, true);
        });
      },
      onclosetag(name) {
        // Close tags without an open one are ignored, as browsers do; implied ones close everything above.
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at < 0) return;
        while (stack.length > at) close(stack.pop()!);
        if (CHIPS.has(name)) chipClosedAt = stack.length;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );

  function close(open: Open): void {
    const { name } = open;
    if (name === "script" && jsonLdText !== null) {
      jsonLd.push(jsonLdText);
      jsonLdText = null;
    }
    if (open.dropped) {
      dropped--;
      return;
    }
    if (dropped > 0) return;
    if (BLOCKS.has(name)) out.end(context());
    if ((name === "td" || name === "th") && tables === 1) out.endCell(context());
    if (name === "tr" && tables === 1) out.endRow(context(), { table: tableCount, row: rowCount++ });
    if (name === "table" && --tables === 0) tableCount++;
    if (/^h[1-6]$/.test(name) || name === "summary") headings.pop();
    if (/^h[1-6]$/.test(name)) lastHeading = Number(name[1]);
    if (name === "details") lastHeading = toggles.pop();
    if (BOLD.has(name)) bold--;
    if (name === "pre") pre--;
    if (name === "ul" || name === "ol") lists.pop();
    if (CONTENT_ROOTS.has(name)) contentRoots--;
  }

  parser.write(html);
  parser.end();
  out.finish(context());
  return { lines: out.lines, jsonLd };
}

export function readHtml({ text }: ReaderInput): ReaderOutput {
  const { lines, jsonLd } = htmlToLines(text ?? "");
  const shown = new Set(lines.map((l) => l.text));
  const postings = jsonLd.flatMap((json) => jobPostingLines(json, (h) => htmlToLines(h).lines));
  // A posting the page shows gets only the facts its data adds, under its title; one it does not show is read whole.
  const read = [...lines];
  for (const posting of postings.filter((p) => p.title !== null && shown.has(p.title))) {
    const at = read.findIndex((l) => l.text === posting.title);
    read.splice(at + 1, 0, ...posting.facts);
  }
  read.push(...postings.filter((p) => p.title === null || !shown.has(p.title)).flatMap((p) => p.lines));
  return { text: read.map((l) => l.text).join("\n"), lines: read };
}
