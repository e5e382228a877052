import { z } from "zod";
import { FORMAT_NAMES } from "../../documents/index.js";
import { CandidateProfile } from "../../matching/match.schema.js";
import { droppedCategories } from "../../resumes/profile-draft.js";

export const DroppedCategory = z.enum(droppedCategories).meta({
  id: "DroppedCategory",
  description: "Personal data the law forbids employers to collect or decide on, seen in the resume and left out of the draft",
});

export const ProfileDraft = CandidateProfile.pick({ phone: true, location: true, education: true, experience: true, skills: true, languages: true, certifications: true })
  .extend({ name: z.string().nullable(), email: z.string().nullable() })
  .meta({ id: "ProfileDraft", description: "What the resume states; nothing invented (unstated fields are null or absent)" });

export const ResumeParseResult = z
  .object({
    profile: ProfileDraft,
    warnings: z.array(z.string()),
    dropped: z.array(DroppedCategory),
    encoding: z.string(),
    format: z.enum(FORMAT_NAMES),
  })
  .meta({ id: "ResumeParseResult" });
