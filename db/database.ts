import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { CandidateProfile, MatchResult } from "../server/matching/match.schema.js";
import type { Weights } from "../server/matching/weights.js";
import type { ComplianceFlag, PositionPosting, Requirements } from "../server/positions/position.schema.js";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface OrganizationTable {
  id: Generated<string>;
  slug: string;
  name: string;
  created_at: Generated<Date>;
}

export interface ApiKeyTable {
  id: Generated<string>;
  organization_id: string;
  lookup: string;
  secret_hash: string;
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

export interface DocumentTable {
  id: Generated<string>;
  organization_id: string;
  filename: string | null;
  format: string;
  encoding: string;
  text: string;
  sha256: string;
  warnings: Json<string[]>;
  created_at: Generated<Date>;
}

export interface PositionTable {
  id: Generated<string>;
  organization_id: string;
  document_id: string | null;
  title: string;
  department: string | null;
  reports_to: string | null;
  subordinates: Json<string[]>;
  summary: string | null;
  responsibilities: Json<string[]>;
  requirements: Json<Requirements>;
  compliance: Json<ComplianceFlag[]>;
  language: string;
  source_text: string;
  posting: ColumnType<PositionPosting | null, string | undefined, string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export type Salary = { min: number; max: number; currency: string; period: "hour" | "day" | "month" | "year" };
export type VacancyStatus = "draft" | "published" | "closed";

export interface VacancyTable {
  id: Generated<string>;
  organization_id: string;
  position_id: string;
  slug: string;
  status: VacancyStatus;
  location: string | null;
  employment_type: string | null;
  workplace_type: string | null;
  salary: Json<Salary | null>;
  /** Months of pay a year of a monthly salary (·13薪); null when unstated. */
  salary_months: number | null;
  headcount: number | null;
  closes_at: Date | null;
  published_at: Date | null;
  closed_at: Date | null;
  weights: Json<Partial<Weights> | null>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  aggregate_id: string;
  aggregate_version: Generated<number>;
  payload: Json<Record<string, unknown>>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  dead_at: Date | null;
  created_at: Generated<Date>;
  /** When the current claim lapses; null when no worker holds the row. */
  locked_until: Generated<Date | null>;
  lease: Generated<string | null>;
}

export type ApplicationStage = "applied" | "screening" | "interview" | "offer" | "hired" | "rejected";
export type ConsentPurpose = "profile" | "application" | "talent_pool";

export interface CandidateTable {
  id: Generated<string>;
  token_lookup: string;
  token_hash: string;
  email: string;
  profile: Json<CandidateProfile>;
  discoverable: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface ConsentTable {
  id: Generated<string>;
  candidate_id: string;
  purpose: ConsentPurpose;
  vacancy_id: string | null;
  notice_version: string;
  granted_at: Date;
  withdrawn_at: Date | null;
}

export interface ApplicationTable {
  id: Generated<string>;
  organization_id: string;
  vacancy_id: string;
  candidate_id: string;
  stage: ApplicationStage;
  score: number;
  qualified: boolean;
  match: Json<MatchResult>;
  scored_at: Date;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** Applications per (vacancy, stage, qualified), kept by triggers on applications (migration 050). */
export interface ApplicationCountTable {
  vacancy_id: string;
  stage: ApplicationStage;
  qualified: boolean;
  n: string;
}

export interface ApplicationEventTable {
  id: Generated<number>;
  application_id: string;
  from_stage: ApplicationStage | null;
  to_stage: ApplicationStage;
  actor: string;
  created_at: Date;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  fingerprint: string;
  candidate_id: string | null;
  /** Whether the remembered request created the application (else it found the existing one); null while it runs. */
  created: boolean | null;
  response: string | null;
  created_at: Date;
}

export interface RateLimitHitTable {
  key: string;
  window_start: Date;
  hits: number;
}

export interface ResumeFileTable {
  id: Generated<string>;
  candidate_id: string;
  filename: string | null;
  content_type: string;
  size: number;
  sha256: string;
  bytes: Buffer;
  created_at: Date;
}

export interface Database {
  organizations: OrganizationTable;
  api_keys: ApiKeyTable;
  documents: DocumentTable;
  positions: PositionTable;
  vacancies: VacancyTable;
  outbox: OutboxTable;
  rate_limit_hits: RateLimitHitTable;
  candidates: CandidateTable;
  consents: ConsentTable;
  applications: ApplicationTable;
  application_events: ApplicationEventTable;
  application_counts: ApplicationCountTable;
  idempotency_keys: IdempotencyKeyTable;
  resume_files: ResumeFileTable;
}

export type OrganizationRow = Selectable<OrganizationTable>;
export type NewOrganization = Insertable<OrganizationTable>;
export type PositionRow = Selectable<PositionTable>;
export type NewPosition = Insertable<PositionTable>;
export type PositionUpdate = Updateable<PositionTable>;
export type DocumentRow = Selectable<DocumentTable>;
export type VacancyRow = Selectable<VacancyTable>;
export type NewVacancy = Insertable<VacancyTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type CandidateRow = Selectable<CandidateTable>;
export type ConsentRow = Selectable<ConsentTable>;
export type ApplicationRow = Selectable<ApplicationTable>;
export type ApplicationEventRow = Selectable<ApplicationEventTable>;
