import express, { type RequestHandler } from "express";
import { z } from "zod";
import { MAX_DOCUMENT_BYTES, withDocumentClient } from "../documents/index.js";
import { CandidateProfile } from "../matching/match.schema.js";
import { mergeProfile } from "../resumes/merge-profile.js";
import { parseResume } from "../resumes/parse-resume.js";
import type { ResumeUpload } from "../resumes/resume-store.js";
import { disconnectSignal, documentClientOf } from "./document-client.js";
import { fieldErrors, HttpProblem } from "./problem.js";
import { multipartFile, uploadedFilename } from "./uploaded-file.js";

export const MultipartProfileBody = z
  .object({
    resume: z.string().meta({ format: "binary", description: "The resume file: .txt (any common encoding), .docx, .doc or .pdf; ≤ 10 MB" }),
    candidate: z.string().optional().meta({ description: "JSON object of profile fields that complete or override what the resume states (e.g. an email it lacks)" }),
    consent: z.literal("true").meta({ description: "Consent to the privacy notice" }),
  })
  .meta({ id: "ResumeUploadBody" });

const upload = multipartFile("resume", { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 2, fieldSize: 256 * 1024, parts: 3 });
const json = express.json({ limit: "1mb" });

/** The uploaded resume of this request, for the service to keep with the candidate. */
export const uploadedResume = (locals: Record<string, unknown>): ResumeUpload | undefined => locals.resume as ResumeUpload | undefined;

function typedFields(raw: unknown): Record<string, unknown> {
  if (raw === undefined || raw === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(String(raw));
  } catch {
    throw new HttpProblem(400, "Bad Request", "the candidate part is not JSON", [{ path: "candidate", message: "not valid JSON" }]);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HttpProblem(400, "Bad Request", "the candidate part must be a JSON object", [{ path: "candidate", message: "expected an object" }]);
  }
  return value as Record<string, unknown>;
}

/**
 * A profile as JSON, or as a multipart resume upload: the resume is read, the `candidate` part's
 * fields win over what it states, and the merged profile must be as valid as a typed one — a field
 * still missing is a 422 naming it. The request then carries the merged profile as its JSON body
 * (`wrap` shapes it, e.g. `{ candidate, consent }` for apply), so the route validates one shape.
 */
export function profileOrResumeBody(wrap: (profile: Record<string, unknown>) => unknown, pathPrefix?: string): RequestHandler[] {
  return [
    (req, res, next) => {
      if (req.is("multipart/form-data")) return upload(req, res, next);
      const hasBody = Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
      if (hasBody && !req.is("application/json")) {
        throw new HttpProblem(415, "Unsupported Media Type", "send application/json, or multipart/form-data with a `resume` file");
      }
      return json(req, res, next);
    },
    async (req, res, next) => {
      if (!req.is("multipart/form-data")) return next();
      if (!req.file) throw new HttpProblem(400, "Bad Request", "the upload has no resume", [{ path: "resume", message: "required" }]);
      if (req.body?.consent !== "true") {
        throw new HttpProblem(400, "Bad Request", "consent to the privacy notice is required", [{ path: "consent", message: "must be true" }]);
      }
      const typed = typedFields(req.body?.candidate);
      const bytes = new Uint8Array(req.file.buffer);
      const filename = uploadedFilename(req.file.originalname);
      const parsed = await withDocumentClient(documentClientOf(req, res), () => parseResume({ kind: "bytes", bytes, filename }), disconnectSignal(res));
      const merged = mergeProfile(parsed.profile, typed);
      const valid = CandidateProfile.safeParse(merged);
      if (!valid.success) {
        throw new HttpProblem(422, "Unprocessable Content", "the profile from the resume and the candidate part is incomplete or invalid", fieldErrors(valid.error, pathPrefix));
      }
      res.locals.resume = { bytes, filename, format: parsed.format } satisfies ResumeUpload;
      req.body = wrap(valid.data);
      next();
    },
  ];
}
