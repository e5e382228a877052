import { randomBytes } from "node:crypto";
import { pino } from "pino";
import { insertPositions } from "../../db/position.repository.js";
import { createOutboxWorker, type OutboxWorker } from "../../search/outbox-worker.js";
import { candidateOutboxHandlers } from "../../server/candidates/candidate-outbox.js";
import type { CandidateProfile } from "../../server/matching/match.schema.js";
import { positionToRow } from "../../server/positions/position.service.js";
import { emptyRequirements, type Requirements } from "../../server/positions/position.schema.js";
import type { TestOrganization } from "./factories.js";
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
 * A position and a vacancy for it, written through the repositories (the vacancies API is built in
 * parallel; this keeps these tests independent of it). Returns the vacancy and position ids.
 */
export async function seedVacancy(
  ctx: TestContext,
  org: TestOrganization,
  opts: { requirements?: Requirements; status?: "draft" | "published" | "closed"; title?: string; weights?: { education: number; experience: number; skills: number } } = {},
): Promise<{ id: string; positionId: string }> {
  const [position] = await insertPositions(ctx.deps.db, [
    positionToRow(org.id, null, {
      title: opts.title ?? "Java开发工程师", department: "技术部", reportsTo: null, subordinates: [], summary: null, responsibilities: [],
      requirements: opts.requirements ?? javaRole(), compliance: [], language: "zh-Hans", sourceText: "",
    }),
  ]);
  const status = opts.status ?? "published";
  const vacancy = await ctx.deps.db
    .insertInto("vacancies")
    .values({
      organization_id: org.id, position_id: position!.id, slug: `v-${randomBytes(4).toString("hex")}`, status, location: "上海",
      employment_type: "full_time", salary: "null", headcount: 1, closes_at: null, published_at: status === "published" ? new Date() : null,
      closed_at: null, weights: JSON.stringify(opts.weights ?? null), updated_at: new Date(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { id: vacancy.id, positionId: position!.id };
}

/** The outbox worker with this module's handlers, against the test's own index prefix. */
export function candidateWorker(ctx: TestContext): OutboxWorker {
  return createOutboxWorker({ db: ctx.deps.db, logger: pino({ level: "silent" }), handlers: candidateOutboxHandlers(ctx.deps) });
}
