import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { cleanDocument } from "../../../server/positions/clean.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("posts introduced by a bullet glyph", () => {
  it("reads a numbered post label behind any bullet glyph, its department set apart by a space", () => {
    for (const mark of ["■", "□", "◆", "◇", "●", "▶", "★", "※", "▣", "◎", "🔹"]) {
      const text =
        `关于招聘的通知\n各位求职者：本公司现招聘以下人员。\n\n${mark} 招聘岗位一：质量保证课 检验员（技术职）　2名\n　〈主要职责〉\n　　① 来料及成品检验\n　　② 填写检验记录\n　〈任职资格〉\n　　① 高中以上学历\n\n` +
        `${mark} 招聘岗位二：行政课 前台（事务职）　1名\n　〈主要职责〉\n　　① 访客接待、电话转接\n　〈任职资格〉\n　　① 大专以上学历\n\n${mark} 工作时间：周一至周五\n${mark} 联系电话：0512-1234567\n`;
      expect(titles(text), mark).toEqual(["检验员(技术职)", "前台(事务职)"]);
    }
  });

  it("reads English numbered post labels behind a bullet too", () => {
    const text = "Vacancy notice\n\n◆ Position 1: Process Engineer\n  Duties:\n  - Run coating line trials\n  - Write SOPs\n\n◆ Position 2: Office Coordinator\n  Duties:\n  - Arrange visitor logistics\n  - Order supplies\n";
    expect(titles(text)).toEqual(["Process Engineer", "Office Coordinator"]);
  });

  it("reads a post made of two roles joined by 兼 as one post, in both scripts", () => {
    expect(titles("招聘岗位一：日语翻译兼行政（事务职） 1名\n岗位职责：\n1、会议口译\n2、办公用品采购\n")).toEqual(["日语翻译兼行政(事务职)"]);
    expect(titles("徵才\n\n司機兼總務\n工作內容：\n1、公務車駕駛\n2、辦公用品採購\n")).toEqual(["司機兼總務"]);
  });

  it("reads ※ blocks naming each post over its dot lines", () => {
    const text = "鲜花店招聘\n\n※ 花艺师\n· 负责花束设计与制作\n· 1年以上花艺经验\n\n※ 配送员\n· 负责同城鲜花配送\n· 有电动车，熟悉市区道路\n\n联系电话 138-0000-0000\n";
    expect(titles(text)).toEqual(["花艺师", "配送员"]);
  });
});

describe("letter-spaced words", () => {
  const key = (text: string) => cleanDocument(text).key;

  it("reads single Chinese characters parted by one space as one word, with the headcount after a wider space", () => {
    expect(key("招 聘\n店 长　1名\n收　银　员\n")).toBe("招聘\n店长 1名\n收银员\n");
    expect(key("· 店 员 3名\n")).toBe("· 店员 3名\n");
  });

  it("leaves words of two or more characters and running text alone", () => {
    expect(key("销售 经理\n负责 客户 开发\n男 女不限\n")).toBe("销售 经理\n负责 客户 开发\n男 女不限\n");
  });

  it("reads a letter-spaced English line as its words", () => {
    expect(key("S T O R E   M A N A G E R\nA B testing\n")).toBe("store manager\nA B testing\n".replace("A B", "a b"));
  });

  it("finds posts whose headings are letter-spaced", () => {
    const text = "奶茶店招聘\n\n店 长　1名\n· 负责门店日常运营、排班\n· 2年以上门店管理经验\n\n店 员　2名\n· 饮品制作、收银\n· 无经验可培训\n\n有意者联系 王店长 138-0000-0000\n";
    expect(titles(text)).toEqual(["店长", "店员"]);
  });
});
