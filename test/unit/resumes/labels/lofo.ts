import { tagLines, type TaggerModel } from "../../../../server/documents/index.js";
import { resumeLineModel, type ResumeLineClass } from "../../../../server/resumes/data/line-model.js";
import { readResume } from "../../../../server/resumes/read-resume.js";
import { expectedResumes } from "../corpus.expected.js";
import { scoreReading, tally, type Check } from "../corpus.score.js";
import { decodedLines, type LabelledResumeDocument } from "./labelled.js";
import { trainResumeTagger } from "./train.js";

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

/** Lines whose class the model gets exactly right, over labelled documents. */
export function lineAccuracy(model: TaggerModel<ResumeLineClass>, documents: readonly LabelledResumeDocument[]) {
  let right = 0;
  let lines = 0;
  for (const doc of documents) {
    const tagged = tagLines(model, doc.lines).classes;
    doc.labels.forEach((gold, i) => ((lines += 1), (right += Number(tagged[i] === gold))));
  }
  return { lines, right, accuracy: ratio(right, lines) };
}

/** The reader's field accuracy (corpus.expected.ts) on some documents when it tags with `model`. */
export async function fieldAccuracy(model: TaggerModel<ResumeLineClass>, names: readonly string[]) {
  const checks: Check[] = [];
  for (const name of names) {
    const lines = await decodedLines(name);
    let reading: ReturnType<typeof readResume> | "no_profile";
    try {
      reading = readResume(lines, { model });
    } catch {
      reading = "no_profile";
    }
    checks.push(...scoreReading(expectedResumes[name]!, reading));
  }
  const t = tally(checks);
  return { right: t.right, total: t.total, accuracy: t.accuracy };
}

/**
 * Leave-one-batch-out: for each labelled batch, the tagger trained on the other batches, scored on this one
 * (line classes, and the reader's fields when it tags with that model), beside the hand-set weights. The
 * hand-set weights are flattered: they were set with every batch in view, and the labels were drafted from
 * their tags where the expected reading did not decide.
 */
export async function leaveOneBatchOut(documents: readonly LabelledResumeDocument[]) {
  const batches = [...new Set(documents.map((d) => d.batch))].sort();
  const report: Record<string, { lines: { learned: number | null; hand: number | null; count: number }; fields: { learned: number; hand: number; count: number } }> = {};
  let [learnedRight, handRight, lines, learnedFields, handFields, fields] = [0, 0, 0, 0, 0, 0];
  for (const batch of batches) {
    const test = documents.filter((d) => d.batch === batch);
    const model = trainResumeTagger(documents.filter((d) => d.batch !== batch));
    const [learned, hand] = [lineAccuracy(model, test), lineAccuracy(resumeLineModel, test)];
    const names = test.map((d) => d.name);
    const [learnedReading, handReading] = [await fieldAccuracy(model, names), await fieldAccuracy(resumeLineModel, names)];
    report[batch] = {
      lines: { learned: learned.accuracy, hand: hand.accuracy, count: learned.lines },
      fields: { learned: learnedReading.accuracy, hand: handReading.accuracy, count: learnedReading.total },
    };
    (learnedRight += learned.right), (handRight += hand.right), (lines += learned.lines);
    (learnedFields += learnedReading.right), (handFields += handReading.right), (fields += learnedReading.total);
  }
  return {
    batches: report,
    summary: { lines: { learned: ratio(learnedRight, lines), hand: ratio(handRight, lines), count: lines }, fields: { learned: ratio(learnedFields, fields), hand: ratio(handFields, fields), count: fields } },
  };
}
