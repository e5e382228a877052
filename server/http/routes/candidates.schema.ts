import { z } from "zod";
import { CandidateProfile, MatchResult } from "../../matching/match.schema.js";
import { MatchSummary } from "./applications.schema.js";

export const Candidate = CandidateProfile.safeExtend({
  id: z.uuid(),
  discoverable: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: "Candidate" });

export const CreatedCandidate = Candidate.safeExtend({
  token: z.string().meta({ description: "The candidate token; shown only in this response (only a hash is stored)" }),
}).meta({ id: "CreatedCandidate" });

export const CandidateExport = z
  .object({
    exportedAt: z.string(),
    profile: Candidate,
    applications: z.array(
      z.object({
        id: z.string(), vacancyId: z.string(), vacancyTitle: z.string(), organization: z.object({ slug: z.string(), name: z.string() }),
        stage: z.string(), score: z.number(), qualified: z.boolean(), match: MatchResult, scoredAt: z.string(), appliedAt: z.string(),
        history: z.array(z.object({ from: z.string().nullable(), to: z.string(), at: z.string() })),
      }),
    ),
    files: z.array(
      z.object({
        kind: z.literal("resume"), filename: z.string().nullable(), contentType: z.string(), size: z.number().int(), sha256: z.string(), uploadedAt: z.string(),
      }),
    ).meta({ description: "Files held for the candidate: the resume they uploaded, as kept for recruiters" }),
    consents: z.array(
      z.object({ purpose: z.string(), vacancyId: z.string().nullable(), noticeVersion: z.string(), grantedAt: z.string(), withdrawnAt: z.string().nullable() }),
    ),
  })
  .meta({ id: "CandidateExport" });

export const Recommendation = z
  .object({
    vacancy: z.object({
      id: z.string(), slug: z.string(), title: z.string(), department: z.string().nullable(), location: z.string().nullable(),
      employmentType: z.string().nullable(), publishedAt: z.string().nullable(), organization: z.object({ slug: z.string(), name: z.string() }),
    }),
    match: MatchSummary,
  })
  .meta({ id: "Recommendation" });
