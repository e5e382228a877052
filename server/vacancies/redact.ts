// The index and the public page are open to anyone; contact details a recruiter pasted into a
// description are personal data and stay out of both.
const patterns: RegExp[] = [
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu,
  /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g,
  /(?<!\d)(?:\+?886[-\s]?)?0?9\d{2}[-\s]?\d{3}[-\s]?\d{3}(?!\d)/g,
  /(?<!\d)\(?0\d{2,3}\)?[-\s]?\d{7,8}(?!\d)/g,
  /(?<![\dA-Z])\d{17}[\dXx](?![\dA-Z])/g,
];

/** Removes e-mail addresses, phone numbers and ID-card numbers. */
export function redactPersonalData(text: string): string {
  return patterns.reduce((t, p) => t.replace(p, "[…]"), text);
}
