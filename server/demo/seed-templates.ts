import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePositions } from "../positions/parse.js";
import { seedsDir } from "./demo-data.js";
import type { PositionTemplate } from "./synthetic-positions.js";

/**
 * The seed documents as the parser reads them, for the synthetic board to vary. A position the parser
 * flagged (an age limit, a gender requirement) is left out, so no generated posting repeats it.
 */
export function seedTemplates(dir = seedsDir()): PositionTemplate[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => parsePositions(readFileSync(join(dir, f), "utf8")).positions)
    .filter((p) => p.compliance.length === 0)
    .map(({ title, department, summary, responsibilities, requirements }) => ({ title, department, summary, responsibilities, requirements }));
}
