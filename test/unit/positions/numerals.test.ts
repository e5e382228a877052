import { describe, expect, it } from "vitest";
import { parseChineseNumeral, parseNumber } from "../../../server/positions/numerals.js";

describe("parseChineseNumeral", () => {
  it.each([
    ["一", 1],
    ["两", 2],
    ["兩", 2],
    ["三", 3],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十五", 25],
    ["一百", 100],
    ["半", 0.5],
  ])("reads %s as %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it("rejects text that is not a numeral", () => {
    expect(parseChineseNumeral("经理")).toBeNull();
    expect(parseChineseNumeral("")).toBeNull();
  });
});

describe("parseNumber", () => {
  it.each([
    ["3", 3],
    ["３", 3],
    ["2.5", 2.5],
    ["十五", 15],
    ["five", 5],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});
