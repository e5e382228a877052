import { trainTagger, type TaggerModel } from "../../../../server/documents/line-tagger.js";
import { handLineModel, positionLineClasses, type PositionLineClass } from "../../../../server/positions/data/line-model.js";
import { modelModuleSource, sortedModel } from "../../../helpers/line-model-source.js";
import type { LabelledPositionDocument } from "./labelled.js";

/**
 * How the positions line tagger is trained, once for all: the averaged structured perceptron over the
 * labelled tuning documents, 20 epochs in orders drawn from a fixed seed, starting from the hand-set weights
 * (`handLineModel`) and moving them 0.02 per mistake, so what is learned corrects the priors rather than
 * replacing them. Same labels and features, same model: `npm run train-tagger` writes it, labels.test.ts
 * checks the committed one is what this gives now.
 */
export const training = { epochs: 20, shuffleSeed: 9, rate: 0.02, prior: "hand" as "hand" | "none" };

export function trainPositionTagger(documents: readonly LabelledPositionDocument[]): TaggerModel<PositionLineClass> {
  const prior = training.prior === "hand" ? handLineModel : undefined;
  return sortedModel(trainTagger(positionLineClasses, documents, training.epochs, { prior, shuffleSeed: training.shuffleSeed, rate: training.rate }));
}

/** The model as the TypeScript module the parser imports. */
export function modelSource(model: TaggerModel<PositionLineClass>): string {
  return modelModuleSource(model, {
    header: [
      "// Written by `npm run train-tagger` from the line labels in test/unit/positions/labels/ (see train.ts there).",
      "// Do not edit by hand: change the labels, the features or the priors in line-model.ts, and train again.",
    ],
    imports: ['import type { TaggerModel } from "../../documents/line-tagger.js";', 'import { positionLineClasses, type PositionLineClass } from "./line-model-classes.js";'],
    name: "learnedLineModel",
    type: "PositionLineClass",
    classes: "positionLineClasses",
  });
}
