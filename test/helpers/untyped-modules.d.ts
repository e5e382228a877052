// The two libraries ship JavaScript without type declarations; these are the parts the tests use.
declare module "@adobe/structured-data-validator" {
  export type StructuredDataIssue = { issueMessage: string; severity: "ERROR" | "WARNING"; path: unknown[]; fieldNames?: string[] };
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(extracted: unknown): Promise<StructuredDataIssue[]>;
  }
}
declare module "@marbec/web-auto-extractor" {
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: string[] });
    parse(html: string): { jsonld: Record<string, unknown[]>; microdata: unknown; rdfa: unknown };
  }
}
