import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { isEnglishDepartment } from "../../../server/positions/title.js";

const read = (text: string) => parsePositions(text).positions.map((p) => [p.title, p.department]);

describe("an English department named before or above a post is the post's department", () => {
  it.each([
    ["Engineering — Backend Engineer\nResponsibilities\n- Build the billing APIs\nRequirements\n- 3+ years with Go", "Backend Engineer", "Engineering"],
    ["Finance | Senior Accountant\nResponsibilities\n- Close the monthly books\n- Prepare the VAT returns", "Senior Accountant", "Finance"],
    ["Customer Success - Onboarding Specialist\nWhat you'll do\n- Run kickoff calls with new accounts\n- Track adoption", "Onboarding Specialist", "Customer Success"],
    ["People & Culture: HR Coordinator\nResponsibilities\n- Run the payroll calendar\n- Answer policy questions", "HR Coordinator", "People & Culture"],
  ])("%s", (text, title, department) => {
    expect(read(text)).toEqual([[title, department]]);
  });

  it("reads a department label above the post's label", () => {
    const text = "Department: Finance\nJob title: Treasury Analyst\nResponsibilities\n- Forecast the group's cash\n- Manage the bank portals";
    expect(read(text)).toEqual([["Treasury Analyst", "Finance"]]);
    expect(read("部门：运营中心\n岗位名称：内容审核员\n岗位职责：\n1、审核平台发布内容\n2、整理违规案例")).toEqual([["内容审核员", "运营中心"]]);
  });

  it("leaves a team after the post, a role before a dash and an employer in a list of openings as they were", () => {
    expect(read("Software Engineer - Payments\nResponsibilities\n- Build the ledger service\n- Review pull requests")).toEqual([["Software Engineer - Payments", null]]);
    expect(read("Engineering Manager — Platform\nResponsibilities\n- Lead six engineers\n- Own the roadmap")[0]![1]).toBeNull();
    expect(read("Marketing Manager\nResponsibilities\n- Plan campaigns\n- Own the brand budget")).toEqual([["Marketing Manager", null]]);
  });

  it("knows departments by name or by their unit word, not roles", () => {
    expect(["engineering", "customer success", "finance", "platform team", "supply chain department"].map(isEnglishDepartment)).toEqual([true, true, true, true, true]);
    expect(["engineering manager", "account manager team", "northwind analytics", "backend engineer"].map(isEnglishDepartment)).toEqual([false, false, false, false]);
  });
});
