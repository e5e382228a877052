import { z } from "zod";
import { CandidateProfile } from "../../matching/match.schema.js";
import { Requirements } from "../../positions/position.schema.js";

export const MatchBody = z
  .strictObject({
    candidate: CandidateProfile,
    vacancyId: z.uuid().optional(),
    requirements: Requirements.optional(),
  })
  .refine((b) => (b.vacancyId === undefined) !== (b.requirements === undefined), {
    error: "give exactly one of vacancyId or requirements",
    path: ["vacancyId"],
  })
  .meta({ id: "MatchRequest" });
