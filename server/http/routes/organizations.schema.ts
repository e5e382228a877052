import { z } from "zod";

export const CreateOrganizationBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  slug: z
    .string()
    .min(2)
    .max(63)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case letters, digits and single hyphens"),
});

export const OrganizationCreated = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), createdAt: z.string(), apiKey: z.string() })
  .meta({ id: "OrganizationCreated" });
