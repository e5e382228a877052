import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { isPositionName } from "../../../server/positions/title.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("posts named in words the vocabulary lacks", () => {
  it("reads a bar-set headline of a name, its place and its pay as that post", () => {
    const text = [
      "工作室开放以下岗位～",
      "▶ 动作捕捉（MOCAP）｜成都｜12-18K·13薪",
      "· 2年以上动捕经验，熟悉MotionBuilder",
      "· 有完整项目经验优先",
      "▶ 关卡策划｜成都｜15-22K",
      "· 3年以上关卡设计经验",
    ].join("\n");
    expect(titles(text)).toEqual(["动作捕捉(MOCAP)", "关卡策划"]);
  });

  it("leaves a bar-set line of a team and a place, with no pay, no heading", () => {
    const text = ["▶ 关卡策划｜成都｜15-22K", "· 3年以上关卡设计经验", "▶ 美术中心｜成都", "· 团队介绍：我们有30人"].join("\n");
    expect(titles(text)).toEqual(["关卡策划"]);
  });

  it("reads star-led blocks over lists as posts, a name without a role word too", () => {
    const text = [
      "【茶記 觀塘店】請人！",
      "★ 水吧（全職）",
      "- 月薪 $18,000",
      "- 識沖奶茶優先",
      "★ 兼職傳菜",
      "- 時薪 $62",
      "- 每星期最少返 3 日",
    ].join("\n");
    expect(titles(text)).toEqual(["水吧", "兼職傳菜"]);
  });
});

describe("a table's or a label's post with a qualifier", () => {
  it("takes a name with a bracketed qualifier as a label's value, without a role word before it", () => {
    expect(isPositionName("文职辅警(网络安全)", "label")).toBe(true);
    expect(isPositionName("文职辅警(网络安全)", "strict")).toBe(false);
  });

  it("reads every row of a post table whose name cell holds a qualifier", () => {
    const text = [
      "岗位代码\t岗位名称\t招聘人数\t学历\t专业",
      "A01\t社区网格员\t12\t高中及以上\t不限",
      "A02\t文职辅警（档案管理）\t2\t大专及以上\t档案学",
    ].join("\n");
    expect(titles(text)).toEqual(["社区网格员", "文职辅警(档案管理)"]);
  });
});
