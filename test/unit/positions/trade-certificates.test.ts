import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { findCertifications, findLanguages } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const line = (text: string) => ({ text, key: foldAligned(text) });
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);
const certificates = (text: string) => names(findCertifications([line(text)]));

describe("certificates of the trades, as their ads write them", () => {
  it.each([
    ["Level 2 Food Hygiene cert required", ["Food Hygiene"]],
    ["Current 17th Edition (BS 7671) qualification", ["17th Edition (BS 7671)"]],
    ["Qualified to BS7671", ["BS7671"]],
    ["PASMA and SMSTS", ["PASMA", "SMSTS"]],
    ["A valid CSCS card", ["CSCS card"]],
    ["Reach truck licence", ["truck licence"]],
    ["Counterbalance forklift licence", ["Counterbalance forklift licence"]],
    ["A full driving licence", ["driving licence"]],
    ["持有PGDE及已達LPAT要求", ["PGDE", "LPAT"]],
  ])("%s", (text, expected) => {
    expect(certificates(text)).toEqual(expected);
  });

  it("reads no software's or a company's licence as a certificate", () => {
    expect(certificates("Manage software licence renewals")).toEqual([]);
    expect(certificates("Keep the operating licence conditions")).toEqual([]);
  });

  it("reads 日本語能力試驗 as the Japanese exam and its language", () => {
    expect(certificates("具日本語能力試驗N2以上")).toEqual(["日本語能力試驗N2"]);
    const p = extractPosition("生管", "【條件】\n具日本語能力試驗N2以上", foldAligned("【條件】\n具日本語能力試驗N2以上"), "");
    expect(names(p.requirements.languages)).toEqual(["日語"]);
  });

  it("reads a certificate one may obtain later, or an alternative considered, as a preference", () => {
    expect(certificates("Personal Licence holder, or willing to get one")).toEqual(["Personal Licence?"]);
    expect(certificates("Counterbalance forklift licence, or the ability to obtain one within 60 days")).toEqual(["Counterbalance forklift licence?"]);
    expect(certificates("CIMA qualified (ACCA will also be considered)")).toEqual(["CIMA", "ACCA?"]);
  });
});

describe("a sentence heading preferences", () => {
  it("makes the items under it preferred", () => {
    const text = "What you'll need:\n• An IPAF licence\nIt would be great if you have:\n• PASMA";
    const p = extractPosition("Technician", text, foldAligned(text), text);
    expect(names(p.requirements.certifications)).toEqual(["IPAF", "PASMA?"]);
  });

  it("leaves a sentence heading requirements without a preference required", () => {
    const text = "You'll need to have:\n• PASMA";
    expect(names(extractPosition("Technician", text, foldAligned(text), text).requirements.certifications)).toEqual(["PASMA"]);
  });
});

describe("a name said to be helpful is a preference", () => {
  it.each([
    ["Cantonese helpful for walk-in customers", ["Cantonese?"]],
    ["Conversational Spanish is useful, but not essential", ["Spanish?"]],
    ["Fluent English; French helpful", ["English", "French?"]],
  ])("%s", (text, expected) => {
    expect(names(findLanguages([line(text)]))).toEqual(expected);
  });

  it("leaves a helpful manner, which prefers nothing, as it is", () => {
    expect(names(findLanguages([line("A helpful manner and fluent Cantonese")]))).toEqual(["Cantonese"]);
  });
});
