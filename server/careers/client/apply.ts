import { api, rememberCandidate, storedCandidate, type FieldError } from "./api.js";
import { fieldErrorMessage } from "../messages.js";
import { $, el, locale, pageHref, t } from "./dom.js";
import { FormRows, type RowValues } from "./form-rows.js";

type ProfileDraft = {
  name?: string | null; email?: string | null; phone?: string; location?: string; skills?: string[];
  education?: { level: string; major?: string; school?: string; graduationYear?: number }[];
  experience?: { title: string; organization?: string; startDate: string; endDate?: string | null }[];
};
type Recommendation = { vacancy: { id: string; slug: string; title: string; organization: { name: string }; location: string | null }; match: { score: number } };

const text = (id: string) => $<HTMLInputElement>(`#${id}`).value.trim();
const optional = (v: string) => (v === "" ? undefined : v);

function candidateFromForm(education: FormRows, experience: FormRows) {
  return {
    name: text("name"),
    email: text("email"),
    phone: optional(text("phone")),
    location: optional(text("city")),
    education: education.values().map((r) => ({
      level: r.level!,
      major: optional(r.major!.trim()),
      school: optional(r.school!.trim()),
      // A year that is not a number goes to the API as typed, which names the field in its answer.
      graduationYear: r.graduationYear!.trim() === "" ? undefined : /^\d+$/.test(r.graduationYear!.trim()) ? Number(r.graduationYear) : r.graduationYear,
    })),
    experience: experience.values().map((r) => ({
      title: r.title!.trim(),
      organization: optional(r.organization!.trim()),
      startDate: r.startDate!.trim(),
      endDate: r.endDate!.trim() === "" ? null : r.endDate!.trim(),
    })),
    skills: text("skills").split(/[,，、;；\n]+/).map((s) => s.trim()).filter(Boolean),
  };
}

function clearErrors(form: HTMLFormElement) {
  for (const p of form.querySelectorAll<HTMLElement>(".field-error")) (p.hidden = true), (p.textContent = "");
  for (const f of form.querySelectorAll("[aria-invalid]")) f.removeAttribute("aria-invalid");
}

