import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const read = (text: string) => parsePositions(text).positions.map((p) => [p.title, p.requirements.experience.minYears]);

describe("lines of post and organization in a row are a list of openings, each a post", () => {
  it("reads each line's post, without its organization, with the text after the list", () => {
    const page = [
      "Hiring across our portfolio", "", "Data Engineer — Northwind Analytics", "Product Designer — Contoso Health", "Support Specialist — Fabrikam Retail", "",
      "Requirements for every opening: 3+ years of relevant experience.",
    ].join("\n");
    expect(read(page)).toEqual([["Data Engineer", 3], ["Product Designer", 3], ["Support Specialist", 3]]);
  });

  it("reads bulleted lines with bars, @ and Chinese organizations", () => {
    const page = ["本月内推：", "- 数据分析师 - 星河科技有限公司", "- 前端工程师 | 云帆网络科技有限公司", "- Backend Engineer @ Lumen Labs"].join("\n");
    expect(read(page).map(([t]) => t)).toEqual(["数据分析师", "前端工程师", "Backend Engineer"]);
  });

  it("leaves a page's similar jobs and a post's team alone", () => {
    const page = [
      "Payroll Officer", "Responsibilities", "- Run the monthly payroll", "Requirements", "- 2+ years of payroll experience", "", "Similar Jobs 相似職位",
      "Accounts Assistant - Wing Kee Holdings", "Payroll Clerk - Harbour Freight Ltd",
    ].join("\n");
    expect(read(page).map(([t]) => t)).toEqual(["Payroll Officer"]);
    const team = ["Software Engineer - Payments", "Responsibilities", "- Build the ledger", "Requirements", "- 3+ years of Go"].join("\n");
    expect(read(team).map(([t]) => t)).toEqual(["Software Engineer - Payments"]);
  });
});
