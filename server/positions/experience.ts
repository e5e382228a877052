import type { Requirements } from "./position.schema.js";
import { managedDisciplines, managementMarkers, noManagement, optionalMarkers, peopleManagement } from "./data/requirements.js";
import type { Line } from "./items.js";
import { chineseNumeralChars, parseNumber } from "./numerals.js";
import { splitList } from "./education.js";
import { clauses } from "./clauses.js";
import { clauseOptional } from "./optional.js";

// "five (5) years": a number word may repeat itself in digits.
const num = `(\\d+(?:\\.\\d+)?|[${chineseNumeralChars}]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\\s*\\(\\d{1,2}\\))?`;
// "2 years to less than 3 years" is how Canada's Job Bank states a range: the unit may follow both figures.
const range = new RegExp(`${num}\\s*(?:years?\\s+)?(?:-|~|—|–|至|到|to(?:\\s+less\\s+than|\\s+under)?)\\s*${num}\\s*(?:年|years?\\b|yrs?\\b)`, "g");
/** A line that is only a figure of years ("2 years to less than 3 years", "3-5年", "5+ years"): a fact field's value under its heading. */
const bareYears = new RegExp(`^\\s*(?:(?:至少|最少|at least|minimum of|min\\.?)\\s*)?${num}\\s*(?:\\+\\s*)?(?:years?\\s+)?(?:(?:-|~|—|–|至|到|to(?:\\s+less\\s+than|\\s+under)?)\\s*${num}\\s*)?(?:年|years?|yrs?)(?:以上|及以上|\\+| or more| plus)?\\.?\\s*$`);
/** A years range standing alone in a cell of a job site's fact line: "5 - 9 years    ₹ 14-22 Lacs P.A.", "3-5 Yrs". */
const rangeCell = new RegExp(`^\\s*${num}\\s*(?:-|~|—|–|至|到|to)\\s*${num}\\s*(?:年|years?|yrs?)\\.?\\s*$`);
/** "Years of Experience: Min: 6 Max: 10", "Experience: min 2 years, max 5 years": a fact field giving the range's two ends by name. */
const labelledRange = new RegExp(`(?:experience|years)[^:]{0,20}:\\s*min(?:imum)?\\.?\\s*:?\\s*${num}\\s*(?:years?|yrs?)?\\s*[,;/|]?\\s*max(?:imum)?\\.?\\s*:?\\s*${num}`);
const atLeast = new RegExp(`(?:至少|最少|不少于|不低于|起码|at least|minimum of|min\\.?)?\\s*${num}\\s*(?:\\+\\s*)?(?:年|years?\\b|yrs?\\b)(?:以上|及以上|或以上|\\+|或更多| or more| plus)?`, "g");
// "5+ years writing systems software": a verb in -ing after the years says what they were spent doing; "Forklift: 1 year (Required)" is Indeed's form.
const experienceWord = /经验|经历|工作|从业|资历|年限|驾龄|教龄|工龄|experience|^\s*(?:of\s+)?(?:post-?qualification|pqe)\b|背景|^\s*(?:in|as|working|with)\s|\bexp\b|^\s*(?!during\b)[a-z]{2,}ing\b|^\s*of\s+(?!age\b)|^\s*\((?:required|preferred)\)/;
/**
 * "2.1-3年…": list item 2 glued to its text, not 2.1 years (decimal years other than .5 are not written). After a
 * label ("其他条件:1.3年以上…", a table cell whose list opens on a figure) only item 1 can start the list.
 * Group 1 is what stays, group 2 the item's number.
 */
