import { z } from "zod";
import { criteria, criterionNames, type CriterionName } from "./criteria.js";

/** A weight per criterion; stored per vacancy (null = the defaults) and normalized before scoring. */
export type Weights = Record<CriterionName, number>;

/** The criteria that count by default and their shares (0.3 / 0.3 / 0.4); the others count only when weighted. */
export const DEFAULT_WEIGHTS: Readonly<Partial<Weights>> = Object.freeze(
  Object.fromEntries(criteria.filter((entry) => entry.weight > 0).map((entry) => [entry.name, entry.weight])),
);

/** The weights with overrides applied, scaled to sum to 1; negative or non-finite overrides are ignored. */
export function normalizeWeights(overrides: Partial<Weights> = {}): Weights {
  const picked = criteria.map((entry) => {
    const value = overrides[entry.name];
    return [entry.name, value !== undefined && Number.isFinite(value) && value >= 0 ? value : entry.weight] as const;
  });
  const sum = picked.reduce((total, [, value]) => total + value, 0);
  if (sum === 0) return normalizeWeights();
  return Object.fromEntries(picked.map(([name, value]) => [name, value / sum])) as Weights;
}

/** Whether two weight overrides score alike (equal after normalizing; null = the defaults). */
export function sameWeights(a: Partial<Weights> | null, b: Partial<Weights> | null): boolean {
  const [left, right] = [normalizeWeights(a ?? {}), normalizeWeights(b ?? {})];
  return criteria.every((entry) => Math.abs(left[entry.name] - right[entry.name]) < 1e-12);
}

/**
 * Per-vacancy weights as a recruiter sends them: relative numbers (they are normalized), any subset of
 * the criteria. Unknown names pass this schema and are refused by `weightErrors` with a 422 naming them,
 * since the body is well-formed but means nothing to the scorer.
 */
export const WeightsInput = z
  .object(Object.fromEntries(criterionNames.map((name) => [name, z.number().min(0).max(1000).optional()])) as Record<CriterionName, z.ZodOptional<z.ZodNumber>>)
  .catchall(z.number())
  .meta({ id: "Weights", description: `Relative weight per criterion (${criterionNames.join(", ")}); omitted ones keep their default, null resets all` });

/** Why the weights cannot be used, as field errors under `path`; empty when they can. */
export function weightErrors(weights: Record<string, number>, path = "weights"): { path: string; message: string }[] {
  const known = new Set<string>(criterionNames);
  const errors = Object.keys(weights)
    .filter((name) => !known.has(name))
    .map((name) => ({ path: `${path}.${name}`, message: `unknown criterion; known: ${criterionNames.join(", ")}` }));
  // All zero would silently fall back to the defaults in normalizeWeights; say so instead.
  if (errors.length === 0 && criteria.every((entry) => (weights[entry.name] ?? entry.weight) === 0)) {
    errors.push({ path, message: "at least one criterion must have a positive weight" });
  }
  return errors;
}
