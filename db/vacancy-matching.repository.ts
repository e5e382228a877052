import { sql, type Kysely } from "kysely";
import type { Weights } from "../server/matching/weights.js";
import { educationLevels, type Requirements } from "../server/positions/position.schema.js";
import type { Database, VacancyStatus } from "./database.js";
import { openVacancySql } from "./vacancy-open.js";
import { vacanciesWithPositions } from "./vacancy.repository.js";

/**
 * What applying, ranking and recommending need of a vacancy: its requirements (from the position),
 * weights, and enough of the posting to show it. Reads only; the vacancies module owns the writes.
 */
export type MatchableVacancy = {
  id: string;
  organization_id: string;
  position_id: string;
  slug: string;
  status: VacancyStatus;
  weights: Partial<Weights> | null;
  requirements: Requirements;
  title: string;
  department: string | null;
  location: string | null;
  employment_type: string | null;
  published_at: Date | null;
  org_slug: string;
  org_name: string;
};

function matchable(db: Kysely<Database>) {
  return vacanciesWithPositions(db)
    .select([
      "v.id", "v.organization_id", "v.position_id", "v.slug", "v.status", "v.weights", "p.requirements", "p.title", "p.department",
      "v.location", "v.employment_type", "v.published_at", "o.slug as org_slug", "o.name as org_name",
    ]);
}

const isOpen = (now: Date) => openVacancySql(now, "v");

/** A vacancy of the organization, whatever its status. */
export async function findOrgVacancyForMatching(db: Kysely<Database>, organizationId: string, id: string): Promise<MatchableVacancy | undefined> {
  return matchable(db).where("v.organization_id", "=", organizationId).where("v.id", "=", id).executeTakeFirst();
}

/** A vacancy that takes applications right now: published and not past its closing time. */
export async function findOpenVacancyForMatching(db: Kysely<Database>, id: string, now: Date): Promise<MatchableVacancy | undefined> {
  return matchable(db).where("v.id", "=", id).where(isOpen(now)).executeTakeFirst();
}

// The contract's order of levels, passed as a text[] parameter so SQL ranks levels exactly as code does.
const levelOrder = sql`${[...educationLevels]}::text[]`;

/**
 * Open vacancies a candidate could plausibly fit, newest first: no education minimum, or one at most
 * `levelSlack` levels above `candidateLevelRank` (0-based, -1 for none listed). The reranker decides
 * the order; this only bounds how many vacancies it scores.
 */
export async function openVacanciesForCandidate(
  db: Kysely<Database>,
  opts: { now: Date; candidateLevelRank: number; levelSlack: number; limit: number },
): Promise<MatchableVacancy[]> {
  const maxRank = opts.candidateLevelRank + opts.levelSlack + 1; // array_position is 1-based
  return matchable(db)
    .where(isOpen(opts.now))
    .where(
      sql<boolean>`(p.requirements->'education'->>'minLevel' is null
        or array_position(${levelOrder}, p.requirements->'education'->>'minLevel') <= ${maxRank})`,
    )
    .orderBy("v.published_at", "desc")
    .orderBy("v.id")
    .limit(opts.limit)
    .execute();
}

/** The organization's open vacancies, oldest first (the demo seeds applicants into them). */
export async function openVacanciesOfOrganization(db: Kysely<Database>, organizationId: string, now: Date, limit: number): Promise<MatchableVacancy[]> {
  return matchable(db).where("v.organization_id", "=", organizationId).where(isOpen(now)).orderBy("v.created_at").orderBy("v.id").limit(limit).execute();
}
