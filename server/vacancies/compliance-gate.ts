import type { ComplianceFlag } from "../positions/position.schema.js";
import { Unprocessable } from "../errors.js";
import { blockingCategories } from "./vacancy.schema.js";

/**
 * Refuses to publish a position that carries a requirement the law forbids outright; the restricted
 * ones (age, appearance, height) are returned as warnings for the recruiter to reconsider.
 */
export function checkPublishable(flags: ComplianceFlag[]): ComplianceFlag[] {
  const blocking = flags.filter((f) => blockingCategories.has(f.category));
  if (blocking.length > 0) {
    throw new Unprocessable(`the position has requirements that may not be published: ${[...new Set(blocking.map((f) => f.category))].join(", ")}`, {
      errors: blocking.map((f) => ({ path: "position.compliance", message: `${f.category}: ${f.text}` })),
      flags: blocking,
    });
  }
  return flags.filter((f) => !blockingCategories.has(f.category));
}
