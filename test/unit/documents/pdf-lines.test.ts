import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { describe, expect, it } from "vitest";
import { itemsToText } from "../../../server/documents/lines/pdf-lines.js";

const item = (str: string, x: number, y: number, opts: { width?: number; hasEOL?: boolean; size?: number } = {}): TextItem => {
  const size = opts.size ?? 10;
  return { str, dir: "ltr", transform: [size, 0, 0, size, x, y], width: opts.width ?? str.length * size, height: str.trim() ? size : 0, fontName: "f", hasEOL: opts.hasEOL ?? false };
};

describe("itemsToText", () => {
  it("should start a new line at hasEOL and when the baseline moves", () => {
    expect(itemsToText([item("岗位名称：行政主管", 72, 700, { hasEOL: true }), item("学历：本科", 72, 685), item("经验：三年", 72, 670)])).toBe(
      "岗位名称：行政主管\n学历：本科\n经验：三年",
    );
  });

  it("should not double a line break marked both ways", () => {
    expect(itemsToText([item("第一行", 72, 700), item("", 72, 685, { hasEOL: true, width: 0 }), item("第二行", 72, 685)])).toBe("第一行\n第二行");
  });

  it("should turn a wide blank run into a tab, as between table cells", () => {
    expect(itemsToText([item("学历要求", 72, 700), item(" ", 112, 700, { width: 75 }), item("本科", 187, 700)])).toBe("学历要求\t本科");
  });

  it("should drop the autospacing gap between Han characters and digits or Latin letters", () => {
    const items = [item("3", 72, 700, { width: 6 }), item(" ", 78, 700, { width: 2 }), item("年以上", 80, 700), item(" ", 110, 700, { width: 2 }), item("Office", 112, 700)];
    expect(itemsToText(items)).toBe("3年以上Office");
  });

  it("should keep spaces between Latin words", () => {
    expect(itemsToText([item("Sales", 72, 700, { width: 30 }), item("Manager", 106, 700)])).toBe("Sales Manager");
  });
});

describe("letter-spaced lines", () => {
  it("rebuilds a design tool's letter-spaced capitals into words, a drawn space parting them", () => {
    // pdf.js gives a space at every letter's gap, none inside a kerned pair ("AYA", "TA"), and the word's gap as " ".
    const name = [item("M AYA", 228, 760, { width: 99.7, size: 30 }), item(" ", 327.7, 760, { width: 20.3, size: 30 }), item("PA T E L", 348, 760, { width: 116.6, size: 30 })];
    expect(itemsToText(name)).toBe("MAYA PATEL");
    expect(itemsToText([item("C O N TA C T", 28, 660, { width: 69, size: 12 })])).toBe("CONTACT");
  });

  it("parts glyph-per-item letters into words where the gap is wider than the gaps between letters", () => {
    const letters = "JOHN".split("").map((c, i) => item(c, 40 + i * 12, 700, { width: 8 }));
    const more = "SMITH".split("").map((c, i) => item(c, 40 + 4 * 12 + 8 + i * 12, 700, { width: 8 }));
    expect(itemsToText([...letters, ...more])).toBe("JOHN SMITH");
  });

  it("leaves ordinary lines, initials and short words as they are", () => {
    expect(itemsToText([item("A B testing and SQL", 40, 700)])).toBe("A B testing and SQL");
    expect(itemsToText([item("J. R. R. Tolkien", 40, 700)])).toBe("J. R. R. Tolkien");
    expect(itemsToText([item("I II III IV", 40, 700)])).toBe("I II III IV");
  });
});
