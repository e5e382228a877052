import type { ApplicationStage } from "../../db/database.js";

export const applicationStages = ["applied", "screening", "interview", "offer", "hired", "rejected"] as const satisfies readonly ApplicationStage[];

const pipeline: readonly ApplicationStage[] = ["applied", "screening", "interview", "offer", "hired"];

/**
 * Applications move forward through the pipeline (skipping a step is allowed: not every role has a
 * screening call) or to rejected from any open stage. Hired and rejected are final; moving back is
 * not allowed, so the event history reads as what happened, never as an edit.
 */
export function canMove(from: ApplicationStage, to: ApplicationStage): boolean {
  if (from === "hired" || from === "rejected") return false;
  if (to === "rejected") return true;
  return pipeline.indexOf(to) > pipeline.indexOf(from);
}
