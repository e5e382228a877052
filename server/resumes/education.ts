import type { CandidateProfile } from "../matching/match.schema.js";
import { educationKeywords } from "../positions/data/requirements.js";
import { educationLevels, type EducationLevel } from "../positions/position.schema.js";
import { degreeFiller, degreeGrade, degreeNames } from "./data/degrees.js";
import { placeShape, regions } from "./data/places.js";
import { schoolMarks } from "./data/roles.js";
import { majorFamily } from "../matching/majors.js";
import { findDateRanges } from "./dates.js";
import { foldLine } from "./keys.js";
import { splitParts, type ResumeLine } from "./lines.js";

export type EducationRow = CandidateProfile["education"][number];

const rank = (level: EducationLevel) => educationLevels.indexOf(level);

const degreeTable = [...degreeNames, ...educationKeywords].map(({ pattern, level }) => ({ pattern: new RegExp(pattern.source, "g"), level }));

/** The level a degree part names (本科 → bachelor, MBA → master, 副學士 → associate, HKDSE → high_school), the highest if several, and what it leaves. */
function readDegree(part: string): { level: EducationLevel | null; rest: string } {
  let rest = foldLine(part);
  let best: EducationLevel | null = null;
  for (const { pattern, level } of degreeTable) {
    const used = rest.replace(pattern, (m) => " ".repeat(m.length));
    if (used === rest) continue;
    rest = used;
    if (best === null || rank(level) > rank(best)) best = level;
  }
  return { level: best, rest };
}

export const degreeLevel = (part: string): EducationLevel | null => readDegree(part).level;

/** A part naming a degree and nothing else ("大學", "高中職", "本科学历"): a degree, even where it ends like a school's name. */
export function onlyDegree(part: string): boolean {
  const { level, rest } = readDegree(part);
  return level !== null && rest.replace(degreeFiller, "").length === 0;
}

/** The subject of "B.S. in Computer Science", "Bachelor of Business Administration (Accounting and Finance)". */
function majorInDegree(part: string): string | undefined {
  // "工商管理學士", "計算機科學碩士": the subject before the degree word.
  const han = /^([\u3400-\u9fff]{2,12}?)(?:學士|学士|碩士|硕士|博士)(?:學位|学位)?$/.exec(part.trim());
  if (han && !degreeLevel(han[1]!)) return han[1];
  const inner = /[(（]([^)）]+)[)）]\s*$/.exec(part)?.[1];
  if (inner && (gradePart.test(inner) || degreeGrade.test(foldLine(inner)))) return majorInDegree(part.slice(0, part.lastIndexOf(inner) - 1));
  // "Grado en Administración y Dirección de Empresas (ADE)": an abbreviation in brackets is the subject's own, written out before it.
  if (inner && /^[A-Z]{2,6}$/.test(inner.trim())) {
    const written = majorInDegree(part.slice(0, part.lastIndexOf(inner) - 1));
    if (written) return written;
  }
  if (inner && !degreeLevel(inner)) return inner.trim();
  // "MSc Data Science", "BFA Graphic Design": the subject follows the abbreviation.
  // "A.A. Business Administration", "B.A.Sc. Computer Engineering", "M.Tech Software Systems": any dotted abbreviation
  // that reads as a degree.
  const abbreviated = /^([A-Za-z](?:[A-Za-z]{0,3}\.?){1,4})\s+(?:in\s+)?(?!of\b|in\b)([A-Za-z].+)$/i.exec(part.trim());
  if (abbreviated && /\.|^[A-Z]{2,4}$|^[BMD][A-Z][a-z]{0,3}$/.test(abbreviated[1]!) && degreeLevel(abbreviated[1]!) !== null && !degreeLevel(abbreviated[2]!)) {
    return abbreviated[2]!.trim();
  }
  // "Máster en Auditoría de Cuentas", "Licence de psychologie", "Master 2 Gestion des ressources humaines", "Laurea in
  // Economia": a European degree's word, its year of study, then the subject.
  // English's "of" and "in" first: "Master of Science in Statistics" is Statistics.
  const m = /\b(?:in|of)\s+(.+?)(?:\s*\([^)]*\))?$/i.exec(part);
  const european = m ? null : europeanDegree.exec(part.trim());
  if (european && !degreeLevel(european[1]!)) return european[1]!.trim();
  if (!m) return undefined;
  // "Master of Science Elektrotechnik", "Bachelor of Engineering Maschinenbau": the kind of degree, then its subject.
  const subject = m[1]!.replace(/^.*?\bin\s+/i, "").replace(/^(?:science|arts|engineering|laws|technology|commerce|education|philosophy|fine arts|applied science)\s+(?=\S)/i, "");
  return degreeLevel(subject) ? undefined : subject.trim();
}

