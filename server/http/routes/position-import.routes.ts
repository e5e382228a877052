import { z } from "zod";
import type { Deps } from "../../deps.js";
import { FORMAT_LABELS, FORMAT_NAMES } from "../../documents/index.js";
import { importDocument, parseDocument, type DocumentSource } from "../../positions/import.service.js";
import { Position } from "../../positions/position.schema.js";
import { documentBody, MultipartDocumentBody, TextDocumentBody } from "../document-body.js";
import type { ApiRouter } from "../route.js";
import { orgOf } from "../../auth/principal.js";
import { StoredPosition } from "./positions.schema.js";

const documentContentTypes = {
  "text/plain": z.string().meta({ description: "Text in any common encoding (UTF-8 ± BOM, UTF-16, GB18030/GBK, Big5); the charset is detected, not trusted" }),
  "application/json": TextDocumentBody,
  "multipart/form-data": MultipartDocumentBody,
};

const ParseResult = z
  .object({ positions: z.array(Position), warnings: z.array(z.string()), encoding: z.string(), format: z.enum(FORMAT_NAMES) })
  .meta({ id: "ParseResult" });
const ImportResult = z
  .object({ documentId: z.string(), positions: z.array(StoredPosition), warnings: z.array(z.string()), encoding: z.string(), format: z.string() })
  .meta({ id: "ImportResult" });

const refusals = {
  413: { description: "Larger than 10 MB" },
  415: { description: `None of ${FORMAT_LABELS}` },
  422: { description: "Corrupt, hostile (zip bomb, DOCTYPE), timed out, without text, or without any position; `reason` says which" },
  429: { description: "This organization already has as many documents being read as it may (DOCUMENT_CLIENT_LIMIT); see Retry-After" },
  503: { description: "Too many documents are waiting to be read; see Retry-After" },
};

export function positionImportRoutes(api: ApiRouter, deps: Pick<Deps, "db">): void {
  const tags = ["Positions"];
  api.add(
    {
      method: "post", path: "/v1/positions/parse", summary: "Parse a position document without storing anything", tags, access: "recruiter",
      bodyContentTypes: documentContentTypes, before: documentBody,
      responses: { 200: { description: "The positions found", schema: ParseResult }, ...refusals },
    },
    async ({ res }) => {
      const { text: _text, lines: _lines, ...parsed } = await parseDocument(res.locals.document as DocumentSource);
      return { status: 200, body: parsed };
    },
  );
  api.add(
    {
      method: "post", path: "/v1/positions/import", summary: "Import a position document: store it and its positions", tags, access: "recruiter",
      bodyContentTypes: documentContentTypes, before: documentBody,
      responses: { 201: { description: "Stored", schema: ImportResult }, ...refusals },
    },
    async ({ res, principal }) => ({
      status: 201,
      body: await importDocument(deps.db, orgOf(principal), res.locals.document as DocumentSource),
    }),
  );
}
