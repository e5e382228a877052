import { describe, expect, it } from "vitest";
import { bestClass, scoreLine, tagLines, trainTagger, type Features, type TaggerModel } from "../../../server/documents/line-tagger.js";

type C = "heading" | "item" | "other";
const model: TaggerModel<C> = {
  classes: ["other", "heading", "item"],
  weights: {
    heading: { "end:colon": 2, "len:short": 1 },
    item: { "num:arabic": 3, "prev:end:colon": 0.5 },
    other: { bias: 0.5 },
  },
  transitions: { heading: { heading: -2 }, item: { item: 0.5 } },
};

describe("scoreLine", () => {
  it("sums weights of the features present, times their value", () => {
    expect(scoreLine(model, { "end:colon": 1, "len:short": 1 })).toEqual({ other: 0, heading: 3, item: 0 });
    expect(scoreLine(model, { bias: 2 })).toEqual({ other: 1, heading: 0, item: 0 });
  });

  it("scores 0 for features no class knows", () => {
    expect(scoreLine(model, { unknown: 1 })).toEqual({ other: 0, heading: 0, item: 0 });
  });
});

describe("bestClass", () => {
  it("picks the highest score and breaks ties by class order", () => {
    expect(bestClass(model, { other: 0, heading: 2, item: 1 })).toBe("heading");
    expect(bestClass(model, { other: 1, heading: 1, item: 1 })).toBe("other");
  });
});

describe("tagLines", () => {
  it("tags a heading then its numbered items", () => {
    const lines: Features[] = [{ "end:colon": 1, "len:short": 1, bias: 1 }, { "num:arabic": 1, "prev:end:colon": 1, bias: 1 }, { "num:arabic": 1, bias: 1 }];
    expect(tagLines(model, lines).classes).toEqual(["heading", "item", "item"]);
  });

  it("returns each line's scores alongside the sequence", () => {
    const tagged = tagLines(model, [{ "num:arabic": 1 }]);
    expect(tagged.scores).toEqual([{ other: 0, heading: 0, item: 3 }]);
  });

  it("keeps a doubtful line inside a run when the transition says so", () => {
    const sticky: TaggerModel<C> = { ...model, transitions: { item: { item: 2, other: -2 }, other: { item: -2 } } };
    const lines: Features[] = [{ "num:arabic": 1 }, { bias: 1 }, { "num:arabic": 1 }];
    expect(tagLines({ ...model, transitions: {} }, lines).classes).toEqual(["item", "other", "item"]);
    expect(tagLines(sticky, lines).classes).toEqual(["item", "item", "item"]);
  });
});

describe("trainTagger", () => {
  const heading: Features = { "end:colon": 1, bias: 1 };
  const item: Features = { "num:arabic": 1, bias: 1 };
  const prose: Features = { "len:long": 1, bias: 1 };
  const docs = [
    { lines: [heading, item, item, prose], labels: ["heading", "item", "item", "other"] as C[] },
    { lines: [prose, heading, item], labels: ["other", "heading", "item"] as C[] },
  ];

  it("learns weights that reproduce the labelled sequences", () => {
    const learned = trainTagger<C>(["other", "heading", "item"], docs, 5);
    for (const d of docs) expect(tagLines(learned, d.lines).classes).toEqual(d.labels);
  });

  it("generalizes to an unseen document of the same kinds of line", () => {
    const learned = trainTagger<C>(["other", "heading", "item"], docs, 5);
    expect(tagLines(learned, [prose, heading, item, item]).classes).toEqual(["other", "heading", "item", "item"]);
  });

  it("learns transitions: an unmarked line after items is still an item when the labels say so", () => {
    const plain: Features = { bias: 1 };
    const runs = [{ lines: [heading, item, plain, plain], labels: ["heading", "item", "item", "item"] as C[] }];
    const learned = trainTagger<C>(["other", "heading", "item"], runs, 10);
    expect(tagLines(learned, [heading, item, plain]).classes).toEqual(["heading", "item", "item"]);
    expect(learned.transitions?.item?.item ?? 0).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    expect(trainTagger<C>(["other", "heading", "item"], docs, 3)).toEqual(trainTagger<C>(["other", "heading", "item"], docs, 3));
  });

  it("draws the same document orders from the same shuffle seed, and different ones from another", () => {
    const many = [...docs, ...docs.map((d) => ({ ...d, lines: [...d.lines].reverse(), labels: [...d.labels].reverse() }))];
    const train = (seed: number) => trainTagger<C>(["other", "heading", "item"], many, 3, { shuffleSeed: seed });
    expect(train(1)).toEqual(train(1));
    expect([2, 3, 4, 5].some((seed) => JSON.stringify(train(seed)) !== JSON.stringify(train(1)))).toBe(true);
  });

  it("starts from a prior: weights it never had to correct stay as they were", () => {
    const prior = { classes: ["other", "heading", "item"] as const, weights: { heading: { "end:colon": 5, "layout:bold": 2 }, item: { "num:arabic": 5 } } };
    const learned = trainTagger<C>(["other", "heading", "item"], docs, 5, { prior });
    expect(learned.weights.heading?.["layout:bold"]).toBe(2);
    for (const d of docs) expect(tagLines(learned, d.lines).classes).toEqual(d.labels);
  });

  it("moves weights by the rate per mistake", () => {
    const one = [{ lines: [heading], labels: ["heading"] as C[] }];
    const whole = trainTagger<C>(["other", "heading", "item"], one, 1);
    const tenth = trainTagger<C>(["other", "heading", "item"], one, 1, { rate: 0.1 });
    expect(tenth.weights.heading?.["end:colon"]).toBeCloseTo((whole.weights.heading?.["end:colon"] ?? 0) / 10);
  });
});
