import { foldAligned } from "../text/fold.js";
import type { Salary } from "../vacancies/vacancy.schema.js";
import { placePattern, salaryPattern } from "./data/line-vocabulary.js";
import { currencyMarks, emojiLabels, employmentTypeWords, periodMarks, postingLabels, unitValues, workplaceTypeWords } from "./data/posting.js";
import { findMinEducation } from "./education.js";
import { parseNumber } from "./numerals.js";
import type { PositionPosting } from "./position.schema.js";
import type { EducationLevel, PositionLanguage } from "./position.schema.js";

const figure = String.raw`(\d+(?:[.,]\d+)*)\s*(k|千|万|w)?`;
/** "$90K/yr - $110K/yr": a period may follow each figure. */
const perPeriod = String.raw`(?:\s*\/\s*(?:yr|year|hr|hour|mo|month|年|月))?`;
const range = new RegExp(String.raw`${figure}${perPeriod}\s*(?:[-~–—至到]|to)\s*[$£€¥]?\s*${figure}`);
const single = new RegExp(figure);

function amount(digits: string, unit: string | undefined): number {
  const n = Number(digits.replace(/,(?=\d{3}\b)/g, ""));
  // "$18.50/hr": cents stay; "1.2万" is 12000 exactly.
  return Math.round(n * (unit ? unitValues[unit]! : 1) * 100) / 100;
}

/**
 * The pay a salary text states: "8千-1.2万·13薪" → 8000–12000 CNY a month, "15-25K" → 15000–25000,
 * "$70,000 - $90,000 a year" → USD a year, "月薪5000" → 5000–5000. Null for 面议 or no figure. `labelled`: the text is a
 * salary label's value, so bare figures are pay.
 */
export function parseSalary(text: string, language: PositionLanguage, labelled = false): Salary | null {
  const key = foldAligned(text).replace(/[·.]\s*\d{2}\s*薪/, "");
  // A salary label's value ("薪资：5000-7000 + 提成", "💰 5000-7000") is pay without a unit of its own.
  if ((!labelled && !salaryPattern.test(foldAligned(text))) || /面议|negotiable/.test(key)) return null;
  // "司机一名，C1驾照，…，月薪6000": the pay's figures start where the salary does, not at the licence's 1.
  const from = labelled ? 0 : Math.max(0, foldAligned(text).search(salaryPattern));
  const figures = (at: string) => {
    const r = range.exec(at);
    return { r, s: r ? null : single.exec(at) };
  };
  const fromSalary = figures(key.slice(from));
  const { r, s } = fromSalary.r || fromSalary.s || from === 0 ? fromSalary : figures(key);
  if (!r && !s) return null;
  // "8-12k": a unit written once, after the second figure, counts for both.
  const min = r ? amount(r[1]!, r[2] ?? r[4]) : amount(s![1]!, s![2]);
  const max = r ? amount(r[3]!, r[4]) : min;
  if (min <= 0 || max < min) return null;
  // 元 and 万 are every Chinese-speaking place's words; unmarked, the document's script decides.
  const currency = currencyMarks.find((c) => c.mark.test(key))?.currency ?? (language === "en" ? "USD" : language === "zh-Hant" ? "TWD" : "CNY");
  const stated = periodMarks.find((p) => p.mark.test(key))?.period;
  // Unstated: yearly figures are large, hourly ones small; Chinese ranges are monthly.
  const period = stated ?? (max >= 200_000 || (language === "en" && max >= 15_000) ? "year" : max < 300 ? "hour" : "month");
  return { min, max, currency, period };
}

/** Months of pay a year a salary text states: "·13薪", "14薪", "十三薪"; null when unstated or implausible. */
export function salaryMonths(text: string): number | null {
  const m = /(\d{2}|[十一二三四五六七八九两]{2,3})\s*薪/.exec(foldAligned(text));
  const n = m ? parseNumber(m[1]!) : null;
  return n !== null && Number.isInteger(n) && n >= 12 && n <= 24 ? n : null;
}

/** Years a tag states: "经验3-5年", "1-3年", "5年以上", "3+ years". */
function yearsIn(key: string): { minYears: number; maxYears: number | null } | null {
  const r = /(\d{1,2})\s*[-~至]\s*(\d{1,2})\s*(?:年|years?)/.exec(key);
  if (r) return { minYears: Number(r[1]), maxYears: Number(r[2]) };
  const m = /(\d{1,2})\s*(?:年以上|\+\s*years?|\s*years?\+?)/.exec(key);
  return m ? { minYears: Number(m[1]), maxYears: null } : null;
}

