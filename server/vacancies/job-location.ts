import { toSimplified } from "../text/fold.js";
import { countryByPlace, homeCountry, remoteWords } from "./data/job-locations.js";
import { escapeRegExp } from "../text/regex.js";

// Latin names match as whole words ("uk" is not in "ukraine"); Han names anywhere in the text.
const asPattern = (word: string) => new RegExp(/^[a-z ]+$/.test(word) ? `\\b${escapeRegExp(word)}\\b` : escapeRegExp(word));
const remotePatterns = remoteWords.map(asPattern);
const countryPatterns = countryByPlace.map(([place, country]) => [asPattern(place), country] as const);

export type JobPlace = { remote: boolean; country: string };

/** The country and remoteness a location text implies; no location means the board's home country, on site. */
export function placeOf(location: string | null): JobPlace {
  const text = toSimplified(location ?? "").toLowerCase();
  return {
    remote: remotePatterns.some((p) => p.test(text)),
    country: countryPatterns.find(([p]) => p.test(text))?.[1] ?? homeCountry,
  };
}
