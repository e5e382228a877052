import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("lines that name what a post asks for, or who signs, are no posts", () => {
  it("reads a certificate under a post's qualifications as an ask, though it ends in a role word", () => {
    const text = [
      "1. Finance Officer",
      "Key responsibilities",
      "Prepare monthly management accounts and donor reports.",
      "Qualifications and experience",
      "Degree in Accounting or Finance",
      "Chartered Accountant – ACCA",
      "At least 3 years' experience in an NGO",
    ].join("\n");
    expect(titles(text)).toEqual(["Finance Officer"]);
  });

  it("reads 'RANK: X' blocks of a crewing line-up as posts, an ordinal rank too, and the signature's role as none", () => {
    const text = [
      "We are lining up the following ranks for our tanker fleet.",
      "RANK: MASTER (1 vacancy)",
      "- Requirements:",
      "* COC Master Unlimited",
      "* At least 24 months as Master on tankers",
      "RANK: 3RD OFFICER (2 vacancies)",
      "- Requirements:",
      "* COC Officer in Charge of a Navigational Watch",
      "* At least 12 months sea service as 3/O",
      "--",
      "Capt. Elena M. Santos",
      "Recruitment Manager",
      "Harborline Shipmanagement Inc.",
    ].join("\n");
    expect(titles(text).map((t) => t.toLowerCase())).toEqual(["master", "3rd officer"]);
  });
});
