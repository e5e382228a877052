import { z } from "zod";
import { applyToVacancy, changeStage, getApplication, getApplicationResume } from "../../applications/application.service.js";
import { listVacancyApplications, matchTalentPool } from "../../applications/ranking.service.js";
import { orgOf } from "../../auth/principal.js";
import type { Deps } from "../../deps.js";
import { AcceptLanguageHeader, localeOf } from "../locale.js";
import { MultipartProfileBody, profileOrResumeBody, uploadedResume } from "../resume-upload.js";
import type { ApiRouter } from "../route.js";
import {
  Application,
  ApplyBody,
  ApplyHeaders,
  ApplyResult,
  PatchApplicationBody,
  RankedApplication,
  RankedQuery,
  TalentMatch,
  TalentQuery,
} from "./applications.schema.js";
import { IdParams, keysetPaginated } from "./common.schema.js";
import { cursorFor, listId, withNextCursor } from "../cursor.js";

export function applicationRoutes(api: ApiRouter, deps: Deps): void {
  const tags = ["Applications"];
  api.add(
    {
      method: "post", path: "/v1/jobs/:id/applications", summary: "Apply to a published vacancy", tags, access: "public",
      params: IdParams, body: ApplyBody, headers: ApplyHeaders,
      bodyContentTypes: { "multipart/form-data": MultipartProfileBody },
      before: profileOrResumeBody((candidate) => ({ candidate, consent: true }), "candidate"),
      responses: {
        201: { description: "Applied; a new candidate's token is returned once", schema: ApplyResult },
        200: { description: "This candidate had already applied: the existing application", schema: ApplyResult },
        404: { description: "No such published vacancy" },
        422: { description: "Unknown candidate token, an Idempotency-Key reused with a different body, a resume that cannot be read (`reason`), or a resume upload whose merged profile still lacks a field (named)" },
      },
    },
    async ({ params, body, headers: { "idempotency-key": key }, res }) => {
      const result = await applyToVacancy(deps.db, params.id, body, { now: deps.now(), resume: uploadedResume(res.locals), ...(key ? { idempotencyKey: key } : {}) });
      const headers: Record<string, string> = { Location: `/v1/applications/${result.body.applicationId}` };
      if (result.replayed) headers["Idempotent-Replayed"] = "true";
      return { status: result.created ? 201 : 200, body: result.body, headers };
    },
  );
  api.add(
    {
      method: "get", path: "/v1/vacancies/:id/applications", summary: "Applicants ranked by match (qualified first)", tags,
      access: "recruiter", params: IdParams, query: RankedQuery, headers: AcceptLanguageHeader,
      responses: {
        200: { description: "A page of applicants: qualified first, then by score, then by id (highest first)", schema: keysetPaginated(RankedApplication) },
        400: { description: "Invalid filters, a cursor not from this list's nextCursor, or page and cursor together" },
        404: { description: "Unknown or another organization's vacancy" },
      },
    },
    async ({ params, query, principal, req }) => {
      const { page, pageSize, cursor, ...filters } = query;
      const list = listId("applications", orgOf(principal), params.id, filters.stage ?? null, filters.minScore ?? null, filters.qualified ?? null);
      const from = cursorFor(cursor, list);
      const result = await listVacancyApplications(deps.db, orgOf(principal), params.id, filters, { page: from?.page ?? page ?? 1, pageSize, after: from?.key }, { locale: localeOf(req), now: deps.now() });
      return { status: 200, body: withNextCursor(result, list) };
    },
  );
  api.add(
    {
      method: "get", path: "/v1/vacancies/:id/matches", summary: "Discoverable candidates of the board ranked for the vacancy", tags,
      access: "recruiter", params: IdParams, query: TalentQuery, headers: AcceptLanguageHeader,
      responses: {
        200: { description: "A page of talent-pool matches (no contact details), from the best few hundred the private index retrieves for the role", schema: keysetPaginated(TalentMatch) },
        400: { description: "A cursor not from this list's nextCursor, or page and cursor together" },
        404: { description: "Unknown or another organization's vacancy" },
      },
    },
    async ({ params, query, principal, req }) => {
      const list = listId("matches", orgOf(principal), params.id);
      const from = cursorFor(query.cursor, list);
      const page = { page: from?.page ?? query.page ?? 1, pageSize: query.pageSize, after: from?.key };
      return { status: 200, body: withNextCursor(await matchTalentPool(deps, orgOf(principal), params.id, page, { locale: localeOf(req), now: deps.now() }), list) };
    },
  );
  api.add(
    {
      method: "get", path: "/v1/applications/:id", summary: "An application with its stage history", tags, access: "recruiter",
      params: IdParams, headers: AcceptLanguageHeader,
      responses: { 200: { description: "The application with the applicant's summary", schema: RankedApplication }, 404: { description: "Unknown or another organization's" } },
    },
    async ({ params, principal, req }) => ({
      status: 200,
      body: await getApplication(deps.db, orgOf(principal), params.id, { locale: localeOf(req), now: deps.now() }),
    }),
  );
  api.add(
    {
      method: "get", path: "/v1/applications/:id/resume", summary: "Download the applicant's original resume, byte for byte", tags, access: "recruiter",
      params: IdParams,
      responses: {
        200: { description: "The file as uploaded, with its type; always an attachment, never rendered", contentType: "application/octet-stream", schema: z.string().meta({ format: "binary" }) },
        404: { description: "Unknown or another organization's application, or one made without a resume" },
      },
    },
    async ({ params, principal, res }) => {
      const file = await getApplicationResume(deps.db, orgOf(principal), params.id);
      // A resume is untrusted content: download only, never sniffed or run as a page.
      res
        .status(200)
        .set({
          "Content-Type": file.contentType,
          "Content-Length": String(file.bytes.length),
          "Content-Disposition": attachment(file.filename, file.contentType),
          "X-Content-Type-Options": "nosniff",
          "Content-Security-Policy": "default-src 'none'; sandbox",
          "Cache-Control": "private, no-store",
          ETag: `"${file.sha256}"`,
        })
        .end(file.bytes);
    },
  );
  api.add(
    {
      method: "patch", path: "/v1/applications/:id", summary: "Move an application to another stage", tags, access: "recruiter",
      params: IdParams, body: PatchApplicationBody, headers: AcceptLanguageHeader,
      responses: {
        200: { description: "The application with its stage history", schema: Application },
        404: { description: "Unknown or another organization's" },
        409: { description: "Not a permitted move (backwards, or out of hired/rejected)" },
      },
    },
    async ({ params, body, principal, req }) => ({
      status: 200,
      body: await changeStage(deps.db, orgOf(principal), params.id, body.stage, { now: deps.now(), locale: localeOf(req) }),
    }),
  );
}

const extensions: Record<string, string> = {
  "text/plain": "txt", "application/pdf": "pdf", "application/msword": "doc",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

/** RFC 6266 attachment: an ASCII fallback name and the original (UTF-8) name, stripped of path and quote characters. */
function attachment(filename: string | null, contentType: string): string {
  const ext = extensions[contentType] ?? "bin";
  const original = (filename ?? "").replace(/[\\/"\u0000-\u001f\u007f]/g, "").trim();
  const ascii = original.replace(/[^\x20-\x7e]/g, "_").replace(/[;%]/g, "_");
  const fallback = ascii && !/^_*(\.[a-z0-9]+)?$/i.test(ascii) ? ascii : `resume.${ext}`;
  return original ? `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(original)}` : `attachment; filename="resume.${ext}"`;
}
