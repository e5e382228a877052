import { describe, expect, it } from "vitest";
import { findComplianceFlags } from "../../../server/positions/compliance.js";

describe("findComplianceFlags flags", () => {
  it.each([
    ["性别：女，有亲和力", "gender", "性别：女"],
    ["性别女年龄2545岁", "gender", "性别女"],
    ["限男性，能适应出差", "gender", "限男性"],
    ["男士优先", "gender", "男士优先"],
    ["女性优先考虑", "gender", "女性优先"],
    ["已婚已育者优先", "marital_childbearing", "已婚已育"],
    ["未婚，能适应加班", "marital_childbearing", "未婚"],
    ["本地户口", "household_registration", "本地户口"],
    ["需本市户籍", "household_registration", "本市户籍"],
    ["乙肝携带者勿扰", "health", "乙肝"],
    ["年龄25-45岁", "age", "年龄25-45岁"],
    ["28岁以下", "age", "28岁以下"],
    ["35周岁以内", "age", "35周岁以内"],
    ["形象气质佳", "appearance", "形象气质佳"],
    ["五官端正，身体健康", "appearance", "五官端正"],
    ["相貌端正", "appearance", "相貌端正"],
    ["身高160cm以上", "height", "身高160cm以上"],
    ["身高１６０ｃｍ以上", "height", "身高１６０ｃｍ以上"],
    ["限汉族", "ethnicity", "限汉族"],
    ["无宗教信仰", "religion", "无宗教信仰"],
    ["信仰基督教者优先", "religion", "信仰基督教"],
    ["Female candidates only", "gender", "Female candidates only"],
    ["Applicants aged 25-35", "age", "aged 25-35"],
  ])("%s → %s (%s)", (text, category, phrase) => {
    expect(findComplianceFlags(text)).toContainEqual({ category, text: phrase });
  });

  it("reports Traditional-script phrases as written", () => {
    expect(findComplianceFlags("限男性，形象氣質佳，已婚已育")).toEqual([
      { category: "gender", text: "限男性" },
      { category: "marital_childbearing", text: "已婚已育" },
      { category: "appearance", text: "形象氣質佳" },
    ]);
    expect(findComplianceFlags("本地戶口優先")).toEqual([{ category: "household_registration", text: "本地戶口" }]);
  });

  it("reports each phrase once", () => {
    expect(findComplianceFlags("男士优先；男士优先")).toEqual([{ category: "gender", text: "男士优先" }]);
  });
});

describe("findComplianceFlags does not flag", () => {
  it.each([
    "男女不限",
    "年龄不限",
    "性别不限",
    "熟悉本地市场",
    "工作地点：本地",
    "無特殊性別與年齡要求",
    "3年以上工作经验，本科学历",
    "负责维护公司形象",
    "身体健康，能适应出差",
  ])("%s", (text) => {
    expect(findComplianceFlags(text)).toEqual([]);
  });
});
