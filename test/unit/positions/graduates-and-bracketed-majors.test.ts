import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { foldAligned } from "../../../server/text/fold.js";

const requirements = (...lines: string[]) => {
  const body = ["任职要求：", ...lines].join("\n");
  return extractPosition("日语翻译", body, foldAligned(body), body).requirements;
};

describe("years a line waives for fresh graduates, and a major's other name in brackets", () => {
  it("reads the years of a line that welcomes fresh graduates as no minimum", () => {
    expect(requirements("2年以上外贸跟单经验，应届毕业生也可").experience.minYears).toBeNull();
    expect(requirements("- 1+ years in customer support; fresh graduates are welcome").experience.minYears).toBeNull();
    expect(requirements("2年以上外贸跟单经验").experience.minYears).toBe(2);
  });

  it("reads a major with its other name in brackets before 专业", () => {
    expect(requirements("本科以上学历，波斯语（伊朗语）专业").education).toMatchObject({ majors: ["波斯语"], majorsRequired: true });
  });
});

describe("managing people counted after a second verb, and a management post held", () => {
  it("reads a team counted after 'lead and train' as managed people", () => {
    const body = "職責：\n• 帶領及培訓約12人的收銀團隊";
    expect(extractPosition("收銀主任", body, foldAligned(body), body).requirements.experience.management).toBe(true);
  });

  it("reads years held in a management post as management experience", () => {
    expect(requirements("6年以上零售经验，其中至少2年担任管理职位").experience).toMatchObject({ minYears: 6, management: true });
  });
});

describe("a counted team one has led", () => {
  it("reads '带过10人以上团队' as managing people", () => {
    expect(requirements("带过5人以上的研发团队，能独立对接客户").experience.management).toBe(true);
    expect(requirements("能独立对接客户，带队出差").experience.management).toBe(false);
  });
});
