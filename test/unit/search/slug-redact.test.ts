import { describe, expect, it } from "vitest";
import { redactPersonalData } from "../../../server/vacancies/redact.js";
import { slugify, uniqueSlug } from "../../../server/vacancies/slug.js";

describe("slugify", () => {
  it.each([
    ["acme-Senior Java Developer", "acme-senior-java-developer"],
    ["demo-銷售總監", "demo-銷售總監"],
    ["demo-ＨＲ经理（北京）", "demo-hr经理-北京"],
    ["!!!", "vacancy"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("stays short", () => {
    expect(slugify("a".repeat(300)).length).toBeLessThanOrEqual(60);
  });
});

describe("uniqueSlug", () => {
  it("adds the first free number", () => {
    expect(uniqueSlug("x", [])).toBe("x");
    expect(uniqueSlug("x", ["x", "x-2"])).toBe("x-3");
  });
});

describe("redactPersonalData", () => {
  it.each([
    ["简历发送至 hr@example.com", "简历发送至 […]"],
    ["电话：138-1234-5678", "电话：[…]"],
    ["手機 0912 345 678", "手機 […]"],
    ["座机 (021) 62345678", "座机 […]"],
    ["身份证 11010519491231002X", "身份证 […]"],
    ["联系人：李四先生", "联系人：[…]"],
  ])("%s → %s", (input, output) => {
    expect(redactPersonalData(input)).toBe(output);
  });

  it("leaves requirements with numbers alone", () => {
    expect(redactPersonalData("3年以上经验，月薪8000-12000元，2026年入职")).toBe("3年以上经验，月薪8000-12000元，2026年入职");
  });
});
