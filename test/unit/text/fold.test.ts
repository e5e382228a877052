import { describe, expect, it } from "vitest";
import { foldKey, toHalfWidth, toSimplified } from "../../../server/text/fold.js";
import { detectScript } from "../../../server/text/script.js";

describe("toSimplified", () => {
  it.each([
    ["銷售總監", "销售总监"],
    ["電信業務", "电信业务"],
    ["開發", "开发"],
    ["網絡", "网络"],
    ["後台", "后台"],
    ["產品", "产品"],
  ])("folds %s to %s", (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it("leaves Simplified and Latin text unchanged", () => {
    expect(toSimplified("销售总监 Sales Director")).toBe("销售总监 Sales Director");
  });

  // toSimplified passes text without a Han character through untouched. That is only right if the converters change
  // no character outside the Han blocks it tests for: beside a Han character (which sends the text through them),
  // every other character of the BMP and the supplementary multilingual plane must come out as it went in.
  it("changes no character outside the Han blocks, so text without Han may skip the converters", () => {
    const han = /[\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
    const changed: string[] = [];
    for (let cp = 0x20; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const c = String.fromCodePoint(cp);
      if (han.test(c)) continue;
      if (toSimplified(`汉${c}`) !== `汉${c}`) changed.push(`U+${cp.toString(16)}`);
    }
    expect(changed).toEqual([]);
  });
});

describe("toHalfWidth", () => {
  it("turns full-width digits, letters and spaces into ASCII", () => {
    expect(toHalfWidth("身高１６０ｃｍ\u3000ＣＲＭ")).toBe("身高160cm CRM");
  });
});

describe("foldKey", () => {
  it("is blind to script, width, case and whitespace", () => {
    expect(foldKey("客戶關係 ＣＲＭ")).toBe(foldKey("客户关系crm"));
  });
});

describe("detectScript", () => {
  it("tells Traditional, Simplified and English apart", () => {
    expect(detectScript("銷售總監崗位職責說明書")).toBe("zh-Hant");
    expect(detectScript("销售总监岗位职责说明书")).toBe("zh-Hans");
    expect(detectScript("Sales Director job description")).toBe("en");
  });
});
