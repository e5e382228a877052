import type { CandidateProfile } from "../matching/match.schema.js";

/**
 * Personal data the product refuses to keep (Employment Promotion Law art. 3, Women's Rights
 * Protection Law art. 43, PIPL art. 28): seen in a resume, named in `dropped`, never extracted.
 */
export const droppedCategories = [
  "gender", "birth_date", "age", "ethnicity", "marital_childbearing", "household_registration",
  "religion", "national_id", "photo", "political_affiliation", "health",
] as const;
export type DroppedCategory = (typeof droppedCategories)[number];

/** What the resume states; nothing invented: unstated fields are null or absent. */
export type ProfileDraft = Omit<Partial<CandidateProfile>, "name" | "email" | "education" | "experience" | "skills"> & {
  name: string | null;
  email: string | null;
  education: CandidateProfile["education"];
  experience: CandidateProfile["experience"];
  skills: string[];
};

export type ResumeReading = { profile: ProfileDraft; warnings: string[]; dropped: DroppedCategory[] };
