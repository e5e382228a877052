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
