import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";
import type { ComplianceFlag, Requirements } from "../server/positions/position.schema.js";

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
  salary: Json<Salary | null>;
  headcount: number | null;
  closes_at: Date | null;
  published_at: Date | null;
  closed_at: Date | null;
  weights: Json<{ education: number; experience: number; skills: number } | null>;
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
}

export interface Database {
  organizations: OrganizationTable;
  api_keys: ApiKeyTable;
  documents: DocumentTable;
  positions: PositionTable;
  vacancies: VacancyTable;
  outbox: OutboxTable;
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
