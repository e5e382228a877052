import { toHalfWidth } from "../text/fold.js";
import { memoizeText } from "../text/memo.js";

/** A point in time as a resume writes it: a year, and the month when given. */
export type DatePoint = { year: number; month: number | null };
export type DateRange = { start: DatePoint; end: DatePoint | "current" | null; at: number; length: number };

const months: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
// European CVs name months in their own language ("März 2019 – heute", "janvier 2020", "septiembre de 2018"): the
// whole names and the cuts that are no English word, each to its month.
const europeanMonths: Record<string, number> = {
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, mär: 3, mai: 5, juni: 6, juli: 7, okt: 10, oktober: 10, dez: 12, dezember: 12,
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, mars: 3, avril: 4, avr: 4, juin: 6, juillet: 7, juil: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, déc: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  // The cuts Spanish, Italian, Portuguese, Dutch and French write ("Ene. 2021", "ago 2019", "mrt 2020", "fév. 2018").
  ene: 1, abr: 4, ago: 8, dic: 12, gen: 1, mag: 5, giu: 6, lug: 7, ott: 10, fév: 2, fev: 2, mrt: 3,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
};
// Portuguese and Italian "set." and "out." are English words as well: months only with their stop.
const stoppedMonths: Record<string, number> = { set: 9, out: 10 };
const monthOf = (name: string) => europeanMonths[name.toLowerCase()] ?? stoppedMonths[name.toLowerCase()] ?? months[name.toLowerCase().slice(0, 3)]!;
const europeanNames = [...Object.keys(europeanMonths).sort((a, b) => b.length - a.length), ...Object.keys(stoppedMonths).map((m) => `${m}(?=\\.)`)].join("|");
const englishNames = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
// A month's name without its year, the start of a range whose end states the year ("Janv. – juin 2017", "Jan – Jun 2017").
const bareMonth = new RegExp(`(?<![\\p{L}])(?<mon>${europeanNames}|${englishNames})\\.?(?![\\p{L}])`, "iuy");

