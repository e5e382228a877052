import { describe, expect, it } from "vitest";
import { reassignNamedLines } from "../../../server/positions/crossref.js";
import { parsePositions } from "../../../server/positions/parse.js";
import { foldAligned } from "../../../server/text/fold.js";

const body = (title: string, text: string) => ({ title, text, key: foldAligned(text) });

describe("requirement lines naming other positions", () => {
  it("gives a line naming a subject shared over role names to each role it names", () => {
    const bodies = reassignNamedLines([
      body("物理科专任教师", ""),
      body("化学科专任教师", ""),
      body("美术科代课教师", "一、物理科、化学科:须具硕士以上学历。\n二、美术科:须美术相关专业毕业。"),
    ]);
    expect(bodies[0]!.text).toContain("须具硕士以上学历");
    expect(bodies[1]!.text).toContain("须具硕士以上学历");
    expect(bodies[2]!.text).not.toContain("硕士");
    expect(bodies[2]!.text).toContain("美术相关专业");
  });

  it("reads no role from opening words that leave no shared role behind", () => {
    const bodies = reassignNamedLines([body("数据分析师", ""), body("数据工程师", "1、数据分析:有3年以上经验者优先")]);
    expect(bodies[1]!.text).toContain("3年以上经验");
    expect(bodies[0]!.text).toBe("");
  });

  it("moves a line only when all of its names are positions'", () => {
    const bodies = reassignNamedLines([body("物理科专任教师", ""), body("化学科专任教师", "1、物理科、生物科:须具硕士以上学历")]);
    expect(bodies[0]!.text).toBe("");
  });
});

describe("a list of posts with headcounts", () => {
  it("reads each numbered 'role：N名' item as a post, its requirements from a later item naming it", () => {
    const text = [
      "甄选职别及名额:",
      "一、英语科专任教师:3名。",
      "二、历史科专任教师:1名。",
      "报考资格:",
      "一、英语科:须具大学以上学历,领有英语科教师证书。",
      "二、历史科:须具硕士以上学历。",
    ].join("\n");
    const { positions } = parsePositions(text);
    expect(positions.map((p) => p.title)).toEqual(["英语科专任教师", "历史科专任教师"]);
    expect(positions.map((p) => p.requirements.education.minLevel)).toEqual(["bachelor", "master"]);
  });
});
