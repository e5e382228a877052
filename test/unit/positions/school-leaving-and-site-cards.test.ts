import { describe, expect, it } from "vitest";
import { findMajors, findMinEducation } from "../../../server/positions/education.js";
import { findCertifications } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));
const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);

describe("a school-leaving certificate is schooling, not a certificate", () => {
  it.each(["- Matric with Maths Literacy", "KCSE mean grade C+ and above", "Leaving Certificate (5 passes)", "National Senior Certificate"])("reads %s as high school", (text) => {
    expect(findMinEducation(foldAligned(text))).toBe("high_school");
    expect(findCertifications(lines(text))).toEqual([]);
  });
});

describe("certificates by name", () => {
  it("reads the UK's site cards and courses", () => {
    expect(names(findCertifications(lines("Must hold SSSTS, a CSCS Gold Card and IPAF; First Aid at Work is desirable")))).toEqual(["SSSTS", "CSCS Gold Card", "IPAF", "First Aid at Work?"]);
  });

  it("reads a chartered membership and a body's credential with its country", () => {
    expect(names(findCertifications(lines("Chartered (MCIOB) or working towards it", "CPA(K) or ACCA qualified")))).toEqual(["MCIOB", "CPA(K)", "ACCA"]);
  });

  it("leaves out the licence the employer's training gives", () => {
    expect(findCertifications(lines("Trainees obtain their forklift licence after training with us"))).toEqual([]);
    expect(findCertifications(lines("培训合格后颁发上岗证"))).toEqual([]);
  });
});

describe("majors said with the degree's abbreviation or beside an aside", () => {
  it("reads the discipline an abbreviation names, or holds in brackets", () => {
    expect(findMajors(lines("Qualification: B.Pharm or B.Sc. (Microbiology)"), true)).toEqual({ majors: ["Pharmacy", "Microbiology"], required: true });
  });

  it("ends the list at a preference said after it", () => {
    expect(findMajors(lines("A diploma in marketing or communications is an advantage"), true)).toEqual({ majors: ["marketing", "communications"], required: false });
  });

  it("reads no field from a bracket saying which degree counts", () => {
    expect(findMajors(lines("Degree in Building Surveying (RICS-accredited)"), true).majors).toEqual(["Building Surveying"]);
  });
});

describe("licences and tickets written short or with their class", () => {
  it.each([
    ["持B2及以上货车驾驶证", "B2及以上货车驾驶证"],
    ["Must hold a Cert II in Hospitality", "Cert II in Hospitality"],
    ["A 12t roller ticket is highly regarded", "12t roller ticket?"],
  ])("reads %s", (text, expected) => {
    expect(names(findCertifications(lines(text)))).toEqual([expected]);
  });
});
