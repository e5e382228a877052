import { PRIVACY_NOTICE_VERSION } from "../candidates/consent.js";
import { educationLevels } from "../positions/position.schema.js";
import { html, type SafeHtml } from "./html.js";
import { facetValueLabel } from "./messages.js";
import { localHref, t, type PageContext } from "./layout.js";

/** A labelled input whose API field is `data-path`; its error paragraph is announced with the field. */
export function field(ctx: PageContext, o: { id: string; path: string; label: string; type?: string; required?: boolean; autocomplete?: string; inputmode?: string }): SafeHtml {
  return html`<div class="field">
  <label for="${o.id}">${o.label}</label>
  <input id="${o.id}" name="${o.id}" type="${o.type ?? "text"}" data-path="${o.path}" aria-describedby="${o.id}-error"${o.required ? html` required` : ""}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ""}${o.inputmode ? html` inputmode="${o.inputmode}"` : ""}>
  <p class="field-error" id="${o.id}-error" hidden></p>
</div>`;
}

// Row templates: the script clones them and numbers {i} into ids and API paths (candidate.education.0.level).
function educationTemplate(ctx: PageContext): SafeHtml {
  return html`<template id="education-row"><fieldset class="row" data-row="education">
  <legend>${t(ctx, "educationRows")} {n}</legend>
  <div class="field">
    <label for="edu-{i}-level">${t(ctx, "level")}</label>
    <select id="edu-{i}-level" data-path="candidate.education.{i}.level" data-field="level" aria-describedby="edu-{i}-level-error">
      ${educationLevels.map((l) => html`<option value="${l}"${l === "bachelor" ? html` selected` : ""}>${facetValueLabel(ctx.locale, "educationLevel", l)}</option>`)}
    </select>
    <p class="field-error" id="edu-{i}-level-error" hidden></p>
  </div>
  ${rowField(ctx, "edu", "major", "education", t(ctx, "major"))}
  ${rowField(ctx, "edu", "school", "education", t(ctx, "school"))}
  ${rowField(ctx, "edu", "graduationYear", "education", t(ctx, "graduationYear"), "numeric")}
  <button type="button" class="link remove-row">${t(ctx, "remove")}</button>
</fieldset></template>`;
}

function experienceTemplate(ctx: PageContext): SafeHtml {
  return html`<template id="experience-row"><fieldset class="row" data-row="experience">
  <legend>${t(ctx, "experienceRows")} {n}</legend>
  ${rowField(ctx, "exp", "title", "experience", t(ctx, "jobTitle"))}
  ${rowField(ctx, "exp", "organization", "experience", t(ctx, "organization"))}
  ${rowField(ctx, "exp", "startDate", "experience", t(ctx, "startDate"), "numeric")}
  ${rowField(ctx, "exp", "endDate", "experience", t(ctx, "endDate"), "numeric")}
  <button type="button" class="link remove-row">${t(ctx, "remove")}</button>
</fieldset></template>`;
}

function rowField(ctx: PageContext, prefix: string, name: string, list: string, label: string, inputmode?: string): SafeHtml {
  const id = `${prefix}-{i}-${name}`;
  return html`<div class="field">
    <label for="${id}">${label}</label>
    <input id="${id}" type="text" data-path="candidate.${list}.{i}.${name}" data-field="${name}" aria-describedby="${id}-error"${inputmode ? html` inputmode="${inputmode}"` : ""}>
    <p class="field-error" id="${id}-error" hidden></p>
  </div>`;
}

/** The apply form; the browser script sends it to POST /v1/jobs/:id/applications and shows what comes back. */
export function applyForm(ctx: PageContext): SafeHtml {
  return html`<section class="apply" aria-labelledby="apply-title">
<h2 id="apply-title">${t(ctx, "applyTitle")}</h2>
<form id="apply" novalidate>
  <div class="field">
    <label for="resume">${t(ctx, "resume")}</label>
    <input id="resume" type="file" accept=".pdf,.docx,.doc,.txt,application/pdf,text/plain" aria-describedby="resume-hint resume-status">
    <p class="hint" id="resume-hint">${t(ctx, "resumeHint")}</p>
    <p class="status" id="resume-status" role="status" aria-live="polite"></p>
  </div>
  ${field(ctx, { id: "name", path: "candidate.name", label: t(ctx, "name"), required: true, autocomplete: "name" })}
  ${field(ctx, { id: "email", path: "candidate.email", label: t(ctx, "email"), type: "email", required: true, autocomplete: "email" })}
  ${field(ctx, { id: "phone", path: "candidate.phone", label: t(ctx, "phone"), type: "tel", autocomplete: "tel" })}
  ${field(ctx, { id: "city", path: "candidate.location", label: t(ctx, "candidateLocation"), autocomplete: "address-level2" })}
  <div class="rows" id="education-rows" data-path="candidate.education"></div>
  <button type="button" class="secondary" id="add-education">${t(ctx, "addEducation")}</button>
  <div class="rows" id="experience-rows" data-path="candidate.experience"></div>
  <button type="button" class="secondary" id="add-experience">${t(ctx, "addExperience")}</button>
  ${field(ctx, { id: "skills", path: "candidate.skills", label: t(ctx, "skillsField") })}
  <div class="consent">
    <p id="consent-notice">${t(ctx, "consentNotice")} <span class="version">${t(ctx, "consentVersion", { version: PRIVACY_NOTICE_VERSION })}</span></p>
    <div class="check">
      <input id="consent" type="checkbox" data-path="consent" aria-describedby="consent-notice consent-error">
      <label for="consent">${t(ctx, "consent")}</label>
    </div>
    <p class="field-error" id="consent-error" hidden></p>
  </div>
  <p class="form-status" id="apply-status" role="alert"></p>
  <button type="submit" id="submit">${t(ctx, "submit")}</button>
</form>
${educationTemplate(ctx)}
${experienceTemplate(ctx)}
</section>
<section class="applied" id="applied" aria-labelledby="applied-title" tabindex="-1" hidden>
  <h2 id="applied-title">${t(ctx, "applied")}</h2>
  <p>${t(ctx, "appliedLead")} <a href="${localHref(ctx, "/me")}">${t(ctx, "myData")}</a></p>
  <h3>${t(ctx, "fitTitle")}</h3>
  <ol id="fit" class="hits"></ol>
</section>`;
}
