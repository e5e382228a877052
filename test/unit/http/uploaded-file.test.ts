import { describe, expect, it } from "vitest";
import { uploadedFilename } from "../../../server/http/uploaded-file.js";

describe("uploadedFilename", () => {
  it("should keep a name as sent, in any script", () => {
    expect(uploadedFilename("销售经理 JD (v2).docx")).toBe("销售经理 JD (v2).docx");
  });

  it("should drop control characters and the spaces around the name", () => {
    expect(uploadedFilename(" offer\u0000letter\r\n.pdf\t")).toBe("offerletter.pdf");
    expect(uploadedFilename("a\u007fb.txt")).toBe("ab.txt");
  });

  it("should answer null for no name, or one of nothing but control characters and spaces", () => {
    expect(uploadedFilename(undefined)).toBeNull();
    expect(uploadedFilename("")).toBeNull();
    expect(uploadedFilename(" \u0001 ")).toBeNull();
  });

  it("should cut a name past 255 characters before its extension, never inside a character", () => {
    expect(uploadedFilename(`${"x".repeat(300)}.docx`)).toBe(`${"x".repeat(250)}.docx`);
    const emoji = uploadedFilename("📄".repeat(300));
    expect(Array.from(emoji!)).toHaveLength(255);
    expect(emoji).toBe("📄".repeat(255));
  });
});
