import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const titles = (lines: readonly string[]) => parsePositions(lines.join("\n")).positions.map((p) => p.title);

// Invented posts whose names end in no role word the vocabulary knows: the form of their lines says they are posts.
describe("a post line read by its form, in words the role vocabulary lacks", () => {
  it("reads lines over duties headings, unmarked, in either script", () => {
    expect(titles(["剧本杀DM", "岗位职责：", "1、负责门店剧本主持", "2、带动玩家氛围", "碳排放核算", "岗位职责：", "1、开展企业碳排放核算", "2、编制核查报告"])).toEqual(["剧本杀DM", "碳排放核算"]);
    expect(titles(["Vibe Curator", "Responsibilities", "- Keep the team happy", "- Plan offsites", "Pet Funeral Celebrant", "Responsibilities", "- Lead farewell ceremonies", "- Support grieving owners"])).toEqual(["Vibe Curator", "Pet Funeral Celebrant"]);
  });

  it("reads a headcount, a bracket or a headcount in words beside the name", () => {
    expect(titles(["剧本杀DM 3名", "工作职责：", "1、负责门店剧本主持", "2、带动玩家氛围", "碳排放核算 1名", "工作职责：", "1、开展企业碳排放核算", "2、编制核查报告"])).toEqual(["剧本杀DM", "碳排放核算"]);
    expect(titles(["【剧本杀DM】", "工作內容：", "1. 負責門市劇本主持", "2. 帶動玩家氣氛", "【寵物殯葬】", "工作內容：", "1. 負責寵物遺體接運", "2. 安撫飼主情緒"])).toEqual(["剧本杀DM", "寵物殯葬"]);
    expect(titles(["Pet Funeral Celebrant (2 openings)", "Responsibilities", "- Lead farewell ceremonies", "Vibe Curator (1 opening)", "Responsibilities", "- Keep the team happy"])).toEqual(["Pet Funeral Celebrant", "Vibe Curator"]);
  });

  it("reads a line of the same form as a post line beside it (its pay, the list below it)", () => {
    const text = ["Chief Vibes Officer — $80k-$100k", "- Keep the team happy", "- Plan offsites", "Pet Funeral Celebrant — $50k-$60k", "- Lead farewell ceremonies", "- Support grieving owners"];
    expect(titles(text)).toEqual(["Chief Vibes Officer", "Pet Funeral Celebrant"]);
  });
});

describe("lines whose form looks like a post's but whose words are no post", () => {
  it("a duties list's last item over the requirements heading is an item", () => {
    expect(titles(["碳排放核算员", "岗位职责：", "开展企业碳排放核算", "碳盘查报告编制", "任职要求：", "环境工程相关专业", "剧本杀DM", "岗位职责：", "负责门店剧本主持", "任职要求：", "普通话标准"])).toEqual(["碳排放核算员", "剧本杀DM"]);
    expect(titles(["碳排放核算员", "岗位职责：", "1、开展企业碳排放核算", "2、碳盘查报告", "3、核查数据台账", "任职要求：", "1、环境工程相关专业"])).toEqual(["碳排放核算员"]);
  });

  it("pay labels, codes, rounds and a page's sections over a duties heading are no posts", () => {
    const text = [
      "碳排放核算员", "💰 月薪 8-12K", "岗位职责：", "1、开展企业碳排放核算", "【内推码】XH8K2Q（投递时填写）", "岗位职责：", "1、编制核查报告",
      "2027届校招", "岗位职责：", "1、整理碳盘查台账", "职位介绍", "岗位职责：", "1、协助现场核查",
    ];
    expect(titles(text)).toEqual(["碳排放核算员"]);
    const page = ["## Carbon Accountant", "### Responsibilities", "- Run the inventory", "## Our Culture", "### Responsibilities", "- Be kind", "## Job Details", "### Requirements", "- 3 years"];
    expect(titles(page)).toEqual(["Carbon Accountant"]);
  });

  it("a place or a company over a job card's tags names no post", () => {
    const text = ["数据分析师", "广州-天河区", "8-12K · 经验不限", "岗位职责：", "1、搭建经营分析看板", "Lumen Robotics Labs", "£40k-£50k · Remote", "岗位职责：", "1、维护数据管道"];
    expect(titles(text)).toEqual(["数据分析师"]);
  });
});
