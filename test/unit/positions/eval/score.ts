import type { Position } from "../../../../server/positions/position.schema.js";
import type { CorpusPosition } from "../corpus.expected.js";
import { foldKey } from "../../../../server/text/fold.js";
import { documentMisses, pairPositions, sameName, titleCounts } from "../corpus.score.js";
import type { HeldoutPosition } from "./batch.js";

/** A document as scored: what the parser found and what the reader expects. */
export type ScoredDocument = {
  name: string;
  family: string;
  positions: readonly Position[];
  expected: readonly (Partial<HeldoutPosition> & Pick<CorpusPosition, "title">)[];
};

/** The four figures of issue 9 (and the counts behind them) over a set of documents; null when nothing was counted. */
export type Figures = {
  documents: number;
  positions: number;
  titleRecall: number | null;
  titlePrecision: number | null;
  fields: number | null;
  skillPrecision: number | null;
  skillRecall: number | null;
  counts: { titlesMatched: number; titlesFound: number; fieldsScored: number; fieldsMissed: number; skillsFound: number; skillsRight: number; skillsListed: number; skillsListedFound: number };
};

/**
 * Skill precision of one document. Only positions the parser found and whose reading states `skills` count.
 * A skill the parser names is right when it IS, after folding script, width, case and spaces, a name the
 * reader listed or put in `acceptSkills`. Anything else is wrong: a phrase holding a name ("SQL skills",
 * 具良好溝通能力), a duty fragment, a label, a word the reader would not accept. (The field score is laxer:
 * there a listed skill is found when either name holds the other.) Skill recall is the share of listed
 * skills found by that laxer match.
 */
export function skillCounts(positions: readonly Position[], expected: ScoredDocument["expected"]): { found: number; right: number; listed: number; listedFound: number } {
  const out = { found: 0, right: 0, listed: 0, listedFound: 0 };
  for (const { expected: e, found } of pairPositions(positions, expected)) {
    if (!found || e.skills === undefined) continue;
    const accepted = acceptedSkills(e);
    for (const skill of found.requirements.skills) {
      out.found++;
      if (accepted.has(foldKey(skill.name))) out.right++;
    }
    out.listed += e.skills.length;
    out.listedFound += e.skills.filter((s) => found.requirements.skills.some((f) => sameName(f.name, s.name))).length;
  }
  return out;
}

const acceptedSkills = (e: Partial<HeldoutPosition>) => new Set([...(e.skills ?? []).map((s) => s.name), ...(e.acceptSkills ?? [])].map(foldKey));

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

export function figures(documents: readonly ScoredDocument[]): Figures {
  const counts = { titlesMatched: 0, titlesFound: 0, fieldsScored: 0, fieldsMissed: 0, skillsFound: 0, skillsRight: 0, skillsListed: 0, skillsListedFound: 0 };
  let positions = 0;
  for (const d of documents) {
    const titles = titleCounts(d.positions.map((p) => p.title), d.expected);
    const fields = documentMisses(d.positions, d.expected);
    const skills = skillCounts(d.positions, d.expected);
    positions += titles.expected;
    counts.titlesMatched += titles.matched;
    counts.titlesFound += titles.found;
    counts.fieldsScored += fields.total;
    counts.fieldsMissed += fields.misses.length;
    counts.skillsFound += skills.found;
    counts.skillsRight += skills.right;
    counts.skillsListed += skills.listed;
    counts.skillsListedFound += skills.listedFound;
  }
  return {
    documents: documents.length,
    positions,
    titleRecall: ratio(counts.titlesMatched, positions),
    titlePrecision: ratio(counts.titlesMatched, counts.titlesFound),
    fields: ratio(counts.fieldsScored - counts.fieldsMissed, counts.fieldsScored),
    skillPrecision: ratio(counts.skillsRight, counts.skillsFound),
    skillRecall: ratio(counts.skillsListedFound, counts.skillsListed),
    counts,
  };
}

/** What went wrong in one document, for the readable report: titles missed and extra, field misses, skills not accepted. */
export function documentErrors(d: ScoredDocument): { missedTitles: string[]; extraTitles: string[]; fieldMisses: string[]; wrongSkills: string[] } {
  const pairs = pairPositions(d.positions, d.expected);
  const paired = new Set(pairs.map((p) => p.found).filter((p) => p !== null));
  const wrongSkills = pairs.flatMap(({ expected: e, found }) => {
    if (!found || e.skills === undefined) return [];
    const accepted = acceptedSkills(e);
    return found.requirements.skills.filter((s) => !accepted.has(foldKey(s.name))).map((s) => `${found.title}: ${s.name}`);
  });
  return {
    missedTitles: pairs.filter((p) => p.found === null).map((p) => p.expected.title),
    extraTitles: d.positions.filter((p) => !paired.has(p)).map((p) => p.title),
    fieldMisses: documentMisses(d.positions, d.expected).misses,
    wrongSkills,
  };
}
