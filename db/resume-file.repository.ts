import type { Kysely } from "kysely";
import type { Database } from "./database.js";

const metaColumns = ["candidate_id", "filename", "content_type", "size", "sha256", "created_at"] as const;

export type ResumeFileMetaRow = { candidate_id: string; filename: string | null; content_type: string; size: number; sha256: string; created_at: Date };

/** Stores the candidate's resume, replacing an earlier one. */
export async function upsertResumeFile(
  db: Kysely<Database>,
  f: { candidateId: string; filename: string | null; contentType: string; sha256: string; bytes: Uint8Array; now: Date },
): Promise<ResumeFileMetaRow> {
  const values = { filename: f.filename, content_type: f.contentType, size: f.bytes.byteLength, sha256: f.sha256, bytes: Buffer.from(f.bytes), created_at: f.now };
  return db
    .insertInto("resume_files")
    .values({ candidate_id: f.candidateId, ...values })
    .onConflict((oc) => oc.column("candidate_id").doUpdateSet(values))
    .returning(metaColumns)
    .executeTakeFirstOrThrow();
}

export async function findResumeFileMeta(db: Kysely<Database>, candidateId: string): Promise<ResumeFileMetaRow | undefined> {
  return db.selectFrom("resume_files").select(metaColumns).where("candidate_id", "=", candidateId).executeTakeFirst();
}

export async function findResumeFile(db: Kysely<Database>, candidateId: string): Promise<(ResumeFileMetaRow & { bytes: Buffer }) | undefined> {
  return db.selectFrom("resume_files").select([...metaColumns, "bytes"]).where("candidate_id", "=", candidateId).executeTakeFirst();
}

/** Which of the candidates have a stored resume. */
export async function candidatesWithResume(db: Kysely<Database>, candidateIds: readonly string[]): Promise<Set<string>> {
  if (candidateIds.length === 0) return new Set();
  const rows = await db.selectFrom("resume_files").select("candidate_id").where("candidate_id", "in", candidateIds).execute();
  return new Set(rows.map((r) => r.candidate_id));
}

export async function deleteResumeFile(db: Kysely<Database>, candidateId: string): Promise<void> {
  await db.deleteFrom("resume_files").where("candidate_id", "=", candidateId).execute();
}
