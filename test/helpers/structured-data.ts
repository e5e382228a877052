import { readFileSync } from "node:fs";
import Validator, { type StructuredDataIssue } from "@adobe/structured-data-validator";
import WebAutoExtractor from "@marbec/web-auto-extractor";

// The schema.org vocabulary, vendored (see test/fixtures/schemaorg/build-vocabulary.ts): the check runs offline.
const vocabulary = JSON.parse(readFileSync(new URL("../fixtures/schemaorg/vocabulary.jsonld", import.meta.url), "utf8"));
const validator = new Validator(vocabulary);

/** The structured data of a page, as a crawler extracts it. */
export function extractStructuredData(html: string) {
  return new WebAutoExtractor({ addLocation: true, embedSource: ["rdfa", "microdata"] }).parse(html);
}

/** Google's rich-result rules (JobPosting: required and recommended fields) and schema.org's vocabulary, applied to a page. */
export async function validateStructuredData(html: string): Promise<StructuredDataIssue[]> {
  return validator.validate(extractStructuredData(html));
}

export const jsonLdPage = (ld: unknown) =>
  `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(ld).replace(/</g, "\\u003c")}</script></head><body></body></html>`;
