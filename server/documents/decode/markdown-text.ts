import MarkdownIt from "markdown-it";
import type { ReaderInput, ReaderOutput } from "../formats.js";
import type { DocumentLine } from "../line.js";
import { LineBuilder, type BlockContext } from "../lines/line-builder.js";
import { htmlToLines } from "./html-text.js";
import { renderedMarkdownSource } from "./markdown-source.js";

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

// CommonMark with GFM tables; raw HTML blocks are read by the HTML reader (scripts dropped), links stay text.
const markdown = new MarkdownIt("commonmark", { html: true, linkify: false }).enable("table");

/**
 * Lines of a Markdown posting: # headings, lists (with their written number), **bold** and table
 * rows kept as features. Soft line breaks stay line breaks: postings are written line by line
 * ("薪资：15-25K" under "地点：上海"), and joining them as CommonMark renders would merge fields.
 */
export function markdownToLines(source: string): DocumentLine[] {
  const out = new LineBuilder();
  const lists: { ordered: boolean }[] = [];
  let heading: number | undefined;
  const sourceLines = source.split("\n");
  let tableCount = 0;
  let row = 0;
  const context = (): BlockContext => ({ heading, listDepth: Math.max(0, lists.length - 1) });

  for (const token of markdown.parse(source, {})) {
    if (token.map && token.nesting >= 0 && token.map[0] > 0 && sourceLines[token.map[0] - 1]!.trim() === "") out.markGap();
    switch (token.type) {
      case "heading_open": out.end(context()); heading = Number(token.tag.slice(1)); break;
      case "heading_close": out.end(context()); heading = undefined; break;
      case "bullet_list_open": case "ordered_list_open": out.end(context()); lists.push({ ordered: token.type === "ordered_list_open" }); break;
      case "bullet_list_close": case "ordered_list_close": out.end(context()); lists.pop(); break;
      case "list_item_open": {
        const ordered = lists.at(-1)?.ordered ?? false;
        out.startListItem({ marker: ordered ? `${token.info}${token.markup}` : "•", ordered, level: Math.max(0, lists.length - 1) });
        break;
      }
      case "paragraph_close": case "list_item_close": case "blockquote_close": out.end(context()); break;
      case "inline": inline(out, token.children ?? [], context); break;
      case "fence": case "code_block": for (const line of token.content.split("\n")) { out.add(line, false, true); out.end(context()); } break;
      case "html_block": out.end(context()); for (const line of htmlToLines(token.content).lines) out.lines.push(line); break;
      case "table_open": row = 0; break;
      case "table_close": tableCount++; break;
      case "th_open": case "td_open": out.startCell(context()); break;
      case "th_close": case "td_close": out.endCell(context()); break;
      case "tr_close": out.endRow(context(), { table: tableCount, row: row++ }); break;
    }
  }
  out.end(context());
  return out.lines;
}

// `code` chips written side by side ("`Kubernetes` `Terraform` `Helm`") are a list: the space between two of
// them becomes a tab, a cell break, as a table's cells are.
const chipGap = (children: Token[], i: number) =>
  children[i]!.type === "text" && /^\s+$/.test(children[i]!.content) && children[i - 1]?.type === "code_inline" && children[i + 1]?.type === "code_inline";

function inline(out: LineBuilder, children: Token[], context: () => BlockContext): void {
  let bold = 0;
  for (const [i, child] of children.entries()) {
    switch (child.type) {
      case "text": if (chipGap(children, i)) out.add("\t", bold > 0, true); else out.add(child.content, bold > 0); break;
      case "code_inline": out.add(child.content, bold > 0); break;
      case "strong_open": bold++; break;
      case "strong_close": bold--; break;
      case "softbreak": case "hardbreak": out.end(context()); break;
      case "image": out.add(child.content, bold > 0); break;
    }
  }
}

/**
 * The source as a reader of the rendered page meets it, still Markdown: template syntax rendered
 * (renderedMarkdownSource) and callouts written as headings. Both the text and the lines are read from it, so
 * they agree line for line.
 */
export function markdownSource(source: string): string {
  return calloutsAsHeadings(renderedMarkdownSource(source));
}

/**
 * "> [!todo] 职责" over "> - 负责…": a callout (Obsidian's, GitHub's alerts) is a heading over its block, one level
 * under the heading above it; its lines are the block's, unquoted. A plain quotation stays as written.
 */
function calloutsAsHeadings(source: string): string {
  const lines = source.split("\n");
  const tokens = markdown.parse(source, {});
  const blocks: Block[] = [];
  let heading = 1;
  let quoteDepth = 0;
  tokens.forEach((t, i) => {
    if (t.type === "heading_open") heading = Number(t.tag.slice(1));
    if (t.type === "blockquote_close") quoteDepth--;
    if (t.type !== "blockquote_open") return;
    const first = tokens[i + 2];
    const callout = quoteDepth++ === 0 && t.map && first?.type === "inline" ? /^\[!([\w-]+)\][+-]?[ \t]*(.*)$/.exec(first.content.split("\n")[0]!) : null;
    if (!callout || !t.map) return;
    const [from, to] = t.map;
    const body = lines.slice(from + 1, to).map((l) => l.replace(/^[ \t]*>[ \t]?/, ""));
    blocks.push({ from, to, lines: [`${"#".repeat(Math.min(6, heading + 1))} ${callout[2]!.trim() || callout[1]!}`, ...body] });
  });
  return replaceBlocks(lines, blocks);
}

type Block = { from: number; to: number; lines: string[] };

function replaceBlocks(lines: string[], blocks: Block[]): string {
  if (blocks.length === 0) return lines.join("\n");
  const out: string[] = [];
  let at = 0;
  for (const block of blocks.sort((a, b) => a.from - b.from)) {
    if (block.from < at) continue;
    out.push(...lines.slice(at, block.from), ...block.lines);
    at = block.to;
  }
  out.push(...lines.slice(at));
  return out.join("\n");
}

/**
 * The source with its raw HTML blocks written as the HTML reader reads them: `<details>` / `<summary><b>X</b>…</summary>`
 * (GitHub's collapsible sections, one role in each) becomes the summary as a `##` heading and the tags go, so a
 * reader of the text meets the toggle's title where a Markdown heading would stand. Everything else stays as written.
 */
function htmlBlocksAsText(source: string): string {
  const lines = source.split("\n");
  const blocks: Block[] = [];
  for (const t of markdown.parse(source, {})) {
    if (t.type !== "html_block" || !t.map) continue;
    const read = htmlToLines(t.content).lines.map((line) => (line.heading ? `${"#".repeat(line.heading)} ${line.text}` : line.text));
    blocks.push({ from: t.map[0], to: t.map[1], lines: read });
  }
  return replaceBlocks(lines, blocks);
}

/** The text of a Markdown document: its rendered source (markdownSource) with raw HTML blocks read as HTML. */
export function markdownText(source: string): string {
  return htmlBlocksAsText(markdownSource(source));
}

/**
 * Markdown is text: the text stays as written (readers of text already know `#` and `**`), but for raw HTML
 * blocks, read as HTML (markdownText); the lines carry what the markup means.
 */
export function readMarkdown({ text }: ReaderInput): ReaderOutput {
  const source = markdownSource(text ?? "");
  return { text: htmlBlocksAsText(source), lines: markdownToLines(source) };
}
