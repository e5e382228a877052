import type { ComplianceFlag, Position } from "./position.schema.js";
import { complianceExceptions, compliancePatterns } from "./data/compliance.js";
import { foldAligned } from "../text/fold.js";

/**
 * Flags discriminatory requirements (see data/compliance.ts for the legal basis). Matching runs on a
 * folded copy of the same length, so each flag's `text` is the phrase exactly as the source wrote it,
 * in Traditional or full-width form too. `folded` (foldAligned of `text`) may be passed to skip refolding.
 */
export function findComplianceFlags(text: string, folded?: string): ComplianceFlag[] {
  let key = folded !== undefined && folded.length === text.length ? folded : foldAligned(text);
  for (const exception of complianceExceptions) {
    key = key.replace(new RegExp(exception.source, "g"), (m) => "\u0000".repeat(m.length));
  }
  const flags: ComplianceFlag[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const { category, pattern } of compliancePatterns) {
    for (const m of key.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (end <= start || taken.some((t) => start < t.end && t.start < end)) continue;
      taken.push({ start, end });
      const phrase = text.slice(start, end).trim();
      if (!flags.some((f) => f.category === category && f.text === phrase)) flags.push({ category, text: phrase });
    }
  }
  return flags.slice(0, 100);
}

export type ComplianceSource = Pick<Position, "title" | "summary" | "responsibilities" | "requirements" | "sourceText">;
export type LocatedFlag = { path: string; flag: ComplianceFlag };

function textFields(p: ComplianceSource): [path: string, text: string][] {
  const r = p.requirements;
  const items = (kind: "skills" | "languages" | "certifications") => r[kind].map((item, i): [string, string] => [`requirements.${kind}.${i}.name`, item.name]);
  return [
    ["title", p.title],
    ["summary", p.summary ?? ""],
    ...p.responsibilities.map((text, i): [string, string] => [`responsibilities.${i}`, text]),
    ...r.education.majors.map((text, i): [string, string] => [`requirements.education.majors.${i}`, text]),
    ...r.experience.fields.map((text, i): [string, string] => [`requirements.experience.fields.${i}`, text]),
    ...items("skills"),
    ...items("languages"),
    ...items("certifications"),
    ["sourceText", p.sourceText],
  ];
}

/** Each flag of the position with the field it was found in (the first, when several hold the phrase). */
export function locatePositionComplianceFlags(p: ComplianceSource): LocatedFlag[] {
  const located: LocatedFlag[] = [];
  for (const [path, text] of textFields(p)) {
    for (const flag of findComplianceFlags(text)) {
      if (!located.some((l) => l.flag.category === flag.category && l.flag.text === flag.text)) located.push({ path, flag });
    }
  }
  return located.slice(0, 100);
}

/**
 * The flags of a position as the server derives them on every create and update, from every field a
 * recruiter writes (each field on its own, so no pattern spans two). Clients cannot set them.
 */
export function positionComplianceFlags(p: ComplianceSource): ComplianceFlag[] {
  return locatePositionComplianceFlags(p).map((l) => l.flag);
}
