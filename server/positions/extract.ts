import { isKnownSkill } from "../matching/skills.js";
import { foldKey, toHalfWidth } from "../text/fold.js";
import { detectScript } from "../text/script.js";
import { emptyRequirements, type Position, type Requirements } from "./position.schema.js";
import { findComplianceFlags } from "./compliance.js";
import { findMajors, findMinEducation, splitList } from "./education.js";
import { findExperience, managesPeople, statedYearsRanges } from "./experience.js";
import { languageExams, managementDuty, optionalMarkers, skillListLabel } from "./data/requirements.js";
import { clauses } from "./clauses.js";
import { splitItems, type Line } from "./items.js";
import { readLabels } from "./labels.js";
import { splitSections, type Section } from "./sections.js";
import { findCertifications, findLanguages, findSkills, findStatedSkills, type Item } from "./skills.js";

type Fields = Pick<Position, "department" | "reportsTo" | "subordinates" | "summary">;

const requirementCue = /要求|必须|必需|以上|\bn[1-5]\b|持|证照|证明|测验|熟练|精通|能力|良好|流利|读写|听说|水平|优先|具备|具有|持有|四级|六级|cet|toeic|toefl|ielts|jlpt|gept|topik|hsk|多益|全民英检|雅思|托福|证书|资格|(?<![不])懂|能(?:阅读|读|说|讲|听|写|用|以)|可(?:做|作为|用于|以用)|授课|简报|会(?:说|讲|听|读|写)|阅读[\u4e00-\u9fff]{0,2}(?:文献|资料|文档|手册)|\b(?:speak|speaking|read|write)\b|\brequired\b|\bfluent\b|\bproficien|\bbilingual\b|\ba plus\b|\bpreferred\b|\b(?:part-|newly |fully |chartered )?qualified\b/;

const statedRequirement = new RegExp(`${requirementCue.source}|${optionalMarkers.source}`);

/** A clause that states a requirement in an ad without sections (years, schooling, a preference, a tool). */
const unsectionedRequirement =
  /学历|\d\s*年|[一二三四五六七八九十两]年以上|优先|者佳|证书|(?:熟悉|熟练|精通|掌握|会用|识用|能用|能使用|会使用)[^,;。]{0,12}[a-z]|(?:熟练|能熟练|会)(?:使用|操作)[\u4e00-\u9fff]{2}|\b(?:degree|experience|years?|plus|preferred|required|must|should|comfortable|proficien\w*|familiar\w*|strong|solid|hands-on|knowledge|expertise|essential|regarded)\b/;

const bulleted = /^\s*[•·▪◦●○■□◆◇➢➤►✓✔*-]\s/;

/** A value as shown: half-width, one space, Markdown emphasis unwrapped ("Own the UI built with **React**" → "… React"). */
const display = (s: string) =>
  toHalfWidth(s)
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();

function labelFields(lines: readonly Line[]): Fields {
  const fields: Fields = { department: null, reportsTo: null, subordinates: [], summary: null };
  for (const line of lines) {
    for (const l of readLabels(line.key)) {
      const value = display(line.text.slice(l.start, l.end)).replace(/[,，、:：]+$/, "");
      if (!value || value.length > 200) continue;
      if (l.field === "department" && !fields.department && value.length >= 2 && value.length <= 40 && !/\d/.test(value)) fields.department = value;
      if (l.field === "reportsTo" && !fields.reportsTo && value.length <= 40) fields.reportsTo = value;
      // "岗位目的：保障生产安全" is the form's purpose field, short as it is; a bare "Summary" value must be a sentence.
      if (l.field === "summary" && !fields.summary && (value.length >= 8 || (/[\u4e00-\u9fff]/.test(l.label) && /^[\u4e00-\u9fff]{4,}$/.test(value)))) fields.summary = value;
      if (l.field === "subordinates" && fields.subordinates.length === 0) {
        fields.subordinates = splitList(line.text.slice(l.start, l.end), line.key.slice(l.start, l.end)).map(display).slice(0, 100);
      }
    }
  }
  return fields;
}

const isLabelLine = (line: Line) => {
  const labels = readLabels(line.key.trim());
  return labels.length > 0 && labels[0]!.labelStart === 0;
};

/** A summary: the summary section's first sentence, else a leading paragraph before any list. */
function findSummary(sections: readonly Section[]): string | null {
  const section = sections.find((s) => s.kind === "summary");
  const candidates = section ? section.lines : (sections[0]?.lines ?? []);
  for (const line of candidates) {
    const key = line.key.trim();
    if (isLabelLine(line) || readLabels(key).length >= 2 || /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.,)]|^\s*\d{1,2}\s?[\u4e00-\u9fff]/.test(key)) {
      if (!section) break;
      continue;
    }
    const body = key.replace(/^(?:岗位职责|工作职责)\s*:/, "");
    // "岗位目的：保障生产安全": a summary section's own words are its summary, short as they are.
    const short = section !== undefined && /^[\u4e00-\u9fff]{4,}[。]?$/.test(body.trim());
    if ((body.length >= 15 || short) && (section || /[。.]$/.test(key) || body.length >= 30)) {
      return display(line.text.slice(line.key.length - body.length - (line.key.length - line.key.trimEnd().length))).slice(0, 5000);
    }
  }
  return null;
}

