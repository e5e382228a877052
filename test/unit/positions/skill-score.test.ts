import { describe, expect, it } from "vitest";
import { isSkillName, skillEvidence, type SkillCandidate } from "../../../server/positions/skill-score.js";

const candidate = (name: string, source: SkillCandidate["source"] = "cue", clause = name.toLowerCase()): SkillCandidate => ({ name, source, clause });

describe("skillEvidence: why a phrase is a skill's name", () => {
  it("counts the alias table and a product's spelling", () => {
    expect(skillEvidence(candidate("Excel"))).toMatchObject({ known: expect.any(Number) });
    expect(skillEvidence(candidate("ClickHouse"))).toMatchObject({ toolShape: expect.any(Number) });
    expect(skillEvidence(candidate("ISO 8583"))).toMatchObject({ toolShape: expect.any(Number) });
    expect(skillEvidence(candidate("C++"))).toMatchObject({ toolShape: expect.any(Number) });
    expect(skillEvidence(candidate("Figma"))).not.toHaveProperty("toolShape");
  });

  it("counts against a sentence, a long phrase and a stop name", () => {
    expect(skillEvidence(candidate("join our team today"))).toMatchObject({ sentence: expect.any(Number) });
    expect(skillEvidence(candidate("负责日常客户关系维护与回访工作"))).toMatchObject({ long: expect.any(Number) });
    expect(skillEvidence(candidate("finance role"))).toMatchObject({ stop: expect.any(Number) });
    expect(skillEvidence(candidate("hr@example.com"))).toMatchObject({ stop: expect.any(Number) });
  });
});

describe("isSkillName", () => {
  it.each([
    ["Excel", "latin"],
    ["AWS", "latin"],
    ["Canva", "latin"],
    ["Figma", "cue"],
    ["卡尺", "cue"],
    ["沟通能力", "ability"],
    ["溝通能力", "ability"],
    ["communication skills", "rated"],
    ["Python", "domainCue"],
    ["Sage 200", "cue"],
  ] as const)("%s (%s) is a skill", (name, source) => expect(isSkillName(candidate(name, source))).toBe(true));

  it.each([
    ["healthcare", "domainCue"],
    ["Offer", "latin"],
    ["BOSS", "latin"],
    ["campus.example.com", "latin"],
    ["a warehouse team leader role", "domainCue"],
    ["you will own our payments services", "cue"],
  ] as const)("%s (%s) is not", (name, source) => expect(isSkillName(candidate(name, source))).toBe(false));

  it("a known name in 'N years of experience in …' is the experience's field, with a tool after 'with' still a skill", () => {
    expect(isSkillName(candidate("machine learning", "domainCue", "3+ years of experience in machine learning"))).toBe(false);
    expect(isSkillName(candidate("machine learning", "cue", "familiarity with machine learning"))).toBe(true);
  });

  it("a venue in a clause about papers or contests is no tool", () => {
    expect(isSkillName(candidate("CVPR", "latin", "有cvpr等顶会论文者优先"))).toBe(false);
    expect(isSkillName(candidate("CVPR", "latin", "熟悉cvpr"))).toBe(true);
  });
});
