/**
 * The positions line tagger's classes. A heading class per section kind lets the sequence carry "which
 * section am I in" forward. Kept apart from the weights so the generated model (line-model.learned.ts) and
 * the hand-set one (line-model.ts) share it without importing each other.
 */
export const positionLineClasses = [
  "text", "title", "label",
  "heading:duty", "heading:requirement", "heading:benefits", "heading:company", "heading:contact", "heading:other",
  "duty", "requirement", "tags", "benefits", "company", "contact", "furniture",
] as const;
export type PositionLineClass = (typeof positionLineClasses)[number];
