import { randomBytes } from "node:crypto";
import { pino } from "pino";
import type { OutboxWorker } from "../../search/outbox-worker.js";
import { createSyncWorker } from "../../server/sync-wiring.js";
import type { CandidateProfile } from "../../server/matching/match.schema.js";
import type { Weights } from "../../server/matching/weights.js";
import { emptyRequirements, type Requirements } from "../../server/positions/position.schema.js";
import { bearer, type TestOrganization } from "./factories.js";
import type { TestContext } from "./test-app.js";

/** A valid profile: 本科 computer science, Java and PostgreSQL, five years as a developer. */
export function candidateProfile(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    name: "张三",
    email: `c-${randomBytes(4).toString("hex")}@example.com`,
    phone: "13800000000",
    location: "上海",
    education: [{ level: "bachelor", major: "计算机科学与技术", school: "同济大学", graduationYear: 2018 }],
    experience: [{ title: "Java开发工程师", organization: "某科技公司", startDate: "2018-07", endDate: null }],
    skills: ["Java", "PostgreSQL"],
    languages: ["英语"],
    ...overrides,
  };
}

export function requirements(overrides: Partial<Requirements> = {}): Requirements {
  return { ...emptyRequirements(), ...overrides };
}

/** A Java developer role: 本科, 3 years, Java required, Kubernetes preferred. */
export const javaRole = (): Requirements =>
  requirements({
    education: { minLevel: "bachelor", majors: ["计算机科学与技术"], majorsRequired: false },
    experience: { minYears: 3, maxYears: null, management: false, fields: [] },
    skills: [{ name: "Java", required: true }, { name: "Kubernetes", required: false }],
  });

export async function buildCandidate(ctx: TestContext, overrides: Partial<CandidateProfile> = {}) {
  const profile = candidateProfile(overrides);
  const res = await ctx.request().post("/v1/candidates").send(profile);
  if (res.status !== 201) throw new Error(`buildCandidate: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, token: res.body.token as string, profile };
}

/**
 * A position and a vacancy for it, made through the recruiter API as a user would, weights included.
 */
export async function seedVacancy(
  ctx: TestContext,
  org: TestOrganization,
  opts: { requirements?: Requirements; status?: "draft" | "published" | "closed"; title?: string; weights?: Partial<Weights> } = {},
): Promise<{ id: string; positionId: string }> {
  const position = await ctx.request().post("/v1/positions").set(bearer(org.apiKey)).send({
    title: opts.title ?? "Java开发工程师", department: "技术部", reportsTo: null, subordinates: [], summary: null, responsibilities: [],
    requirements: opts.requirements ?? javaRole(), compliance: [], language: "zh-Hans", sourceText: "",
  });
  if (position.status !== 201) throw new Error(`seedVacancy position: ${position.status} ${JSON.stringify(position.body)}`);
  const status = opts.status ?? "published";
  const vacancy = await ctx.request().post("/v1/vacancies").set(bearer(org.apiKey))
    .send({ positionId: position.body.id, status: status === "draft" ? "draft" : "published", location: "上海", employmentType: "full_time" });
  if (vacancy.status !== 201) throw new Error(`seedVacancy vacancy: ${vacancy.status} ${JSON.stringify(vacancy.body)}`);
  if (status === "closed") {
    const closed = await ctx.request().post(`/v1/vacancies/${vacancy.body.id}/close`).set(bearer(org.apiKey));
    if (closed.status !== 200) throw new Error(`seedVacancy close: ${closed.status} ${JSON.stringify(closed.body)}`);
  }
  if (opts.weights) {
    const weighted = await ctx.request().patch(`/v1/vacancies/${vacancy.body.id}`).set(bearer(org.apiKey)).send({ weights: opts.weights });
    if (weighted.status !== 200) throw new Error(`seedVacancy weights: ${weighted.status} ${JSON.stringify(weighted.body)}`);
  }
  return { id: vacancy.body.id, positionId: position.body.id };
}

/** The outbox worker as production composes it (search sync merged with this module's handlers), for this test's index prefix. */
export function candidateWorker(ctx: TestContext): OutboxWorker {
  const deps = { ...ctx.deps, logger: pino({ level: "silent" }) };
  return createSyncWorker(deps);
}
