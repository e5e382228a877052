import type { ApplicationStage } from "../../db/database.js";
import type { Fit } from "./synthetic-candidates.js";
import type { Random } from "./random.js";

/**
 * Who applies where on a synthetic board of V vacancies, M candidates and K applications. Candidate c
 * is built against vacancy c mod V (its home, where its fit applies) and applies there first; its r-th
 * further application goes to vacancy (c + r) mod V, scored as it comes. Application j belongs to
 * candidate j mod M, so the K applications spread evenly over candidates and vacancies.
 */
export function homeVacancy(candidate: number, vacancies: number): number {
  return candidate % vacancies;
}

export function applicationsOf(candidate: number, sizes: { vacancies: number; candidates: number; applications: number }): number[] {
  const out: number[] = [];
  for (let r = 0; r * sizes.candidates + candidate < sizes.applications; r++) out.push((candidate + r) % sizes.vacancies);
  return out;
}

/**
 * The fits in a fixed, interleaved order that holds `weights` over every run of their total, so each
 * vacancy's applicants (every V-th candidate) see the whole spread, not a lucky streak.
 */
export function fitDeck(weights: Readonly<Record<Fit, number>>): Fit[] {
  const total = Object.values(weights).reduce((s, w) => s + w, 0);
  const deck: Fit[] = [];
  const credit = Object.fromEntries(Object.keys(weights).map((k) => [k, 0])) as Record<Fit, number>;
  // Smooth weighted round robin: each step every fit gains its weight, the richest is dealt and pays the total.
  for (let i = 0; i < total; i++) {
    for (const k of Object.keys(weights) as Fit[]) credit[k] += weights[k];
    const best = (Object.keys(weights) as Fit[]).reduce((a, b) => (credit[b] > credit[a] ? b : a));
    credit[best] -= total;
    deck.push(best);
  }
  return deck;
}

export function fitOf(candidate: number, vacancies: number, deck: readonly Fit[]): Fit {
  return deck[Math.floor(candidate / vacancies) % deck.length]!;
}

const stageWeights: Record<Fit, Readonly<Record<ApplicationStage, number>>> = {
  strong: { applied: 40, screening: 20, interview: 25, offer: 8, hired: 5, rejected: 2 },
  good: { applied: 50, screening: 20, interview: 18, offer: 4, hired: 2, rejected: 6 },
  partial: { applied: 60, screening: 15, interview: 8, offer: 1, hired: 0, rejected: 16 },
  weak: { applied: 65, screening: 5, interview: 2, offer: 0, hired: 0, rejected: 28 },
  unrelated: { applied: 60, screening: 0, interview: 0, offer: 0, hired: 0, rejected: 40 },
};

/** Where a recruiter has got to with an application: better fits have moved further. */
export function stageFor(rng: Random, fit: Fit): ApplicationStage {
  return rng.weighted(stageWeights[fit]);
}
