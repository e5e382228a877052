import { describe, expect, it } from "vitest";
import { bestPath } from "../../../server/documents/viterbi.js";

describe("bestPath", () => {
  it("returns nothing for no steps", () => {
    expect(bestPath([], [])).toEqual([]);
  });

  it("takes each step's best class when transitions are neutral", () => {
    expect(bestPath([[1, 0], [0, 2], [3, 1]], [[0, 0], [0, 0]])).toEqual([0, 1, 0]);
  });

  it("lets a strong transition overrule one weak odd step", () => {
    // Class 0 twice, a step slightly favouring 1, then 0 again: staying in 0 costs less than switching twice.
    const emissions = [[2, 0], [2, 0], [0, 0.5], [2, 0]];
    const sticky = [[1, -1], [-1, 1]];
    expect(bestPath(emissions, sticky)).toEqual([0, 0, 0, 0]);
  });

  it("follows strong evidence against a transition penalty", () => {
    const emissions = [[2, 0], [0, 5], [2, 0]];
    expect(bestPath(emissions, [[1, -1], [-1, 1]])).toEqual([0, 1, 0]);
  });

  it("uses start scores for the first step", () => {
    expect(bestPath([[1, 0]], [[0, 0], [0, 0]], [0, 2])).toEqual([1]);
  });

  it("forbids a transition scored -Infinity", () => {
    const emissions = [[5, 0, 0], [0, 5, 4]];
    const transitions = [[0, -Infinity, 0], [0, 0, 0], [0, 0, 0]];
    expect(bestPath(emissions, transitions)).toEqual([0, 2]);
  });
});
