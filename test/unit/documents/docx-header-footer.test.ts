import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { firstPageFurniture } from "../../../server/documents/decode/docx-text.js";
import { buildDocx, documentXml, p } from "../../fixtures/documents/build-docx.js";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const part = (root: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="${W_NS}">${body}</w:${root}>`;
const rels = (entries: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;
const sectPr = (refs: [string, string, string][]) =>
  `<w:sectPr xmlns:r="${R_NS}">${refs.map(([kind, type, id]) => `<w:${kind}Reference w:type="${type}" r:id="${id}"/>`).join("")}</w:sectPr>`;

describe(".docx header and footer parts", () => {
  it("reads the first page's header once before the body and its footer once after it", async () => {
    const body = p("Job title\tCare Coordinator") + p("Main duties") + `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` + p("Person specification") +
      sectPr([["header", "default", "rId7"], ["footer", "default", "rId8"]]);
    const docx = await buildDocx(documentXml(body), {
      "word/_rels/document.xml.rels": rels([["rId7", "header", "header2.xml"], ["rId8", "footer", "footer2.xml"]]),
      "word/header2.xml": part("hdr", p("Northfield Care Group\tJob Description")),
      "word/footer2.xml": part("ftr", '<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'),
    });
    const decoded = await decodeDocument(docx);
    expect(decoded.text.split("\n").filter(Boolean)).toEqual(["Northfield Care Group\tJob Description", "Job title\tCare Coordinator", "Main duties", "Person specification", "Page 1"]);
  });

  it("takes the first section's default header, else its first-page one, and ignores other sections and external targets", () => {
    const relsXml = rels([["a", "header", "header1.xml"], ["b", "header", "header2.xml"], ["c", "footer", "/word/footer3.xml"], ["d", "header", "header4.xml"]]);
    const first = `<w:p><w:pPr>${sectPr([["header", "first", "a"], ["header", "default", "b"], ["footer", "first", "c"]])}</w:pPr></w:p>`;
    const xml = documentXml(first + p("x") + sectPr([["header", "default", "d"]]));
    expect(firstPageFurniture(xml, relsXml)).toEqual({ header: "word/header2.xml", footer: "word/footer3.xml" });
    expect(firstPageFurniture(documentXml(p("x")), relsXml)).toEqual({ header: null, footer: null });
  });

  it("reads a document without relationships as before", async () => {
    expect((await decodeDocument(await buildDocx(documentXml(p("岗位名称：会计"))))).text).toBe("岗位名称：会计");
  });
});
