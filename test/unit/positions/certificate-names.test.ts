import { describe, expect, it } from "vitest";
import { foldAligned } from "../../../server/text/fold.js";
import { findCertifications } from "../../../server/positions/skills.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const names = (text: string) => findCertifications(lines(text)).map((c) => c.name);

describe("findCertifications: the qualification, not its paper or exam", () => {
  it.each([
    ["须通过国家统一法律职业资格考试", "法律职业资格"],
    ["通過全國統一醫師資格考試", "醫師資格"],
    ["取得统计专业技术资格（中级）及以上证书", "统计专业技术资格（中级）"],
    ["具有中级经济专业技术资格", "中级经济"],
  ])("%s names %s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it("reads no certificate from words that stand for one named elsewhere", () => {
    expect(names("具有以上证书者优先")).toEqual([]);
  });
});

describe("findCertifications: names written before their kind of paper", () => {
  it.each([
    ["持有注册消防工程师证书", "注册消防工程师证书"],
    ["具備電機工程師資格", "電機工程師資格"],
    ["持有CISSP或同等資訊安全認證者優先", "CISSP"],
    ["考获ITIL或以上证书", "ITIL"],
  ])("%s names %s", (text, name) => {
    expect(names(text)).toContain(name);
  });

  it("keeps two grades joined by 或 apart", () => {
    expect(names("具有中级统计师或中级经济师职称").sort()).toEqual(["中级经济师职称", "中级统计师"].sort());
  });

  it("reads both Latin names of an either-or", () => {
    expect(names("持有CMA或CIA证书者优先").map((n) => n.replace(/证书$/, ""))).toEqual(["CMA", "CIA"]);
  });

  it("reads Taiwan's graded technician certificates", () => {
    expect(names("需具備室內配線丙級技術士證")).toEqual(["室內配線丙級技術士證"]);
  });

  it("reads Hong Kong's construction safety card written as 咭", () => {
    expect(findCertifications(lines("持有效平安咭"))).toEqual([{ name: "平安咭", required: true }]);
  });

  it("reads a chartered accountant named by the body's country", () => {
    expect(names("Qualified CA (ANZ) or CPA")).toContain("CA (ANZ)");
  });

  it("reads no licence from an agency's licence number", () => {
    expect(names("Talent Co Pte Ltd, EA Licence No. 12C3456")).toEqual([]);
  });
});

describe("findCertifications: Canada's trade certificates", () => {
  it("reads a Certificate of Qualification and its Red Seal, and no certificate from a school graduation", () => {
    expect(names("Millwright Certificate of Qualification with Red Seal endorsement")).toEqual(["Millwright Certificate of Qualification with Red Seal endorsement"]);
    expect(names("Red Seal preferred")).toEqual(["Red Seal"]);
    expect(names("Secondary (high) school graduation certificate")).toEqual([]);
  });
});
