import type { Db } from "../../db/db.js";
import { applicationsToRescore, updateApplicationScores } from "../../db/application.repository.js";
import { scoreMatch } from "../matching/score.js";
import type { Requirements } from "../positions/position.schema.js";

const batchSize = 500;

export type RescoreScope = { positionIds: string[] } | { vacancyIds: string[] } | { candidateId: string };

/**
 * Recomputes the stored MatchResult of every application of some positions (their requirements changed), of
 * a vacancy (its weights changed) or of a candidate (their profile changed), in id-ordered batches so memory stays flat at any size.
 * Idempotent: it scores the current rows, so running it twice gives the same result.
 */
export async function rescoreApplications(db: Db, of: RescoreScope, now: Date): Promise<number> {
  let afterId: string | null = null;
  let count = 0;
  for (;;) {
    const rows = await applicationsToRescore(db, of, afterId, batchSize);
    // Every row carries its own parsed copy of its position's requirements; scoring a batch's rows
    // (one snapshot) against one copy per position lets scoring read them once (matching/prepared.ts).
    const requirementsOf = new Map<string, Requirements>();
    await updateApplicationScores(
      db,
      rows.map((row) => {
        let requirements = requirementsOf.get(row.positionId);
        if (requirements === undefined) requirementsOf.set(row.positionId, (requirements = row.requirements));
        const match = scoreMatch(row.profile, requirements, { asOf: now, weights: row.weights ?? undefined, locale: "en" });
        return { id: row.id, score: match.score, qualified: match.qualified, match, scoredAt: now };
      }),
    );
    count += rows.length;
    if (rows.length < batchSize) return count;
    afterId = rows[rows.length - 1]!.id;
  }
}
