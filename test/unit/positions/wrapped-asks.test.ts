import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { findCertifications } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const line = (text: string) => ({ text, key: foldAligned(text) });
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);
const position = (title: string, body: string) => extractPosition(title, body, foldAligned(body), body).requirements;

describe("asks a PDF's line width breaks, and headings Indian and civil-service boards use", () => {
  it("reads an English sentence broken at the line width as one sentence", () => {
    const body = [
      "Requirements",
      "Field visits across the county are part of the role and a current New Mexico driver's",
      "license is required for all of them.",
      "A bachelor's degree in hydrology, civil engineering, environmental",
      "science or a closely related discipline.",
    ].join("\n");
    const r = position("Hydrology Technician", body);
    expect(names(r.certifications)).toEqual(["driver's license"]);
    expect(r.education.majors).toEqual(["hydrology", "civil engineering", "environmental science"]);
  });

  it("keeps a capitalised line after an unstopped one a line of its own", () => {
    const body = ["Requirements", "Day-to-day confidence with donor records kept in Microsoft Office and Salesforce", "Bilingual French/English preferred"].join("\n");
    const r = position("Fundraising Officer", body);
    expect(names(r.skills)).toContain("Salesforce");
    expect(names(r.languages)).toEqual(["English?", "French?"]);
  });

  it("reads Naukri's Desired Candidate Profile as the requirements, and a Special Requirements block as required", () => {
    const naukri = ["Roles and Responsibilities", "Build test suites for the billing platform", "Desired Candidate Profile", "CSTE certification preferred"].join("\n");
    expect(names(position("QA Lead", naukri).certifications)).toEqual(["CSTE?"]);
    const state = ["Desirable Qualifications", "- Experience with Tableau", "Special Requirements", "Possession of a valid driver's license is required."].join("\n");
    expect(names(position("Research Analyst", state).certifications)).toEqual(["driver's license"]);
  });

  it("reads a Latin certificate with its Chinese name in brackets as the Latin name", () => {
    expect(names(findCertifications([line("持有CFE（注册舞弊审查师）证书者优先")]))).toEqual(["CFE?"]);
    expect(names(findCertifications([line("具备CISA（国际注册信息系统审计师）认证")]))).toEqual(["CISA"]);
  });
});
