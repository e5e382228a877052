import type { Kysely } from "kysely";
import type { ApplicationEventRow, ApplicationRow, ApplicationStage, Database } from "../../db/database.js";
import type { Db } from "../../db/db.js";
import {
  findApplicationByEmail,
  findApplicationOf,
  findOrgApplication,
  insertApplication,
  insertApplicationEvent,
  listApplicationEvents,
  lockApplicantEmail,
  setApplicationStage,
} from "../../db/application.repository.js";
import { findCandidate, insertConsent } from "../../db/candidate.repository.js";
import { findOpenVacancyForMatching } from "../../db/vacancy-matching.repository.js";
import { parseToken } from "../auth/tokens.js";
import { PRIVACY_NOTICE_VERSION } from "../candidates/consent.js";
import { candidateTokenResolver, insertCandidateWithConsent } from "../candidates/candidate.service.js";
import { assertProfileDates } from "../candidates/profile-rules.js";
import { IllegalStageTransition, NotFound, UnknownReference } from "../errors.js";
import { resumeSha256, resumeStore, type ResumeUpload } from "../resumes/resume-store.js";
import type { CandidateProfile, MatchResult } from "../matching/match.schema.js";
import { scoreMatch, type Locale } from "../matching/score.js";
import { withIdempotencyKey } from "./idempotency.js";
import { localizeMatch } from "./localize-match.js";
import { candidateSummary, type CandidateSummary } from "./candidate-summary.js";
import { profileSources, type ProfileSource } from "./profile-source.js";
import { canMove } from "./stages.js";

export type ApplyInput = { candidate?: CandidateProfile; candidateToken?: string; consent: true };
export type ApplyResult = { applicationId: string; candidateId: string; candidateToken?: string };

const existing = (row: ApplicationRow) => ({ created: false, body: { applicationId: row.id, candidateId: row.candidate_id }, candidateId: row.candidate_id });

async function applyInTransaction(trx: Kysely<Database>, vacancyId: string, input: ApplyInput, now: Date, resume?: ResumeUpload) {
  const vacancy = await findOpenVacancyForMatching(trx, vacancyId, now);
  if (!vacancy) throw new NotFound("vacancy");
  let candidateId: string;
  let profile: CandidateProfile;
  let newToken: string | undefined;
  if (input.candidateToken !== undefined) {
    const parsed = parseToken(input.candidateToken);
    const principal = parsed?.kind === "ck" ? await candidateTokenResolver(trx)(parsed.lookup, parsed.secret) : null;
    const row = principal?.kind === "candidate" ? await findCandidate(trx, principal.candidateId) : undefined;
    if (!row) throw new UnknownReference("candidate token", "candidateToken", "unknown or revoked");
    const already = await findApplicationOf(trx, vacancyId, row.id);
    if (already) return existing(already);
    candidateId = row.id;
    profile = row.profile;
  } else {
    profile = input.candidate!;
    assertProfileDates(profile, now, "candidate");
    // Without a token the same person is recognised by email, and only to return what they already
    // submitted here: the existing ids, never their token or profile.
    await lockApplicantEmail(trx, vacancyId, profile.email);
    const already = await findApplicationByEmail(trx, vacancyId, profile.email);
    if (already) return existing(already);
    const created = await insertCandidateWithConsent(trx, profile, now);
    candidateId = created.row.id;
    if (resume) await resumeStore.put(trx, candidateId, resume, now);
    newToken = created.token;
  }
  await insertConsent(trx, { candidateId, purpose: "application", vacancyId, noticeVersion: PRIVACY_NOTICE_VERSION, at: now });
  const match = scoreMatch(profile, vacancy.requirements, { asOf: now, weights: vacancy.weights ?? undefined, locale: "en" });
  const row = await insertApplication(trx, {
    organizationId: vacancy.organization_id, vacancyId, candidateId, now, score: match.score, qualified: match.qualified, match, scoredAt: now,
  });
  if (!row) return existing((await findApplicationOf(trx, vacancyId, candidateId))!);
  await insertApplicationEvent(trx, { applicationId: row.id, from: null, to: "applied", actor: "candidate", at: now });
  const body: ApplyResult = { applicationId: row.id, candidateId, ...(newToken ? { candidateToken: newToken } : {}) };
  return { created: true, body, candidateId };
}

