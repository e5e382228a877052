import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";
import { normalizeTitle, withoutPostingQualifier } from "../../../server/positions/title.js";
import { foldAligned } from "../../../server/text/fold.js";

const read = (text: string) => parsePositions(text).positions;
const normal = (title: string) => normalizeTitle({ text: title, key: foldAligned(title) }).text;

describe("a headline's dash-set tail of posting facts", () => {
  it.each([
    ["Payroll Officer - Permanent - Parramatta", "Payroll Officer"],
    ["Solutions Architect – 12 month contract – Remote (NSW based)", "Solutions Architect"],
    ["Warehouse Supervisor | Full-time | Auckland", "Warehouse Supervisor"],
    ["Site Engineer - Temporary", "Site Engineer"],
    ["数据工程师 - 全职 - 上海", "数据工程师"],
  ])("cuts %s to the name", (headline, name) => {
    expect(normal(headline)).toBe(name);
    expect(withoutPostingQualifier(foldAligned(headline))).toBe(foldAligned(name));
  });

  it.each([["Software Engineer - Payments"], ["Project Manager - Infrastructure Delivery"], ["销售经理 - 华东区"]])("keeps %s, a team or region with no posting fact", (headline) => {
    expect(normal(headline)).toBe(headline);
  });

  it("reads each numbered headline of a recruiter's email as its post", () => {
    const email = [
      "Hi Sam,", "A few roles I'm recruiting for at the moment:", "",
      "1) Payroll Officer - Permanent - Parramatta CBD (hybrid, 2 days from home)", "Client: a logistics group. $85k + super.",
      "- 3+ years of end-to-end payroll", "- Strong Excel; ADP experience highly regarded", "",
      "2) Solutions Architect - 12 month contract - Remote (NSW based)", "Client: a state agency. $1,100 per day.",
      "- Minimum 8 years in enterprise architecture", "- Hands-on with Azure and Terraform", "",
      "3) Warehouse Team Leader - Permanent - Eastern Creek", "Client: a national retailer.",
      "- Lead a team of 12 pickers", "- Forklift licence required", "",
      "Kind regards,", "Jo",
    ].join("\n");
    const positions = read(email);
    expect(positions.map((p) => p.title)).toEqual(["Payroll Officer", "Solutions Architect", "Warehouse Team Leader"]);
    // An English bullet under the post's name is one of its asks, whatever its words; "highly regarded" is a preference.
    expect(positions[0]!.requirements.skills).toEqual([{ name: "Excel", required: true }, { name: "ADP", required: false }]);
    expect(positions[1]!.requirements.skills.map((s) => s.name)).toEqual(["Azure", "Terraform"]);
  });
});
