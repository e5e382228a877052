import type { LocatedFlag } from "../positions/compliance.js";
import type { ComplianceFlag } from "../positions/position.schema.js";
import { Unprocessable } from "../errors.js";
import { blockingCategories } from "./vacancy.schema.js";

const isBlocking = (f: ComplianceFlag) => blockingCategories.has(f.category);
const categoriesOf = (flags: ComplianceFlag[]) => [...new Set(flags.map((f) => f.category))].join(", ");

/**
 * Refuses to publish a position that carries a requirement the law forbids outright; the restricted
 * ones (age, appearance, height) are returned as warnings for the recruiter to reconsider.
 */
export function checkPublishable(flags: ComplianceFlag[]): ComplianceFlag[] {
  const blocking = flags.filter(isBlocking);
  if (blocking.length > 0) {
    throw new Unprocessable(`the position has requirements that may not be published: ${categoriesOf(blocking)}`, {
      errors: blocking.map((f) => ({ path: "position.compliance", message: `${f.category}: ${f.text}` })),
      flags: blocking,
    }, "forbidden-requirements");
  }
  return flags.filter((f) => !isBlocking(f));
}

/**
 * Refuses a change to a position whose vacancies are published when the changed text carries a
 * forbidden requirement: it would reach the public board without passing the publishing gate.
 */
export function checkStillPublishable(located: LocatedFlag[]): void {
  const blocking = located.filter((l) => isBlocking(l.flag));
  if (blocking.length === 0) return;
  const flags = blocking.map((l) => l.flag);
  throw new Unprocessable(`the position has published vacancies and the change adds requirements that may not be published: ${categoriesOf(flags)}`, {
    errors: blocking.map((l) => ({ path: l.path, message: `${l.flag.category}: ${l.flag.text}` })),
    flags,
  }, "forbidden-requirements");
}
