import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { findMinEducation } from "../../../server/positions/education.js";
import { foldAligned } from "../../../server/text/fold.js";

const experience = (...lines: string[]) => {
  const body = lines.join("\n");
  return extractPosition("Payroll Lead", body, foldAligned(body), body).requirements.experience;
};

describe("a years range given by its two ends, and Taiwan's junior high", () => {
  it("reads 'Min: … Max: …' in an experience fact field as the range's end", () => {
    expect(experience("Experience Required: Min: 4 Max: 8", "Requirements", "- At least 4 years of payroll experience")).toMatchObject({ minYears: 4, maxYears: 8 });
    expect(experience("Years of experience: minimum 3 years, maximum 7 years", "Requirements", "- 3+ years in payroll")).toMatchObject({ minYears: 3, maxYears: 7 });
  });

  it("leaves a range whose minimum is not the post's", () => {
    expect(experience("Experience: Min: 2 Max: 5", "Requirements", "- At least 4 years of payroll experience")).toMatchObject({ minYears: 4, maxYears: null });
  });

  it("reads 國中 as junior high, and not the 国中 inside a longer word", () => {
    expect(findMinEducation(foldAligned("學歷：國中以上"))).toBe("junior_high");
    expect(findMinEducation(foldAligned("學歷：國中畢業"))).toBe("junior_high");
    expect(findMinEducation(foldAligned("负责中國中部地区客户"))).toBeNull();
    expect(findMinEducation(foldAligned("曾任全國中小學教師"))).toBeNull();
  });
});

describe("a level alone in its line's last clause", () => {
  it("states the floor after the major", () => {
    expect(findMinEducation(foldAligned("1. 财务管理相关专业，本科\n2. 三年以上经验"))).toBe("bachelor");
    expect(findMinEducation(foldAligned("机械类专业，大专"))).toBe("associate");
  });

  it("leaves a school named at a line's end without a clause of its own", () => {
    expect(findMinEducation(foldAligned("创始人毕业于浙江大学\n公司成立于2015年"))).toBeNull();
  });
});
