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