// Each form of a point, tried at one position; the named groups say what they hold. Order matters:
// 民國 before a bare year, "2019年7月" and "2019.07" before a lone year, "07/2019" before "2019".
const pointForms: readonly RegExp[] = [
  /民[國国]\s*(?<roc>\d{2,3})\s*年(?:\s*(?<month>\d{1,2})\s*月)?/y,
  /(?<year>(?:19|20)\d{2})\s*(?:年\s*(?<month>\d{1,2})\s*月?|[.\-/]\s*(?<month2>\d{1,2})(?![\d.]))/y,
  // "01/09/2020", "31.08.2020": a whole date, the day first (Europass and most of the world) unless the middle
  // number cannot be a month (the US "09/30/2020"). The day is dropped: a profile keeps months.
  /(?<day>\d{1,2})\s*(?<sep>[/.])\s*(?<dm>\d{1,2})\s*\k<sep>\s*(?<year>(?:19|20)\d{2})(?!\d)/y,
  /(?<month>\d{1,2})\s*[/.\-]\s*(?<year>(?:19|20)\d{2})(?!\d)/y,
  // A month's name whole or cut short ("Mar", "Sept.", "March"), never the start of another word ("Marketing 2016").
  /(?<![a-z])(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?,?\s+(?<year>(?:19|20)\d{2})(?!\d)/iy,
  new RegExp(`(?<![\\p{L}])(?<mon>${europeanNames})\\.?(?:\\s+de)?\\s+(?<year>(?:19|20)\\d{2})(?!\\d)`, "iuy"),
  // "Mar '19 – Jun '21": a month's name and the year's last two digits.
  /(?<![a-z])(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s*['’](?<yy>\d{2})(?!\d)/iy,
  // "2018 Mar – 2020 Feb": the year, then the month's name.
  /(?<year>(?:19|20)\d{2})\s+(?<mon>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z])/iy,
  /(?<year>(?:19|20)\d{2})(?:\s*年)?(?!\d)/y,
];

/** Words for "until now": a current job has no end date. */
const currentWords =
  /^(?:至今|迄今|现在|現在|目前|仍在职|仍在職|在职中|在職中|在职|在職|今|till date|till now|to date|until now|up to now|presente|présent|actualidad|actualmente|actual|atualmente|atual|attuale|now|present|current|today|date|ongoing|heute|jetzt|dato|aujourd['’]hui|ce jour|en cours|en curso|in corso|la fecha|hoy|o momento|heden|nu|oggi)/i;
// "seit 04/2021", "since 2019", "depuis 2020": a start with no end written is a post held until now.
const sinceWord = /(?<![\p{L}])(?:seit|since|depuis|desde|dal|dall'|od)\s+$/iu;
// "2018 bis 2020", "de 2018 a 2020", "Mars 2019 à ce jour", "2016 tot heden": the word for "to" in European languages as well.
const connector = /^\s*(?:-{1,2}|–|—|―|~|～|－|至|到|(?:to|until|till|bis|hasta|até|tot|al|au|a|à|jusqu['’]à|jusqu['’]au|fino a)(?![\p{L}])|—+)\s*/iu;

// "民國 105 年 9 月 – 107 年 7 月": after a 民國 start, the end's year is 民國 too, written without the era.
const rocEnd = /(?<roc>\d{2,3})\s*年(?:\s*(?<month>\d{1,2})\s*月)?/y;
function rocPointAt(text: string, at: number): { point: DatePoint; length: number } | null {
  rocEnd.lastIndex = at;
  const m = rocEnd.exec(text);
  if (!m?.groups) return null;
  const month = m.groups.month ? Number(m.groups.month) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  return { point: { year: Number(m.groups.roc) + 1911, month }, length: m[0].length };
}

function pointAt(text: string, at: number): { point: DatePoint; length: number; roc?: true } | null {
  if (at > 0 && /[\d]/.test(text[at - 1]!)) return null;
  for (const form of pointForms) {
    form.lastIndex = at;
    const m = form.exec(text);
    if (!m?.groups) continue;
    const g = m.groups;
    const year = g.roc ? Number(g.roc) + 1911 : g.yy ? 2000 + Number(g.yy) - (Number(g.yy) > 60 ? 100 : 0) : Number(g.year);
    // A whole date's month: the middle number, unless it cannot be one (then the first is, US-style).
    const wholeDateMonth = g.dm !== undefined && (Number(g.dm) > 12 ? g.day : g.dm);
    const month = g.mon ? monthOf(g.mon) : Number(wholeDateMonth || (g.month ?? g.month2 ?? NaN));
    if (!Number.isNaN(month) && (month < 1 || month > 12)) continue;
    return { point: { year, month: Number.isNaN(month) ? null : month }, length: m[0].length, ...(g.roc ? { roc: true as const } : {}) };
  }
  return null;
}

function currentAt(text: string, at: number): number {
  const m = currentWords.exec(text.slice(at));
  if (!m) return 0;
  // "today" and "date" only after a connector; "今" must not begin a longer word (今年).
  const next = text[at + m[0].length] ?? "";
  return /[a-z]/i.test(next) || (m[0] === "今" && /[\u3400-\u9fff]/.test(next)) ? 0 : m[0].length;
}

/** A month's name alone before a connector and an end with its month and year: the start is in the end's year, or the year before. */
function yearFromEnd(text: string, at: number): { point: DatePoint; length: number; roc?: true } | null {
  bareMonth.lastIndex = at;
  const m = bareMonth.exec(text);
  if (!m) return null;
  const link = connector.exec(text.slice(at + m[0].length));
  const end = link && pointAt(text, at + m[0].length + link[0].length);
  if (!end || end.point.month === null) return null;
  const month = monthOf(m.groups!.mon!);
  return { point: { year: month <= end.point.month ? end.point.year : end.point.year - 1, month }, length: m[0].length };
}

/**
 * Every date range in the text, in order ("2019.07-至今", "Jul 2019 – Present", "民國105年8月～民國108年2月").
 * Remembered for short texts, as the tagger and the row readers ask about the same lines; treat as read-only.
 */
const noRanges: readonly DateRange[] = Object.freeze([]);
// Every form of a point holds a year (19xx, 20xx) or a 民國 year: a line without one has no dates, and
// most lines of a long document have none, so they skip the reading (and the memo) at once.
const mayHoldDate = /(?:19|20)\d{2}|民[國国]\s*\d|[１２]\s*[０-９]|[a-z]\.?\s*['’]\d{2}/i;

export const findDateRanges = (raw: string): readonly DateRange[] => (mayHoldDate.test(raw) ? readDateRanges(raw) : noRanges);

const readDateRanges = memoizeText((raw: string): readonly DateRange[] => {
  const text = toHalfWidth(raw);
  const ranges: DateRange[] = [];
  for (let at = 0; at < text.length; at++) {
    const start = pointAt(text, at) ?? yearFromEnd(text, at);
    if (!start) continue;
    const to = at + start.length;
    const link = connector.exec(text.slice(to));
    if (link) {
      const endAt = to + link[0].length;
      const end = pointAt(text, endAt) ?? (start.roc ? rocPointAt(text, endAt) : null);
      const current = end ? 0 : currentAt(text, endAt);
      if (end || current) {
        const length = endAt + (end ? end.length : current) - at;
        ranges.push({ start: start.point, end: end ? end.point : "current", at, length });
        at += length - 1;
        continue;
      }
    }
    const since = sinceWord.exec(text.slice(Math.max(0, at - 8), at));
    if (since) {
      ranges.push({ start: start.point, end: "current", at: at - since[0].length, length: start.length + since[0].length });
      at = to - 1;
      continue;
    }
    ranges.push({ start: start.point, end: null, at, length: start.length });
    at = to - 1;
  }
  return ranges;
});

/** The first range with an end (or "至今"); a lone point is not a range. */
export function findSpan(text: string): DateRange | null {
  return findDateRanges(text).find((r) => r.end !== null) ?? null;
}

export const yearMonth = (p: DatePoint): string | null => (p.month === null ? null : `${p.year}-${String(p.month).padStart(2, "0")}`);