const europeanDegree =
  /^(?:m[aá]ster|mastère|maestría|mestrado|licence|licenciatura|grado|graduad[oa]|laurea(?:\s+(?:magistrale|triennale|specialistica))?|bacharelado|doctorat|doctorado|dottorato|doutorado|bts|dut)(?![\p{L}])\.?(?:\s+(?:[12]|pro|professionnelle|universitario|oficial))?\s+(?:(?:en|de|d['’]|des|in|em|di|du|of)\s*)?(\p{L}.+?)(?:\s*\([^)]*\))?$/iu;

/** A grade beside a degree or a school ("Abschlussnote 1,6", "(Note 2,1)", "GPA 3.8/4.0", "CGPA: 8.6", "成绩：85"): how well, not what was studied. */
const gradePart = /^[(（]?\s*(?:abschlussnote|gesamtnote|endnote|note|gpa|cgpa|grade|final grade|percentage|score|绩点|成绩|平均分)\s*[:：]?\s*\d/i;

/** A row's subject on a labelled line of its own ("Major: Supply Chain Management", "专业：会计学", "Field of Study: Nursing"). */
const majorLabel = /^(?:major|field of study|concentration|area of study|专业|主修|科系|studienfach|studiengang|fachrichtung)\s*[:：]\s*(.+)$/i;

const courseLine = /^(?:主修课程|主要课程|相关课程|核心课程|课程|gpa|绩点|荣誉|courses?|relevant coursework|coursework|thesis|论文)/i;

/**
 * "Università Bocconi · Milan", "Nanyang Polytechnic · Singapore": a short capitalized name after a school and a middle
 * dot is where the school is, neither a major nor a campus of its name. Other dotted parts stay parts.
 */
function withoutPlace(part: string): string[] {
  const [first, ...more] = part.split(/\s+[·•・]\s+/);
  if (more.length === 0) return [part];
  if (schoolMarks.test(foldLine(first!)) && more.every((p) => /^\p{Lu}[\p{L}'-]+(?:[ -]\p{Lu}[\p{L}'-]+){0,2}(?:,\s*\p{Lu}[\p{L}.]+)?$/u.test(p.trim()) && !schoolMarks.test(foldLine(p)) && degreeLevel(p) === null)) return [first!];
  return [first!, ...more];
}

/** A line's parts with the dates taken out, and which of them name a school or a degree. */
function analyse(text: string) {
  const ranges = findDateRanges(text);
  let rest = text;
  for (const r of [...ranges].reverse()) rest = rest.slice(0, r.at) + "\t" + rest.slice(r.at + r.length);
  // "Franklin University | Columbus, OH United States", "Gymnasium am Kattenberg, Bremen": where the school is, not a major.
  const parts = splitParts(rest).flatMap(withoutPlace).filter((p) => !(placeShape.test(p.trim()) && !schoolMarks.test(foldLine(p)))).flatMap((p) => p.split(/,\s+|\s+[—–-]\s+/)).map((p) => p.replace(/^[,，;；:：\-–—|｜\s]+|[,，;；:：\-–—|｜\s]+$/g, "")).filter((p) => /[A-Za-z\u3400-\u9fff]/.test(p));
  const schools = parts.filter((p) => schoolMarks.test(foldLine(p)) && !/^(?:bachelor|master|doctor|b\.|m\.)/i.test(p) && !onlyDegree(p));
  const degreePart = parts.find((p) => !schools.includes(p) && degreeLevel(p) !== null);
  return { ranges, parts, schools, degreePart };
}

// A name's words that cannot end it, or that open the rest of it ("… Institute" / "of Chicago").
const continues = /^(?:of|for|and|&|at|de|der|des|für|di|del)\s+\S/i;
const unfinished = /\s(?:of|for|and|&|at|de|der|des|für|di|del)$/i;

/**
 * "SCHOOL OF THE ART INSTITUTE" / "OF CHICAGO": a school's name wrapped onto the next line, which goes on with a word
 * that cannot start a name (or after one that cannot end it) and names no school, degree or date of its own, is one line.
 */
function joinWrappedSchools(lines: readonly ResumeLine[]): ResumeLine[] {
  const out: ResumeLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const here = analyse(line.text);
    if (next && here.schools.length > 0 && here.degreePart === undefined && here.ranges.length === 0 && line.cells.length === 1 && next.cells.length === 1) {
      const after = analyse(next.text);
      const wrapped = continues.test(next.text.trim()) || unfinished.test(line.text.trim());
      if (wrapped && after.ranges.length === 0 && after.schools.length === 0 && after.degreePart === undefined && next.text.length <= 60) {
        const text = `${line.text.trim()} ${next.text.trim()}`;
        out.push({ ...line, text, cells: [text] });
        i++;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * One school written over two or three lines ("National University of Singapore" / "Master of Science in
 * Statistics, 2018" / "2016 – 2018") is one row: a line naming only a school takes the next line when that
 * names only a degree (or the reverse), and then a line holding only dates.
 */
function joinRowLines(lines: readonly ResumeLine[]): string[] {
  const texts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!.text;
    let first = analyse(text);
    // "2009.09 - 2013.06" / "南开大学 | 物流管理 | 本科": dates on their own line above the row.
    const following = lines[i + 1] ? analyse(lines[i + 1]!.text) : null;
    if (first.ranges.length > 0 && first.parts.length === 0 && following && following.ranges.length === 0 && (following.schools.length > 0 || following.degreePart !== undefined)) {
      text = `${lines[++i]!.text}\t${text}`;
      first = analyse(text);
    }
    const schoolOnly = (a: ReturnType<typeof analyse>) => a.schools.length > 0 && a.degreePart === undefined;
    const degreeOnly = (a: ReturnType<typeof analyse>) => a.schools.length === 0 && a.degreePart !== undefined;
    // 猎聘: "复旦大学" / "2012.09-2014.06" / "硕士 | 统计学 | 统招": the school, its dates alone, then its degree, one row.
    const third = lines[i + 2] ? analyse(lines[i + 2]!.text) : null;
    if (first.ranges.length === 0 && schoolOnly(first) && following && following.ranges.length > 0 && following.parts.length === 0 && third && third.ranges.length === 0 && degreeOnly(third)) {
      text = `${text}\t${lines[i + 2]!.text}\t${lines[i + 1]!.text}`;
      i += 2;
      texts.push(text);
      continue;
    }
    const next = lines[i + 1] ? analyse(lines[i + 1]!.text) : null;
    // Two dated lines are two rows ("Community Primary School  1997 – 2003" above a qualifications table's "B.Eng. …  2014").
    const bothDated = first.ranges.length > 0 && next !== null && next.ranges.length > 0;
    if (next && !bothDated && ((schoolOnly(first) && degreeOnly(next)) || (degreeOnly(first) && schoolOnly(next)))) {
      text += "\t" + lines[++i]!.text;
      const dates = lines[i + 1] ? analyse(lines[i + 1]!.text) : null;
      if (first.ranges.length + next.ranges.length === 0 && dates && dates.ranges.length > 0 && dates.parts.length === 0) text += "\t" + lines[++i]!.text;
    }
    // "B.S. in Business Administration | Boston University" / "May 2015": a row without dates takes a line of dates alone below it.
    const row = analyse(text);
    const after = lines[i + 1] ? analyse(lines[i + 1]!.text) : null;
    if (row.ranges.length === 0 && (row.schools.length > 0 || row.degreePart !== undefined) && after && after.ranges.length > 0 && after.parts.length === 0) {
      text += "\t" + lines[++i]!.text;
    }
    // "BBA (Hons) in Logistics and Maritime Studies" / "物流及航運學工商管理(榮譽)學士": the row's degree again in another
    // script, undated, is the row's, not the degree of the school dated below it.
    const again = lines[i + 1] ? analyse(lines[i + 1]!.text) : null;
    const own = analyse(text);
    if (again && again.ranges.length === 0 && degreeOnly(again) && own.degreePart !== undefined && degreeLevel(own.degreePart) === degreeLevel(again.degreePart!)) i++;
    // "Bachelor's degree 05/2019" / "GPA: 3.6" / "Credits Earned: 124" / "Major: Supply Chain Management": a labelled major
    // a few lines below the row, before the next school or degree, is the row's.
    for (let j = i + 1; j <= i + 4 && lines[j]; j++) {
      const below = analyse(lines[j]!.text);
      if (below.schools.length > 0 || below.degreePart !== undefined) break;
      const major = majorLabel.exec(lines[j]!.text.trim());
      if (major) {
        text += "\t" + major[1]!.trim();
        i = j;
        break;
      }
    }
    texts.push(text);
  }
  return texts;
}

/**
 * Education rows from a section's lines: each line (or lines joined, above) naming a school or a degree
 * is a row; its parts are told apart by what schools are called and what degrees say. Graduation is the
 * end of the row's dates (or its only year); a row still in progress (至今) has none.
 */
export function readEducation(lines: readonly ResumeLine[], warnings: string[]): EducationRow[] {
  const rows: EducationRow[] = [];
  let withoutLevel = 0;
  const attended: { school: string; year: number | undefined }[] = [];
  for (const text of joinRowLines(joinWrappedSchools(lines.filter((l) => !courseLine.test(foldLine(l.text)))))) {
    const { ranges, parts, schools, degreePart } = analyse(text);
    // "University of California, Berkeley — B.S. Computer Science": when the degree names its own subject,
    // a plain name between the school and the degree is the school's campus, not a major.
    const afterSchool = schools[0] ? parts[parts.indexOf(schools[0]) + 1] : undefined;
    const campus =
      afterSchool !== undefined && afterSchool !== degreePart && degreePart !== undefined && majorInDegree(degreePart) !== undefined && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?: [(（][^)）]+[)）])?$/u.test(afterSchool)
        ? afterSchool
        : undefined;
    if (campus) schools.push(campus);
    const school = campus ? `${schools[0]}, ${campus}` : schools[0];
    if (!school && !degreePart) continue;
    const level = degreePart ? degreeLevel(degreePart) : null;
    if (!level) {
      if (school && !degreePart) attended.push({ school, year: ranges.at(-1) && ranges.at(-1)!.end !== "current" ? (ranges.at(-1)!.end as { year: number } | null ?? ranges.at(-1)!.start).year : undefined });
      else withoutLevel++;
      continue;
    }
    // "Texas A&M University, College Station, TX": a region is where the school is, not what was studied.
    // A grade beside the degree ("Second Upper Class Honours", "GPA 3.8") is how it was passed, not what was studied.
    // "Université Jean Moulin Lyon 3 (IAE Lyon)": a bracket right after the school is the school's own, not a major.
    const schoolRemark = schools[0] ? parts[parts.indexOf(schools[0]) + 1] : undefined;
    const majorPart = parts.find(
      (p) => !schools.includes(p) && p !== degreePart && !(p === schoolRemark && /^[(（][^)）]+[)）]$/.test(p.trim())) && p.length <= 60 && !/^\d+$/.test(p) && !gradePart.test(p) && degreeLevel(p) === null && !degreeGrade.test(foldLine(p)) && !regions.has(foldLine(p).replace(/^[(（]|[)）]$/g, "")),
    );
    // "Abitur | Gymnasium am Kattenberg, Bremen": a school-leaving row has no discipline, and a capitalized name after its
    // school that names none is the town the school is in.
    const town =
      majorPart !== undefined && rank(level) <= rank("high_school") && schools[0] !== undefined && parts[parts.indexOf(schools[0]) + 1] === majorPart &&
      /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?$/u.test(majorPart) && majorFamily(majorPart) === null;
    const major = (town ? undefined : majorPart) ?? (degreePart ? majorInDegree(degreePart) : undefined);
    const last = ranges.at(-1);
    const year = last ? (last.end === "current" ? undefined : (last.end ?? last.start).year) : undefined;
    rows.push({
      level,
      ...(major ? { major: major.slice(0, 200) } : {}),
      ...(school ? { school: school.slice(0, 200) } : {}),
      ...(year ? { graduationYear: year } : {}),
    });
  }
  // "Institutions attended with dates" over "Qualifications obtained with dates": a school's row of years and no degree,
  // and a degree's row of its year and no school, are one row when the school's last year is the degree's year.
  for (const place of attended) {
    const degree = place.year === undefined ? [] : rows.filter((r) => r.school === undefined && r.graduationYear === place.year);
    if (degree.length === 1) degree[0]!.school = place.school.slice(0, 200);
    else withoutLevel++;
  }
  if (withoutLevel > 0) warnings.push(`${withoutLevel} education row${withoutLevel > 1 ? "s" : ""} without a degree`);
  return rows.sort((a, b) => (b.graduationYear ?? 0) - (a.graduationYear ?? 0) || rank(b.level) - rank(a.level));
}
