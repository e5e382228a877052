import { html } from "./html.js";
import { t, type Page, type PageContext } from "./layout.js";

/** A candidate's own page: the token from applying stays in this browser; with it they export or erase their data. */
export function candidatePage(ctx: PageContext): Page {
  return {
    name: "candidate",
    title: t(ctx, "candidateTitle"),
    body: html`<h1>${t(ctx, "candidateTitle")}</h1>
<p>${t(ctx, "candidateLead")}</p>
<p id="candidate-missing" hidden>${t(ctx, "candidateMissing")}</p>
<div id="candidate-actions" hidden>
  <p id="candidate-name" class="lead"></p>
  <button type="button" id="export">${t(ctx, "exportData")}</button>
  <button type="button" id="delete" class="danger">${t(ctx, "deleteData")}</button>
  <div id="delete-confirm" hidden>
    <p>${t(ctx, "deleteConfirm")}</p>
    <button type="button" id="delete-yes" class="danger">${t(ctx, "deleteData")}</button>
  </div>
</div>
<p id="candidate-status" class="status" role="status" aria-live="polite"></p>`,
  };
}
