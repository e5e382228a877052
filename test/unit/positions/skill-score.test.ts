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

describe("skillEvidence: phrase shape loses", () => {
  it("a quantifier or a generic adjective heading it names a category", () => {
    expect(skillEvidence(candidate("其它报表工具"))).toHaveProperty("quantifier");
    expect(skillEvidence(candidate("various cloud providers"))).toHaveProperty("quantifier");
    expect(isSkillName(candidate("其它报表工具"))).toBe(false);
    expect(isSkillName(candidate("common design patterns"))).toBe(false);
    expect(skillEvidence(candidate("Commonwealth Bank"))).not.toHaveProperty("quantifier");
  });

  it("a number of years inside it is an experience clause", () => {
    expect(isSkillName(candidate("5 年以上后端"))).toBe(false);
    expect(isSkillName(candidate("2年嵌入式"))).toBe(false);
  });

  it("a Chinese activity ending loses unless the stem is a Latin name", () => {
    expect(skillEvidence(candidate("推荐系统架构开发"))).toHaveProperty("activityEnd");
    expect(skillEvidence(candidate("查询性能优化"))).toHaveProperty("activityEnd");
    expect(skillEvidence(candidate("需求文档以外的业务数据"))).toHaveProperty("activityEnd");
    expect(skillEvidence(candidate("STM32开发"))).not.toHaveProperty("activityEnd");
    expect(isSkillName(candidate("查询性能优化"))).toBe(false);
  });

  it("a name followed by a colon and a value labels it", () => {
    expect(skillEvidence(candidate("JD", "latin", "jd:2人 base:上海"))).toHaveProperty("label");
    expect(skillEvidence(candidate("Base", "latin", "jd:2人 base:上海"))).toHaveProperty("label");
    expect(skillEvidence(candidate("SAP", "latin", "熟悉sap:pp模块"))).toHaveProperty("label");
    expect(skillEvidence(candidate("SAP", "latin", "熟悉sap和excel"))).not.toHaveProperty("label");
  });

  it("a bare field acronym in Chinese prose or a clause of years is no tool; after a cue it may be", () => {
    expect(isSkillName(candidate("KPI", "latin", "本月kpi还没定"))).toBe(false);
    expect(isSkillName(candidate("AI", "yearsTool", "5年以上ai算法经验"))).toBe(false);
    expect(skillEvidence(candidate("AI", "cue", "熟练使用ps、ai"))).not.toHaveProperty("genericAcronym");
    expect(isSkillName(candidate("AI", "cue", "熟练使用ps、ai"))).toBe(true);
  });
});

describe("skillEvidence: places and fields are never skills", () => {
  it.each(["新加坡", "深圳市", "东南亚", "Singapore"])("%s is a place", (name) => {
    expect(skillEvidence(candidate(name))).toMatchObject({ place: expect.any(Number) });
    expect(isSkillName(candidate(name))).toBe(false);
  });

  it.each(["区域华文出版生态", "医药行业", "新能源领域"])("%s is a field of work", (name) => {
    expect(isSkillName(candidate(name))).toBe(false);
  });

  it("a name holding a place's name is not one", () => {
    expect(skillEvidence(candidate("新加坡会计准则"))).not.toHaveProperty("place");
  });
});
