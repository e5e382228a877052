import { describe, expect, it } from "vitest";
import { documentXmlToLines } from "../../../server/documents/decode/docx-text.js";
import { htmlToLines } from "../../../server/documents/decode/html-text.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body}</w:body></w:document>`;
const p = (text: string, extra = "") => `<w:p><w:r>${extra}<w:t>${text}</w:t></w:r></w:p>`;
const picture = `<w:drawing><a:graphic><a:graphicData><a:blip/></a:graphicData></a:graphic></w:drawing>`;
const textBox = `<w:drawing><a:graphic><a:graphicData><w:txbxContent></w:txbxContent></a:graphicData></a:graphic></w:drawing>`;
const cell = (content: string, merge = "") => `<w:tc><w:tcPr>${merge}</w:tcPr>${content}</w:tc>`;

describe(".docx pictures", () => {
  it("marks the table row whose merged cell holds a photo, once, not the rows the cell is merged down over", () => {
    const rows = [
      `<w:tr>${cell(p("姓名"))}${cell(p("陈一鸣"))}${cell(`<w:p><w:r>${picture}</w:r></w:p>`, '<w:vMerge w:val="restart"/>')}</w:tr>`,
      `<w:tr>${cell(p("电话"))}${cell(p("13800001111"))}${cell("<w:p/>", "<w:vMerge/>")}</w:tr>`,
    ];
    const lines = documentXmlToLines(doc(`<w:tbl>${rows.join("")}</w:tbl>`));
    expect(lines.map((l) => [l.text, l.pictures])).toEqual([["姓名\t陈一鸣", 1], ["电话\t13800001111", undefined]]);
  });

  it("gives a picture alone in its paragraph to the next line, and counts no text box or shape", () => {
    const lines = documentXmlToLines(doc(`<w:p><w:r>${picture}</w:r></w:p>${p("Hannah Berg")}${p("Profile", textBox)}<w:p><w:r><w:pict><v:imagedata/></w:pict></w:r></w:p>${p("Experience")}`));
    expect(lines.map((l) => [l.text, l.pictures])).toEqual([["Hannah Berg", 1], ["Profile", undefined], ["Experience", 1]]);
  });
});

describe("HTML page headers", () => {
  it("keeps a masthead that holds the person's contact links, and still drops a site's banner", () => {
    const html = `<body><header><a href="/">JobsHub</a><a href="/login">Sign in</a></header>
      <header class="masthead"><h1>Tomás Ruiz</h1><ul><li><a href="mailto:tomas@example.es">tomas@example.es</a></li><li><a href="tel:+34600111222">+34 600 111 222</a></li></ul></header>
      <section><h3>Work</h3><p>Analyst</p></section></body>`;
    expect(htmlToLines(html).lines.map((l) => l.text)).toEqual(["Tomás Ruiz", "• tomas@example.es", "• +34 600 111 222", "Work", "Analyst"]);
  });
});
