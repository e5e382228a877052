import { Router, type Request, type Response } from "express";
import helmet from "helmet";
import type { Deps } from "../deps.js";
import { NotFound } from "../errors.js";
import { nulPath } from "../http/nul-characters.js";
import { getPublicOrganization } from "../organizations/organization.service.js";
import { getPublicVacancy } from "../vacancies/job-page.js";
import { careersAssets } from "./assets.js";
import { boardPage } from "./board.page.js";
import { candidatePage } from "./candidate.page.js";
import { html } from "./html.js";
import { landingPage } from "./landing.page.js";
import { localHref, renderPage, t, type Page, type PageContext } from "./layout.js";
import { isLocale } from "./messages.js";
import { searchSyncDeps } from "../sync-wiring.js";
import { vacancySitemap } from "./sitemap.js";
import { vacancyPage } from "./vacancy.page.js";

// Only the page's own script and styles; the one inline <script> is JSON-LD, a data block CSP does not run.
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
  },
};

const oneYear = 365 * 24 * 3600;

function contextOf(req: Request, deps: Pick<Deps, "config">): PageContext {
  const query = new URLSearchParams(req.url.split("?")[1] ?? "");
  const lang = query.get("lang");
  return { locale: isLocale(lang) ? lang : "zh", path: req.path, query, publicBaseUrl: deps.config.publicBaseUrl };
}

function send(res: Response, ctx: PageContext, page: Page, status = 200): void {
  res.status(status).type("html").set("Cache-Control", "no-cache").send(renderPage(ctx, page));
}

function notFoundPage(ctx: PageContext): Page {
  return {
    name: "not-found",
    title: t(ctx, "notFoundTitle"),
    body: html`<h1>${t(ctx, "notFoundTitle")}</h1><p>${t(ctx, "notFoundLead")}</p><p><a href="${localHref(ctx, "/jobs")}">${t(ctx, "backToBoard")}</a></p>`,
  };
}

/** Renders a page, or the careers 404 page when what it shows does not exist (or is not public). */
async function page(req: Request, res: Response, deps: Pick<Deps, "config">, build: (ctx: PageContext) => Page | Promise<Page>) {
  const ctx = contextOf(req, deps);
  try {
    // No slug holds a NUL ('/jobs/%00'); PostgreSQL would refuse to look one up.
    if (nulPath(req.params)) throw new NotFound("page");
    send(res, ctx, await build(ctx));
  } catch (err) {
    if (!(err instanceof NotFound)) throw err;
    send(res, ctx, notFoundPage(ctx), 404);
  }
}

/** The careers pages: server-rendered HTML on the same functions that answer the public /v1 endpoints. */
export function careersRoutes(deps: Pick<Deps, "db" | "meili" | "now" | "config">): Router {
  const router = Router();
  const search = searchSyncDeps(deps);
  router.get("/sitemap.xml", async (_req, res) => {
    res.type("application/xml").set("Cache-Control", "public, max-age=600").send(await vacancySitemap(search, deps.config.publicBaseUrl));
  });
  router.get("/robots.txt", (_req, res) => {
    res.type("text/plain").send(`User-agent: *\nAllow: /\nDisallow: /me\nSitemap: ${deps.config.publicBaseUrl}/sitemap.xml\n`);
  });
  router.get("/assets/:name", (req, res, next) => {
    const asset = careersAssets().byName.get(req.params.name);
    if (!asset) return next();
    res.type(asset.contentType).set("Cache-Control", `public, max-age=${oneYear}, immutable`).send(asset.body);
  });
  const strict = helmet({ contentSecurityPolicy });
  router.get("/", strict, (req, res) => page(req, res, deps, landingPage));
  router.get("/jobs", strict, (req, res) => page(req, res, deps, (ctx) => boardPage(ctx)));
  router.get("/careers/:orgSlug", strict, (req, res) => page(req, res, deps, async (ctx) => boardPage(ctx, await getPublicOrganization(deps.db, req.params.orgSlug))));
  router.get("/jobs/:slug", strict, (req, res) => page(req, res, deps, async (ctx) => vacancyPage(ctx, await getPublicVacancy(deps, req.params.slug))));
  router.get("/me", strict, (req, res) => page(req, res, deps, candidatePage));
  return router;
}
