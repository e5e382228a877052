import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { describe, expect, it } from "vitest";
import { pageMarkerLine, pageNumberLine } from "../../../server/documents/lines/page-markers.js";
import { pageFurniture } from "../../../server/documents/lines/pdf-furniture.js";

const item = (str: string, x: number, y: number, size = 10): TextItem => ({ str, dir: "ltr", transform: [size, 0, 0, size, x, y], width: str.length * size, height: size, fontName: "f", hasEOL: false });
const page = (...items: TextItem[]) => ({ items, bottom: 0, top: 842 });
const kept = (pages: ReturnType<typeof page>[]) => {
  const dropped = pageFurniture(pages);
  return pages.map((p) => p.items.filter((i) => !dropped.has(i)).map((i) => i.str));
};

describe("pageFurniture", () => {
  it("drops a running header repeated at the top of every page and the page numbers at the bottom", () => {
    const pages = [
      page(item("远航物流有限公司", 40, 806, 9), item("YUANHANG LOGISTICS", 400, 807, 8), item("2027年招聘简章", 150, 760, 16), item("仓储主管", 50, 700), item("— 1 —", 280, 28, 9)),
      page(item("远航物流有限公司", 40, 806, 9), item("YUANHANG LOGISTICS", 400, 807, 8), item("任职要求：", 50, 770), item("1.三年以上经验", 50, 750), item("— 2 —", 280, 28, 9)),
    ];
    expect(kept(pages)).toEqual([["2027年招聘简章", "仓储主管"], ["任职要求：", "1.三年以上经验"]]);
  });

  it("reads a footer whose page number changes as the same line ('Confidential · Page 2 of 3')", () => {
    const pages = [1, 2, 3].map((n) => page(item(`Job ${n}`, 50, 700), item(`Confidential · Page ${n} of 3`, 200, 30)));
    expect(kept(pages)).toEqual([["Job 1"], ["Job 2"], ["Job 3"]]);
  });

  it("keeps a one-page document's heading and a line repeated in the body, dropping only its page number", () => {
    expect(kept([page(item("Acme Careers", 50, 800), item("Sales Manager", 50, 700), item("Page 1", 280, 30))])).toEqual([["Acme Careers", "Sales Manager"]]);
    const body = [page(item("Title A", 50, 800), item("任职要求：", 50, 400), item("x", 50, 380)), page(item("Title B", 50, 800), item("任职要求：", 50, 400), item("y", 50, 380))];
    expect(kept(body)).toEqual([["Title A", "任职要求：", "x"], ["Title B", "任职要求：", "y"]]);
  });
});

describe("pageNumberLine", () => {
  it("knows a page number however it is written", () => {
    for (const t of ["— 3 —", "- 3 -", "3", "第 3 页", "第3页 共5页", "第 3 页 / 共 5 页", "3 / 5", "Page 3", "Page 3 of 5", "p. 3", "Seite 3 von 5"]) expect(pageNumberLine.test(t), t).toBe(true);
    for (const t of ["3年以上经验", "Page Manager", "2027年"]) expect(pageNumberLine.test(t), t).toBe(false);
  });
});

describe("pageMarkerLine", () => {
  it("knows a page marker that says it is one, anywhere in a text", () => {
    for (const t of ["— 3 —", "- 3 -", "第 3 页", "第3页 共5页", "共 5 页", "3 / 5", "Page 3", "page 2 of 3", "p. 3", "Seite 3 von 5", "頁 3"]) expect(pageMarkerLine.test(t), t).toBe(true);
  });

  it("leaves a bare number, a list's count or a figure of the text alone", () => {
    for (const t of ["3", " 12 ", "• 3", "3年以上经验", "Page Manager", "2027年", "1/2 day off", "3 positions"]) expect(pageMarkerLine.test(t), t).toBe(false);
  });
});
