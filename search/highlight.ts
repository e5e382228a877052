import { escapeHtml } from "../server/text/html.js";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "./vacancy-query.js";

/**
 * Places the highlights Meilisearch marked in the folded text onto the original text, as HTML-escaped
 * text with <mark> tags. Folding keeps one code point per code point, so positions carry over; when a
 * field's lengths differ (a rare multi-character conversion) the original is returned unmarked.
 */
export function highlightOriginal(original: string, formattedFolded: string | undefined): string {
  const source = [...original];
  if (formattedFolded === undefined) return escapeHtml(original);
  const marks: boolean[] = [];
  let inside = false;
  for (const ch of formattedFolded) {
    if (ch === HIGHLIGHT_PRE) inside = true;
    else if (ch === HIGHLIGHT_POST) inside = false;
    else marks.push(inside);
  }
  if (marks.length !== source.length) return escapeHtml(original);
  let out = "";
  let open = false;
  source.forEach((ch, i) => {
    if (marks[i] && !open) (out += "<mark>"), (open = true);
    if (!marks[i] && open) (out += "</mark>"), (open = false);
    out += escapeHtml(ch);
  });
  return open ? out + "</mark>" : out;
}
