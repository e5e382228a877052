import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { foldAligned } from "../../../server/text/fold.js";

const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);
const requirements = (...lines: string[]) => {
  const body = lines.join("\n");
  return extractPosition("Project Support Officer", body, foldAligned(body), body).requirements;
};

describe("a person specification table", () => {
  it("reads the Essential column as required and the Desirable column as preferred", () => {
    const r = requirements(
      "Person Specification",
      "Criteria\tEssential\tDesirable",
      "Qualifications\tDegree in Business Administration\tPRINCE2 Foundation certification",
      "Skills\tAdvanced Excel skills\tExperience with Power BI",
    );
    expect(names(r.certifications)).toEqual(["PRINCE2?"]);
    expect(names(r.skills)).toEqual(["Excel", "Power BI?"]);
    expect(r.education.minLevel).toBe("bachelor");
  });

  it("reads a header of only the two columns over rows led by their own label", () => {
    const r = requirements("Essential\tDesirable", "Experience\tA full UK driving licence\tIOSH Managing Safely certificate");
    expect(names(r.certifications)).toEqual(["UK driving licence", "IOSH?"]);
  });

  it("reads rows tagged E or D, leaving out where each is assessed", () => {
    const r = requirements(
      "Person Specification",
      "Criteria\tE/D\tHow assessed",
      "A full UK driving licence\tE\tApplication form",
      "PRINCE2 Foundation certification\tD\tApplication form",
      "Experience with Power BI\tD\tInterview",
    );
    expect(names(r.certifications)).toEqual(["UK driving licence", "PRINCE2?"]);
    expect(names(r.skills)).toEqual(["Power BI?"]);
  });

  it("leaves the lines after the table where they stand", () => {
    const r = requirements("Criteria\tEssential\tDesirable", "Skills\tExcel\tTableau experience", "Other requirements", "A full UK driving licence");
    expect(names(r.certifications)).toEqual(["UK driving licence"]);
  });
});
