import { describe, expect, it } from "vitest";
import { readResume } from "../../../server/resumes/read-resume.js";
import { joinEnumerations } from "../../../server/resumes/skills.js";
import { withoutPlaceRemark } from "../../../server/resumes/experience.js";

const read = (lines: string[]) => readResume(lines.join("\n")).profile;

describe("a certificate line: its name, its issuer and its year", () => {
  const profile = read([
    "Rohan Mehta", "rohan.mehta@example.in",
    "Certifications",
    "● Certificate in Warehousing, Inventory and Freight (CWIF), APICS, 2020",
    "● Programming in Python, IIT Madras, 2022",
    "● Certificate in Cold Chain Management (Level 3 Award), 2019",
  ]);

  it("keeps a name whose subject is a list of fields closed by 'and' whole", () => {
    expect(profile.certifications).toContain("Certificate in Warehousing, Inventory and Freight (CWIF)");
  });

  it("holds no issuing body named by its short name (APICS, an institute by acronym and campus)", () => {
    expect(profile.certifications).not.toContain("APICS");
    expect(profile.certifications).not.toContain("IIT Madras");
    expect(profile.certifications).toContain("Programming in Python");
  });

  it("counts no words of the bracket closing a name against its length", () => {
    expect(profile.certifications).toContain("Certificate in Cold Chain Management (Level 3 Award)");
  });
});

describe("joinEnumerations", () => {
  it("joins 'in A, B and C' and leaves separate certificates apart", () => {
    expect(joinEnumerations(["Diploma in Accounting", " Finance & Tax", " 2018"])).toEqual(["Diploma in Accounting, Finance & Tax", " 2018"]);
    expect(joinEnumerations(["First Aid in the Workplace", " St John Ambulance", " 2020"])).toEqual(["First Aid in the Workplace", " St John Ambulance", " 2020"]);
    expect(joinEnumerations(["PMP", " Six Sigma Green Belt and Lean"])).toEqual(["PMP", " Six Sigma Green Belt and Lean"]);
  });
});

describe("where an organization is, in a bracket closing its name", () => {
  it("leaves out a district named in two scripts or a city and state", () => {
    expect(withoutPlaceRemark("Lumen Freight Limited 朗明貨運有限公司 (觀塘 Kwun Tong)")).toBe("Lumen Freight Limited 朗明貨運有限公司");
    expect(withoutPlaceRemark("Acme Analytics Inc. (Austin, TX)")).toBe("Acme Analytics Inc.");
    expect(withoutPlaceRemark("华东精密制造有限公司（深圳）")).toBe("华东精密制造有限公司");
  });

  it("keeps a legal form or a body's name in brackets", () => {
    expect(withoutPlaceRemark("北京天衡会计师事务所（特殊普通合伙）")).toBe("北京天衡会计师事务所（特殊普通合伙）");
    expect(withoutPlaceRemark("Kerry Logistics (Hong Kong) Limited")).toBe("Kerry Logistics (Hong Kong) Limited");
    expect(withoutPlaceRemark("Ming Tak Trading (明德貿易有限公司)")).toBe("Ming Tak Trading (明德貿易有限公司)");
  });

  it("reads a bilingual employer over a bilingual title without the district", () => {
    const profile = read([
      "WONG Siu Ming  黃小明", "siuming.wong@example.com.hk",
      "WORK EXPERIENCE 工作經驗",
      "Lumen Freight Limited 朗明貨運有限公司 (觀塘 Kwun Tong)      Mar 2018 – Present",
      "Shipping Coordinator 船務協調員",
      "  ● Booked sea freight for 40 accounts",
    ]);
    expect(profile.experience.map((e) => [e.organization, e.startDate])).toEqual([["Lumen Freight Limited 朗明貨運有限公司", "2018-03"]]);
  });
});
