import { describe, expect, it } from "vitest";
import { extractPosition } from "../../../server/positions/extract.js";
import { findMinEducation } from "../../../server/positions/education.js";
import { foldAligned } from "../../../server/text/fold.js";

const names = (items: { name: string; required: boolean }[]) => items.map((i) => `${i.name}${i.required ? "" : "?"}`);
const requirements = (title: string, body: string) => extractPosition(title, body, foldAligned(body), body).requirements;

describe("workplace IT and analysis tools named in running sentences", () => {
  it("reads Microsoft 365, Intune and Active Directory in a sentence about administering them", () => {
    const r = requirements("Desktop Support Analyst", "Requirements\n- Active Directory and Intune administration for 400 users\n- Experience migrating mailboxes to Microsoft 365");
    expect(names(r.skills)).toEqual(["Active Directory", "Intune", "Microsoft 365"]);
  });

  it("reads a known name alone in brackets after the activity it is the notation of", () => {
    const r = requirements("Process Analyst", "Requirements\n- Workshops and process modelling (BPMN) with operations teams");
    expect(names(r.skills)).toEqual(["BPMN"]);
  });

  it("still reads an aside in brackets that offers an alternative as no ask", () => {
    const r = requirements("QA Engineer", "Requirements\n- Our end-to-end suites run on Playwright (Cypress is fine too)");
    expect(names(r.skills)).toEqual(["Playwright"]);
  });
});

describe("a preference in brackets after a level", () => {
  it("prefers what the bracket names, not the level", () => {
    expect(findMinEducation(foldAligned("Any Graduate (B.Sc preferred)"))).toBe("bachelor");
    expect(findMinEducation(foldAligned("Any Postgraduate (M.Sc Chemistry preferred)"))).toBe("master");
  });

  it("prefers the level itself when the bracket only says so", () => {
    expect(findMinEducation(foldAligned("Bachelor's degree (preferred)"))).toBeNull();
  });
});

describe("a degree programme's fields", () => {
  it("reads the fields after 'programme in' as majors", () => {
    const body = "Requirements\n• You are enrolled in a Bachelor's or Master's programme in economics, sales or a similar field";
    const r = extractPosition("Working Student Sales", body, foldAligned(body), body).requirements;
    expect(r.education).toMatchObject({ majors: ["economics", "sales"], majorsRequired: true });
  });
});

describe("a background in a sector", () => {
  const majors = (text: string) => extractPosition("Account Manager", `Requirements\n• ${text}`, foldAligned(`Requirements\n• ${text}`), text).requirements.education.majors;
  it("reads a background in a sector worked in as no major", () => {
    expect(majors("Background in logistics or freight forwarding")).toEqual([]);
  });
  it("reads a background beside schooling or a related discipline as majors", () => {
    expect(majors("An academic background in statistics or economics")).toEqual(["statistics", "economics"]);
    expect(majors("A background in physics, chemistry or a related field")).toEqual(["physics", "chemistry"]);
  });
});
