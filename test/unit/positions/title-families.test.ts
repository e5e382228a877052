import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { isPositionName } from "../../../server/positions/title.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("academic and lead roles are role words", () => {
  it.each([["学科带头人"], ["项目带头人"], ["专案助理教授"], ["特聘教授"], ["客座副教授"]])("%s", (key) => {
    expect(isPositionName(key, "strict")).toBe(true);
  });

  it("reads a faculty notice's posts named only by 教授 and 带头人", () => {
    const notice = [
      "一、招聘岗位",
      "（一）技术带头人",
      "1.具有博士学位，年龄不超过45周岁；",
      "2.主持过省部级以上项目。",
      "（二）讲座教授",
      "1.具有正高级职称；",
      "2.每年在校工作不少于三个月。",
    ].join("\n");
    expect(titles(notice)).toEqual(["技术带头人", "讲座教授"]);
  });
});

describe("a numbered line whose bar sets a post apart from its employer heads that post", () => {
  it("reads each numbered employer｜post line, a vocabulary-known post beside '同一家'", () => {
    const message = [
      "您好，最近有几个机会给您参考：",
      "1. 某上市医疗器械公司（苏州）｜注册专员",
      "- 本科及以上，医学或药学相关专业",
      "- 3年以上二类器械注册经验",
      "2. 同一家｜质量体系主管",
      "- 5年以上ISO 13485体系经验",
      "- 带过3人以上团队",
      "3. 某外资药企（上海）｜临床监查员",
      "- 2年以上CRA经验",
      "- 英语读写流利",
    ].join("\n");
    expect(titles(message)).toEqual(["注册专员", "质量体系主管", "临床监查员"]);
  });

  it("reads an English list of employer | post | place lines", () => {
    const message = [
      "A few openings you might like:",
      "1) Northwind Robotics | Firmware Engineer | Berlin",
      "- 3+ years of embedded C",
      "- Experience with RTOS",
      "2) Same company | QA Lead | Berlin",
      "- 5+ years in test automation",
      "- Led a team of four or more",
    ].join("\n");
    expect(titles(message)).toEqual(["Firmware Engineer", "QA Lead"]);
  });

  it("leaves a line naming two posts between bars, or a contact, no heading of its own", () => {
    expect(titles(["1. 销售经理｜销售代表", "- 负责客户开发", "- 2年以上销售经验"].join("\n"))).not.toContain("销售经理｜销售代表");
  });
});

describe("a heading repeating a field's value of the open post heads that field's details", () => {
  it("keeps a civil-service class named again over its minimum requirements in the one post", () => {
    const posting = [
      "Working Title: Transit Planner",
      "Classification: ASSOCIATE TRANSPORTATION PLANNER",
      "Duties",
      "Plans bus routes and prepares ridership reports for the district.",
      "Minimum Qualifications",
      "ASSOCIATE TRANSPORTATION PLANNER",
      "Education: Bachelor's degree in urban planning or a closely related field.",
      "Experience: Two years of professional planning experience.",
    ].join("\n");
    expect(titles(posting)).toEqual(["Transit Planner"]);
  });

  it("still opens a second post whose name no field of the first states", () => {
    const posting = [
      "Working Title: Transit Planner",
      "Classification: ASSOCIATE TRANSPORTATION PLANNER",
      "Duties",
      "Plans bus routes and prepares ridership reports for the district.",
      "",
      "Senior Transportation Engineer",
      "Duties",
      "Designs intersections and signal timing plans.",
    ].join("\n");
    expect(titles(posting)).toEqual(["Transit Planner", "Senior Transportation Engineer"]);
  });
});

describe("a post said to be closed, its status its only line, is no opening", () => {
  it("drops a paused role from a page of roles", () => {
    const page = [
      "# Data Engineer", "", "Status: Open", "", "## What you'll do", "- Build batch and streaming pipelines", "- Own the warehouse models", "",
      "## What we're looking for", "- 3+ years with Python and SQL", "",
      "# Account Executive", "", "Status: Closed — this role has been filled.",
    ].join("\n");
    expect(titles(page)).toEqual(["Data Engineer"]);
  });

  it("drops a 已招满 post from a numbered notice", () => {
    const notice = [
      "一、行政专员",
      "岗位职责：",
      "1、负责日常行政事务",
      "任职要求：",
      "1、大专及以上学历",
      "二、出纳",
      "该岗位已招满，感谢关注。",
    ].join("\n");
    expect(titles(notice)).toEqual(["行政专员"]);
  });
});
