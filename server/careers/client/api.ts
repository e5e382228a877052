export type FieldError = { path: string; message: string };
export type Problem = { status: number; title: string; detail?: string; errors?: FieldError[] };

/** The answer to an API call: its body when it succeeded, the problem document when it did not. */
export type ApiResult<T> = { ok: true; body: T } | { ok: false; problem: Problem };

/** Calls the public /v1 API; a network failure rejects (the caller keeps what the user typed). */
export async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<ApiResult<T>> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json, application/problem+json");
  headers.set("Accept-Language", document.documentElement.lang);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  const res = await fetch(path, { ...init, headers });
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return { ok: true, body: body as T };
  return { ok: false, problem: { status: res.status, title: res.statusText, ...(body ?? {}) } };
}

/** What this browser remembers after applying: the candidate's id and token (the token is shown only once). */
export type StoredCandidate = { id: string; token: string; name: string };
const storageKey = "careers.candidate";

export const rememberCandidate = (c: StoredCandidate) => localStorage.setItem(storageKey, JSON.stringify(c));
export const forgetCandidate = () => localStorage.removeItem(storageKey);
export function storedCandidate(): StoredCandidate | null {
  try {
    const value = JSON.parse(localStorage.getItem(storageKey) ?? "null") as StoredCandidate | null;
    return value && typeof value.id === "string" && typeof value.token === "string" ? value : null;
  } catch {
    return null;
  }
}
