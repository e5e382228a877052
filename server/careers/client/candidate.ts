import { api, forgetCandidate, storedCandidate } from "./api.js";
import { $, t } from "./dom.js";

/** The candidate's own page: export (a JSON download) or erase everything, with the token kept from applying. */
export function startCandidatePage(): void {
  const candidate = storedCandidate();
  const status = $("#candidate-status");
  if (!candidate) {
    $("#candidate-missing").hidden = false;
    return;
  }
  $("#candidate-actions").hidden = false;
  $("#candidate-name").textContent = candidate.name;
  $("#export").addEventListener("click", async () => {
    const res = await api<unknown>(`/v1/candidates/${candidate.id}/export`, { token: candidate.token }).catch(() => null);
    if (!res?.ok) return void (status.textContent = t("requestFailed"));
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([JSON.stringify(res.body, null, 2)], { type: "application/json" }));
    link.download = "my-data.json";
    link.click();
    URL.revokeObjectURL(link.href);
  });
  $("#delete").addEventListener("click", () => {
    $("#delete-confirm").hidden = false;
    $("#delete-yes").focus();
  });
  $("#delete-yes").addEventListener("click", async () => {
    const res = await api<unknown>(`/v1/candidates/${candidate.id}`, { method: "DELETE", token: candidate.token }).catch(() => null);
    if (!res || (!res.ok && res.problem.status !== 404)) return void (status.textContent = t("requestFailed"));
    forgetCandidate();
    $("#candidate-actions").hidden = true;
    status.textContent = t("deleted");
  });
}
