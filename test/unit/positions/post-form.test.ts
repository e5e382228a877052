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

describe("more post forms: job cards, outer lists, hiring tags and counts", () => {
  it("reads a job card's name over its tags over its duties heading", () => {
    const text = ["剧本杀DM", "6-9K·13薪 | 上海 | 经验不限", "岗位职责：", "1、负责门店剧本主持", "宠物殡葬", "8-12K | 北京 | 1-3年", "岗位职责：", "1、负责宠物遗体接运"];
    expect(titles(text)).toEqual(["剧本杀DM", "宠物殡葬"]);
    expect(titles(["Vibe Curator", "$80k-$100k · Remote", "Responsibilities", "- Keep the team happy", "Pet Funeral Celebrant", "£30k-£35k · Leeds", "Responsibilities", "- Lead farewell ceremonies"])).toEqual(["Vibe Curator", "Pet Funeral Celebrant"]);
  });

  it("reads an outer numbered list of names over their own numbered or bulleted items", () => {
    expect(titles(["1、剧本杀DM", "（1）负责门店剧本主持", "（2）带动玩家氛围", "2、宠物殡葬", "（1）负责宠物遗体接运", "（2）安抚宠主情绪"])).toEqual(["剧本杀DM", "宠物殡葬"]);
    expect(titles(["1. Vibe Curator", "- Keep the team happy", "- Plan offsites", "2. Pet Funeral Celebrant", "- Lead farewell ceremonies", "- Support grieving owners"])).toEqual(["Vibe Curator", "Pet Funeral Celebrant"]);
  });

  it("an outline's numbered sections are no list of posts", () => {
    const text = ["碳排放核算员", "一、岗位职责", "1、开展企业碳排放核算", "2、编制核查报告", "二、任职资格", "1、环境工程相关专业", "三、碳盘查培训", "1、每季度一次"];
    expect(titles(text)).toEqual(["碳排放核算员"]);
  });

  it("reads the name after a hiring tag in brackets, and an English headcount", () => {
    expect(titles(["【急聘】宠物殡葬 2名", "岗位职责：", "1、负责宠物遗体接运", "【急聘】剧本杀DM 3名", "岗位职责：", "1、负责门店剧本主持"])).toEqual(["宠物殡葬", "剧本杀DM"]);
    expect(titles(["Pet Funeral Celebrant x2", "- Lead farewell ceremonies", "- Support grieving owners", "Vibe Curator x1", "- Keep the team happy", "- Plan offsites"])).toEqual(["Pet Funeral Celebrant", "Vibe Curator"]);
  });

  it("the lines right under a post's heading or a hiring line are its details, not posts", () => {
    const card = ["Carbon Accountant", "Riverside Dining Group", "Leeds LS1 4DY", "£34,000 - £38,000 a year - Full-time", "Responsibilities", "- Run the inventory", "- Report to the board"];
    expect(titles(card)).toEqual(["Carbon Accountant"]);
    const chat = ["*We're hiring: Barista (Full-time)* ☕", "Brew Theory – Raffles Place", "$2,300 - $2,700, 5 days/week", "What we need:", "• At least 1 year barista experience"];
    expect(titles(chat)).toEqual(["Barista"]);
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
