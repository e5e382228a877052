import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const read = (text: string) => parsePositions(text).positions;

describe("a group chat relay (接龙) of posts", () => {
  it("reads each numbered row filling the format line's columns as a post, whose name is the person who added it", () => {
    const text =
      "李华 12-01 09:30\n#接龙 内推岗位收集\n有招聘需求的请接龙：序号. 姓名 部门 岗位（人数） 要求\n内推成功奖励3000元\n\n" +
      "1. 李华 HR 示例行，请勿修改\n2. 张伟 风控部 风控策略分析师（2人） 本科及以上，统计学相关专业，熟悉SQL和Python\n3. 王芳 客服中心 客服专员（5人） 大专及以上，普通话标准\n4. 赵敏 +1\n\n李华 12-01 10:02\n简历发我邮箱即可\n";
    const positions = read(text);
    expect(positions.map((p) => p.title)).toEqual(["风控策略分析师", "客服专员"]);
    expect(positions[0]!.department).toBe("风控部");
    expect(positions[0]!.requirements.education.minLevel).toBe("bachelor");
    expect(positions[0]!.requirements.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["SQL", "Python"]));
  });

  it("reads a format whose columns are joined by + or /, in Traditional script", () => {
    const text = "#接龍 本月職缺\n格式：姓名+部門+職位+條件\n1. 陳明+業務部+業務專員+高中以上，有機車\n2. 林美+財務部+會計助理+專科以上，會Excel\n";
    expect(read(text).map((p) => p.title)).toEqual(["業務專員", "會計助理"]);
  });

  it("reads no post from a relay that lists people, not posts", () => {
    const text = "#接龙 周五聚餐报名\n格式：序号. 姓名 部门 备注\n1. 李华 HR 不吃辣\n2. 张伟 风控部 带家属\n";
    expect(read(text).map((p) => p.title)).toEqual([]);
  });
});
