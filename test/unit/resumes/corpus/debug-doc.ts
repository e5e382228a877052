import { readFileSync } from "node:fs";
import { decodeDocument } from "../../../../server/documents/index.js";
import { readResume } from "../../../../server/resumes/read-resume.js";
import { toLines } from "../../../../server/resumes/lines.js";
import { readPersonal } from "../../../../server/resumes/personal.js";
import { takeEducationCells } from "../../../../server/resumes/entries.js";
import { splitHeadingCells, splitSections } from "../../../../server/resumes/sections.js";
import { tagResumeLines } from "../../../../server/resumes/line-classes.js";

const name = process.argv[2]!;
const decoded = await decodeDocument(readFileSync(new URL(`./${name}`, import.meta.url)), { timeoutMs: 120_000 });
const personal = readPersonal(toLines(decoded.lines));
const sections = splitSections(tagResumeLines(splitHeadingCells(takeEducationCells(personal.lines).lines)));
for (const s of sections) {
  console.log(`== ${s.kind} ${s.heading ?? ""}`);
  for (const l of s.lines) console.log(`  [${l.tag}] c${l.layout.column} p${l.layout.page} ${JSON.stringify(l.cells)}`);
}
console.log(JSON.stringify(personal.contacts), [...personal.dropped]);
try { console.log(JSON.stringify(readResume(decoded.lines), null, 1)); } catch (e) { console.log(String(e)); }
