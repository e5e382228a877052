import type { getPublicVacancy } from "../vacancies/job-page.js";
import { applyForm } from "./apply-form.js";
import { html, type SafeHtml } from "./html.js";
import { facetValueLabel, translate, type Locale } from "./messages.js";
import { localHref, t, type Page, type PageContext } from "./layout.js";

export type PublicVacancy = Awaited<ReturnType<typeof getPublicVacancy>>;
type Item = { name: string; required: boolean };

const badge = (ctx: PageContext, required: boolean) =>
  html`<span class="badge ${required ? "required" : "preferred"}">${t(ctx, required ? "required" : "preferred")}</span>`;

function salaryText(locale: Locale, s: NonNullable<PublicVacancy["salary"]>, months: number | null): string {
  const n = new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en");
  const amount = s.min === s.max ? n.format(s.min) : `${n.format(s.min)}–${n.format(s.max)}`;
  const text = `${amount} ${s.currency} ${translate(locale, `per_${s.period}`)}`;
  return months === null ? text : `${text} · ${translate(locale, "salary_months", { months })}`;
}

function facts(ctx: PageContext, v: PublicVacancy): SafeHtml {
  const rows: [string, string][] = [];
  if (v.department) rows.push([t(ctx, "department"), v.department]);
  rows.push([t(ctx, "location"), v.location ?? "—"]);
  if (v.employmentType) rows.push([t(ctx, "employmentType"), facetValueLabel(ctx.locale, "employmentType", v.employmentType)]);
  if (v.salary) rows.push([t(ctx, "salary"), salaryText(ctx.locale, v.salary, v.salaryMonths)]);
  rows.push([t(ctx, "closesAt"), v.closesAt ? v.closesAt.slice(0, 10) : t(ctx, "noClosing")]);
  if (v.headcount) rows.push([t(ctx, "headcount"), String(v.headcount)]);
  return html`<dl class="facts">${rows.map(([k, value]) => html`<div><dt>${k}</dt><dd>${value}</dd></div>`)}</dl>`;
}

function itemList(ctx: PageContext, items: Item[]): SafeHtml {
  return html`<ul class="reqs">${items.map((i) => html`<li>${i.name} ${badge(ctx, i.required)}</li>`)}</ul>`;
}

/** Requirements in the three groups candidates are scored on, each item marked required or preferred. */
function requirements(ctx: PageContext, r: PublicVacancy["requirements"]): SafeHtml {
  const { education: ed, experience: ex } = r;
  const education: SafeHtml[] = [];
  if (ed.minLevel) education.push(html`<li>${facetValueLabel(ctx.locale, "educationLevel", ed.minLevel)} ${badge(ctx, true)}</li>`);
  if (ed.majors.length) education.push(html`<li>${t(ctx, "majors", { majors: ed.majors.join("、") })} ${badge(ctx, ed.majorsRequired)}</li>`);
  const experience: SafeHtml[] = [];
  if (ex.minYears !== null) {
    const years = ex.maxYears !== null ? t(ctx, "yearsRange", { min: ex.minYears, max: ex.maxYears }) : t(ctx, "years", { years: ex.minYears });
    experience.push(html`<li>${years}${ex.fields.length ? `（${ex.fields.join("、")}）` : ""} ${badge(ctx, true)}</li>`);
  }
  if (ex.management) experience.push(html`<li>${t(ctx, "management")} ${badge(ctx, true)}</li>`);
  const group = (title: string, body: SafeHtml) => html`<section class="req-group"><h3>${title}</h3>${body}</section>`;
  const orNone = (items: SafeHtml[]) => (items.length ? html`<ul class="reqs">${items}</ul>` : html`<p class="muted">${t(ctx, "noRequirement")}</p>`);
  return html`${group(t(ctx, "education"), orNone(education))}
${group(t(ctx, "experience"), orNone(experience))}
${group(t(ctx, "skills"), r.skills.length ? itemList(ctx, r.skills) : orNone([]))}
${r.languages.length ? group(t(ctx, "languages"), itemList(ctx, r.languages)) : ""}
${r.certifications.length ? group(t(ctx, "certifications"), itemList(ctx, r.certifications)) : ""}`;
}

const contentLang = (language: string) => (language === "en" ? "en" : language);

export function vacancyPage(ctx: PageContext, v: PublicVacancy): Page {
  const description = [v.summary, ...v.responsibilities].filter(Boolean).join(" ").slice(0, 200);
  const url = `${ctx.publicBaseUrl}${ctx.path}`;
  return {
    name: "vacancy",
    title: `${v.title} – ${v.organization.name}`,
    description,
    data: { vacancyId: v.id },
    openGraph: { type: "website", title: `${v.title} – ${v.organization.name}`, description, url, site_name: t(ctx, "siteName"), locale: ctx.locale === "zh" ? "zh_CN" : "en_US" },
    jsonLd: v.jsonLd,
    body: html`<p class="crumbs"><a href="${localHref(ctx, `/careers/${v.organization.slug}`)}">${v.organization.name}</a></p>
<article class="vacancy" lang="${contentLang(v.language)}">
  <h1>${v.title}</h1>
  ${facts(ctx, v)}
  ${v.summary ? html`<p class="summary">${v.summary}</p>` : ""}
  ${v.responsibilities.length ? html`<section><h2>${t(ctx, "duties")}</h2><ul class="duties">${v.responsibilities.map((r) => html`<li>${r}</li>`)}</ul></section>` : ""}
  <section><h2>${t(ctx, "requirements")}</h2>${requirements(ctx, v.requirements)}</section>
</article>
${applyForm(ctx)}`,
  };
}
