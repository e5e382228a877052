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
