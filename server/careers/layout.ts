import { careersAssets } from "./assets.js";
import { html, jsonForScript, type SafeHtml } from "./html.js";
import { translate, type Locale, type MessageKey } from "./messages.js";

export type PageContext = { locale: Locale; path: string; query: URLSearchParams; publicBaseUrl: string };

export type Page = {
  name: "landing" | "board" | "vacancy" | "candidate" | "not-found";
  title: string;
  description?: string;
  /** Values the browser script reads from the body's data-* attributes (there is no inline script). */
  data?: Record<string, string>;
  openGraph?: Record<string, string>;
  jsonLd?: unknown;
  body: SafeHtml;
};

export const t = (ctx: PageContext, key: MessageKey, params?: Record<string, string | number>) => translate(ctx.locale, key, params);

/** A link within the careers pages that keeps the chosen language. */
export function localHref(ctx: PageContext, path: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params);
  if (ctx.locale !== "zh") query.set("lang", ctx.locale);
  const s = query.toString();
  return s ? `${path}?${s}` : path;
}

function switchLanguageHref(ctx: PageContext): string {
  const query = new URLSearchParams(ctx.query);
  if (ctx.locale === "zh") query.set("lang", "en");
  else query.delete("lang");
  const s = query.toString();
  return s ? `${ctx.path}?${s}` : ctx.path;
}

const dataAttributes = (data: Record<string, string>) =>
  Object.entries(data).map(([k, v]) => html` data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${v}"`);

export function renderPage(ctx: PageContext, page: Page): string {
  const { script, styles } = careersAssets();
  const og = Object.entries(page.openGraph ?? {}).map(([property, content]) => html`<meta property="og:${property}" content="${content}">`);
  return `<!doctype html>${html`<html lang="${ctx.locale === "zh" ? "zh-Hans" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${t(ctx, "siteName")}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ""}
${og}
<link rel="stylesheet" href="/assets/${styles.name}">
<script type="module" src="/assets/${script.name}"></script>
${page.jsonLd ? html`<script type="application/ld+json">${jsonForScript(page.jsonLd)}</script>` : ""}
</head>
<body data-page="${page.name}" data-locale="${ctx.locale}"${dataAttributes(page.data ?? {})}>
<a class="skip" href="#main">${t(ctx, "skip")}</a>
<header class="site">
  <a class="brand" href="${localHref(ctx, "/")}">${t(ctx, "siteName")}</a>
  <nav aria-label="${t(ctx, "siteName")}">
    <a href="${localHref(ctx, "/jobs")}">${t(ctx, "boardTitle")}</a>
    <a href="${localHref(ctx, "/me")}">${t(ctx, "myData")}</a>
    <a href="${switchLanguageHref(ctx)}" lang="${ctx.locale === "zh" ? "en" : "zh-Hans"}" hreflang="${ctx.locale === "zh" ? "en" : "zh-Hans"}">${t(ctx, "langSwitch")}</a>
  </nav>
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
</body>
</html>`}\n`;
}
