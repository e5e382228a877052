import multer from "multer";
import type { RequestHandler } from "express";
import { HttpProblem } from "./problem.js";

const MAX_FILENAME_CHARS = 255;

/**
 * One file field of a multipart upload, held in memory. Browsers send file names as raw UTF-8 ("张伟-简历.docx"), which
 * busboy would read as Latin-1 by default. A body busboy cannot parse (a broken part header, a form cut short, no
 * boundary) is the client's: a 400, where multer's error without a code would be a 500. Its limit errors keep their codes.
 */
export function multipartFile(field: string, limits: multer.Options["limits"]): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), defParamCharset: "utf8", limits }).single(field);
  return (req, res, next) =>
    upload(req, res, (err?: unknown) => {
      if (err === undefined || err instanceof multer.MulterError) return next(err);
      const detail = err instanceof Error ? err.message : String(err);
      next(new HttpProblem(400, "Bad Request", `malformed multipart body: ${detail}`, [{ path: "(body)", message: "not a valid multipart/form-data body" }]));
    });
}

/**
 * An uploaded file's name as it is stored and later sent back in a Content-Disposition: without control characters
 * (PostgreSQL's text takes no NUL, and a header no line break) and at most 255 characters, a longer name cut before
 * its extension (which may tell a format); null when nothing is left.
 */
export function uploadedFilename(originalname: string | undefined): string | null {
  const chars = Array.from((originalname ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim());
  if (chars.length === 0) return null;
  if (chars.length <= MAX_FILENAME_CHARS) return chars.join("");
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(chars.join(""))?.[0] ?? "";
  return chars.slice(0, MAX_FILENAME_CHARS - extension.length).join("") + extension;
}