function responsibilities(sections: readonly Section[]): string[] {
  const own = sections.filter((s) => s.kind === "responsibilities");
  const source = own.length > 0 ? own : sections.filter((s) => s.kind === "preamble");
  const lines = source.flatMap((s) => s.lines).filter((l) => !isLabelLine(l));
  return splitItems(lines, own.length > 0).map(display).filter((s) => s.length <= 5000).slice(0, 200);
}

const preferences = (items: Item[]): Item[] => items.map((i) => ({ ...i, required: false }));

/** Items found in required lines, then those only in "Nice to have" lines, as preferences. */
function merged(must: readonly Line[], nice: readonly Line[], find: (lines: readonly Line[]) => Item[]): Item[] {
  const found = find(must);
  for (const item of preferences(find(nice))) if (!found.some((f) => foldKey(f.name) === foldKey(item.name))) found.push(item);
  return found;
}

/**
 * Skills of the required lines, then those only in "Nice to have" lines. A name the required lines hold only bare (a
 * "Skills" run of tags: "TypeScript  React  Next.js") that a preference names ("Nice to have: Next.js") is preferred.
 */
function mergedSkills(must: readonly Line[], nice: readonly Line[]): Item[] {
  const found = findStatedSkills(must);
  for (const item of findStatedSkills(nice)) {
    const same = found.find((f) => foldKey(f.name) === foldKey(item.name));
    if (!same) found.push({ ...item, required: false });
    else if (same.bare && !item.bare) same.required = false;
  }
  return found.map(({ name, required }) => ({ name, required }));
}

