import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { cleanDocument } from "../../../server/positions/clean.js";
import { findHeadings } from "../../../server/positions/headings.js";
import { withSiblingHeadings } from "../../../server/positions/siblings.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("parallel structure: a line of the form two position headings share heads a position too", () => {
  it("reads a bold name with its pay whose word the vocabulary lacks, beside bold siblings that it knows", () => {
    const text = [
      "## 岗位要求",
      "**收银员**（4000-4500元/月）", "- 高中及以上学历", "- 1年以上收银经验",
      "**传菜员**（3800-4200元/月）", "- 身体健康，持健康证", "- 能适应晚班",
      "**面点帮手**（3600-4000元/月）", "- 吃苦耐劳，能接受早班", "- 负责和面、备料",
    ].join("\n");
    expect(titles(text)).toEqual(["收银员", "传菜员", "面点帮手"]);
  });

  it("does not take a line that shares only a heading's numbering, Markdown level or colon", () => {
    const text = [
      "## 前端工程师", "- 3年以上React经验", "- 熟悉TypeScript",
      "## 测试工程师", "- 2年以上自动化测试经验", "- 熟悉Playwright",
      "## 常见问题", "- 可以远程吗？可以，每周到岗两天。",
    ].join("\n");
    expect(titles(text)).toEqual(["前端工程师", "测试工程师"]);
    const clean = cleanDocument(["一、会计：1名。", "二、出纳：1名。", "三、复试：面试（20分钟）"].join("\n"));
    expect(withSiblingHeadings(clean, findHeadings(clean)).map((h) => h.title.text)).not.toContain("复试");
  });

  it("needs two headings of the form before it adds a third", () => {
    const clean = cleanDocument(["**收银员**（4000元/月）", "- 高中及以上学历", "**面点帮手**（3600元/月）", "- 吃苦耐劳"].join("\n"));
    const before = findHeadings(clean).length;
    expect(withSiblingHeadings(clean, findHeadings(clean)).length).toBe(before);
  });
});

describe("a social post's roles, each a pictograph-led name over a list of its own", () => {
  it("reads each block as a position, in Traditional Chinese, whatever its name", () => {
    const text = [
      "觀塘搵工谷 Kwun Tong Jobs（零售 / 兼職）",
      "【觀塘 麵包舖 請人】",
      "🥐 包餅學徒（全職）", "- 無經驗可，有師傅教", "- 要早更，6點開工",
      "🛒 店面（兼職）", "- 識收銀優先", "- 星期六日優先",
      "有意請 WhatsApp 9000 0000",
    ].join("\n");
    expect(titles(text)).toEqual(["包餅學徒", "店面"]);
  });

  it("reads the same layout in Simplified Chinese and in English", () => {
    const zh = ["🍜 后厨帮工（全职）", "- 吃苦耐劳", "- 有健康证优先", "🧾 收银（兼职）", "- 会用收银机", "- 周末优先"].join("\n");
    expect(titles(zh)).toEqual(["后厨帮工", "收银"]);
    const en = ["We're hiring at our Marina Bay outlet!", "🧑‍🍳 Line Cook (Full-time)", "- 2 years in a busy kitchen", "- Food hygiene cert", "🍹 Bartender (Part-time)", "- Weekend nights", "- Cocktail experience a plus"].join("\n");
    expect(titles(en)).toEqual(["Line Cook", "Bartender"]);
  });

  it("does not take one pictograph line, or pictograph lines over prose, for roles", () => {
    expect(withSiblingHeadings(cleanDocument("📍 店面\n- 近地鐵站\n- 冷氣開放"), []).length).toBe(0);
    const prose = cleanDocument(["🎉 店面", "今日開張，歡迎光臨", "🎁 禮品", "滿100送禮"].join("\n"));
    expect(withSiblingHeadings(prose, findHeadings(prose)).filter((h) => h.title.key === "店面")).toEqual([]);
  });
});
