import type { Deps } from "../../deps.js";
import { parseResume, type ResumeSource } from "../../resumes/parse-resume.js";
import { documentBody, MultipartDocumentBody, TextDocumentBody } from "../document-body.js";
import type { ApiRouter } from "../route.js";
import { ResumeParseResult } from "./resumes.schema.js";
import { z } from "zod";

const resumeContentTypes = {
  "text/plain": z.string().meta({ description: "Text in any common encoding (UTF-8 ± BOM, UTF-16, GB18030/GBK, Big5); the charset is detected, not trusted" }),
  "application/json": TextDocumentBody,
  "multipart/form-data": MultipartDocumentBody,
};

export function resumeRoutes(api: ApiRouter, _deps: Deps): void {
  api.add(
    {
      method: "post", path: "/v1/candidates/parse", summary: "Read a resume into a draft profile without storing anything", tags: ["Candidates"],
      access: "public", bodyContentTypes: resumeContentTypes, before: documentBody,
      responses: {
        200: { description: "The draft profile, what could not be read, and the forbidden categories left out", schema: ResumeParseResult },
        413: { description: "Larger than 10 MB" },
        415: { description: "Not text, .docx, .doc or .pdf" },
        422: { description: "Corrupt or hostile, without text (`no_text`), or without a person in it (`no_profile`); `reason` says which" },
        429: { description: "Rate limited, or this client already has as many documents being read as it may; see Retry-After" },
        503: { description: "Too many documents are waiting to be read; see Retry-After" },
      },
    },
    async ({ res }) => ({ status: 200, body: await parseResume(res.locals.document as ResumeSource) }),
  );
}
