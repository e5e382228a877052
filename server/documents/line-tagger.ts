import { bestPath } from "./viterbi.js";

/** Sparse features of one line: name → value (1 for a binary feature). */
export type Features = Readonly<Record<string, number>>;

/**
 * A linear line tagger over a caller's class set: each class has a weight per feature, and a transition
 * score for each pair of classes (from → to). Weights are plain data, hand-set or learned (see
 * `trainTagger`), so a positions tagger and a resume tagger are two models over one piece of code.
 */
export type TaggerModel<C extends string> = {
  classes: readonly C[];
  weights: Readonly<Partial<Record<C, Readonly<Record<string, number>>>>>;
  transitions?: Readonly<Partial<Record<C, Readonly<Partial<Record<C, number>>>>>>;
  start?: Readonly<Partial<Record<C, number>>>;
};

export type Tagged<C extends string> = { classes: C[]; scores: Record<C, number>[] };

/** Every class's score for one line: the dot product of its weights and the line's features. */
export function scoreLine<C extends string>(model: TaggerModel<C>, features: Features): Record<C, number> {
  const scores = {} as Record<C, number>;
  for (const c of model.classes) scores[c] = 0;
  // One pass over the features, no arrays made: this runs for every line of every document.
  for (const name in features) {
    const value = features[name]!;
    for (const c of model.classes) {
      const w = model.weights[c]?.[name];
      if (w !== undefined) scores[c] += w * value;
    }
  }
  return scores;
}

/** The class each line gets alone (highest score; the model's class order breaks ties). */
export function bestClass<C extends string>(model: TaggerModel<C>, scores: Record<C, number>): C {
  return model.classes.reduce((best, c) => (scores[c] > scores[best] ? c : best), model.classes[0]!);
}

function matrix<C extends string>(model: TaggerModel<C>): { transitions: number[][]; start: number[] } {
  const transitions = model.classes.map((a) => model.classes.map((b) => model.transitions?.[a]?.[b] ?? 0));
  return { transitions, start: model.classes.map((c) => model.start?.[c] ?? 0) };
}

/** The best sequence of classes for a document's lines, scored lines plus transitions (Viterbi). */
export function tagLines<C extends string>(model: TaggerModel<C>, lines: readonly Features[]): Tagged<C> {
  const scores = lines.map((f) => scoreLine(model, f));
  const { transitions, start } = matrix(model);
  const path = bestPath(scores.map((s) => model.classes.map((c) => s[c])), transitions, start);
  return { classes: path.map((i) => model.classes[i]!), scores };
}

export type LabelledDocument<C extends string> = { lines: readonly Features[]; labels: readonly C[] };

export type TrainOptions<C extends string> = {
  /** A model to start from (hand-set weights): what is learned is then a correction to it. */
  prior?: TaggerModel<C>;
  /** Visit the documents in a fresh order each epoch, drawn from this seed (same seed, same model). */
  shuffleSeed?: number;
  /** How far one mistake moves a weight (default 1). Below 1 the prior's weights count for more against what is learned. */
  rate?: number;
  /** How far one mistake moves a transition or start score (default `rate`). */
  transitionRate?: number;
};

/**
 * An averaged structured perceptron: decode each document with the current model, and where the best
 * sequence differs from the labels move weights (and transitions) towards the labels. Averaging over
 * every step keeps one late document from swinging the model. Deterministic: documents in given order,
 * or in the order `shuffleSeed` draws.
 */
export function trainTagger<C extends string>(classes: readonly C[], documents: readonly LabelledDocument<C>[], epochs = 10, options: TrainOptions<C> = {}): TaggerModel<C> {
  const weights = new Map<string, number>();
  const totals = new Map<string, number>();
  const stamps = new Map<string, number>();
  // The model decoded with while training, kept in step with `weights` (rebuilding it per document is slow).
  const live = { classes, weights: {} as Record<string, Record<string, number>>, transitions: {} as Record<string, Record<string, number>>, start: {} as Record<string, number> };
  let step = 1;
  const key = (kind: "w" | "t" | "s", a: string, b: string) => `${kind}\u0000${a}\u0000${b}`;
  const set = (kind: "w" | "t" | "s", a: string, b: string, w: number) => {
    weights.set(key(kind, a, b), w);
    if (kind === "w") (live.weights[a] ??= {})[b] = w;
    else if (kind === "t") (live.transitions[a] ??= {})[b] = w;
    else live.start[a] = w;
  };
  const { prior } = options;
  for (const [c, ws] of Object.entries(prior?.weights ?? {})) for (const [f, w] of Object.entries(ws as Record<string, number>)) set("w", c, f, w);
  for (const [a, ts] of Object.entries(prior?.transitions ?? {})) for (const [b, w] of Object.entries(ts as Record<string, number>)) set("t", a, b, w);
  for (const [c, w] of Object.entries(prior?.start ?? {})) set("s", c, "", w as number);
  for (const k of weights.keys()) stamps.set(k, 1);
  const bump = (kind: "w" | "t" | "s", a: string, b: string, by: number) => {
    // Lazy averaging: a weight's running total is brought up to date only when it changes.
    const k = key(kind, a, b);
    const w = weights.get(k) ?? 0;
    totals.set(k, (totals.get(k) ?? 0) + w * (step - (stamps.get(k) ?? step)));
    stamps.set(k, step);
    set(kind, a, b, w + by);
  };
  const rate = options.rate ?? 1;
  const transitionRate = options.transitionRate ?? rate;
  const random = options.shuffleSeed === undefined ? null : seededRandom(options.shuffleSeed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const doc of random ? shuffled(documents, random) : documents) {
      const guess = tagLines(live as TaggerModel<C>, doc.lines).classes;
      doc.labels.forEach((gold, t) => {
        const got = guess[t]!;
        const prevGold = t === 0 ? null : doc.labels[t - 1]!;
        const prevGot = t === 0 ? null : guess[t - 1]!;
        if (got !== gold) {
          for (const [f, v] of Object.entries(doc.lines[t]!)) (bump("w", gold, f, rate * v), bump("w", got, f, -rate * v));
        }
        if (got !== gold || prevGot !== prevGold) {
          if (prevGold === null) (bump("s", gold, "", transitionRate), bump("s", got, "", -transitionRate));
          else (bump("t", prevGold, gold, transitionRate), bump("t", prevGot!, got, -transitionRate));
        }
      });
      step++;
    }
  }
  const averaged = new Map<string, number>();
  for (const [k, w] of weights) averaged.set(k, ((totals.get(k) ?? 0) + w * (step - (stamps.get(k) ?? step))) / (step - 1));
  return build(classes, averaged);
}

/** A small linear congruential generator: the same seed draws the same orders on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function build<C extends string>(classes: readonly C[], table: ReadonlyMap<string, number>): TaggerModel<C> {
  const weights: Partial<Record<string, Record<string, number>>> = {};
  const transitions: Partial<Record<string, Record<string, number>>> = {};
  const start: Partial<Record<string, number>> = {};
  for (const [k, raw] of table) {
    const w = round(raw);
    if (w === 0) continue;
    const [kind, a, b] = k.split("\u0000") as ["w" | "t" | "s", C, string];
    if (kind === "w") (weights[a] ??= {})[b] = w;
    else if (kind === "t") (transitions[a] ??= {})[b] = w;
    else start[a] = w;
  }
  return { classes, weights, transitions, start } as TaggerModel<C>;
}

const round = (w: number) => Math.round(w * 1000) / 1000;
