import { api } from "./api.js";
import { $, el, markedText, pageHref, t } from "./dom.js";
import { facetLabel, facetValueLabel } from "../messages.js";

// The page lists the board's facets (board.page.ts derives them from the filter table); the script follows it.
let facetNames: readonly string[] = [];
type Facet = string;
const pageSize = 20;
const debounceMs = 250;

type Hit = {
  slug: string; title: string; organization: { slug: string; name: string }; department: string | null; location: string | null;
  employmentType: string | null; educationLevel: string | null; highlight: { title: string };
};
type SearchResult = { items: Hit[]; page: number; total: number; facets: Record<string, Record<string, number>> };
type State = { q: string; page: number; filters: Partial<Record<Facet, string>> };

function stateFromUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: State["filters"] = {};
  for (const f of facetNames) {
    const v = params.get(f);
    if (v) filters[f] = v;
  }
  return { q: params.get("q") ?? "", page: Math.max(1, Number(params.get("page")) || 1), filters };
}

function urlOf(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const f of facetNames) if (state.filters[f]) params.set(f, state.filters[f]!);
  if (state.page > 1) params.set("page", String(state.page));
  const lang = new URLSearchParams(location.search).get("lang");
  if (lang) params.set("lang", lang);
  const s = params.toString();
  return s ? `${location.pathname}?${s}` : location.pathname;
}

function apiUrl(state: State, org: string | undefined): string {
  const params = new URLSearchParams({ page: String(state.page), pageSize: String(pageSize) });
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const f of facetNames) if (state.filters[f]) params.set(f, state.filters[f]!);
  const base = org ? `/v1/boards/${encodeURIComponent(org)}/vacancies` : "/v1/jobs";
  return `${base}?${params}`;
}

function hitItem(hit: Hit, showOrg: boolean): HTMLElement {
  const meta = [showOrg ? hit.organization.name : null, hit.department, hit.location, hit.employmentType ? facetValueLabel(localeOf(), "employmentType", hit.employmentType) : null]
    .filter((x): x is string => !!x)
    .join(" · ");
  const link = el("a", { href: pageHref(`/jobs/${encodeURIComponent(hit.slug)}`), class: "hit-title" }, ...markedText(hit.highlight.title));
  return el("li", { class: "hit" }, el("h2", {}, link), el("p", { class: "meta" }, meta));
}

const localeOf = () => (document.body.dataset.locale === "en" ? "en" : "zh");

export function startBoard(): void {
  facetNames = [...document.querySelectorAll<HTMLSelectElement>("select[data-facet]")].map((select) => select.dataset.facet!);
  const org = document.body.dataset.org;
  const input = $<HTMLInputElement>("#q");
  const status = $("#results-status");
  const list = $("#results");
  const empty = $("#empty");
  const pager = $("#pager");
  const clear = $<HTMLButtonElement>("#clear-filters");
  const selects = Object.fromEntries(facetNames.map((f) => [f, $<HTMLSelectElement>(`#facet-${f}`)])) as Record<Facet, HTMLSelectElement>;
  let state = stateFromUrl();
  let inFlight: AbortController | undefined;
  let timer: number | undefined;

  function renderFacets(facets: SearchResult["facets"]) {
    for (const f of facetNames) {
      const select = selects[f];
      const counts = facets[f] ?? {};
      const chosen = state.filters[f];
      const options = [el("option", { value: "" }, t("facetAll"))];
      // A chosen value stays listed even when the other filters leave it no hits, so it can be unset.
      const values = Object.keys(counts);
      if (chosen && !values.includes(chosen)) values.unshift(chosen);
      for (const v of values) options.push(el("option", { value: v }, `${facetValueLabel(localeOf(), f, v)} (${counts[v] ?? 0})`));
      select.replaceChildren(...options);
      select.value = chosen ?? "";
    }
    clear.hidden = !facetNames.some((f) => state.filters[f]);
  }

  function renderEmpty() {
    const active = facetNames.filter((f) => state.filters[f]);
    const parts: Node[] = [el("h2", {}, t("emptyTitle"))];
    if (state.q) parts.push(el("p", {}, t("emptyQuery")));
    if (active.length) {
      const buttons = active.map((f) => {
        const b = el("button", { type: "button", class: "chip" }, `× ${facetLabel(localeOf(), f)}: ${facetValueLabel(localeOf(), f, state.filters[f]!)}`);
        b.addEventListener("click", () => go({ ...state, filters: { ...state.filters, [f]: undefined }, page: 1 }, true));
        return el("li", {}, b);
      });
      parts.push(el("p", {}, t("emptyFilters")), el("ul", { class: "chips" }, ...buttons));
    }
    empty.replaceChildren(...parts);
    empty.hidden = false;
  }

  function renderPager(result: SearchResult) {
    const pages = Math.ceil(result.total / pageSize);
    pager.hidden = pages <= 1;
    if (pages <= 1) return pager.replaceChildren();
    const link = (label: string, page: number, rel: string) => {
      const a = el("a", { href: urlOf({ ...state, page }), rel }, label);
      a.addEventListener("click", (e) => {
        e.preventDefault();
        go({ ...state, page }, true);
        input.focus();
      });
      return a;
    };
    pager.replaceChildren(
      result.page > 1 ? link(t("prev"), result.page - 1, "prev") : el("span"),
      el("span", { class: "page-of" }, t("pageOf", { page: result.page, pages })),
      result.page < pages ? link(t("next"), result.page + 1, "next") : el("span"),
    );
  }

  async function search() {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    status.textContent = t("loading");
    list.setAttribute("aria-busy", "true");
    try {
      const res = await api<SearchResult>(apiUrl(state, org), { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (!res.ok) throw new Error(res.problem.title);
      const result = res.body;
      list.replaceChildren(...result.items.map((h) => hitItem(h, !org)));
      empty.hidden = result.total > 0;
      if (result.total === 0) renderEmpty();
      status.textContent = t("resultsCount", { total: result.total });
      renderFacets(result.facets);
      renderPager(result);
    } catch (err) {
      if (controller.signal.aborted) return;
      status.textContent = t("searchFailed");
    } finally {
      if (inFlight === controller) list.removeAttribute("aria-busy");
    }
  }

  /** Moves to a new search: a history entry of its own (so back returns to it), then the results. */
  function go(next: State, push: boolean) {
    state = next;
    const url = urlOf(state);
    if (push && url !== location.pathname + location.search) history.pushState(null, "", url);
    void search();
  }

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => go({ ...state, q: input.value, page: 1 }, true), debounceMs);
  });
  $("#search").addEventListener("submit", (e) => {
    e.preventDefault();
    window.clearTimeout(timer);
    go({ ...state, q: input.value, page: 1 }, true);
  });
  for (const f of facetNames) {
    selects[f].addEventListener("change", () => go({ ...state, filters: { ...state.filters, [f]: selects[f].value || undefined }, page: 1 }, true));
  }
  clear.addEventListener("click", () => go({ ...state, filters: {}, page: 1 }, true));
  window.addEventListener("popstate", () => {
    state = stateFromUrl();
    input.value = state.q;
    void search();
  });
  input.value = state.q;
  void search();
}
