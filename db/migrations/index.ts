import type { Migration } from "kysely";
import * as organizations from "./2026-11-26-001-organizations.js";
import * as positions from "./2026-11-26-002-positions.js";
import * as vacancies from "./2026-11-26-003-vacancies.js";
import * as candidates from "./2026-11-26-004-candidates.js";
import * as vacancyLookups from "./2026-11-26-005-vacancy-lookups.js";
import * as rateLimits from "./2026-11-26-006-rate-limits.js";
import * as idempotencyOutcome from "./2026-12-01-001-idempotency-outcome.js";
import * as resumeFiles from "./2026-12-01-010-resume-files.js";
import * as outboxLeases from "./2026-12-01-020-outbox-leases.js";
import * as vacancyWorkplaceType from "./2026-12-01-030-vacancy-workplace-type.js";
import * as positionPosting from "./2026-12-01-040-position-posting.js";
import * as rankingKeyset from "./2026-12-01-050-ranking-keyset.js";
import * as vacancySalaryMonths from "./2026-12-02-060-vacancy-salary-months.js";

/** Every migration, by name; names sort in the order they must run. Add new ones at the end. */
export const migrations: Record<string, Migration> = {
  "2026-11-26-001-organizations": organizations,
  "2026-11-26-002-positions": positions,
  "2026-11-26-003-vacancies": vacancies,
  "2026-11-26-004-candidates": candidates,
  "2026-11-26-005-vacancy-lookups": vacancyLookups,
  "2026-11-26-006-rate-limits": rateLimits,
  "2026-12-01-001-idempotency-outcome": idempotencyOutcome,
  "2026-12-01-010-resume-files": resumeFiles,
  "2026-12-01-020-outbox-leases": outboxLeases,
  "2026-12-01-030-vacancy-workplace-type": vacancyWorkplaceType,
  "2026-12-01-040-position-posting": positionPosting,
  "2026-12-01-050-ranking-keyset": rankingKeyset,
  "2026-12-02-060-vacancy-salary-months": vacancySalaryMonths,
};
