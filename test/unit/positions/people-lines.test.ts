import { describe, expect, it } from "vitest";
import { namesContactPerson, onContactCard } from "../../../server/positions/headings.js";
import { parsePositions } from "../../../server/positions/parse.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("lines about people on a job page are not posts", () => {
  it.each([["Imran Shah — Controls Engineer"], ["Gemma Pike - Maintenance Manager"], ["Jana Petersen, HR Business Partner"]])("%s names a person", (line) => {
    expect(namesContactPerson(line)).toBe(true);
  });

  it.each([["Senior Accountant — Dubai"], ["Shift Manager – Outbound"], ["Software Engineer - Payments"]])("%s is a post's line", (line) => {
    expect(namesContactPerson(line)).toBe(false);
  });

  it("reads a role between a person's name and a way to reach them as a card", () => {
    expect(onContactCard("Priya Nair", "priya.nair@northwind.example")).toBe(true);
    expect(onContactCard("Priya Nair", "+44 113 496 0000")).toBe(true);
    expect(onContactCard("Northwind Logistics Ltd", "About the role")).toBe(false);
    expect(onContactCard(null, "priya.nair@northwind.example")).toBe(false);
  });

  it("keeps the post of a page with a recruiter's card and a colleagues strip", () => {
    const page = [
      "Quality Inspector", "", "About the role", "Inspect incoming parts against drawings and record results in the QMS.", "",
      "Requirements", "- 2+ years in quality inspection", "- Able to read technical drawings", "",
      "Your recruiter", "Priya Nair", "Senior Recruiter", "priya.nair@northwind.example", "",
      "Meet the team", "- Tom Hale — Production Supervisor", "- Ana Ruiz — Quality Engineer",
    ].join("\n");
    expect(titles(page)).toEqual(["Quality Inspector"]);
  });
});
