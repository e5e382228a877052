import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../db/database.js";
import {
  candidatesWithResume,
  deleteResumeFile,
  findResumeFile,
  findResumeFileMeta,
  upsertResumeFile,
  type ResumeFileMetaRow,
} from "../../db/resume-file.repository.js";
import { mediaTypeOf, type DocumentFormat } from "../documents/index.js";

/** An uploaded resume as received: the bytes are kept exactly; the type comes from what the bytes are. */
export type ResumeUpload = { bytes: Uint8Array; filename: string | null; format: DocumentFormat };
export type StoredResume = { filename: string | null; contentType: string; size: number; sha256: string; uploadedAt: string };


/**
 * Where original resume files live. PostgreSQL holds them today (a table of their own); an object
 * store can take over by implementing these five calls, which take the caller's transaction so a
 * file is written and erased together with its candidate.
 */
export type ResumeStore = {
  put(db: Kysely<Database>, candidateId: string, upload: ResumeUpload, now: Date): Promise<StoredResume>;
  describe(db: Kysely<Database>, candidateId: string): Promise<StoredResume | undefined>;
  read(db: Kysely<Database>, candidateId: string): Promise<(StoredResume & { bytes: Buffer }) | undefined>;
  remove(db: Kysely<Database>, candidateId: string): Promise<void>;
  /** Which candidates' profiles came with a resume. */
  holders(db: Kysely<Database>, candidateIds: readonly string[]): Promise<Set<string>>;
};

const toStored = (row: ResumeFileMetaRow): StoredResume => ({
  filename: row.filename, contentType: row.content_type, size: row.size, sha256: row.sha256, uploadedAt: row.created_at.toISOString(),
});

export const resumeSha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export const postgresResumeStore: ResumeStore = {
  async put(db, candidateId, upload, now) {
    // The media type follows the sniffed format, never the type the client declared for the part.
    const row = await upsertResumeFile(db, {
      candidateId, filename: upload.filename, contentType: mediaTypeOf(upload.format), sha256: resumeSha256(upload.bytes), bytes: upload.bytes, now,
    });
    return toStored(row);
  },
  async describe(db, candidateId) {
    const row = await findResumeFileMeta(db, candidateId);
    return row && toStored(row);
  },
  async read(db, candidateId) {
    const row = await findResumeFile(db, candidateId);
    return row && { ...toStored(row), bytes: row.bytes };
  },
  remove: deleteResumeFile,
  holders: candidatesWithResume,
};

/** The store the services use. */
export const resumeStore: ResumeStore = postgresResumeStore;
