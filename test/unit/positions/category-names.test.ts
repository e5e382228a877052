import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { isPositionName } from "../../../server/positions/title.js";

describe("fields of work joined by 'and' are a category, not a post", () => {
  it.each([["accounting and auditing"], ["sales & marketing"], ["quality assurance and testing"], ["health and safety"]])("%s", (key) => {
    expect(isPositionName(key, "label")).toBe(false);
    expect(isPositionName(key, "strict")).toBe(false);
  });

  it.each([["sales and marketing manager"], ["health and safety officer"], ["research and development engineer"]])("keeps %s", (key) => {
    expect(isPositionName(key, "label")).toBe(true);
  });

  it("reads a job board's role taxonomy row as a property of the post", () => {
    const page = [
      "Payroll Specialist", "Harbour Freight Services", "", "Responsibilities:", "- Run monthly payroll for 400 staff", "- Reconcile payroll journals",
      "", "Requirements:", "- 3+ years of payroll experience", "", "Job details", "Job Role: Human Resources and Administration", "Employment Type: Full Time",
    ].join("\n");
    expect(parsePositions(page).positions.map((p) => p.title)).toEqual(["Payroll Specialist"]);
  });
});
