import { DEMO_ORGANIZATION } from "../demo/demo-data.js";
import { html } from "./html.js";
import { localHref, t, type Page, type PageContext } from "./layout.js";

export function landingPage(ctx: PageContext): Page {
  return {
    name: "landing",
    title: t(ctx, "landingTitle"),
    description: t(ctx, "landingLead"),
    body: html`<section class="hero">
  <h1>${t(ctx, "landingTitle")}</h1>
  <p class="lead">${t(ctx, "landingLead")}</p>
  <ul class="links">
    <li><a class="button" href="${localHref(ctx, "/jobs")}">${t(ctx, "linkBoard")}</a></li>
    <li><a class="button secondary" href="${localHref(ctx, `/careers/${DEMO_ORGANIZATION.slug}`)}">${t(ctx, "linkDemo")}</a></li>
    <li><a class="button secondary" href="/docs">${t(ctx, "linkDocs")}</a></li>
  </ul>
</section>`,
  };
}
