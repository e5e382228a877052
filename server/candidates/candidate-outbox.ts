import { findCandidate } from "../../db/candidate.repository.js";
import { deleteCandidateDocument, upsertCandidateDocument, candidateToDocument } from "../../search/candidate-index.js";
import type { OutboxHandler } from "../../search/outbox-worker.js";
import { rescoreApplications } from "../applications/rescore.js";
import { POSITION_CHANGED } from "../positions/position.service.js";
import { VACANCY_WEIGHTS_CHANGED } from "../vacancies/vacancy.service.js";
import { CANDIDATE_SYNC, type CandidateDeps } from "./candidate.service.js";

/**
 * Outbox handlers of this module, to merge into the worker's map. Each reads the current database
 * state, so replays and coalesced messages converge on the same result.
 */
export function candidateOutboxHandlers(deps: Pick<CandidateDeps, "db" | "meili" | "config" | "now" | "logger">): Record<string, OutboxHandler> {
  return {
    [CANDIDATE_SYNC]: async (msg) => {
      const row = await findCandidate(deps.db, msg.aggregateId);
      if (row?.discoverable) await upsertCandidateDocument(deps.meili, deps.config.indexPrefix, candidateToDocument(row.id, row.profile, deps.now()));
      else await deleteCandidateDocument(deps.meili, deps.config.indexPrefix, msg.aggregateId);
    },
    [POSITION_CHANGED]: async (msg) => {
      if (!msg.payloads.some((p) => p.requirementsChanged === true)) return;
      const count = await rescoreApplications(deps.db, { positionId: msg.aggregateId }, deps.now());
      deps.logger.info({ positionId: msg.aggregateId, count }, "applications rescored after a requirements change");
    },
    [VACANCY_WEIGHTS_CHANGED]: async (msg) => {
      const count = await rescoreApplications(deps.db, { vacancyId: msg.aggregateId }, deps.now());
      deps.logger.info({ vacancyId: msg.aggregateId, count }, "applications rescored after a weights change");
    },
  };
}

/**
 * Merges handler maps; two handlers of one topic run one after the other (the vacancy index and the
 * rescoring both follow position.changed). Both must be idempotent, since a failure retries both.
 */
export function mergeOutboxHandlers(...maps: Record<string, OutboxHandler>[]): Record<string, OutboxHandler> {
  const merged: Record<string, OutboxHandler> = {};
  for (const map of maps) {
    for (const [topic, handler] of Object.entries(map)) {
      const before = merged[topic];
      merged[topic] = before ? async (msg) => { await before(msg); await handler(msg); } : handler;
    }
  }
  return merged;
}
