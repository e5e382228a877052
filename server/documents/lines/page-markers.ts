// How documents number their pages, for every reader: the PDF decoder drops a page number at a page's edge, and the
// position and resume readers drop a page marker wherever a text copy kept one.

/**
 * A page's own number, however it is written: "— 3 —", "- 3 -", "3", "第 3 页", "第 3 页 共 5 页", "第3页/共5页", "共 5 页",
 * "3 / 5", "Page 3", "Page 3 of 5", "p. 3", "Seite 3 von 5", "頁 3". A bare number is one only where a page number
 * stands (a PDF page's edge).
 */
export const pageNumberLine =
  /^[-—–‒―~·•|\s]*(?:(?:page|p\.|pg\.?|seite|página|pagina|頁|页)\s*)?(?:[第共]\s*)?\d{1,3}\s*(?:页|頁)?(?:\s*(?:[\/,，]\s*(?:共\s*)?|(?:of|von|de|共)\s*)\d{1,3}\s*(?:页|頁|pages?)?)?[-—–‒―~·•|\s]*$/i;

// What makes a page number say it is one, away from a page's edge: a word for page, "of" a count, a slash between
// two numbers, or dashes on both sides ("- 3 -").
const saysPage = /page|p\.|pg|seite|página|pagina|頁|页|\d\s*(?:of|von|de|\/)\s*\d|^\s*[-—–‒―~]\s*\d{1,3}\s*[-—–‒―~]\s*$/i;

/** A line that is a page marker anywhere in a text: a page number that says it is one (not a bare "3", a list's count). */
export const pageMarkerLine = { test: (line: string): boolean => pageNumberLine.test(line) && saysPage.test(line) };
