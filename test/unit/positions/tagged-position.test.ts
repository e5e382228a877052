import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const read = (text: string) => parsePositions(text).positions.map((p) => ({ title: p.title, duties: p.responsibilities }));

describe("never refuse content: a document the headings miss is one position", () => {
  it("reads a three-line social post with emoji", () => {
    expect(read("🔥招聘咖啡师啦！\n☕ 负责咖啡制作与出品\n☕ 维护吧台清洁\n☕ 接待顾客\n要求：有经验优先，能周末上班 🙌")).toEqual([
      { title: "咖啡师", duties: ["负责咖啡制作与出品", "维护吧台清洁", "接待顾客"] },
    ]);
  });

  it("titles it by a 职位名称 label first", () => {
    expect(read("公司内部招聘\n职位名称：仓库管理员\n负责货物出入库登记\n负责库存盘点")[0]?.title).toBe("仓库管理员");
  });

  it("titles it by the line above a salary line", () => {
    expect(read("门店收银\n4000-6000元/月\n负责收银结账\n负责门店日常清洁")[0]?.title).toBe("门店收银");
  });

  it("titles it by a hiring sentence when no line names a role", () => {
    const text = "Hello folks!\nWe're hiring a Senior Product Designer to join our team.\n- Own the design of our mobile app\n- Run user interviews";
    expect(read(text)[0]?.title).toBe("Senior Product Designer");
  });

  it("titles it by the first line when nothing else names it", () => {
    expect(read("招人\n负责仓库货物搬运。\n负责装车卸车。")[0]?.title).toBe("招人");
  });

  it("keeps requirements under no heading as requirements", () => {
    const [p] = parsePositions("急招仓库文员2名\n熟练使用Excel\n大专以上学历\n1年以上仓库工作经验").positions;
    expect(p?.title).toBe("仓库文员");
    expect(p?.requirements.education.minLevel).toBe("associate");
    expect(p?.requirements.experience.minYears).toBe(1);
  });

  it("slices sourceText from the document", () => {
    const text = "🔥招聘咖啡师啦！\n☕ 负责咖啡制作与出品\n☕ 维护吧台清洁";
    const [p] = parsePositions(text).positions;
    expect(text.includes(p!.sourceText)).toBe(true);
    expect(p!.sourceText).toContain("维护吧台清洁");
  });

  it("still finds nothing in text without duties or requirements", () => {
    expect(parsePositions("今天天气很好，我们去公园散步。").positions).toEqual([]);
    expect(parsePositions("销售经理\n行政助理\n会计").positions).toEqual([]);
  });

  it("does not take a work report for a job", () => {
    expect(parsePositions("销售经理工作总结\n1、完成销售额500万。\n2、开发客户20家。").positions).toEqual([]);
  });
});
