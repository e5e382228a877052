import { readFileSync } from "node:fs";
import { canonicalSkill, mentionedSkills } from "../../../server/matching/skills.js";
import { decodeDocument } from "../../../server/documents/index.js";
import type { ProfileDraft } from "../../../server/resumes/profile-draft.js";
import { readResume } from "../../../server/resumes/read-resume.js";
import { foldKey } from "../../../server/text/fold.js";
import type { ExpectedResume } from "./corpus.expected.js";
import { sameTitle } from "../../helpers/same-title.js";

/** One scored field of one document: `field` names it ("experience.startDate"), `ok` whether the reader got it. */
export type Check = { field: string; ok: boolean; detail: string };

const same = (a: string | null | undefined, b: string | null | undefined) => {
  if (a == null || b == null) return a == b;
  const x = foldKey(a);
  const y = foldKey(b);
  return x === y || (Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x)));
};
const digits = (s: string | null | undefined) => (s ?? "").replace(/\D/g, "");
const sameItem = (a: string, b: string) =>
  same(a, b) || canonicalSkill(a) === canonicalSkill(b) || mentionedSkills(a).some((c) => mentionedSkills(b).includes(c));

function pair<E, F>(expected: readonly E[], found: readonly F[], agree: (e: E, f: F) => number): (F | undefined)[] {
  const free = [...found];
  return expected.map((e) => {
    let best = -1;
    let at = -1;
    free.forEach((f, i) => {
      const score = agree(e, f);
      if (score > best) [best, at] = [score, i];
    });
    return best > 0 ? free.splice(at, 1)[0] : undefined;
  });
}

/** Every stated field of the expectation, checked against what the reader returned. */
export function scoreReading(expected: ExpectedResume, got: { profile: ProfileDraft; dropped: string[] } | "no_profile"): Check[] {
  const checks: Check[] = [];
  const check = (field: string, ok: boolean, detail: string) => checks.push({ field, ok, detail });
  if (expected.noProfile) return [{ field: "noProfile", ok: got === "no_profile", detail: "expected no_profile" }];
  if (got === "no_profile") return [{ field: "noProfile", ok: false, detail: "answered no_profile for a resume" }];
  const p = got.profile;
  if (expected.name !== undefined) {
    const names = Array.isArray(expected.name) ? expected.name : [expected.name];
    check("name", names.some((n) => (n === null ? p.name === null : foldKey(n) === foldKey(p.name ?? ""))), `${p.name}`);
  }
  if (expected.email !== undefined) check("email", (p.email ?? null) === expected.email, `${p.email}`);
  if (expected.phone !== undefined) check("phone", digits(p.phone) === digits(expected.phone), `${p.phone}`);
  if (expected.location !== undefined) check("location", same(p.location ?? null, expected.location), `${p.location}`);
  if (expected.education) {
    const rows = pair(expected.education, p.education, (e, f) => Number(same(e.school, f.school)) * 2 + Number(e.level === f.level) + Number(e.graduationYear === f.graduationYear));
    expected.education.forEach((e, i) => {
      const f = rows[i];
      check("education.level", f?.level === e.level, `${e.school}: ${f?.level}`);
      if (e.school !== undefined) check("education.school", same(f?.school, e.school), `${e.school}: ${f?.school}`);
      if (e.major !== undefined) check("education.major", same(f?.major, e.major), `${e.school}: ${f?.major}`);
      if (e.graduationYear !== undefined) check("education.graduationYear", f?.graduationYear === e.graduationYear, `${e.school}: ${f?.graduationYear}`);
    });
    for (const extra of p.education.filter((f) => !rows.includes(f))) check("education.extra", false, `unexpected ${JSON.stringify(extra)}`);
  }
  if (expected.experience) {
    const rows = pair(expected.experience, p.experience, (e, f) => Number(e.startDate === f.startDate) * 2 + Number(sameTitle(f.title, e.title)) + Number(same(e.organization, f.organization)));
    expected.experience.forEach((e, i) => {
      const f = rows[i];
      // Titles strictly (test/helpers/same-title.ts): "Process Engineer" is not "Senior Process Engineer".
      check("experience.title", sameTitle(f?.title, e.title), `${e.title}: ${f?.title}`);
      if (e.organization !== undefined) check("experience.organization", same(f?.organization, e.organization), `${e.title}: ${f?.organization}`);
      check("experience.startDate", f?.startDate === e.startDate, `${e.title}: ${f?.startDate}`);
      check("experience.endDate", f !== undefined && (f.endDate ?? null) === e.endDate, `${e.title}: ${f?.endDate}`);
      check("experience.management", f !== undefined && (f.management ?? false) === (e.management ?? false), `${e.title}: ${f?.management}`);
    });
    for (const extra of p.experience.filter((f) => !rows.includes(f))) check("experience.extra", false, `unexpected ${extra.title} ${extra.startDate}`);
    check("experience.order", rows.every((f, i) => f !== undefined && p.experience.indexOf(f) === i), p.experience.map((x) => x.title).join(" / "));
  }
  if (expected.skills) for (const s of expected.skills) check("skills", p.skills.some((f) => sameItem(f, s)), `${s} in ${p.skills.join(", ")}`);
  for (const field of ["languages", "certifications"] as const) {
    const wanted = expected[field];
    if (!wanted) continue;
    const found = p[field] ?? [];
    for (const s of wanted) check(field, found.some((f) => sameItem(f, s)), `${s} in ${found.join(", ")}`);
    for (const f of found.filter((f) => !wanted.some((s) => sameItem(f, s)))) check(field, false, `unexpected ${f}`);
  }
  for (const text of expected.notInExperience ?? []) {
    const leaked = p.experience.find((x) => [x.title, x.organization, x.description].some((f) => f !== undefined && foldKey(f).includes(foldKey(text))));
    check("experience.noOtherColumn", leaked === undefined, `${text} in ${leaked?.title}`);
  }
  if (expected.dropped) {
    for (const c of new Set([...expected.dropped, ...got.dropped])) check("dropped", expected.dropped.includes(c as never) && got.dropped.includes(c), c);
  }
  return checks;
}

/** Reads one corpus document the way the API does: real decoding, then the reader. */
export async function readCorpusDocument(name: string) {
  const bytes = readFileSync(new URL(`./corpus/${name}`, import.meta.url));
  // A loaded CI machine starts worker threads slowly; the corpus is about reading, not the time limit.
  const decoded = await decodeDocument(bytes, { timeoutMs: 120_000, pictures: true });
  try {
    return readResume(decoded.lines);
  } catch (err) {
    if ((err as { reason?: string }).reason === "no_profile") return "no_profile" as const;
    throw err;
  }
}

/** Per-field accuracy over some documents: { field: { right, total } } plus the overall share. */
export function tally(checks: readonly Check[]) {
  const fields: Record<string, { right: number; total: number }> = {};
  for (const c of checks) {
    const key = c.field.replace(/\.extra$/, "");
    const f = (fields[key] ??= { right: 0, total: 0 });
    f.total++;
    if (c.ok) f.right++;
  }
  const right = checks.filter((c) => c.ok).length;
  return { accuracy: checks.length ? Math.round((right / checks.length) * 1000) / 1000 : 1, right, total: checks.length, fields };
}
