import { DocumentRejected } from "../errors.js";
import { findEmail, findHeaderName, findHeaderPlace, findPhone } from "./contact.js";
import { readEducation } from "./education.js";
import { foldCareerEvents, foldLabelledEntries, foldSchoolEvents, takeEducationCells } from "./entries.js";
import { readExperience } from "./experience.js";
import type { DocumentLine, TaggerModel } from "../documents/index.js";
import type { ResumeLineClass } from "./data/line-model.js";
import { resumeLineFeatures, tagResumeLines } from "./line-classes.js";
import { toLines } from "./lines.js";
import { readPersonal } from "./personal.js";
import { droppedCategories, type ProfileDraft, type ResumeReading } from "./profile-draft.js";
import { splitHeadingCells, splitSections, type Section } from "./sections.js";
import { readHeld } from "./skills.js";
import { counted, cutRows, unreadDatedLines } from "./warnings.js";

const linesOf = (sections: readonly Section[], ...kinds: Section["kind"][]) => sections.filter((s) => kinds.includes(s.kind)).flatMap((s) => s.lines);

/** The lines as the tagger sees them: the personal block and a form's education cells taken out, leading headings split off. */
function prepareLines(document: string | readonly DocumentLine[]) {
  const personal = readPersonal(toLines(document));
  const formEducation = takeEducationCells(personal.lines);
  return { personal, formEducation, lines: splitHeadingCells(formEducation.lines) };
}

/** What the line tagger classifies in a document, with the features it scores: what training and its labels see. */
export function resumeTaggerInput(document: string | readonly DocumentLine[]) {
  const { lines } = prepareLines(document);
  return { lines, features: resumeLineFeatures(lines) };
}

/**
 * Reads a resume (the decoded document's lines, or plain text) into a ProfileDraft: lines of cells →
 * personal block (forbidden data dropped first) → line classes (the shared tagger) → sections → fields.
 * States only what the document says. Throws DocumentRejected `no_profile` when no person can be
 * found: no name, education or experience.
 */
export function readResume(document: string | readonly DocumentLine[], options: { model?: TaggerModel<ResumeLineClass> } = {}): ResumeReading {
  const warnings: string[] = [];
  const { personal, formEducation, lines } = prepareLines(document);
  const sections = splitSections(tagResumeLines(lines, options.model));
  const header = linesOf(sections, "header", "personal");
  const all = formEducation.lines.map((l) => l.text).join("\n");
  const headerText = header.map((l) => l.text).join("\n");

  // A sidebar read first may fill the header's first lines with contacts: the name then heads its own column's header.
  const name = personal.contacts.name ?? findHeaderName(header) ?? findHeaderName(linesOf(sections, "header"));
  const email = findEmail(personal.contacts.email ?? "") ?? findEmail(headerText) ?? findEmail(all);
  const phone = findPhone(personal.contacts.phone ?? "") ?? personal.contacts.phone ?? findPhone(headerText) ?? null;
  const location = personal.contacts.location ?? findHeaderPlace(header);
  const experience = readExperience(foldCareerEvents(foldLabelledEntries(linesOf(sections, "experience", "internship"))), warnings);
  const education = readEducation([...formEducation.education, ...foldSchoolEvents(foldLabelledEntries(linesOf(sections, "education")))], warnings);
  const held = readHeld(
    sections.flatMap((s) => (s.kind === "skills" || s.kind === "certifications" || s.kind === "languages" ? [{ kind: s.kind, lines: s.lines }] : [])),
  );
  if (name === null && education.length === 0 && experience.length === 0) {
    throw new DocumentRejected("unprocessable", "No person could be found in the document: it has no name, education or experience.", "no_profile");
  }
  if (name === null) warnings.push("no name found");
  if (email === null) warnings.push("no email address found");
  warnings.push(...unreadDatedLines(sections), ...cutRows(50, experience.length, "experience row"), ...cutRows(20, education.length, "education row"));
  if (held.unread > 0) warnings.push(`${counted(held.unread, "listed item")} left out: a sentence or phrase, not a skill name`);

  const profile: ProfileDraft = {
    name: name?.slice(0, 200) ?? null,
    email,
    ...(phone ? { phone: phone.slice(0, 50) } : {}),
    ...(location ? { location: location.slice(0, 200) } : {}),
    education: education.slice(0, 20),
    experience: experience.slice(0, 50),
    skills: held.skills.slice(0, 200),
    ...(held.languages.length ? { languages: held.languages.slice(0, 50) } : {}),
    ...(held.certifications.length ? { certifications: held.certifications.slice(0, 50) } : {}),
  };
  return { profile, warnings, dropped: droppedCategories.filter((c) => personal.dropped.has(c)) };
}
