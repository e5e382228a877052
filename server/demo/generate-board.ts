import type { Insertable } from "kysely";
import type { Meilisearch } from "meilisearch";
import type { Logger } from "pino";
import { z } from "zod";
import { insertApplicationEventRows, insertApplicationRows, insertCandidateRows, insertConsentRows, insertVacancyRows } from "../../db/bulk.repository.js";
import type { ConsentTable } from "../../db/database.js";
import type { Db } from "../../db/db.js";
import { insertApiKey } from "../../db/api-key.repository.js";
import { findOrganizationBySlug, insertOrganization } from "../../db/organization.repository.js";
import { insertPositions } from "../../db/position.repository.js";
import { backfillCandidateIndex } from "../../search/candidate-reindex.js";
import { reindexVacancies } from "../../search/reindex.js";
import { generateToken } from "../auth/tokens.js";
import { PRIVACY_NOTICE_VERSION } from "../candidates/consent.js";
import { scoreMatch } from "../matching/score.js";
import type { PositionLanguage, Requirements } from "../positions/position.schema.js";
import { positionToRow } from "../positions/position.service.js";
import { searchTopics } from "../sync-wiring.js";
import { slugify } from "../vacancies/slug.js";
import { roleFamilies } from "./data/role-families.js";
import { applicationsOf, fitDeck, fitOf, homeVacancy, stageFor } from "./board-plan.js";
import { seededRandom } from "./random.js";
import { seedTemplates } from "./seed-templates.js";
import { defaultFitWeights, syntheticCandidate } from "./synthetic-candidates.js";
import { syntheticVacancies } from "./synthetic-positions.js";

export const BoardSize = z
  .strictObject({
    vacancies: z.number().int().min(1).max(1_000_000),
    candidates: z.number().int().min(0).max(1_000_000),
    applications: z.number().int().min(0).max(10_000_000),
    seed: z.number().int().min(0).max(2 ** 32 - 1),
    organizations: z.number().int().min(1).max(1000).optional(),
  })
  .refine((s) => s.applications <= s.candidates * s.vacancies, {
    message: "cannot exceed candidates × vacancies (one application per candidate and vacancy)",
    path: ["applications"],
  });
export type BoardSize = z.infer<typeof BoardSize>;

export type BoardDeps = { db: Db; meili: Meilisearch; indexPrefix: string; logger: Logger; now: () => Date };
export type GeneratedBoard = {
  organizations: { id: string; slug: string; name: string; apiKey: string }[];
  vacancyIds: string[];
  candidates: number;
  applications: number;
  indexed: { vacancies: number; candidates: number };
  ms: { rows: number; index: number };
};

type VacancyMeta = { id: string; requirements: Requirements; family: string; language: PositionLanguage; organizationId: string; publishedAt: Date };

const chunk = 2000;
const DAY = 86_400_000;

/**
 * Fills the database with a synthetic board (postings varied from the seeds, candidates with careers
 * and a spread of fits, their applications scored as the API would), in one transaction of multi-row
 * inserts, then indexes it into Meilisearch with bulk adds. The same seed and sizes build the same
 * content (ids and tokens are random). Organizations are named `board-<seed>-<n>`; a second run with
 * the same seed on the same database is refused rather than mixed in. `index: false` leaves the
 * search indexes alone (a benchmark that reads only the database).
 */
