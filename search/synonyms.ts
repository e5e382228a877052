import type { Synonyms } from "meilisearch";
import { foldForSearch } from "../server/text/fold.js";
import { equivalentTerms, oneWayTerms } from "./data/synonyms.js";

// Folded by the same function as the indexed fields and the queries they must meet.
const fold = (term: string) => foldForSearch(term).trim();

/** Builds the Meilisearch synonym map from the data table, in the folded script the index and queries use. */
export function buildSynonyms(equivalent = equivalentTerms, oneWay = oneWayTerms): NonNullable<Synonyms> {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string[]) => {
    const set = map.get(from) ?? new Set<string>();
    for (const t of to) if (t !== from) set.add(t);
    map.set(from, set);
  };
  for (const group of equivalent) {
    const folded = [...new Set(group.map(fold))];
    for (const term of folded) add(term, folded);
  }
  for (const [from, to] of oneWay) add(fold(from), to.map(fold));
  return Object.fromEntries([...map].filter(([, to]) => to.size > 0).map(([from, to]) => [from, [...to].sort()]));
}
