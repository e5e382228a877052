import { describe, expect, it, vi } from "vitest";
import { asOf, buildCandidate, buildRequirements, preferred, required } from "./factories.js";

// Scoring keeps what it reads of terms, titles and majors between pairs (memos in skills, majors,
// experience and text-key). A pair must score the same whatever was scored before it.
const candidates = [
  buildCandidate({ skills: ["k8s", "熟练使用Excel、Word"], languages: ["CET-6"], education: [{ level: "bachelor", major: "软件工程" }],
    experience: [{ title: "销售经理", startDate: "2019-03", endDate: null, description: "负责客户 服务" }] }),
  buildCandidate({ skills: ["Golang", "初级会计师"], certifications: ["中级会计师"], education: [{ level: "associate", major: "会计学相关专业" }],
    experience: [{ title: "经理助理", startDate: "2015-01", endDate: "2018-12" }, { title: "Head of Sales", startDate: "2018-06", endDate: null }] }),
  buildCandidate({ skills: ["golang开发", "Kubernetes"], experience: [{ title: "Java工程师", startDate: "bad", endDate: null }] }),
];
const roles = [
  buildRequirements({ skills: [...required("Kubernetes", "golang"), ...preferred("办公软件")], languages: required("英语"),
    experience: { minYears: 3, management: true, fields: ["客户服务", "销售"] }, education: { minLevel: "bachelor", majors: ["计算机相关专业"] } }),
  buildRequirements({ certifications: required("中级会计师"), skills: preferred("Go"), education: { minLevel: "master", majors: ["会计学"], majorsRequired: true } }),
];

async function scoreAll(order: "forward" | "backward"): Promise<string[]> {
  vi.resetModules();
  const { scoreMatch } = await import("../../../server/matching/score.js");
  const pairs = candidates.flatMap((c, ci) => roles.map((r, ri) => ({ c, r, key: `${ci}-${ri}` })));
  const ordered = order === "forward" ? pairs : [...pairs].reverse();
  const results = new Map(ordered.map(({ c, r, key }) => [key, JSON.stringify(scoreMatch(c, r, { asOf, locale: key.endsWith("0") ? "zh" : "en" }))]));
  return [...results.keys()].sort().map((key) => results.get(key)!);
}

describe("scoring memos", () => {
  it("give every pair the same result in any scoring order, and on a second pass", async () => {
    const forward = await scoreAll("forward");
    const backward = await scoreAll("backward");
    expect(backward).toEqual(forward);
    const { scoreMatch } = await import("../../../server/matching/score.js");
    expect(JSON.stringify(scoreMatch(candidates[0]!, roles[0]!, { asOf, locale: "zh" }))).toBe(forward[0]);
    expect(forward[0]).toContain("required_matched");
  });
});
