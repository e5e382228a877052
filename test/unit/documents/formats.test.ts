import { describe, expect, it } from "vitest";
import { formatByMagic, textFormatOf } from "../../../server/documents/decode/format.js";
import { decodeDocument, DOCUMENT_MEDIA_TYPES, FORMAT_LABELS, FORMAT_NAMES, FORMATS } from "../../../server/documents/index.js";

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0x20)]);

describe("the format registry", () => {
  it("should name each format once and give it media types, extensions and a reader", async () => {
    expect(new Set(FORMAT_NAMES).size).toBe(FORMATS.length);
    for (const format of FORMATS) {
      expect(format.mimeTypes.length, format.name).toBeGreaterThan(0);
      expect(format.extensions.every((e) => e.startsWith(".")), format.name).toBe(true);
      expect(typeof (await format.load()), format.name).toBe("function");
    }
  });

  it("should derive the accepted media types and the labels from its entries", () => {
    expect(DOCUMENT_MEDIA_TYPES).toEqual(expect.arrayContaining(FORMATS.flatMap((f) => [...f.mimeTypes])));
    for (const format of FORMATS) expect(FORMAT_LABELS).toContain(format.label);
  });

  it("should dispatch containers by magic bytes", () => {
    expect(formatByMagic(bytes(0x50, 0x4b, 0x03, 0x04))?.name).toBe("docx");
    expect(formatByMagic(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))?.name).toBe("doc");
    expect(formatByMagic(bytes(0x25, 0x50, 0x44, 0x46, 0x2d))?.name).toBe("pdf");
    expect(formatByMagic(new TextEncoder().encode("junk\n%PDF-1.7"))?.name).toBe("pdf");
    expect(formatByMagic(new TextEncoder().encode("From: a@example.com\nMIME-Version: 1.0\n\nbody"))?.name).toBe("eml");
    expect(formatByMagic(new TextEncoder().encode("<html>"))).toBeUndefined();
  });

  it("should choose a text format by declaration first, then by content", () => {
    expect(textFormatOf("岗位：出纳", { filename: "job.md" })).toBe("md");
    expect(textFormatOf("岗位：出纳", { mediaType: "text/html; charset=utf-8" })).toBe("html");
    expect(textFormatOf("<!DOCTYPE html><p>出纳</p>", {})).toBe("html");
    expect(textFormatOf("  <html lang=zh><body>出纳", { filename: "job.txt" })).toBe("html");
    expect(textFormatOf("# 出纳\n\n## 岗位职责\n- 记账", {})).toBe("md");
    expect(textFormatOf("# 出纳\n岗位职责：记账", {})).toBe("txt");
    expect(textFormatOf("#招聘# 出纳", { mediaType: "text/plain" })).toBe("txt");
  });

  it("should let the bytes outrank a declared text format", async () => {
    const decoded = await decodeDocument(new TextEncoder().encode("岗位名称：出纳"), { filename: "job.pdf", mediaType: "application/pdf" });
    expect(decoded.format).toBe("txt");
  });

  it("should read an .html upload through its reader in the bounded worker", async () => {
    const decoded = await decodeDocument(new TextEncoder().encode("<html><body><nav>首页</nav><h1>出纳</h1><script>x()</script></body></html>"));
    expect(decoded).toMatchObject({ format: "html", encoding: "utf-8", text: "出纳", lines: [{ text: "出纳", heading: 1 }] });
  });

  it("should read a GBK-encoded .md upload, detecting the encoding first", async () => {
    const { default: iconv } = await import("iconv-lite");
    const decoded = await decodeDocument(iconv.encode("# 出纳\n\n- 负责记账", "gbk"), { filename: "出纳.md" });
    expect(decoded).toMatchObject({ format: "md", encoding: "gb18030", text: "# 出纳\n\n- 负责记账" });
    expect(decoded.lines.map((l) => [l.text, l.heading, l.list?.marker])).toEqual([["出纳", 1, undefined], ["• 负责记账", undefined, "•"]]);
  });
});
