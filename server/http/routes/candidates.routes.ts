import type { Principal } from "../../auth/principal.js";
import { exportCandidate } from "../../candidates/candidate-export.js";
import { createCandidate, deleteCandidate, getCandidate, updateCandidate } from "../../candidates/candidate.service.js";
import { recommendVacancies } from "../../candidates/recommendations.js";
import type { Deps } from "../../deps.js";
import { CandidateProfile } from "../../matching/match.schema.js";
import { AcceptLanguageHeader, localeOf } from "../locale.js";
import { MultipartProfileBody, profileOrResumeBody, uploadedResume } from "../resume-upload.js";
import type { ApiRouter } from "../route.js";
import { Candidate, CandidateExport, CreatedCandidate, Recommendation } from "./candidates.schema.js";
import { IdParams, Pagination, paginated } from "./common.schema.js";

const candidateOf = (principal: Principal | undefined): string => {
  if (principal?.kind !== "candidate") throw new Error("candidate route without a candidate principal");
  return principal.candidateId;
};

const notFound = { description: "Unknown, or not the token's own profile" };

export function candidateRoutes(api: ApiRouter, deps: Deps): void {
  const tags = ["Candidates"];
  api.add(
    {
      method: "post", path: "/v1/candidates", summary: "Create a candidate profile (returns its token once)", tags, access: "public",
      body: CandidateProfile, bodyContentTypes: { "multipart/form-data": MultipartProfileBody }, before: profileOrResumeBody((profile) => profile),
      responses: {
        201: { description: "Created; consent to the privacy notice is recorded; an uploaded resume is kept with the profile", schema: CreatedCandidate },
        422: { description: "A resume upload whose merged profile still lacks a field (named), or a resume that cannot be read (`reason`)" },
      },
    },
    async ({ body, res }) => {
      const created = await createCandidate(deps, body, uploadedResume(res.locals));
      return { status: 201, body: created, headers: { Location: `/v1/candidates/${created.id}` } };
    },
  );
  api.add(
    {
      method: "get", path: "/v1/candidates/:id", summary: "Get one's own profile", tags, access: "candidate", params: IdParams,
      responses: { 200: { description: "The profile", schema: Candidate }, 404: notFound },
    },
    async ({ params, principal }) => ({ status: 200, body: await getCandidate(deps.db, candidateOf(principal), params.id) }),
  );
  api.add(
    {
      method: "put", path: "/v1/candidates/:id", summary: "Replace one's own profile", tags, access: "candidate", params: IdParams,
      body: CandidateProfile,
      responses: { 200: { description: "The updated profile; applications are rescored", schema: Candidate }, 404: notFound },
    },
    async ({ params, body, principal }) => ({ status: 200, body: await updateCandidate(deps, candidateOf(principal), params.id, body) }),
  );
  api.add(
    {
      method: "delete", path: "/v1/candidates/:id", summary: "Erase the profile, its applications, consents and search documents", tags,
      access: "candidate", params: IdParams,
      responses: { 204: { description: "Erased" }, 404: notFound },
    },
    async ({ params, principal }) => {
      await deleteCandidate(deps, candidateOf(principal), params.id);
      return { status: 204 };
    },
  );
  api.add(
    {
      method: "get", path: "/v1/candidates/:id/export", summary: "Export everything held about the candidate (data portability)", tags,
      access: "candidate", params: IdParams, headers: AcceptLanguageHeader,
      responses: { 200: { description: "Profile, applications with history, and consents", schema: CandidateExport }, 404: notFound },
    },
    async ({ params, principal, req }) => ({
      status: 200,
      body: await exportCandidate(deps.db, candidateOf(principal), params.id, { now: deps.now(), locale: localeOf(req) }),
    }),
  );
  api.add(
    {
      method: "get", path: "/v1/candidates/:id/recommendations", summary: "Open vacancies ranked for the candidate", tags,
      access: "candidate", params: IdParams, query: Pagination, headers: AcceptLanguageHeader,
      responses: { 200: { description: "Vacancies, qualified first, by score", schema: paginated(Recommendation) }, 404: notFound },
    },
    async ({ params, query, principal, req }) => ({
      status: 200,
      body: await recommendVacancies(deps.db, candidateOf(principal), params.id, query, { locale: localeOf(req), now: deps.now() }),
    }),
  );
}
