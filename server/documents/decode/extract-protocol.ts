import type { DocumentRejected } from "../../errors.js";
import type { DocumentFormat, ReaderOutput } from "../formats.js";

/** Messages between decodeDocument and its extraction worker: plain data, since errors lose their class crossing threads. */
export type ExtractRequest = { format: DocumentFormat; bytes: Uint8Array; text: string | null; pictures?: boolean };

export type RejectionCode = ConstructorParameters<typeof DocumentRejected>[0];

export type ExtractResponse =
  | ({ ok: true; warnings: string[] } & ReaderOutput)
  | { ok: false; code: RejectionCode; message: string; reason: string }
  | { ok: false; code: "internal"; message: string };

/** What any bounded worker posts back: its result on success, or a rejection as above. */
export type WorkerResponse =
  | ({ ok: true } & Record<string, unknown>)
  | { ok: false; code: RejectionCode; message: string; reason: string }
  | { ok: false; code: "internal"; message: string };
