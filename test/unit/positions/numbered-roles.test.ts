import { describe, expect, it } from "vitest";
import { parsePositions } from "../../../server/positions/parse.js";

const titles = (text: string) => parsePositions(text).positions.map((p) => p.title);

describe("numbered role labels", () => {
  it("reads 'Role N — X' headings by the name after the dash, however long the line", () => {
    const text = [
      "# Hiring plan: Payments squad (2 roles)",
      "## Role 1 — Senior Payments Backend Engineer (Level 5)",
      "- Build the card authorisation service",
      "- 5+ years writing Java services",
      "## Role 2 — QA Analyst",
      "- Write regression suites for the checkout",
      "- 2+ years testing web applications",
    ].join("\n");
    expect(titles(text)).toEqual(["Senior Payments Backend Engineer (Level 5)", "QA Analyst"]);
  });

  it("reads a thread's numbered posts ('2/ Role 1: X') as the roles they name", () => {
    const text = [
      "Sam Rivera",
      "@samhires",
      "We're hiring at Lakeside Bakery, two openings. A thread 1/4",
      "Sam Rivera",
      "@samhires",
      "2/ Role 1: Pastry Chef",
      "You'll run the laminated dough section. What we need:",
      "• 3+ yrs in a pastry kitchen",
      "• Food hygiene certificate",
      "Sam Rivera",
      "@samhires",
      "3/ Role 2: Delivery Driver",
      "Early morning rounds across town. Looking for:",
      "• 1+ yrs of delivery driving",
      "• Clean driving licence",
    ].join("\n");
    expect(titles(text)).toEqual(["Pastry Chef", "Delivery Driver"]);
  });

  it("reads a tool named first under a 'Nice to have' heading as an ask, not a post", () => {
    const text = [
      "## Platform Engineer",
      "**Requirements**",
      "- 3+ years running Linux servers",
      "**Nice to have**",
      "- Chef",
      "- Ansible",
      "- Jenkins",
    ].join("\n");
    expect(titles(text)).toEqual(["Platform Engineer"]);
  });
});