export type PostingFacts = PositionPosting & { minEducation: EducationLevel | null; experience: { minYears: number; maxYears: number | null } | null };

/** Splits a tag line into its tags: "上海 | 经验3-5年 | 本科", "Berlin, Germany · Full-time". */
const tagsOf = (line: string) => line.split(/\s*(?:[|｜丨·•・]|\/(?!\s*(?:yr|year|hr|hour|mo|month|wk|week|年|月|天|日|小时|时)\b))\s*|\s{2,}/i).map((t) => t.trim()).filter((t) => t.length > 0);

/** "**Location:** Remote" → the label (folded) and its value, emphasis marks dropped. */
function labelled(tag: string): { label: string; value: string } | null {
  const bare = tag.replace(/\*\*|__/g, "").trim();
  // "📍 杭州西湖区文三路店": the emoji is the label.
  for (const { emoji, label } of emojiLabels) {
    const e = emoji.exec(bare);
    if (e && bare.length > e[0].length) return labelled(`${label}: ${bare.slice(e[0].length)}`);
  }
  const m = /^([^:：]{1,20}?)\s*[:：]\s*(.+)$/.exec(bare);
  return m ? { label: foldAligned(m[1]!).trim(), value: m[2]!.trim() } : null;
}

/** Whether a tag names only how the post is worked ("Full-time", "Remote", "兼职"). */
const worksAs = (tag: string) => {
  const key = foldAligned(tag);
  return [...employmentTypeWords, ...workplaceTypeWords].some((w) => w.word.test(key)) && key.length <= 20;
};

/**
 * A labelled line is one fact, whatever separators its value holds ("月薪 40,000~60,000元"), except for work types
 * added after it: "Location: Manchester · Full-time" is a place, then a tag of its own.
 */
function withWorkTypesApart(line: string, field: { value: string }): string[] {
  const parts = tagsOf(field.value);
  if (parts.length < 2 || !parts.slice(1).every(worksAs)) return [line];
  const at = line.lastIndexOf(field.value);
  return [line.slice(0, at) + parts[0]!, ...parts.slice(1)];
}

/** What a posting's salary, tag and fact-label lines state: pay, place, work type, years and schooling. */
export function readPostingLines(lines: readonly string[], language: PositionLanguage): PostingFacts {
  const facts: PostingFacts = { salary: null, location: null, employmentType: null, workplaceType: null, salaryMonths: null, minEducation: null, experience: null };
  for (const line of lines) {
    const field = labelled(line);
    const fact = field && postingLabels.find((l) => l.label.test(field.label))?.fact;
    // A labelled line is one fact, whatever separators its value holds ("月薪 40,000~60,000元").
    const moreFields = field !== null && /[·|｜•]\s*(?:\*\*)?[^:：·|｜]{1,20}[:：]/.test(field.value);
    for (const raw of fact && !moreFields ? withWorkTypesApart(line, field) : tagsOf(line)) {
      const own = labelled(raw);
      const named = own ? postingLabels.find((l) => l.label.test(own.label))?.fact : undefined;
      const tag = own && named ? own.value : raw.replace(/\*\*|__/g, "").trim();
      const key = foldAligned(tag);
      if (named === "location") facts.location ??= tag.slice(0, 200);
      if (!facts.salary && (named === "salary" || salaryPattern.test(key))) {
        facts.salary = parseSalary(tag, language, named === "salary");
        // "15-25K·13薪" splits into two tags at the dot; the months are the salary line's.
        if (facts.salary) facts.salaryMonths ??= salaryMonths(line);
      }
      const type = employmentTypeWords.find((w) => w.word.test(key))?.type;
      if (type && !facts.employmentType && (named === undefined || named === "employmentType")) facts.employmentType = type;
      // "Remote (EU)" names a place and a way of working; a location or work-mode value states it too.
      const workplace = workplaceTypeWords.find((w) => w.word.test(key))?.type;
      if (workplace && !facts.workplaceType && named !== "salary") facts.workplaceType = workplace;
      if (named === "experience") facts.experience ??= yearsIn(key);
      if (named === "education") facts.minEducation ??= findMinEducation(key) ?? findMinEducation(`${key}学历`);
      if (named) continue;
      if (!facts.experience && /年|year|经验/.test(key)) facts.experience = yearsIn(key);
      if (!facts.minEducation) facts.minEducation = findMinEducation(key);
      if (!facts.location && placePattern.test(key) && !salaryPattern.test(key)) facts.location = tag.slice(0, 200);
    }
  }
  return facts;
}
