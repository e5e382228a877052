import express, { type RequestHandler } from "express";
import { DOCUMENT_MEDIA_TYPES, FORMAT_LABELS, MAX_DOCUMENT_BYTES } from "../documents/index.js";
import { z } from "zod";
import { asDocumentClient } from "./document-client.js";
import { NUL_MESSAGE } from "./nul-characters.js";
import { fieldErrors, HttpProblem } from "./problem.js";
import { multipartFile, uploadedFilename } from "./uploaded-file.js";

export const TextDocumentBody = z.strictObject({ text: z.string().min(1).max(MAX_DOCUMENT_BYTES).refine((t) => !t.includes("\u0000"), NUL_MESSAGE) });
export const MultipartDocumentBody = z.object({ file: z.string().meta({ format: "binary", description: FORMAT_LABELS }) });

/** What an upload endpoint received: raw bytes to sniff and decode, or text that is already Unicode. */
export type DocumentInput =
  | { kind: "bytes"; bytes: Uint8Array; filename: string | null; mediaType: string | null }
  | { kind: "text"; text: string };

// Every format's media types, and octet-stream: the bytes, not the label, say what a document is.
const rawTypes = [...DOCUMENT_MEDIA_TYPES, "application/octet-stream"];

const raw = express.raw({ type: rawTypes, limit: MAX_DOCUMENT_BYTES });
const json = express.json({ limit: MAX_DOCUMENT_BYTES + 1024 * 1024 });
const upload = multipartFile("file", { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5, fieldSize: 64 * 1024, parts: 6 });

/**
 * Accepts a document as text/plain (or another raw type), `{ text }` JSON, or a multipart `file`.
 * The declared charset is ignored on purpose: the decoder detects the encoding from the bytes.
 */
export const documentBody: RequestHandler[] = [
  (req, _res, next) => {
    if (req.is(rawTypes)) return raw(req, _res, next);
    if (req.is("application/json")) return json(req, _res, next);
    if (req.is("multipart/form-data")) return upload(req, _res, next);
    throw new HttpProblem(415, "Unsupported Media Type", "send text/plain, application/json { text }, or multipart/form-data with a `file` field");
  },
  (req, res, next) => {
    if (req.file) {
      res.locals.document = {
        kind: "bytes", bytes: req.file.buffer, filename: uploadedFilename(req.file.originalname), mediaType: req.file.mimetype || null,
      } satisfies DocumentInput;
    } else if (Buffer.isBuffer(req.body)) {
      res.locals.document = { kind: "bytes", bytes: req.body, filename: null, mediaType: req.get("content-type") ?? null } satisfies DocumentInput;
    } else if (req.is("multipart/form-data")) {
      throw new HttpProblem(400, "Bad Request", "the upload has no file", [{ path: "file", message: "required" }]);
    } else if (req.is("application/json")) {
      const parsed = TextDocumentBody.safeParse(req.body);
      if (!parsed.success) throw new HttpProblem(400, "Bad Request", "invalid body", fieldErrors(parsed.error));
      res.locals.document = { kind: "text", text: parsed.data.text } satisfies DocumentInput;
    } else {
      throw new HttpProblem(400, "Bad Request", "the request has no document", [{ path: "(body)", message: "required" }]);
    }
    next();
  },
  asDocumentClient,
];