function requirements(sections: readonly Section[], all: readonly Line[]): Requirements {
  const ownSections = sections.filter((s) => s.kind === "requirements");
  const own = ownSections.flatMap((s) => s.lines);
  const lines = own.length > 0 ? own : all;
  const must = own.length > 0 ? ownSections.filter((s) => !s.preferred).flatMap((s) => s.lines) : all;
  const nice = ownSections.filter((s) => s.preferred).flatMap((s) => s.lines);
  const req = emptyRequirements();
  // "学历限制：专科" may sit above the label that opened the requirements section ("工作经验：2年以上").
  const education = (ls: readonly Line[]) => findMinEducation(ls.map((l) => l.key).join("\n"));
  req.education.minLevel = education(must) ?? education(nice) ?? education(all.filter((l) => /学历|学位|毕业|education|degree|graduat|qualification/.test(l.key)));
  // "需求专业：计算机、人工智能等相关专业" may head the position above its 岗位职责 and 任职要求.
  const inRequirements = findMajors(lines, own.length > 0);
  const majors = inRequirements.majors.length > 0 || own.length === 0 ? inRequirements : findMajors(all, false);
  req.education.majors = majors.majors.map(display);
  req.education.majorsRequired = majors.required;
  req.experience = findExperience(must.length > 0 ? must : lines);
  // "（二）二等技術輔導員：…並具備兩年以上統計工作經驗" states the years on the post's own line, above a shared
  // requirements section (語言要求): lines in no duties or requirements section may state them.
  if (req.experience.minYears === null && own.length > 0) {
    const outside = findExperience(sections.filter((s) => s.kind !== "requirements" && s.kind !== "responsibilities").flatMap((s) => s.lines));
    if (outside.minYears !== null) Object.assign(req.experience, { minYears: outside.minYears, maxYears: outside.maxYears, fields: outside.fields });
  }
  req.experience.fields = req.experience.fields.map(display);
  // "5 - 9 years" as a fact cell above "5+ years in QA": the same minimum, with its end. One that does not start at
  // the minimum (a similar job's "8-12 Yrs") says nothing of this post.
  if (req.experience.maxYears === null && req.experience.minYears !== null) {
    const stated = statedYearsRanges(all).find((r) => r.min === req.experience.minYears);
    if (stated) req.experience.maxYears = stated.max;
  }
  // "管理責任：需負擔管理責任" is a posting field above the requirements: the post manages people.
  if (all.some((l) => managementDuty.test(l.key))) req.experience.management = true;
  // "Line manage two Senior Executive Officers" among the duties: the post manages people.
  if (managesPeople(all)) req.experience.management = true;
  // Without sections ("1、采购员1名：大专以上学历，熟练使用ERP系统"), a line stating education or years is a requirement line.
  const unsectioned = own.length === 0 && !sections.some((s) => s.kind === "responsibilities");
  // An English bullet under the post's name in such an ad ("• Strong SQL and Python; Apache Airflow for orchestration") is
  // one of its asks whatever its words: each of its clauses states requirements. A Chinese one names its ask with a verb
  // the cue knows (熟悉, 掌握); without one ("• 看能力") it is no skill.
  const asks = (l: Line) => bulleted.test(l.key) && !/[\u3400-\u9fff]/.test(l.key);
  const stating = unsectioned
    ? all.flatMap((l) => (asks(l) ? clauses([l]) : clauses([l]).filter((c) => unsectionedRequirement.test(c.key) || optionalMarkers.test(c.key))))
    : [];
  req.skills = (own.length > 0 ? mergedSkills(must, nice) : findSkills(stating)).map((s) => ({ ...s, name: display(s.name) }));
  // "Skills required: QMS, CAPA, TrackWise" among a job page's label lines, under its duties: the label lists the post's skills
  // wherever its line stands.
  const ownLines = new Set(own);
  for (const s of findSkills(all.filter((l) => !ownLines.has(l) && !stating.includes(l) && skillListLabel.test(l.key)))) {
    if (!req.skills.some((f) => foldKey(f.name) === foldKey(s.name))) req.skills.push({ ...s, name: display(s.name) });
  }
  // Outside a requirements section only clauses that state a requirement count (not "英文marketing一词").
  // A preference states a requirement as surely as a demand does ("Portuguese is a nice extra").
  const cue = own.length > 0 ? null : statedRequirement;
  // Such an ad's English bullets are asks too ("* A full UK driving licence (you will take groups out…)"): read without the cue.
  const withAsks = (find: (ls: readonly Line[], c: RegExp | null) => Item[]) => (ls: readonly Line[]) => {
    const found = find(ls, cue);
    if (!unsectioned || cue === null) return found;
    for (const item of find(ls.filter(asks), null)) if (!found.some((f) => foldKey(f.name) === foldKey(item.name))) found.push(item);
    return found;
  };
  req.languages = merged(must, nice, withAsks(findLanguages));
  req.certifications = merged(must, nice, withAsks(findCertifications));
  // CET-4 / 英语四级 / TOEIC 750 / JLPT N2 are certificates that also state their language, whichever way they are written.
  for (const { exam, language, names } of languageExams) {
    const taken = req.certifications.find((c) => exam.test(foldKey(c.name)));
    if (!taken || req.languages.some((l) => language.test(foldKey(l.name)))) continue;
    const script = detectScript(lines.map((l) => l.text).join("\n"), lines.map((l) => l.key).join("\n"));
    req.languages.push({ name: names[script], required: taken.required });
  }
  return req;
}

/**
 * "技术美术（TA）" asking for "3年以上TA工作经验": the title's abbreviation in brackets names the role, not a tool it uses. A
 * name the alias table knows in the brackets ("Frontend Engineer (React)") is the post's tool, and stays.
 */
function withoutTitleAbbreviation(req: Requirements, title: string): Requirements {
  const abbreviations = new Set([...title.matchAll(/[(（]\s*([A-Z][A-Z0-9&]{1,5})\s*[)）]/g)].map((m) => m[1]!).filter((a) => !isKnownSkill(a)).map(foldKey));
  return abbreviations.size === 0 ? req : { ...req, skills: req.skills.filter((s) => !abbreviations.has(foldKey(s.name))) };
}

/**
 * The requirements of lines that are all requirements, with no heading to say so (what a document states for all its
 * posts): they are read as a requirements section is, a "Nice to have" heading among them still marking preferences.
 */
export function extractRequirements(text: string, key: string): Requirements {
  const sections = splitSections(text, key).map((s): Section => (s.kind === "preamble" ? { ...s, kind: "requirements" } : s));
  return requirements(sections, sections.flatMap((s) => s.lines));
}

/** Builds a Position from one segment: title, cleaned text and folded key of the same length, and the source slice. */
export function extractPosition(title: string, text: string, key: string, sourceText: string): Position {
  const sections = splitSections(text, key);
  const all = sections.flatMap((s) => s.lines);
  const fields = labelFields(all);
  const summary = fields.summary ?? findSummary(sections);
  const bare = (s: string) => s.replace(/[。.;；\s]+$/, "");
  return {
    title: display(title),
    ...fields,
    summary,
    // A leading paragraph taken as the summary is not also a duty.
    responsibilities: responsibilities(sections).filter((r) => summary === null || bare(r) !== bare(summary)),
    requirements: withoutTitleAbbreviation(requirements(sections, all), title),
    compliance: findComplianceFlags(text, key),
    language: detectScript(text, key),
    sourceText,
  };
}
