import { z } from "zod";
import { CandidateProfile, MatchResult } from "../../matching/match.schema.js";
import { applicationStages } from "../../applications/stages.js";
import { cursorParam } from "../cursor.js";
import { keysetPaginationShape, noPageWithCursor } from "./common.schema.js";

export const MatchSummary = MatchResult;
export const ApplicationStage = z.enum(applicationStages).meta({ id: "ApplicationStage" });

export const ApplyBody = z
  .strictObject({
    candidate: CandidateProfile.optional(),
    candidateToken: z.string().min(1).max(200).optional(),
    consent: z.literal(true, { error: "consent to the privacy notice is required (true)" }),
  })
  .refine((b) => (b.candidate === undefined) !== (b.candidateToken === undefined), {
    error: "give exactly one of candidate or candidateToken",
    path: ["candidate"],
  })
  .meta({ id: "ApplyRequest" });

export const ApplyResult = z
  .object({ applicationId: z.uuid(), candidateId: z.uuid(), candidateToken: z.string().optional() })
  .meta({ id: "ApplyResult" });

export const ApplyHeaders = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .transform((value, ctx) => {
      const key = parseIdempotencyKey(value);
      if (key !== null) return key;
      ctx.addIssue({ code: "custom", message: "1–255 visible ASCII characters, optionally in double quotes" });
      return z.NEVER;
    })
    .meta({
    description: 'IETF Idempotency-Key (a quoted string, e.g. "4f1c…", or a bare token): the same key and body replay the stored response for 24 h; the same key with another body is a 422',
  }),
});

/** The header value, unquoted if sent as a Structured Field string; null when malformed. */
export function parseIdempotencyKey(value: string | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  const unquoted = /^"(.*)"$/.exec(value.trim())?.[1] ?? value.trim();
  return /^[\x21-\x7e]{1,255}$/.test(unquoted) ? unquoted : null;
}

const CandidateSummary = z
  .object({
    name: z.string(), email: z.string().optional(), phone: z.string().optional(), location: z.string().nullable(),
    educationLevel: z.string().nullable(), latestTitle: z.string().nullable(), years: z.number(), skills: z.array(z.string()),
  })
  .meta({ id: "CandidateSummary" });

export const Application = z
  .object({
    id: z.uuid(), vacancyId: z.uuid(), candidateId: z.uuid(), stage: ApplicationStage, score: z.number(), qualified: z.boolean(),
    match: MatchResult, scoredAt: z.string(), createdAt: z.string(), updatedAt: z.string(),
    events: z.array(z.object({ from: ApplicationStage.nullable(), to: ApplicationStage, actor: z.string(), at: z.string() })).optional(),
  })
  .meta({ id: "Application" });

export const RankedApplication = Application.extend({
  profileSource: z.enum(["resume", "form"]).meta({ description: "Whether the applicant's profile was read from an uploaded resume or typed as a form" }),
  resumeUrl: z.string().nullable().meta({ description: "Where the original resume downloads (recruiters of this organization), when there is one" }),
  candidate: CandidateSummary,
}).meta({ id: "RankedApplication" });
export const TalentMatch = z.object({ candidateId: z.uuid(), match: MatchResult, candidate: CandidateSummary }).meta({ id: "TalentMatch" });

const booleanParam = z.enum(["true", "false"]).transform((v) => v === "true");

const rankKey = z.strictObject({ qualified: z.boolean(), score: z.number().min(0).max(100), id: z.uuid() });

export const RankedQuery = z
  .strictObject({
    ...keysetPaginationShape(cursorParam(rankKey)),
    stage: ApplicationStage.optional(),
    minScore: z.coerce.number().min(0).max(100).optional(),
    qualified: booleanParam.optional(),
  })
  .refine(...noPageWithCursor);

const talentKey = rankKey.extend({ relevance: z.number() });

export const TalentQuery = z.object(keysetPaginationShape(cursorParam(talentKey))).refine(...noPageWithCursor);

export const PatchApplicationBody = z.strictObject({ stage: ApplicationStage });