/** Shows each API field error beside its field (or the closest enclosing one); returns the first field marked. */
function showErrors(form: HTMLFormElement, errors: FieldError[]): HTMLElement | null {
  let first: HTMLElement | null = null;
  for (const error of errors) {
    let path = error.path;
    let target: HTMLElement | null = null;
    while (path && !(target = form.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`))) path = path.split(".").slice(0, -1).join(".");
    if (!target) continue;
    // A whole row or list (candidate.education.0) has no input of its own: mark its first field.
    const field = target.matches("input, select") ? target : target.querySelector<HTMLElement>("input, select") ?? target;
    const message = document.getElementById(`${field.id}-error`);
    if (message) (message.textContent = fieldErrorMessage(locale(), error.path, error.message)), (message.hidden = false);
    field.setAttribute("aria-invalid", "true");
    first ??= field;
  }
  return first;
}

function fillFromDraft(draft: ProfileDraft, education: FormRows, experience: FormRows) {
  const set = (id: string, v: string | null | undefined) => {
    if (v) $<HTMLInputElement>(`#${id}`).value = v;
  };
  set("name", draft.name);
  set("email", draft.email);
  set("phone", draft.phone);
  set("city", draft.location);
  if (draft.skills?.length) $<HTMLInputElement>("#skills").value = draft.skills.join(", ");
  if (draft.education?.length) {
    education.set(draft.education.map((e): RowValues => ({ level: e.level, major: e.major ?? "", school: e.school ?? "", graduationYear: e.graduationYear ? String(e.graduationYear) : "" })));
  }
  if (draft.experience?.length) {
    experience.set(draft.experience.map((e): RowValues => ({ title: e.title, organization: e.organization ?? "", startDate: e.startDate, endDate: e.endDate ?? "" })));
  }
}

async function showFits(vacancyId: string, candidate: { id: string; token: string }) {
  const list = $("#fit");
  const res = await api<{ items: Recommendation[] }>(`/v1/candidates/${candidate.id}/recommendations?pageSize=6`, { token: candidate.token }).catch(() => null);
  const items = res?.ok ? res.body.items.filter((r) => r.vacancy.id !== vacancyId).slice(0, 5) : [];
  if (!items.length) return list.replaceChildren(el("li", { class: "muted" }, t("fitNone")));
  list.replaceChildren(
    ...items.map((r) =>
      el("li", { class: "hit" },
        el("h4", {}, el("a", { href: pageHref(`/jobs/${encodeURIComponent(r.vacancy.slug)}`) }, r.vacancy.title)),
        el("p", { class: "meta" }, [r.vacancy.organization.name, r.vacancy.location, t("score", { score: Math.round(r.match.score) })].filter(Boolean).join(" · ")),
      ),
    ),
  );
}

export function startApplyForm(): void {
  const vacancyId = document.body.dataset.vacancyId!;
  const form = $<HTMLFormElement>("#apply");
  const status = $("#apply-status");
  const submit = $<HTMLButtonElement>("#submit");
  const resume = $<HTMLInputElement>("#resume");
  const resumeStatus = $("#resume-status");
  const education = new FormRows("education");
  const experience = new FormRows("experience");
  let idempotency: { body: string; key: string } | undefined;

  $("#add-education").addEventListener("click", () => education.add().querySelector<HTMLElement>("[data-field]")!.focus());
  $("#add-experience").addEventListener("click", () => experience.add().querySelector<HTMLElement>("[data-field]")!.focus());

  resume.addEventListener("change", async () => {
    const file = resume.files?.[0];
    if (!file) return;
    resumeStatus.textContent = t("resumeReading");
    const body = new FormData();
    body.append("file", file);
    const res = await api<{ profile: ProfileDraft }>("/v1/candidates/parse", { method: "POST", body }).catch(() => null);
    if (res?.ok) {
      fillFromDraft(res.body.profile, education, experience);
      resumeStatus.textContent = t("resumeFilled");
    } else {
      resumeStatus.textContent = res && res.problem.status === 404 ? t("resumeUnavailable") : t("resumeFailed");
    }
  });

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    clearErrors(form);
    const candidate = candidateFromForm(education, experience);
    const consent = $<HTMLInputElement>("#consent").checked;
    const json = JSON.stringify({ candidate, consent });
    // The same answers sent again (after a network failure) reuse the key, so the API applies once.
    if (idempotency?.body !== json) idempotency = { body: json, key: crypto.randomUUID() };
    submit.disabled = true;
    status.textContent = t("sending");
    try {
      const file = resume.files?.[0];
      const send = (body: BodyInit, headers: Record<string, string> = {}) =>
        api<{ candidateId: string; candidateToken?: string }>(`/v1/jobs/${vacancyId}/applications`, {
          method: "POST", body, headers: { "Idempotency-Key": idempotency!.key, ...headers },
        });
      let res;
      if (file) {
        const multipart = new FormData();
        multipart.append("resume", file);
        multipart.append("candidate", JSON.stringify(candidate));
        multipart.append("consent", String(consent));
        res = await send(multipart);
      }
      // Without a resume, or where the API does not take multipart yet (415), the reviewed profile goes as JSON.
      if (!res || (!res.ok && res.problem.status === 415)) res = await send(json, { "Content-Type": "application/json" });
      if (!res.ok) {
        const first = showErrors(form, res.problem.errors ?? []);
        status.textContent = first ? t("fixErrors") : res.problem.detail ?? t("requestFailed");
        first?.focus();
        return;
      }
      const token = res.body.candidateToken ?? storedCandidate()?.token;
      const stored = token ? { id: res.body.candidateId, token, name: candidate.name } : null;
      if (stored) rememberCandidate(stored);
      status.textContent = "";
      form.closest("section")!.hidden = true;
      const applied = $("#applied");
      applied.hidden = false;
      applied.focus();
      if (stored) await showFits(vacancyId, stored);
    } catch {
      status.textContent = t("networkError");
    } finally {
      submit.disabled = false;
    }
  });
}
