/**
 * A resume's text as lines of cells. A tab separates cells (a .docx table row, a PDF gap), and so
 * does a run of two or more spaces or an ideographic space, as resumes align columns with them.
 */
export type ResumeLine = { text: string; cells: string[]; index: number };

const cellBreak = /\t|\u3000+| {2,}|\s[|｜]\s|^[|｜]\s*|\s*[|｜]$/;

export function toLines(text: string): ResumeLine[] {
  const lines: ResumeLine[] = [];
  for (const raw of text.split("\n")) {
    const text = raw.replace(/\f/g, "").replace(/\s+$/, "");
    const cells = text.split(cellBreak).map((c) => c.trim()).filter((c) => c !== "");
    if (cells.length === 0) continue;
    lines.push({ text: cells.join("\t"), cells, index: lines.length });
  }
  return lines;
}

const han = "\\u3400-\\u9fff\\uf900-\\ufaff";
// Chinese writes columns of a row apart with single spaces ("2017.07-2020.02 郑州中原数据有限公司 网络管理员");
// between Latin words a single space is just a space.
const partBreak = new RegExp(`\\t|\\u3000+| {2,}|\\s*[|｜]\\s*|(?<=[${han}）)]) (?=\\S)|(?<=\\S) (?=[${han}（(])(?<![a-zA-Z] (?=[(（]))`);

/** The parts of one row of text: cells, and single-space-separated Chinese columns. */
export function splitParts(text: string): string[] {
  return text.split(partBreak).map((p) => p.trim()).filter((p) => p !== "");
}
