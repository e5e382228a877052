import { describe, expect, it } from "vitest";
import {
  experienceYears,
  isManagementEntry,
  isRelevantEntry,
  monthIndex,
  type ExperienceEntry,
} from "../../../server/matching/experience-years.js";

const asOf = new Date("2026-06-15T00:00:00Z");
const job = (startDate: string, endDate?: string | null, extra: Partial<ExperienceEntry> = {}): ExperienceEntry => ({
  title: "销售代表",
  startDate,
  endDate,
  ...extra,
});

describe("monthIndex", () => {
  it("counts months from year zero", () => {
    expect(monthIndex("2020-01")! + 12).toBe(monthIndex("2021-01"));
  });

  it("rejects anything but YYYY-MM", () => {
    expect(monthIndex("2020-13")).toBeNull();
    expect(monthIndex("2020/01")).toBeNull();
  });
});

describe("experienceYears", () => {
  it("counts months inclusively", () => {
    expect(experienceYears([job("2020-01", "2020-12")], asOf)).toBe(1);
    expect(experienceYears([job("2020-05", "2020-05")], asOf)).toBeCloseTo(1 / 12);
  });

  it("counts overlapping jobs once", () => {
    expect(experienceYears([job("2018-01", "2020-12"), job("2020-01", "2021-12")], asOf)).toBe(4);
  });

  it("counts a job nested inside another once", () => {
    expect(experienceYears([job("2015-01", "2020-12"), job("2017-03", "2018-02")], asOf)).toBe(6);
  });

  it("adds adjacent jobs without a gap or double month", () => {
    expect(experienceYears([job("2019-01", "2019-12"), job("2020-01", "2020-12")], asOf)).toBe(2);
  });

  it("leaves gaps between jobs out", () => {
    expect(experienceYears([job("2016-01", "2016-12"), job("2019-01", "2019-12")], asOf)).toBe(2);
  });

  it("does not depend on the order of entries", () => {
    const entries = [job("2021-01", null), job("2010-01", "2012-06"), job("2011-01", "2011-03")];
    expect(experienceYears(entries, asOf)).toBe(experienceYears([...entries].reverse(), asOf));
  });

  it("runs a current job (null or missing end) through the month of asOf", () => {
    expect(experienceYears([job("2025-07", null)], asOf)).toBe(1);
    expect(experienceYears([job("2025-07")], asOf)).toBe(1);
  });

  it("grows a current job with a later asOf", () => {
    const future = new Date("2030-06-01T00:00:00Z");
    expect(experienceYears([job("2025-07", null)], future)).toBe(5);
  });

  it("counts nothing past asOf", () => {
    expect(experienceYears([job("2026-01", "2027-12")], asOf)).toBe(0.5);
    expect(experienceYears([job("2027-01", null)], asOf)).toBe(0);
  });

  it("ignores entries that end before they start or have bad dates", () => {
    expect(experienceYears([job("2020-05", "2019-01"), job("2020-00", "2020-02")], asOf)).toBe(0);
  });

  it("counts only entries passing the filter", () => {
    const entries = [job("2016-01", "2017-12", { management: true }), job("2018-01", "2019-12")];
    expect(experienceYears(entries, asOf, (entry) => entry.management === true)).toBe(2);
  });

  it("is zero without experience", () => {
    expect(experienceYears([], asOf)).toBe(0);
  });
});

describe("isManagementEntry", () => {
  it.each(["销售经理", "區域督導", "客服主管", "市场总监", "Sales Manager", "Engineering Lead", "Head of Sales", "店长"])(
    "treats %s as management",
    (title) => {
      expect(isManagementEntry(job("2020-01", null, { title }))).toBe(true);
    },
  );

  it.each(["销售代表", "总经理助理", "Leadership training coordinator", "客户经理", "Product Manager", "会计"])(
    "does not treat %s as management",
    (title) => {
      expect(isManagementEntry(job("2020-01", null, { title }))).toBe(false);
    },
  );

  it("trusts the candidate's own flag either way", () => {
    expect(isManagementEntry(job("2020-01", null, { title: "工程师", management: true }))).toBe(true);
    expect(isManagementEntry(job("2020-01", null, { title: "项目经理", management: false }))).toBe(false);
  });
});

describe("isRelevantEntry", () => {
  it("finds the field in the title or description, in either script", () => {
    expect(isRelevantEntry(job("2020-01", null, { title: "銷售代表" }), ["销售"])).toBe(true);
    expect(isRelevantEntry(job("2020-01", null, { title: "专员", description: "負責房地產項目推廣" }), ["房地产"])).toBe(true);
  });

  it("relates a field to the same skill concept under another name", () => {
    expect(isRelevantEntry(job("2020-01", null, { title: "运维工程师", description: "k8s 集群维护" }), ["Kubernetes"])).toBe(true);
    expect(isRelevantEntry(job("2020-01", null, { title: "Account Executive", description: "B2B sales" }), ["销售"])).toBe(true);
  });

  it("does not relate unrelated work", () => {
    expect(isRelevantEntry(job("2020-01", null, { title: "厨师" }), ["销售"])).toBe(false);
    expect(isRelevantEntry(job("2020-01", null, { title: "JavaScript developer" }), ["Java"])).toBe(false);
  });
});
