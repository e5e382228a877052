import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { isPositionName, restates } from "../../../server/positions/title.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("form labels are never positions", () => {
  it.each([["岗位定员：2人"], ["岗位编号：XZ-003"], ["岗位等级：P3"], ["岗位级别：M2"], ["岗位目的：保障行政运转"], ["岗位定编：3人"], ["招聘人数：5人"]])(
    "%s under a 岗位名称 is a field of that position",
    (row) => {
      expect(titles(`岗位名称：行政专员\n${row}\n岗位职责：\n1、负责办公用品采购\n2、负责会议安排`)).toEqual(["行政专员"]);
    },
  );

  it("an HR form with 岗位定员/岗位编号 rows before the name is one position", () => {
    expect(titles("岗位编号：CW-01\n岗位定员：1人\n岗位名称：出纳\n岗位职责：\n1、负责现金收付")).toEqual(["出纳"]);
  });

  it("a 岗位权限 field's value on the next line is not a position", () => {
    expect(titles("岗位名称：出纳\n岗位等级：S1\n岗位权限：\n资金支付审核员\n岗位职责：\n1、负责收付")).toEqual(["出纳"]);
  });
});

describe("fields that name other roles are not positions", () => {
  it.each([
    ["晋升通道\n销售总监"], ["晋升通道：销售主管→销售经理→销售总监"], ["轮岗：\n市场经理"], ["可轮换岗位：市场专员"], ["发展方向：\n区域总监"],
    ["协调关系：\n财务经理"], ["内部关系：财务经理、人事专员"], ["直接下级：\n销售代表\n客服专员"], ["汇报对象：总经理"],
  ])("%s", (field) => {
    expect(titles(`销售经理岗位职责\n1、负责销售团队管理；\n${field}\n2、负责团队培训；`)).toEqual(["销售经理"]);
  });
});

describe("a bracketed qualifier after a name", () => {
  it.each([["测试工程师（仿真方向）"], ["销售代表(华东区)"]])("keeps %s a position heading", (title) => {
    expect(titles(`## ${title}\n### 你将负责\n- 编写测试用例并执行\n- 跟踪缺陷直至关闭`)).toEqual([title.replace("（", "(").replace("）", ")")]);
  });

  it("does not take a bracketed sentence for a qualifier", () => {
    expect(isPositionName("销售经理(负责客户开发)", "strict")).toBe(false);
    expect(isPositionName("测试工程师(仿真方向)", "strict")).toBe(true);
  });
});

describe("a title field restating the position's name is that position's field", () => {
  it.each([
    ["automation test engineer", "senior test automation engineer", true],
    ["backend developer", "lead backend developer (java)", true],
    ["运营", "电商运营专员", true],
    ["senior test automation engineer", "senior test automation engineer", false],
    ["frontend developer", "lead backend developer", false],
    ["data analyst", "senior data engineer", false],
    ["电商运营经理", "电商运营专员", false],
  ])("restates(%s, %s) is %s", (name, of, expected) => {
    expect(restates(name, of)).toBe(expected);
  });

  it("a Role: field after the requirements does not start a second position", () => {
    const text = [
      "Senior QA Engineer", "Job description", "- Write and run regression test plans", "- Automate UI tests with Playwright",
      "Desired candidate profile", "- 4+ years in software testing", "Role: QA Engineer", "Department: Quality Assurance", "Employment type: Full time",
    ].join("\n");
    expect(titles(text)).toEqual(["Senior QA Engineer"]);
  });

  it("a Role: field naming another role still starts its own position", () => {
    const text = [
      "Role: Store Manager", "Responsibilities:", "- Run the store's daily operations", "- Lead a team of sales associates",
      "Role: Cashier", "Responsibilities:", "- Handle payments at the till", "- Keep the checkout area tidy",
    ].join("\n");
    expect(titles(text)).toEqual(["Store Manager", "Cashier"]);
  });
});
