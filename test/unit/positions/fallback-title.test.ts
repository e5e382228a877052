import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const read = (lines: readonly string[]) => parsePositions(lines.join("\n")).positions.map((p) => ({ title: p.title, reportsTo: p.reportsTo }));
const titles = (lines: readonly string[]) => read(lines).map((p) => p.title);

// A document with duties but no post line the headings read is still one position: its title is the best candidate by score.
describe("the never-refuse fallback titles its one position by the best candidate", () => {
  it("passes over a company's name or a date to the line over the duties heading", () => {
    expect(titles(["星河文化传媒有限公司", "宠物殡葬", "岗位职责：", "1、负责宠物遗体接运", "2、安抚宠主情绪"])).toEqual(["宠物殡葬"]);
    expect(titles(["2026年11月30日", "星河环境科技有限公司", "碳排放核算", "工作职责：", "1、开展企业碳排放核算", "2、编制核查报告"])).toEqual(["碳排放核算"]);
    expect(titles(["Posted 3 days ago", "Lumen Labs Ltd", "Vibe Curator", "Responsibilities", "- Keep the team happy", "- Plan offsites"])).toEqual(["Vibe Curator"]);
  });

  it("never takes the role of a reporting line for the post", () => {
    expect(read(["Pet Funeral Celebrant", "Reports to: Head of Ceremonies", "Responsibilities", "- Lead farewell ceremonies", "- Support grieving owners"])).toEqual([
      { title: "Pet Funeral Celebrant", reportsTo: "Head of Ceremonies" },
    ]);
    expect(read(["汇报对象：运营总监", "碳排放核算", "岗位职责：", "1、开展企业碳排放核算", "2、编制核查报告"])).toEqual([{ title: "碳排放核算", reportsTo: "运营总监" }]);
  });

  it("reads a hiring sentence's post in Title Case, a headcount line and a bracketed name", () => {
    expect(titles(["Lumen Labs", "We're hiring a Pet Funeral Celebrant to join our Leeds team.", "- Lead farewell ceremonies", "- Support grieving owners"])).toEqual(["Pet Funeral Celebrant"]);
    expect(titles(["Our team is growing fast.", "We're hiring a Vibe Curator who loves people.", "- Keep the team happy", "- Plan offsites"])).toEqual(["Vibe Curator"]);
    expect(titles(["Now hiring: Pet Funeral Celebrant", "- Lead farewell ceremonies", "- Support grieving owners"])).toEqual(["Pet Funeral Celebrant"]);
    expect(titles(["星河文化", "剧本杀DM 2名", "负责门店剧本主持", "带动玩家氛围"])).toEqual(["剧本杀DM"]);
    expect(titles(["星河文化", "【剧本杀DM】", "岗位职责：", "负责门店剧本主持", "带动玩家氛围"])).toEqual(["剧本杀DM"]);
    expect(titles(["招宠物殡葬师2名", "工作内容：", "1、负责宠物遗体接运", "2、安抚宠主情绪"])).toEqual(["宠物殡葬师"]);
  });

  it("takes no duty, sentence or hiring phrase without an article for the post", () => {
    // "Lead farewell ceremonies" opens with a role word (lead) but is the post's first duty.
    expect(titles(["Lumen Labs", "We're hiring a Pet Funeral Celebrant to join our Leeds team.", "- Lead farewell ceremonies"])).not.toContain("Lead farewell ceremonies");
    expect(titles(["About Lumen", "Lumen builds calm software.", "Responsibilities", "- Keep the team happy", "- Plan offsites"])).toEqual(["About Lumen"]);
    expect(parsePositions("We are looking for Great People to join us!\n- Build things\n- Ship things").positions).toEqual([]);
    // Nothing names the post: the first line stands, as before.
    expect(titles(["工作职责", "1、负责门店剧本主持", "2、带动玩家氛围", "任职要求", "1、普通话标准"])).toEqual(["工作职责"]);
  });
});
