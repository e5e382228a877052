import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { decodeDocument, MAX_DOCUMENT_BYTES } from "../../../server/documents/decode/index.js";
import { buildDocx, documentXml, p } from "../../fixtures/documents/build-docx.js";
import { rejectionOf } from "./reject.js";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));
const validBody = documentXml(p("岗位名称：行政主管") + p("学历要求：大专及以上"));

/** Rewrites the sizes an entry declares in its local header and the central directory. */
function lieAboutSize(zip: Uint8Array, fileName: string, declared: number): Uint8Array {
  const buf = Buffer.from(zip);
  for (let i = 0; i < buf.length - 46; i++) {
    const signature = buf.readUInt32LE(i);
    if (signature === 0x04034b50 && buf.toString("latin1", i + 30, i + 30 + buf.readUInt16LE(i + 26)) === fileName) {
      buf.writeUInt32LE(declared, i + 22);
    }
    if (signature === 0x02014b50 && buf.toString("latin1", i + 46, i + 46 + buf.readUInt16LE(i + 28)) === fileName) {
      buf.writeUInt32LE(declared, i + 24);
    }
  }
  return new Uint8Array(buf);
}

describe("decodeDocument refusing hostile and broken input", () => {
  it("should refuse a .docx that expands past 50 MB before inflating it", async () => {
    const bomb = await buildDocx(validBody, { "word/media/zeros.bin": new Uint8Array(60 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await rejectionOf(decodeDocument(bomb))).toMatchObject({ code: "unprocessable", reason: "zip_bomb" });
  });

  it("should refuse a .docx with an entry compressed more than 100:1", async () => {
    const dense = await buildDocx(validBody, { "word/media/image1.png": new Uint8Array(2 * 1024 * 1024) });
    const error = await rejectionOf(decodeDocument(dense));
    expect(error).toMatchObject({ code: "unprocessable", reason: "zip_bomb" });
    expect(error.message).toMatch(/word\/media\/image1\.png.*100:1/);
  });

  it("should refuse a .docx with more than 2000 entries", async () => {
    const parts = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`customXml/item${i}.xml`, "<a/>"]));
    const error = await rejectionOf(decodeDocument(await buildDocx(validBody, parts)));
    expect(error).toMatchObject({ code: "unprocessable", reason: "zip_bomb" });
    expect(error.message).toContain("entries");
  });

  it("should stop inflating an entry that lies about its size", async () => {
    const honest = await buildDocx(documentXml(p("岗位".repeat(400_000))));
    const lying = lieAboutSize(honest, "word/document.xml", 1000);
    expect(await rejectionOf(decodeDocument(lying))).toMatchObject({ code: "unprocessable", reason: "zip_bomb" });
  });

  it("should refuse a .docx whose document.xml declares a DOCTYPE", async () => {
    const laughs = '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n';
    const docx = await buildDocx(documentXml("<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p>", laughs));
    expect(await rejectionOf(decodeDocument(docx))).toMatchObject({ code: "unprocessable", reason: "doctype" });
  });

  it("should answer 415 for a zip archive that is not a Word document", async () => {
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(await rejectionOf(decodeDocument(bytes))).toMatchObject({ code: "unsupported_media_type", reason: "unsupported_format" });
  });

  it("should refuse a damaged zip as a corrupt .docx", async () => {
    const docx = fixture("admin-manager.docx");
    expect(await rejectionOf(decodeDocument(docx.subarray(0, 600)))).toMatchObject({ code: "unprocessable", reason: "corrupt_docx" });
  });

  it("should refuse malformed XML in document.xml", async () => {
    const docx = await buildDocx('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>');
    expect(await rejectionOf(decodeDocument(docx))).toMatchObject({ code: "unprocessable", reason: "corrupt_docx" });
  });

  it("should refuse a truncated PDF", async () => {
    const pdf = fixture("admin-manager.pdf");
    expect(await rejectionOf(decodeDocument(pdf.subarray(0, 2000)))).toMatchObject({ code: "unprocessable", reason: "corrupt_pdf" });
  });

  it("should refuse garbage after a PDF header", async () => {
    const garbage = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251);
    const bytes = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...garbage]);
    expect(await rejectionOf(decodeDocument(bytes))).toMatchObject({ code: "unprocessable", reason: "corrupt_pdf" });
  });

  it("should refuse a damaged .doc", async () => {
    const doc = fixture("accounting-supervisor.doc");
    const damaged = new Uint8Array([...doc.subarray(0, 8), ...new Uint8Array(4000).fill(0x41)]);
    expect(await rejectionOf(decodeDocument(damaged))).toMatchObject({ code: "unprocessable", reason: "corrupt_doc" });
    expect(await rejectionOf(decodeDocument(doc.subarray(0, 3000)))).toMatchObject({ code: "unprocessable", reason: "corrupt_doc" });
  });

  it("should refuse documents without text", async () => {
    const empty = [new Uint8Array(0), new TextEncoder().encode(" \r\n\t \n"), new Uint8Array([0xef, 0xbb, 0xbf])];
    for (const bytes of empty) expect(await rejectionOf(decodeDocument(bytes))).toMatchObject({ code: "unprocessable", reason: "no_text" });
    const blankDocx = await buildDocx(documentXml(p("") + p("   ")));
    expect(await rejectionOf(decodeDocument(blankDocx))).toMatchObject({ code: "unprocessable", reason: "no_text" });
  });

  it("should answer 415 for binary data that is no supported format", async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 2000 }, (_, i) => (i * 31) % 256)]);
    expect(await rejectionOf(decodeDocument(png))).toMatchObject({ code: "unsupported_media_type", reason: "unsupported_format" });
  });

  it("should answer 415 for RTF, which would otherwise pass for text", async () => {
    const rtf = new TextEncoder().encode("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Job Title: Sales Manager\\par}");
    expect(await rejectionOf(decodeDocument(rtf))).toMatchObject({ code: "unsupported_media_type", reason: "unsupported_format" });
  });

  it("should refuse input over 10 MB as too large", async () => {
    const big = new Uint8Array(11 * 1024 * 1024).fill(0x41);
    expect(MAX_DOCUMENT_BYTES).toBe(10 * 1024 * 1024);
    expect(await rejectionOf(decodeDocument(big))).toMatchObject({ code: "too_large", reason: "too_large" });
  });
});