/**
 * Public apply. Idempotent per (vacancy, candidate): applying again answers 200 with the existing
 * application. With an Idempotency-Key the whole response is replayed for the same body.
 */
export async function applyToVacancy(
  db: Db,
  vacancyId: string,
  input: ApplyInput,
  opts: { now: Date; idempotencyKey?: string; resume?: ResumeUpload },
): Promise<{ created: boolean; body: ApplyResult; replayed: boolean }> {
  if (opts.idempotencyKey === undefined) {
    const result = await db.transaction().execute((trx) => applyInTransaction(trx, vacancyId, input, opts.now, opts.resume));
    return { created: result.created, body: result.body, replayed: false };
  }
  return withIdempotencyKey<ApplyResult>(
    db,
    // The same file and fields are the same request; the file counts by its hash.
    { scope: `apply:${vacancyId}`, key: opts.idempotencyKey, body: opts.resume ? { ...input, resume: resumeSha256(opts.resume.bytes) } : input, now: opts.now },
    (trx) => applyInTransaction(trx, vacancyId, input, opts.now, opts.resume),
  );
}

export type ApplicationEvent = { from: ApplicationStage | null; to: ApplicationStage; actor: string; at: string };
export type Application = {
  id: string; vacancyId: string; candidateId: string; stage: ApplicationStage; score: number; qualified: boolean;
  match: MatchResult; scoredAt: string; createdAt: string; updatedAt: string; events?: ApplicationEvent[];
};

export function applicationRowToApplication(row: ApplicationRow, locale: Locale, events?: ApplicationEventRow[]): Application {
  return {
    id: row.id,
    vacancyId: row.vacancy_id,
    candidateId: row.candidate_id,
    stage: row.stage,
    score: row.score,
    qualified: row.qualified,
    match: localizeMatch(row.match, locale),
    scoredAt: row.scored_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    ...(events ? { events: events.map((e) => ({ from: e.from_stage, to: e.to_stage, actor: e.actor, at: e.created_at.toISOString() })) } : {}),
  };
}

/** One of the organization's applications with its stage history and the applicant's summary. */
export async function getApplication(db: Db, organizationId: string, id: string, opts: { locale: Locale; now: Date }): Promise<Application & ProfileSource & { candidate: CandidateSummary }> {
  const row = await findOrgApplication(db, organizationId, id);
  if (!row) throw new NotFound("application");
  const [events, candidate, sources] = await Promise.all([listApplicationEvents(db, [id]), findCandidate(db, row.candidate_id), profileSources(db, [row])]);
  return { ...applicationRowToApplication(row, opts.locale, events), ...sources(row), candidate: candidateSummary(candidate!.profile, opts.now, { contact: true }) };
}

/** Moves an application to a stage and records the move; the same stage again changes nothing. */
export async function changeStage(db: Db, organizationId: string, id: string, stage: ApplicationStage, opts: { now: Date; locale: Locale }): Promise<Application> {
  const row = await db.transaction().execute(async (trx) => {
    const current = await findOrgApplication(trx, organizationId, id, true);
    if (!current) throw new NotFound("application");
    if (current.stage === stage) return current;
    if (!canMove(current.stage, stage)) throw new IllegalStageTransition(current.stage, stage);
    await insertApplicationEvent(trx, { applicationId: id, from: current.stage, to: stage, actor: `organization:${organizationId}`, at: opts.now });
    return setApplicationStage(trx, id, stage, opts.now);
  });
  return applicationRowToApplication(row, opts.locale, await listApplicationEvents(db, [id]));
}

/** The original resume of one of the organization's applicants, byte for byte, with its stored type. */
export async function getApplicationResume(db: Db, organizationId: string, id: string) {
  const row = await findOrgApplication(db, organizationId, id);
  const file = row ? await resumeStore.read(db, row.candidate_id) : undefined;
  if (!file) throw new NotFound(row ? "resume" : "application");
  return file;
}
