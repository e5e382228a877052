import { foldKey } from "../../../../server/text/fold.js";
import type { ResumeLineClass } from "../../../../server/resumes/data/line-model.js";
import type { ResumeLine } from "../../../../server/resumes/lines.js";
import { splitSections } from "../../../../server/resumes/sections.js";
import type { ExpectedResume } from "../corpus.expected.js";

/**
 * A first draft of a resume's line labels, for a person to review: the hand-set tagger's classes, corrected
 * where the reading a careful reader wrote (corpus.expected.ts) or the sections say otherwise — a `name`
 * only on the line holding the expected name, and that line a name; a list line (`skills`) only inside a
 * skills, certificates or languages section. Then `corrections`, where the person disagreed.
 */
const heldSections = new Set(["skills", "certifications", "languages"]);

export function draftLabels(lines: readonly ResumeLine[], expected: ExpectedResume): [ResumeLineClass, string][] {
  const sectionOf = new Map<ResumeLine, string>();
  for (const s of splitSections(lines)) for (const l of s.lines) sectionOf.set(l, s.kind);
  const names = (Array.isArray(expected.name) ? expected.name : [expected.name]).filter((n): n is string => typeof n === "string").map(foldKey);
  const holdsName = (l: ResumeLine) => l.index < 12 && names.some((n) => foldKey(l.cells[0] ?? "").startsWith(n) || foldKey(l.text) === n);
  return lines.map((l) => {
    let label = l.tag!;
    if (label === "name" && !holdsName(l)) label = "text";
    else if (holdsName(l) && label !== "personal") label = "name";
    if (label === "skills" && !heldSections.has(sectionOf.get(l) ?? "")) label = "text";
    return [label, l.text];
  });
}

/**
 * Where the person reviewing the drafts disagreed with them: document → [start of the line's text, class],
 * applied to every line of the document that starts so. A correction that matches no line is an error.
 */
export const corrections: Record<string, [string, ResumeLineClass][]> = {
  "batch1/05_hk_bilingual.utf16le.txt": [["CURRICULUM VITAE", "title"]],
  "batch1/08_position_by_mistake.txt": [["岗位职责：", "heading"], ["任职要求：", "heading"]],
  "batch1/09_en_pm.txt": [["Singapore", "personal"]],
  "batch1/10_zh_sales.utf8bom.txt": [["赵晓峰", "name"]],
  "batch2/15_zh_master.txt": [["北京", "personal"]],
  "batch2/19_en_job_ad.txt": [["About the role", "heading"], ["Responsibilities", "heading"], ["Requirements", "heading"]],
  "batch3/22_en_uk_cv.txt": [["Manchester, United Kingdom", "personal"]],
  "batch3/26_bilingual_cn.utf16le.txt": [["Shanghai", "personal"]],
  "batch5/34_en_right_column.pdf": [["Austin, TX", "personal"]],
  "batch5/36_tw_104_minguo.big5.txt": [["履歷代碼", "furniture"]],
  "batch5/37_en_senior_overlap.txt": [["EXECUTIVE SUMMARY", "heading"]],
  "batch5/42_en_word_two_cells.docx": [["(206) 555-0199", "personal"], ["Tacoma, WA", "personal"]],
};
