import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { namesContactPerson } from "../../../server/positions/headings.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("a posting's gender note", () => {
  it.each([
    "Principal Cloud Infrastructure Architect (m/w/d)",
    "Lead Quality Assurance Automation Engineer (w/m/x)",
    "Chargé de Développement Commercial Senior (H/F)",
  ])("does not make %j too long for a heading", (title) => {
    const text = `Acme GmbH\n${title}\nYour tasks\n- Plan and run the platform migration\n- Review designs with the team\nYour profile\n- 5 years of experience in the field`;
    expect(titles(text)).toEqual([title]);
  });
});

describe("a gender note marks a post's name", () => {
  it("titles a post whose name no role vocabulary knows by the gender note after it, under the employer's line", () => {
    const text = "Maison Verte SAS\nTechnicien de Maintenance Industrielle (H/F)\nYour tasks\n- Service the packing lines every week\n- Log each repair in the CMMS\nYour profile\n- 3 years of experience in maintenance";
    expect(titles(text)).toEqual(["Technicien de Maintenance Industrielle (H/F)"]);
  });
});

describe("a page's list of other openings", () => {
  it.each([
    ["Ähnliche Jobs", "Data Engineer (m/w/d) – Köln"],
    ["Similar jobs (4)", "Data Engineer – Remote"],
    ["More posts you may like", "[Hiring] Data Engineer for a fintech — $60/hr"],
    ["Other jobs at Brightline Logistics", "• Data Engineer (m/f/d) Leeds"],
    ["Offres similaires", "Data Engineer H/F – Lyon"],
    ["相似职位", "数据工程师 15-25K"],
  ])("under %j names no position", (header, entry) => {
    const text = `Warehouse Supervisor\nResponsibilities\n- Lead the night shift of twelve pickers\n- Plan staffing for peak weeks\nRequirements\n- 3 years of warehouse experience\n${header}\n${entry}\nStore Manager – Bristol`;
    expect(titles(text)).toEqual(["Warehouse Supervisor"]);
  });
});

describe("a contact person's line", () => {
  it.each([
    "Jana Petersen, HR Business Partner",
    "Dr. Anna Weber | Talent Acquisition Manager",
    "Recruiter – Tom Baker",
    "王女士｜人事经理",
  ])("%j is who to contact, not a position", (line) => {
    expect(namesContactPerson(line)).toBe(true);
  });

  it.each(["HR Business Partner", "Head of Sales, DACH", "Talent Acquisition, Recruiter", "Customer Success, Account Manager", "Senior Recruiter – Berlin"])(
    "%j names a post",
    (line) => {
      expect(namesContactPerson(line)).toBe(false);
    },
  );

  it("does not end the position it closes", () => {
    const text = "Backend Developer\nTasks\n- Build and run payment APIs\n- Review code of the team\nProfile\n- 4 years of experience with Go\nContact\nLena Hoffmann, Senior Recruiter\nlena@example.com";
    expect(titles(text)).toEqual(["Backend Developer"]);
  });
});

describe("a bracket of posting facts after a name", () => {
  it.each([
    ["[Hiring] Payroll Officer (part-time, remote, Ireland) — €30/hr", "Payroll Officer"],
  ])("%j names %j", (line, title) => {
    const text = `${line}\nWhat you'd be doing:\n- Run the fortnightly payroll for 40 staff\n- Reconcile the payroll accounts\nWhat we need:\n- 2+ years of payroll experience`;
    expect(titles(text)).toEqual([title]);
  });
});
