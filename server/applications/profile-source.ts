import type { Db } from "../../db/db.js";
import { resumeStore } from "../resumes/resume-store.js";

/** Whether the applicant's profile was read from a resume (kept, downloadable) or typed as a form. */
export type ProfileSource = { profileSource: "resume" | "form"; resumeUrl: string | null };

/** The source of each application's profile, looked up in one query for a page of applications. */
export async function profileSources(db: Db, rows: readonly { id: string; candidate_id: string }[]): Promise<(row: { id: string; candidate_id: string }) => ProfileSource> {
  const holders = await resumeStore.holders(db, rows.map((r) => r.candidate_id));
  return (row) =>
    holders.has(row.candidate_id)
      ? { profileSource: "resume", resumeUrl: `/v1/applications/${row.id}/resume` }
      : { profileSource: "form", resumeUrl: null };
}
