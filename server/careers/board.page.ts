import { facetAttributes } from "../../search/vacancy-filters.js";
import { html } from "./html.js";
import { t, type Page, type PageContext } from "./layout.js";
import { facetLabel } from "./messages.js";

/**
 * The facets a board offers, from the filter table: every facet filter that applies within one
 * organization (the organization facet does not). The browser script reads them from the page.
 */
export const boardFacets: readonly string[] = facetAttributes.filter((facet) => !facet.acrossOrganizations).map((facet) => facet.name);

/**
 * The board's shell: the search box and empty regions the browser script fills from /v1/jobs (or an
 * organization's /v1/boards/:slug/vacancies). The query lives in the URL, so a shared link or the back
 * button brings the same results back.
 */
export function boardPage(ctx: PageContext, org?: { slug: string; name: string }): Page {
  const title = org ? t(ctx, "orgBoardTitle", { org: org.name }) : t(ctx, "boardTitle");
  return {
    name: "board",
    title,
    data: org ? { org: org.slug } : {},
    body: html`<h1>${title}</h1>
<form id="search" class="search" role="search" action="${ctx.path}" method="get">
  <label for="q">${t(ctx, "searchLabel")}</label>
  <input id="q" name="q" type="search" autocomplete="off" spellcheck="false" value="${ctx.query.get("q") ?? ""}" placeholder="${t(ctx, "searchPlaceholder")}">
  ${ctx.locale !== "zh" ? html`<input type="hidden" name="lang" value="${ctx.locale}">` : ""}
</form>
<div class="board">
  <section class="facets" aria-labelledby="facets-title">
    <h2 id="facets-title">${t(ctx, "filters")}</h2>
    ${boardFacets.map(
      (f) => html`<div class="facet">
      <label for="facet-${f}">${facetLabel(ctx.locale, f)}</label>
      <select id="facet-${f}" name="${f}" data-facet="${f}"><option value="">${t(ctx, "facetAll")}</option></select>
    </div>`,
    )}
    <button type="button" id="clear-filters" class="link" hidden>${t(ctx, "clearFilters")}</button>
  </section>
  <section class="results" aria-labelledby="results-status">
    <p id="results-status" class="status" role="status" aria-live="polite" aria-atomic="true">${t(ctx, "loading")}</p>
    <ol id="results" class="hits"></ol>
    <div id="empty" class="empty" hidden></div>
    <nav id="pager" class="pager" aria-label="${t(ctx, "pagination")}" hidden></nav>
  </section>
</div>`,
  };
}
