import type { CorpusPosition } from "../corpus.expected.js";

/**
 * A held-out position: the corpus reading, plus `acceptSkills`, names the reader would also accept as
 * skills (tools or abilities the text names but the reader would not insist on). Skill precision counts a
 * found skill right when it names a listed skill or one of these; see heldout/README.md.
 */
export type HeldoutPosition = CorpusPosition & { acceptSkills?: string[] };

/** One held-out document: its layout family (never one of the tuning families) and its reading. */
export type HeldoutDocument = { family: string; positions: HeldoutPosition[] };

/**
 * A blind batch: documents in layouts the parser was not tuned on, their readings written before the
 * parser was run on them. `written` is when the expectations were committed.
 */
export type HeldoutBatch = { id: string; written: string; documents: Record<string, HeldoutDocument> };

export const req = (...names: string[]) => names.map((name) => ({ name, required: true }));
export const pref = (...names: string[]) => names.map((name) => ({ name, required: false }));
export const none = { languages: [], certifications: [] };
