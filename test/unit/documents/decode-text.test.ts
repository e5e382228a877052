import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../server/documents/decode/index.js";

const bytes = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

describe("decodeText", () => {
  it("reads plain UTF-8 and ASCII as utf-8", () => {
    expect(decodeText(bytes("岗位名称：行政主管", "utf-8"))).toEqual({ text: "岗位名称：行政主管", encoding: "utf-8" });
    expect(decodeText(bytes("Job Title: Sales Manager", "utf-8"))).toEqual({ text: "Job Title: Sales Manager", encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM and reports utf-8", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("学历：本科", "utf-8")]);
    expect(decodeText(withBom)).toEqual({ text: "学历：本科", encoding: "utf-8" });
  });

  it("honours UTF-16 byte order marks in both byte orders", () => {
    const le = new Uint8Array([0xff, 0xfe, ...bytes("硕士及以上", "utf-16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...bytes("硕士及以上", "utf-16be")]);
    expect(decodeText(le)).toEqual({ text: "硕士及以上", encoding: "utf-16le" });
    expect(decodeText(be)).toEqual({ text: "硕士及以上", encoding: "utf-16be" });
  });

  it("recognizes UTF-16 without a BOM from the NUL bytes of its ASCII characters", () => {
    const text = "職務名稱：會計主管\n學歷：大學以上\n經驗：5年以上\n";
    expect(decodeText(bytes(text, "utf-16le"))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeText(bytes(text, "utf-16be"))).toEqual({ text, encoding: "utf-16be" });
  });

  it("tells GBK from Big5 even on a single short line", () => {
    expect(decodeText(bytes("行政主管", "gbk"))).toEqual({ text: "行政主管", encoding: "gb18030" });
    expect(decodeText(bytes("會計主管", "big5"))).toEqual({ text: "會計主管", encoding: "big5" });
    expect(decodeText(bytes("大专以上学历，三年以上工作经验", "gbk")).encoding).toBe("gb18030");
    expect(decodeText(bytes("大學以上學歷，三年以上工作經驗", "big5")).encoding).toBe("big5");
  });

  it("decodes GB18030 characters outside GBK", () => {
    const text = "岗位：工程师 𠮷";
    expect(decodeText(bytes(text, "gb18030"))).toEqual({ text, encoding: "gb18030" });
  });

  it("falls back to windows-1252 for Latin text that is not UTF-8", () => {
    expect(decodeText(bytes("Résumé required; café staff", "windows-1252"))).toEqual({
      text: "Résumé required; café staff",
      encoding: "windows-1252",
    });
  });

  it("normalizes CRLF and CR line endings to LF", () => {
    expect(decodeText(bytes("一\r\n二\r三", "gbk")).text).toBe("一\n二\n三");
  });
});
