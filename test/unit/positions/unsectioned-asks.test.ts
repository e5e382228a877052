import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const only = (text: string) => {
  const positions = parsePositions(text).positions;
  expect(positions).toHaveLength(1);
  return positions[0]!;
};

describe("asks outside a requirements section", () => {
  it("asks for a tool named in Chinese after 熟练使用", () => {
    const ad = only(["诚聘跟单文员", "中专以上学历，熟练使用金蝶云星空，能吃苦耐劳。电话：0712-5550 1234"].join("\n"));
    expect(ad.requirements.skills.map((s) => s.name)).toEqual(["金蝶云星空"]);
  });

  it("reads the schooling a job page's Qualification label states above its duties and requirements", () => {
    const page = only(
      [
        "Job Title: Analytical Chemist", "Qualification: M.Sc. (Analytical Chemistry)", "Key Responsibilities:", "• Run HPLC and GC assays", "• Review lab records",
        "Requirements:", "• 3+ years in a QC lab",
      ].join("\n"),
    );
    expect(page.requirements.education.minLevel).toBe("master");
  });
});
