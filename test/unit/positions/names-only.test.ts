import { describe, expect, it } from "vitest";
import { findSkills } from "../../../server/positions/skills.js";
import { foldAligned } from "../../../server/text/fold.js";

const lines = (...texts: string[]) => texts.map((text) => ({ text, key: foldAligned(text) }));

describe("a requirement that only lists known names", () => {
  it("reads its first word as a name like the rest", () => {
    expect(findSkills(lines("- Kubernetes and Terraform")).map((s) => s.name)).toEqual(["Kubernetes", "Terraform"]);
  });

  it("still reads no name from a sentence opening with a word a tool is also called", () => {
    expect(findSkills(lines("Spring term start and Excel reporting")).map((s) => s.name)).not.toContain("Spring");
  });
});
