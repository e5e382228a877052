/** The one HTML escape: text from documents, profiles and queries is always passed through it. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
