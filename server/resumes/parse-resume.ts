import { decodeDocument, decodeTextDocument, runBoundedWorker, type DocumentFormat, type DocumentLine } from "../documents/index.js";
import { DocumentRejected } from "../errors.js";
import type { ResumeReading } from "./profile-draft.js";
import { readResume } from "./read-resume.js";

export type ResumeSource = { kind: "bytes"; bytes: Uint8Array; filename: string | null } | { kind: "text"; text: string };
export type ParsedResume = ResumeReading & { encoding: string; format: DocumentFormat };

/**
 * Below this size reading takes a few milliseconds, cheaper than starting a thread; above it the
 * reader runs in the bounded worker pool that document extraction uses, so one client's large
 * uploads queue behind the pool instead of stalling the event loop for everyone.
 */
const IN_PROCESS_CHARS = 100_000;
const READ_LIMITS = { timeoutMs: 30_000 };

async function readBounded(lines: readonly DocumentLine[], chars: number): Promise<ResumeReading> {
  if (chars <= IN_PROCESS_CHARS) return readResume(lines);
  return runBoundedWorker<ResumeReading>(new URL("./read.worker.ts", import.meta.url), { lines }, READ_LIMITS);
}

/** Bytes or text → the resume's draft profile, storing nothing. */
export async function parseResume(source: ResumeSource): Promise<ParsedResume> {
  const decoded =
    source.kind === "bytes" ? await decodeDocument(source.bytes, { pictures: true, ...(source.filename ? { filename: source.filename } : {}) }) : await decodeTextDocument(source.text);
  if (decoded.text.trim() === "") throw new DocumentRejected("unprocessable", "The document contains no text.", "no_text");
  const reading = await readBounded(decoded.lines, decoded.text.length);
  return { ...reading, warnings: [...decoded.warnings, ...reading.warnings], encoding: decoded.encoding, format: decoded.format };
}
