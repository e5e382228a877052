import { describe, expect, it } from "vitest";
import { findCertifications, findSkills } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const skills = (...texts: string[]) => findSkills(lines(...texts)).map((s) => s.name);

describe("a credential spelled out is no skill", () => {
  it.each([
    ["Chartered Accountant (ACA or ACCA)"],
    ["Certified Public Accountant – CPA(Aust.)"],
    ["Registered Nurse with current AHPRA registration"],
  ])("reads no skill from %s", (text) => {
    expect(skills(text).filter((s) => /^(?:certified|chartered|registered)/i.test(s))).toEqual([]);
  });

  it("reads what one is registered or accredited as", () => {
    expect(findCertifications(lines("Accreditation with the Energy Council as a building energy assessor")).map((c) => c.name)).toEqual(["building energy assessor"]);
    expect(findCertifications(lines("Registered with the council as a heritage valuer")).map((c) => c.name)).toEqual(["heritage valuer"]);
  });
});

describe("tools of more trades are known by name", () => {
  it.each([
    ["- Sharding with Vitess; pooling with ProxySQL", ["Vitess", "ProxySQL"]],
    ["Pgpool-II and Patroni in production", ["Pgpool-II", "Patroni"]],
    ["Takes off in Cubit and marks up in Bluebeam", ["Cubit", "Bluebeam"]],
    ["Solid on FIDIC and NEC3", ["FIDIC", "NEC3"]],
    ["- Deviations, CAPA and change control in TrackWise", ["CAPA", "TrackWise"]],
  ])("reads %s", (text, expected) => {
    expect(skills(text)).toEqual(expected);
  });

  it("keeps a list item whose names are joined by '&'", () => {
    expect(skills("Skills required: GMP, deviation & CAPA handling, SOP writing")).toContain("deviation & CAPA handling");
  });

  it("reads no tool from the role one served as", () => {
    expect(skills("Min 3 years in a kitchen, at least 1 as Chef de Partie")).toEqual([]);
  });
});