const gluedNumber = /^(\s*|\s*[^:\d\n]{1,12}:\s*(?=1[.、]))(\d{1,2}[.、])(?=\d)(?!5\s*年)/;
const fieldPattern = /^(?:以上|及以上|或以上|的|年)*\s*(?:从事)?([^,;。:\s\d]{1,16}?)(?:行业|领域|方面|岗位)?(?:工作|从业|相关)*(?:经验|经历)/;
const englishField = /^\s*(?:of\s+)?(?:professional\s+|relevant\s+|hands-on\s+|industry\s+|related\s+|work\s+)*([a-z][a-z /&+#-]{1,30}?)\s+experience\b/;
const fieldNoise = /^(?:相关|同等|同类|类似|以上|工作|管理|实际|丰富的?|一线|相应|该|本|同等职位|同职位|同岗位|类似岗位|相关岗位|职位|岗位|of|work|professional|relevant|related)+$|团队$|管理$/;

function yearsIn(key: string): { min: number; max: number | null; index: number; length: number }[] {
  const found: { min: number; max: number | null; index: number; length: number }[] = [];
  for (const m of key.matchAll(range)) {
    const min = parseNumber(m[1]!);
    const max = parseNumber(m[2]!);
    if (min !== null && max !== null && max >= min && max <= 60) found.push({ min, max, index: m.index, length: m[0].length });
  }
  for (const m of key.matchAll(atLeast)) {
    if (found.some((f) => m.index < f.index + f.length && f.index < m.index + m[0].length)) continue;
    const min = parseNumber(m[1]!);
    if (min !== null && min > 0 && min <= 60) found.push({ min, max: null, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What may stand between a figure of years and the words saying what they were spent on: a bracketed aside, another figure offered instead ("or 7 years (with …)"). */
const yearsAside = new RegExp(`^(?:\\s*\\((?!\\s*(?:required|preferred)\\s*\\))[^()]{0,60}\\)|\\s*(?:or|/|或)\\s*${num}\\s*(?:years?|yrs?|年)(?:\\s*\\([^()]{0,60}\\))?)+`);

const itemNumber = /^\s*(\d{1,2})[.、]/;

/**
 * "1.本科…" / "2.5年以上…销售经验" / "3.持C1驾照": where the lines around a line are numbered n-1 or n+1, its
 * leading "2." is the item's number, not half of 2.5 years; the number is blanked (same length).
 */
export function unnumbered(lines: readonly Line[]): Line[] {
  const numbers = lines.map((l) => Number(itemNumber.exec(l.key)?.[1] ?? NaN));
  return lines.map((line, i) => {
    const n = numbers[i]!;
    const glued = /^\s*\d{1,2}\.(?=\d)/.exec(line.key);
    if (!glued || !(numbers[i - 1] === n - 1 || numbers[i + 1] === n + 1)) return line;
    return { text: line.text, key: " ".repeat(glued[0].length) + line.key.slice(glued[0].length) };
  });
}

/** Years of experience, management and fields, from the requirement lines of one position. */
const freshGraduatesWelcome = /应届(?:毕业)?生?(?:亦|也)?(?:可|欢迎)|欢迎应届|\b(?:fresh|recent) graduates (?:are )?(?:also )?(?:welcome|considered|may apply)\b/;

export function findExperience(lines: readonly Line[]): Requirements["experience"] {
  const result: Requirements["experience"] = { minYears: null, maxYears: null, management: false, fields: [] };
  const spans: { min: number; max: number | null; managementOnly: boolean; optional: boolean }[] = [];
  for (const line of unnumbered(lines)) {
    // "1年以上翻译或行政相关工作经验，应届毕业生亦可考虑": a line that welcomes fresh graduates asks its years only as a preference.
    const graduatesWelcome = freshGraduatesWelcome.test(line.key);
    for (const clause of clauses([line])) {
      const key = clause.key.replace(gluedNumber, (_, kept: string, number: string) => kept + " ".repeat(number.length));
      const withoutDisciplines = key.replace(managedDisciplines, (m) => "_".repeat(m.length));
      // Management experience counts when required; "有主管经验者优先" only prefers it.
      const optional = clauseOptional(key);
      if (managementMarkers.test(withoutDisciplines) && /经验|经历|担任|曾任|带领|experience|role|\byears?\b/.test(key) && !optional && !noManagement.test(key)) result.management = true;
      // "At least 1 year of support experience, ideally for a consumer tech product": the preference qualifies what
      // follows it, up to the next comma ("…, preferably in retail, is a plus" still prefers the years before it).
      const qualifier = /,\s*(?:ideally|preferably)\b/.exec(key);
      const qualified = qualifier ? key.slice(qualifier.index + qualifier[0].length) : "";
      const scopeEnd = qualified.search(/[,;]/);
      const optionalBesideQualifier = qualifier !== null && optionalMarkers.test(key.slice(0, qualifier.index) + (scopeEnd < 0 ? "" : qualified.slice(scopeEnd)));
      for (const y of yearsIn(key)) {
        // English puts more words between the years and "experience" ("2+ years of professional frontend development experience").
        // "Minimum 5 years (with master's degree) or 7 years (with bachelor's degree) of … experience": asides and the
        // alternative figures stand between the years and what they were spent on.
        const after = key.slice(y.index + y.length, y.index + y.length + 60);
        const spentOn = key
          .slice(y.index + y.length, y.index + y.length + 160)
          .replace(yearsAside, (m) => " ".repeat(m.length))
          .trimStart()
          .slice(0, 60);
        if (!bareYears.test(key) && !experienceWord.test(spentOn) && !/经验|经历|年限|曾任|担任|从事|工作满?$|从业|experience/.test(key.slice(Math.max(0, y.index - 12), y.index))) continue;
        if (/年龄|岁|毕业|成立|公司/.test(after.slice(0, 3))) continue;
        // "5年以上工作经验，其中3年以上管理经验": the total is the minimum; the management years only set the flag.
        // "其中担任主管职务满2年" (a clause of its own) is part of a total said before it, whatever the part is.
        const plainAfter = withoutDisciplines.slice(y.index + y.length, y.index + y.length + 60);
        // "…, in combination with an additional two years of qualifying experience": years added to another requirement are no minimum of their own.
        const managementOnly = /^[^,;]{0,10}管理/.test(plainAfter) || /其中/.test(key.slice(0, y.index));
        if (managementOnly && !optional) result.management = true;
        const added = /\b(?:additional|further|extra)\s*$|另加|额外$/.test(key.slice(Math.max(0, y.index - 12), y.index));
        const yearsOptional = (qualifier && qualifier.index > y.index ? optionalBesideQualifier : optional) || graduatesWelcome;
        spans.push({ min: y.min, max: y.max, managementOnly: managementOnly || added, optional: yearsOptional });
        const field = fieldPattern.exec(after) ?? englishField.exec(after);
        if (!field) continue;
        const start = y.index + y.length + after.indexOf(field[1]!);
        const name = field[1]!.replace(/(?:团队)?管理$|团队$/, "");
        if (name.length >= 2 && !fieldNoise.test(name)) result.fields.push(...splitList(clause.text.slice(start, start + name.length), name));
      }
    }
  }
  // "具1年以上工作经验者优先" prefers experience; a preferred number of years is no minimum.
  const required = spans.filter((s) => !s.optional);
  const chosen = required.find((s) => !s.managementOnly) ?? required[0];
  if (chosen) {
    result.minYears = chosen.min;
    result.maxYears = chosen.max;
  }
  result.fields = [...new Set(result.fields)].slice(0, 50);
  return result;
}

/**
 * Whether the post manages people, from its duties and requirements: a clause whose managing verb has people
 * or a counted team for its object ("Lead a brigade of 9", "带领区域销售团队（4-6人）"). A preferred one
 * ("experience leading a team of 5 is a plus") does not make the post a manager, nor does any duty of a post
 * that states management experience only as a preference.
 */
export function managesPeople(lines: readonly Line[]): boolean {
  const all = clauses(lines);
  // "带领3人小组完成模块交付 … 有团队管理经验者优先": a post that only prefers management experience leads work, not people.
  if (all.some((c) => managementMarkers.test(c.key.replace(managedDisciplines, (m) => "_".repeat(m.length))) && optionalMarkers.test(c.key))) return false;
  // "Works with the Commercial Manager; no line management": a clause saying the post manages no one is no managing duty.
  return all.some((c) => peopleManagement.test(c.key) && !optionalMarkers.test(c.key) && !noManagement.test(c.key));
}

/**
 * Years stated as a bare range in a fact line's cell ("5 - 9 years" beside the salary on Naukri), which the
 * requirement lines ("5+ years in QA") may repeat without its end. Cells are split at tabs and wide gaps.
 */
export function statedYearsRanges(lines: readonly Line[]): { min: number; max: number }[] {
  const found: { min: number; max: number }[] = [];
  for (const line of lines) {
    // An app card's fact line sets its cells apart with bars or dots: "上海 嘉定区 | 3-5年 | 大专".
    for (const cell of line.key.split(/\t|\s{3,}|\s*[|｜·•]\s*/)) {
      const m = rangeCell.exec(cell);
      const min = m ? parseNumber(m[1]!) : null;
      const max = m ? parseNumber(m[2]!) : null;
      if (min !== null && max !== null && max > min && max <= 60) found.push({ min, max });
    }
    // A job board's fact field "Years of Experience: Min: 6 Max: 10".
    const labelled = labelledRange.exec(line.key);
    const min = labelled ? parseNumber(labelled[1]!) : null;
    const max = labelled ? parseNumber(labelled[2]!) : null;
    if (min !== null && max !== null && max > min && max <= 60) found.push({ min, max });
  }
  return found;
}
