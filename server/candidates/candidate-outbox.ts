import { findCandidates } from "../../db/candidate.repository.js";
import { candidateToDocument, writeCandidateDocuments } from "../../search/candidate-index.js";
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
    [CANDIDATE_SYNC]: async (messages) => {
      const ids = messages.map((m) => m.aggregateId);
      const shown = (await findCandidates(deps.db, ids)).filter((row) => row.discoverable);
      const shownIds = new Set(shown.map((row) => row.id));
      await writeCandidateDocuments(deps.meili, deps.config.indexPrefix, {
        upsert: shown.map((row) => candidateToDocument(row.id, row.profile, deps.now())),
        remove: ids.filter((id) => !shownIds.has(id)),
      });
    },
    // Any of the coalesced changes may have touched requirements: a title change then a requirements
    // change, handled together, must still rescore.
    [POSITION_CHANGED]: async (messages) => {
      const positionIds = messages.filter((m) => m.payloads.some((p) => p.requirementsChanged === true)).map((m) => m.aggregateId);
      if (positionIds.length === 0) return;
      const count = await rescoreApplications(deps.db, { positionIds }, deps.now());
      deps.logger.info({ positions: positionIds.length, count }, "applications rescored after a requirements change");
    },
    [VACANCY_WEIGHTS_CHANGED]: async (messages) => {
      const vacancyIds = messages.map((m) => m.aggregateId);
      const count = await rescoreApplications(deps.db, { vacancyIds }, deps.now());
      deps.logger.info({ vacancies: vacancyIds.length, count }, "applications rescored after a weights change");
    },
  };
}
