import type { Db } from "../../db/db.js";
import { listApplicationEvents, listApplicationsOfCandidate } from "../../db/application.repository.js";
import { findCandidate, listConsents } from "../../db/candidate.repository.js";
import { localizeMatch } from "../applications/localize-match.js";
import { NotFound } from "../errors.js";
import type { Locale } from "../matching/reasons.js";
import { resumeStore } from "../resumes/resume-store.js";
import { candidateRowToCandidate } from "./candidate.service.js";

/**
 * Everything held about the candidate, as JSON (PIPL art. 45 data portability): the profile, each
 * application with its score, reasons and stage history, and every consent with its notice version.
 * The token hash is left out: it is a credential, not personal data about them. Stored files (the
 * uploaded resume) are listed with their size and sha256.
 */
export async function exportCandidate(db: Db, callerId: string, id: string, opts: { now: Date; locale: Locale }) {
  const row = callerId === id ? await findCandidate(db, id) : undefined;
  if (!row) throw new NotFound("candidate");
  const [applications, consents, resume] = await Promise.all([listApplicationsOfCandidate(db, id), listConsents(db, id), resumeStore.describe(db, id)]);
  const events = await listApplicationEvents(db, applications.map((a) => a.id));
  return {
    exportedAt: opts.now.toISOString(),
    profile: candidateRowToCandidate(row),
    applications: applications.map((a) => ({
      id: a.id,
      vacancyId: a.vacancy_id,
      vacancyTitle: a.vacancy_title,
      organization: { slug: a.org_slug, name: a.org_name },
      stage: a.stage,
      score: a.score,
      qualified: a.qualified,
      match: localizeMatch(a.match, opts.locale),
      scoredAt: a.scored_at.toISOString(),
      appliedAt: a.created_at.toISOString(),
      history: events
        .filter((e) => e.application_id === a.id)
        .map((e) => ({ from: e.from_stage, to: e.to_stage, at: e.created_at.toISOString() })),
    })),
    files: resume ? [{ kind: "resume" as const, ...resume }] : [],
    consents: consents.map((c) => ({
      purpose: c.purpose,
      vacancyId: c.vacancy_id,
      noticeVersion: c.notice_version,
      grantedAt: c.granted_at.toISOString(),
      withdrawnAt: c.withdrawn_at?.toISOString() ?? null,
    })),
  };
}
