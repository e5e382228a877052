import { html } from "./html.js";
import { localHref, t, type Page, type PageContext } from "./layout.js";

/** The demo organization's slug (server/demo/demo-data.ts imports the seeds under it). */
export const demoOrgSlug = "demo";

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
    <li><a class="button secondary" href="${localHref(ctx, `/careers/${demoOrgSlug}`)}">${t(ctx, "linkDemo")}</a></li>
    <li><a class="button secondary" href="/docs">${t(ctx, "linkDocs")}</a></li>
  </ul>
</section>`,
  };
}
