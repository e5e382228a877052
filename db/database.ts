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

export interface Database {
  organizations: OrganizationTable;
  api_keys: ApiKeyTable;
  documents: DocumentTable;
  positions: PositionTable;
}

export type OrganizationRow = Selectable<OrganizationTable>;
export type NewOrganization = Insertable<OrganizationTable>;
export type PositionRow = Selectable<PositionTable>;
export type NewPosition = Insertable<PositionTable>;
export type PositionUpdate = Updateable<PositionTable>;
export type DocumentRow = Selectable<DocumentTable>;
