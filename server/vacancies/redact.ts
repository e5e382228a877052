// The index and the public page are open to anyone; contact details a recruiter pasted into a
// description are personal data and stay out of both.
const patterns: RegExp[] = [
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu,
  /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/g,
  /(?<!\d)(?:\+?886[-\s]?)?0?9\d{2}[-\s]?\d{3}[-\s]?\d{3}(?!\d)/g,
  /(?<!\d)\(?0\d{2,3}\)?[-\s]?\d{7,8}(?!\d)/g,
  /(?<![\dA-Z])\d{17}[\dXx](?![\dA-Z])/g,
];

// A name after a contact label: the label stays so the sentence still reads.
const contactName = /(联系人|聯絡人|聯繫人|联络人|聯系人|contact(?: person)?)(\s*[:：]?\s*)[\p{Script=Han}·]{2,4}(?:先生|女士|小姐|经理|經理)?/giu;

/** Removes e-mail addresses, phone numbers, ID-card numbers and named contacts. */
export function redactPersonalData(text: string): string {
  return patterns.reduce((t, p) => t.replace(p, "[…]"), text).replace(contactName, "$1$2[…]");
}
