import { describe, expect, it } from "vitest";
import { pinyinSearchKeys } from "../../../server/text/pinyin.js";

describe("pinyin search keys", () => {
  it.each([
    ["会计", "kuaiji"],
    ["会计", "kj"],
    ["会计", "huiji"],
    ["销售", "xiaoshou"],
    ["销售", "xs"],
    ["区域销售", "xiaoshou"],
    ["区域销售", "qyxs"],
    ["销售经理", "xiaoshoujingli"],
    ["销售经理", "jingli"],
    ["银行柜员", "yinhangguiyuan"],
    ["银行柜员", "yinxingguiyuan"],
    ["行长助理", "hangzhangzhuli"],
    ["行政主管", "xingzhengzhuguan"],
    ["行政主管", "xzzg"],
    ["律师", "lvshi"],
    ["重庆销售", "chongqingxiaoshou"],
    ["会计主管", "kuai ji zhu guan"],
  ])("%s has the key %s", (title, key) => {
    expect(pinyinSearchKeys(title)).toContain(key);
  });

  it("reads each Han run on its own and leaves Latin words to the other fields", () => {
    const keys = pinyinSearchKeys("Java开发工程师");
    expect(keys).toContain("kaifagongchengshi");
    expect(keys).toContain("gongchengshi");
    expect(keys.some((k) => /java/i.test(k))).toBe(false);
  });

  it("does not join two runs separated by other text", () => {
    expect(pinyinSearchKeys("会计/出纳")).not.toContain("kuaijichuna");
    expect(pinyinSearchKeys("会计/出纳")).toContain("chuna");
  });

  it("gives nothing for text without Han characters", () => {
    expect(pinyinSearchKeys("Senior Java Developer")).toEqual([]);
  });

  it("stays bounded for a long title full of polyphonic characters", () => {
    const keys = pinyinSearchKeys("行长会计重行长会计重行长会计重");
    expect(keys.length).toBeLessThan(1000);
    expect(keys).toContain(pinyinSearchKeys("行长会计重行长会计重行长会计重")[0]!.replace(/ /g, ""));
  });
});

describe("pinyin search keys, remembered per title", () => {
  it("gives the same keys on a second call, in a list of its own that the caller may change", () => {
    const first = pinyinSearchKeys("财务会计");
    const expected = [...first];
    first.length = 0;
    const second = pinyinSearchKeys("财务会计");
    expect(second).toEqual(expected);
    expect(second).toContain("kuaiji");
  });
});
