import { translate, type Locale, type MessageKey } from "../messages.js";

export const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T => {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`missing ${selector}`);
  return el;
};

export const locale = (): Locale => (document.body.dataset.locale === "en" ? "en" : "zh");
export const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale(), key, params);

/** An element with text children only: nothing from the API is ever parsed as HTML. */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

const decodeEntities = (s: string) => s.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** The API's highlight (escaped text with <mark> tags) as DOM nodes, built without innerHTML. */
export function markedText(highlight: string): Node[] {
  const nodes: Node[] = [];
  let inMark = false;
  for (const part of highlight.split(/(<\/?mark>)/)) {
    if (part === "<mark>") inMark = true;
    else if (part === "</mark>") inMark = false;
    else if (part) nodes.push(inMark ? el("mark", {}, decodeEntities(part)) : document.createTextNode(decodeEntities(part)));
  }
  return nodes;
}

/** A link within the careers pages that keeps the chosen language. */
export function pageHref(path: string): string {
  return locale() === "en" ? `${path}${path.includes("?") ? "&" : "?"}lang=en` : path;
}
