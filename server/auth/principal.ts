export type Principal =
  | { kind: "admin" }
  | { kind: "recruiter"; organizationId: string; organizationSlug: string }
  | { kind: "candidate"; candidateId: string };
