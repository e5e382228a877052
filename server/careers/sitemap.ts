import type { SearchDeps } from "../../search/vacancy-search.js";
import { searchJobs } from "../vacancies/job-board.service.js";
import { escapeHtml } from "../text/html.js";
import { vacancyPageUrl } from "../vacancies/job-page.js";

// The search index answers at most this many hits (its maxTotalHits); a larger board needs a sitemap index.
const maxUrls = 10_000;
const pageSize = 100;

/** sitemaps.org XML of every open vacancy page, newest first, so crawlers find the pages the board links from script. */
export async function vacancySitemap(deps: SearchDeps, publicBaseUrl: string): Promise<string> {
  const urls: string[] = [];
  for (let page = 1; urls.length < maxUrls; page++) {
    const result = await searchJobs(deps, { filters: {}, sort: "newest", page, pageSize });
    for (const hit of result.items) {
      urls.push(`<url><loc>${escapeHtml(vacancyPageUrl(publicBaseUrl, hit.slug))}</loc><lastmod>${hit.publishedAt.slice(0, 10)}</lastmod></url>`);
    }
    if (page * pageSize >= Math.min(result.total, maxUrls)) break;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
