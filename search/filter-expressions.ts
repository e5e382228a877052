/** A value as a Meilisearch string literal: double-quoted, with backslashes and quotes escaped. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `attribute = "value"`, the value quoted. */
export const equals = (attribute: string, value: string): string => `${attribute} = ${quote(value)}`;

/** `attribute >= n`; only a finite number gets here, so nothing but digits reaches the expression. */
export function atLeast(attribute: string, value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return `${attribute} >= ${value}`;
}
