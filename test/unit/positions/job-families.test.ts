import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("a job family heading above its levels' headings is not a post of its own", () => {
  it("reads a handbook page's levels, not its family", () => {
    const page = [
      "# Data Engineer", "", "Data Engineers at Fabrikam build the pipelines behind our reporting.", "", "## Responsibilities (all levels)",
      "- Keep the warehouse loads green", "- Review each other's models", "", "## Levels", "", "### Data Engineer II", "#### Responsibilities",
      "- Build dbt models for one domain", "#### Requirements", "- 2+ years of SQL and Python", "", "### Principal Data Engineer", "#### Responsibilities",
      "- Set the platform's data architecture", "#### Requirements", "- 10+ years of data engineering experience",
    ].join("\n");
    expect(titles(page)).toEqual(["Data Engineer II", "Principal Data Engineer"]);
  });

  it("reads a Chinese family's numbered levels, not the family", () => {
    const page = [
      "一、软件工程师", "适用于研发中心全部软件开发岗位。", "岗位职责：", "1、遵守研发流程规范；", "", "（一）初级软件工程师（P5）", "岗位职责：", "1、在指导下完成模块开发；",
      "任职要求：", "1、本科及以上学历；", "2、1年以上开发经验。", "", "（二）高级软件工程师（P6）", "岗位职责：", "1、负责核心模块设计；", "任职要求：",
      "1、5年以上开发经验，熟悉Java。",
    ].join("\n");
    expect(titles(page)).toEqual(["初级软件工程师(P5)", "高级软件工程师(P6)"]);
  });

  it("keeps posts set at the same level, and a heading over one post of its name", () => {
    const same = [
      "## Sales Manager", "Responsibilities", "- Run the regional team", "Requirements", "- 5+ years in sales", "## Senior Sales Manager", "Responsibilities",
      "- Run two regions", "Requirements", "- 8+ years in sales", "## Regional Sales Manager", "Responsibilities", "- Run one region", "Requirements", "- 3+ years in sales",
    ].join("\n");
    expect(titles(same)).toEqual(["Sales Manager", "Senior Sales Manager", "Regional Sales Manager"]);
    const one = [
      "# Sales Manager", "Responsibilities", "- Run the regional team", "Requirements", "- 5+ years in sales", "### Senior Sales Manager", "Responsibilities",
      "- Run two regions", "Requirements", "- 8+ years in sales",
    ].join("\n");
    expect(titles(one)).toEqual(["Sales Manager", "Senior Sales Manager"]);
  });
});
