import { describe, expect, it } from "vitest";
import { findDateRanges, findSpan } from "../../../server/resumes/dates.js";

const span = (text: string) => {
  const r = findSpan(text);
  return r && { start: r.start, end: r.end };
};
const ym = (year: number, month: number | null) => ({ year, month });

describe("resume date ranges", () => {
  it.each([
    ["2019.07-至今", ym(2019, 7), "current"],
    ["2019/07 – 2021/03", ym(2019, 7), ym(2021, 3)],
    ["2019年7月—2021年3月", ym(2019, 7), ym(2021, 3)],
    ["2019-07~2021-03", ym(2019, 7), ym(2021, 3)],
    ["Jul 2019 – Present", ym(2019, 7), "current"],
    ["07/2019 - 03/2021", ym(2019, 7), ym(2021, 3)],
    ["民國105年8月～民國108年2月", ym(2016, 8), ym(2019, 2)],
    ["民國108年3月～迄今", ym(2019, 3), "current"],
    ["2020年9月至今", ym(2020, 9), "current"],
    ["Sept. 2019 - Dec. 2021", ym(2019, 9), ym(2021, 12)],
    ["2018.9-2020.6", ym(2018, 9), ym(2020, 6)],
    ["2021.04 - 现在", ym(2021, 4), "current"],
    ["Mar 2021 – Current", ym(2021, 3), "current"],
    ["２０１９．０７－至今", ym(2019, 7), "current"],
    ["June 2017 – December 2019", ym(2017, 6), ym(2019, 12)],
    ["September 2015 - July 2016", ym(2015, 9), ym(2016, 7)],
  ])("reads %s", (text, start, end) => {
    expect(span(text)).toEqual({ start, end });
  });

  it("takes no month from a word that begins like one ('Marketing, 2016', 'Summary 2019')", () => {
    expect(findDateRanges("Master in Marketing, 2016").map((r) => r.start)).toEqual([ym(2016, null)]);
    expect(findDateRanges("Summary 2019").map((r) => r.start)).toEqual([ym(2019, null)]);
  });

  it("reads a year-only range without inventing months", () => {
    expect(span("2014 - 2018  HKU")).toEqual({ start: ym(2014, null), end: ym(2018, null) });
  });

  it("finds no range in a lone date or a phone number", () => {
    expect(findSpan("University of Washington, 2011")).toBeNull();
    expect(findSpan("13812345678")).toBeNull();
  });

  it("does not take 今 out of 今年 as 'until now'", () => {
    expect(findSpan("2019.07-今年")).toBeNull();
  });

  it("finds a lone year as a point", () => {
    expect(findDateRanges("B.S. in Computer Science, 2011").map((r) => r.start)).toEqual([ym(2011, null)]);
  });
});

describe("resume date ranges in more of the ways they are written", () => {
  it.each([
    ["Aug '17 – Feb '20", ym(2017, 8), ym(2020, 2)],
    ["Nov ’98 - Jan ’03", ym(1998, 11), ym(2003, 1)],
    ["2016 Oct – 2019 Jan", ym(2016, 10), ym(2019, 1)],
    ["Juli 2018 – heute", ym(2018, 7), "current"],
    ["octobre 2015 - juin 2019", ym(2015, 10), ym(2019, 6)],
    ["septiembre de 2017 – actualidad", ym(2017, 9), "current"],
    ["May 2021 – Till date", ym(2021, 5), "current"],
    ["02/2020 - ongoing", ym(2020, 2), "current"],
    ["Since June 2022", ym(2022, 6), "current"],
    ["seit 03/2019", ym(2019, 3), "current"],
  ])("reads %s", (text, start, end) => {
    expect(span(text)).toEqual({ start, end });
  });

  it("keeps a month's name inside a word, and a year before a word, out of the date", () => {
    expect(findDateRanges("Marketing 2016")[0]?.start).toEqual(ym(2016, null));
    expect(findDateRanges("2019 Marathon finisher")[0]?.start).toEqual(ym(2019, null));
    expect(findDateRanges("Made in '19")).toEqual([]);
  });
});

describe("resume date ranges in the European languages' own words", () => {
  it.each([
    ["Ene. 2019 – Actualidad", ym(2019, 1), "current"],
    ["dic. 2016 - ago. 2018", ym(2016, 12), ym(2018, 8)],
    ["abr 2020 – hoy", ym(2020, 4), "current"],
    ["gen 2017 - lug 2019", ym(2017, 1), ym(2019, 7)],
    ["ott 2020 – in corso", ym(2020, 10), "current"],
    ["set. 2014 – out. 2016", ym(2014, 9), ym(2016, 10)],
    ["fevereiro de 2019 – atualmente", ym(2019, 2), "current"],
    ["mrt 2018 – heden", ym(2018, 3), "current"],
    ["mei 2015 tot augustus 2017", ym(2015, 5), ym(2017, 8)],
    ["Depuis avril 2022", ym(2022, 4), "current"],
    ["fév. 2013 – en cours", ym(2013, 2), "current"],
    ["Mai 2016 à ce jour", ym(2016, 5), "current"],
    ["2014 – aujourd’hui", ym(2014, null), "current"],
    ["de 2010 a 2013", ym(2010, null), ym(2013, null)],
    ["2009 bis 2012", ym(2009, null), ym(2012, null)],
  ])("reads %s", (text, start, end) => {
    expect(span(text)).toEqual({ start, end });
  });

  it("gives a month written without its year the year of the range's end ('Févr. – août 2016', 'Nov – Feb 2020')", () => {
    expect(span("Févr. – août 2016")).toEqual({ start: ym(2016, 2), end: ym(2016, 8) });
    expect(span("Nov – Feb 2020")).toEqual({ start: ym(2019, 11), end: ym(2020, 2) });
    // A month alone before a bare year is no range of months.
    expect(span("Mar – 2020")).toBeNull();
  });

  it("reads 'set' and 'out' as months only with their stop", () => {
    expect(findDateRanges("set 2019").map((r) => r.start)).toEqual([ym(2019, null)]);
    expect(findDateRanges("rolled out 2021 plans").map((r) => r.start)).toEqual([ym(2021, null)]);
  });
});
