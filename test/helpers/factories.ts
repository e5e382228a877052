import { randomBytes } from "node:crypto";
import type { TestContext } from "./test-app.js";

export type TestOrganization = { id: string; slug: string; name: string; apiKey: string };

/** Creates an organization through the admin API; returns it with its recruiter key. */
export async function buildOrganization(ctx: TestContext, overrides: Partial<{ slug: string; name: string }> = {}): Promise<TestOrganization> {
  const slug = overrides.slug ?? `org-${randomBytes(4).toString("hex")}`;
  const res = await ctx
    .request()
    .post("/v1/organizations")
    .set("Authorization", `Bearer ${ctx.adminToken}`)
    .send({ name: overrides.name ?? `Org ${slug}`, slug });
  if (res.status !== 201) throw new Error(`buildOrganization: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as TestOrganization;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
