export type Principal =
  | { kind: "admin" }
  | { kind: "recruiter"; organizationId: string; organizationSlug: string }
  | { kind: "candidate"; candidateId: string };

/** The organization a recruiter route acts for; the route's access rule has already required a recruiter. */
export function orgOf(principal: Principal | undefined): string {
  if (principal?.kind !== "recruiter") throw new Error("recruiter route without a recruiter principal");
  return principal.organizationId;
}
