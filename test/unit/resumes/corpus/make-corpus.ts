import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import iconv from "iconv-lite";
import { buildDocx, documentXml } from "../../../fixtures/documents/build-docx.js";
import { docxSources } from "./docx-sources.js";
import { pdfSources } from "./pdf-sources.js";

/**
 * Writes the corpus documents that are not plain UTF-8: each `<name>.src.txt` (readable UTF-8) is
 * encoded as its target name says (`.gbk.txt`, `.big5.txt`, `.big5hkscs.txt`, `.gb18030.txt`, `.utf16le.txt` with BOM, `.utf8bom.txt`),
 * and the .docx files are built from docx-sources.ts. Run: `npx tsx test/unit/resumes/corpus/make-corpus.ts`.
 */
const here = new URL("./", import.meta.url);
const encoders: Record<string, (text: string) => Buffer> = {
  gbk: (t) => iconv.encode(t, "gbk"),
  big5: (t) => iconv.encode(t, "big5"),
  big5hkscs: (t) => iconv.encode(t, "big5hkscs"),
  gb18030: (t) => iconv.encode(t, "gb18030"),
  utf16le: (t) => iconv.encode(t, "utf16le", { addBOM: true }),
  utf16be: (t) => iconv.encode(t, "utf16be", { addBOM: true }),
  utf8bom: (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, "utf8")]),
};

for (const batch of readdirSync(here).filter((d) => d.startsWith("batch"))) {
  for (const file of readdirSync(new URL(`${batch}/`, here)).filter((f) => f.endsWith(".src.txt"))) {
    const source = readFileSync(new URL(`${batch}/${file}`, here), "utf8");
    const encoding = Object.keys(encoders).find((e) => file.endsWith(`.${e}.src.txt`));
    if (!encoding) throw new Error(`${file}: name the target encoding, e.g. name.gbk.src.txt`);
    writeFileSync(new URL(`${batch}/${file.replace(".src.txt", ".txt")}`, here), encoders[encoding]!(source));
  }
}
// jszip stamps the time into every entry: only missing .docx files are built, so committed ones stay byte for byte.
for (const [name, body] of Object.entries(docxSources)) {
  if (!existsSync(new URL(name, here))) writeFileSync(new URL(name, here), await buildDocx(documentXml(body)));
}
for (const [name, build] of Object.entries(pdfSources)) writeFileSync(new URL(name, here), build());