export async function generateBoard(
  deps: BoardDeps, size: BoardSize, progress: (message: string) => void = () => undefined, opts: { index?: boolean } = {},
): Promise<GeneratedBoard> {
  const { vacancies: V, candidates: M, applications: K, seed } = BoardSize.parse(size);
  const asOf = deps.now();
  const rngV = seededRandom(seed);
  const rngC = seededRandom(seed ^ 0x9e3779b9);
  const templates = seedTemplates();
  const orgCount = size.organizations ?? Math.min(50, Math.max(1, Math.ceil(V / 2000)));
  const firstSlug = `board-${seed}-1`;
  if (await findOrganizationBySlug(deps.db, firstSlug)) {
    throw new Error(`this database already holds a board generated with seed ${seed} (organization ${firstSlug}): use another --seed or an empty database`);
  }
  const started = performance.now();
  const deck = fitDeck(defaultFitWeights);
  const board = await deps.db.transaction().execute(async (trx) => {
    const organizations: GeneratedBoard["organizations"] = [];
    const employers = [...new Set(roleFamilies.flatMap((f) => f.employers))];
    for (let n = 1; n <= orgCount; n++) {
      const name = `${employers[(n - 1) % employers.length]}${n > employers.length ? ` ${Math.ceil(n / employers.length)}` : ""}（示例）`;
      const row = await insertOrganization(trx, { name, slug: `board-${seed}-${n}` });
      const key = generateToken("rk");
      await insertApiKey(trx, { organizationId: row.id, lookup: key.lookup, secretHash: key.secretHash });
      organizations.push({ id: row.id, slug: row.slug, name, apiKey: key.token });
    }

    const meta: VacancyMeta[] = [];
    for (let first = 0; first < V; first += chunk) {
      const drafts = syntheticVacancies(rngV, templates, Math.min(chunk, V - first), asOf, first);
      const orgOf = (i: number) => organizations[(first + i) % orgCount]!;
      const positions = await insertPositions(trx, drafts.map((d, i) => positionToRow(orgOf(i).id, null, d.position)));
      const ids = await insertVacancyRows(trx, drafts.map((d, i) => ({
        organization_id: orgOf(i).id, position_id: positions[i]!.id, slug: `${slugify(d.position.title)}-${first + i + 1}`, status: "published" as const,
        location: d.location, employment_type: d.employmentType, workplace_type: d.workplaceType, salary: JSON.stringify(d.salary),
        headcount: d.headcount, closes_at: d.closesAt, published_at: d.publishedAt, weights: "null", created_at: d.publishedAt, updated_at: d.publishedAt,
      })));
      drafts.forEach((d, i) => meta.push({
        id: ids[i]!, requirements: d.position.requirements, family: d.family, language: d.position.language, organizationId: orgOf(i).id, publishedAt: d.publishedAt,
      }));
      progress(`vacancies ${meta.length}/${V}`);
    }

    let applications = 0;
    for (let first = 0; first < M; first += chunk) {
      const people = Array.from({ length: Math.min(chunk, M - first) }, (_, i) => {
        const c = first + i;
        const home = meta[homeVacancy(c, V)]!;
        const fit = fitOf(c, V, deck);
        const profile = syntheticCandidate(rngC, home, fit, asOf, c + 1);
        const at = new Date(home.publishedAt.getTime() + rngC.next() * Math.max(0, asOf.getTime() - home.publishedAt.getTime()));
        return { c, fit, profile, at };
      });
      const ids = await insertCandidateRows(trx, people.map((p) => {
        const token = generateToken("ck");
        return { token_lookup: token.lookup, token_hash: token.secretHash, email: p.profile.email, profile: JSON.stringify(p.profile), discoverable: p.profile.discoverable ?? false, created_at: p.at, updated_at: p.at };
      }));
      const consents: Insertable<ConsentTable>[] = people.flatMap((p, i) => [
        { candidate_id: ids[i]!, purpose: "profile" as const, vacancy_id: null, notice_version: PRIVACY_NOTICE_VERSION, granted_at: p.at, withdrawn_at: null },
        ...(p.profile.discoverable ? [{ candidate_id: ids[i]!, purpose: "talent_pool" as const, vacancy_id: null, notice_version: PRIVACY_NOTICE_VERSION, granted_at: p.at, withdrawn_at: null }] : []),
      ]);
      const rows = people.flatMap((p, i) => applicationsOf(p.c, { vacancies: V, candidates: M, applications: K }).map((v, r) => {
        const vacancy = meta[v]!;
        const match = scoreMatch(p.profile, vacancy.requirements, { asOf, locale: "en" });
        const stage = stageFor(rngC, r === 0 ? p.fit : match.qualified ? "good" : "weak");
        const at = r === 0 ? p.at : new Date(Math.min(asOf.getTime(), p.at.getTime() + r * DAY));
        return { row: {
          organization_id: vacancy.organizationId, vacancy_id: vacancy.id, candidate_id: ids[i]!, stage, score: match.score, qualified: match.qualified,
          match: JSON.stringify(match), scored_at: at, created_at: at, updated_at: at,
        }, at };
      }));
      const applicationIds = await insertApplicationRows(trx, rows.map((r) => r.row));
      for (const r of rows) consents.push({ candidate_id: r.row.candidate_id, purpose: "application", vacancy_id: r.row.vacancy_id, notice_version: PRIVACY_NOTICE_VERSION, granted_at: r.at, withdrawn_at: null });
      await insertConsentRows(trx, consents);
      await insertApplicationEventRows(trx, rows.flatMap((r, i) => [
        { application_id: applicationIds[i]!, from_stage: null, to_stage: "applied" as const, actor: "candidate", created_at: r.at },
        ...(r.row.stage === "applied" ? [] : [{ application_id: applicationIds[i]!, from_stage: "applied" as const, to_stage: r.row.stage, actor: `organization:${r.row.organization_id}`, created_at: r.at }]),
      ]));
      applications += rows.length;
      progress(`candidates ${first + people.length}/${M}, applications ${applications}/${K}`);
    }
    return { organizations, vacancyIds: meta.map((m) => m.id), candidates: M, applications };
  });
  const rowsMs = performance.now() - started;
  if (opts.index === false) return { ...board, indexed: { vacancies: 0, candidates: 0 }, ms: { rows: Math.round(rowsMs), index: 0 } };
  progress("indexing into Meilisearch");
  const search = { db: deps.db, meili: deps.meili, indexPrefix: deps.indexPrefix, now: deps.now, logger: deps.logger, topics: searchTopics };
  const vacancies = (await reindexVacancies(search)).indexed;
  const candidates = await backfillCandidateIndex(search);
  return { ...board, indexed: { vacancies, candidates }, ms: { rows: Math.round(rowsMs), index: Math.round(performance.now() - started - rowsMs) } };
}
