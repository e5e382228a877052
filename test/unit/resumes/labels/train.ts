import { trainTagger, type TaggerModel } from "../../../../server/documents/index.js";
import { resumeLineClasses, resumeLineModel, type ResumeLineClass } from "../../../../server/resumes/data/line-model.js";
import { modelModuleSource, sortedModel } from "../../../helpers/line-model-source.js";
import type { LabelledResumeDocument } from "./labelled.js";

/**
 * How the resume line tagger is trained, once for all: the shared averaged structured perceptron
 * (server/documents trainTagger) over the labelled tuning resumes, in orders drawn from a fixed seed,
 * starting from the hand-set weights (`resumeLineModel`), so what is learned corrects the priors. Same
 * labels and features, same model: `npm run train-tagger` writes it; labels.test.ts checks the committed
 * one is what this gives now.
 */
export const training = { epochs: 20, shuffleSeed: 9, rate: 0.1 };

export function trainResumeTagger(documents: readonly LabelledResumeDocument[]): TaggerModel<ResumeLineClass> {
  return sortedModel(trainTagger(resumeLineClasses, documents, training.epochs, { prior: resumeLineModel, shuffleSeed: training.shuffleSeed, rate: training.rate }));
}

export const modelFile = new URL("../../../../server/resumes/data/line-model.learned.ts", import.meta.url);

/** The model as the module the reader can import. */
export function modelSource(model: TaggerModel<ResumeLineClass>): string {
  return modelModuleSource(model, {
    header: [
      "// Written by `npm run train-tagger` from the resume line labels in test/unit/resumes/labels/ (see train.ts there).",
      "// Do not edit by hand: change the labels, the features or the hand-set priors in line-model.ts, and train again.",
    ],
    imports: ['import type { TaggerModel } from "../../documents/index.js";', 'import { resumeLineClasses, type ResumeLineClass } from "./line-model.js";'],
    name: "learnedResumeLineModel",
    type: "ResumeLineClass",
    classes: "resumeLineClasses",
  });
}
