import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../../server/documents/index.js";
import { htmlToLines, photoImage } from "../../../server/documents/decode/html-text.js";
import type { DocumentLine } from "../../../server/documents/line.js";
import { attachPictures, drawnPictures, photoSized, type PictureOps } from "../../../server/documents/lines/pdf-pictures.js";

const ops: PictureOps = { save: 1, restore: 2, transform: 3, paintImageXObject: 4, paintInlineImageXObject: 5, paintFormXObjectBegin: 6, paintFormXObjectEnd: 7 };
const at = (text: string, x: number, y: number, width: number, fontSize = 10): DocumentLine => ({ text, page: 1, indent: 0, geometry: { x, y, width, fontSize, column: 0 } });

describe("pictures a PDF page draws", () => {
  it("follows the transform through save, restore and a form's matrix to each image's box", () => {
    const pictures = drawnPictures(
      [1, 3, 4, 2, 6, 3, 5, 7, 4],
      [null, [100, 0, 0, 120, 400, 600], ["img1", 1, 1], null, [[1, 0, 0, 1, 50, 50], null], [80, 0, 0, -80, 0, 80], [{}], null, ["img2", 1, 1]],
      ops,
    );
    expect(pictures).toEqual([
      { x: 400, y: 600, width: 100, height: 120 },
      { x: 50, y: 50, width: 80, height: 80 },
      { x: 0, y: 0, width: 1, height: 1 },
    ]);
  });

  it("takes a passport picture or a round crop for a photo, not an icon, a banner or a page's background", () => {
    expect(photoSized({ x: 0, y: 0, width: 99, height: 128 })).toBe(true);
    expect(photoSized({ x: 0, y: 0, width: 110, height: 110 })).toBe(true);
    expect(photoSized({ x: 0, y: 0, width: 10, height: 10 })).toBe(false);
    expect(photoSized({ x: 0, y: 0, width: 300, height: 60 })).toBe(false);
    expect(photoSized({ x: 0, y: 0, width: 200, height: 842 })).toBe(false);
  });

  it("gives a header's photo to the nearest line beside it, and a sidebar's photo to the line under it", () => {
    const header = [at("Curriculum Vitae", 40, 780, 120, 20), at("Name\tJonas Keller", 40, 740, 150), at("• Built test rigs for gearboxes and pumps", 60, 500, 480)];
    attachPictures(header, [{ x: 440, y: 660, width: 100, height: 130 }]);
    expect(header.map((l) => l.pictures)).toEqual([undefined, 1, undefined]);
    const sidebar = [at("PROFILE", 30, 640, 60, 12), at("JONAS KELLER", 230, 760, 200, 28)];
    attachPictures(sidebar, [{ x: 40, y: 670, width: 110, height: 110 }, { x: 500, y: 800, width: 12, height: 12 }]);
    expect(sidebar.map((l) => l.pictures)).toEqual([1, undefined]);
  });
});

function pdfWithPhoto(): Promise<Buffer> {
  // A 1×1 grey PNG drawn at a passport photo's size beside the header.
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==", "base64");
  const doc = new PDFDocument({ size: "A4", margin: 40 });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.image(png, 440, 50, { width: 100, height: 130 });
  doc.fontSize(20).text("Jonas Keller", 40, 50, { lineBreak: false });
  doc.fontSize(10).text("jonas.keller@example.ch", 40, 80, { lineBreak: false });
  doc.fontSize(10).text("Berufserfahrung", 40, 300, { lineBreak: false });
  doc.end();
  return done;
}

describe("a PDF's photo, when the caller asks for pictures", () => {
  it("marks the header line beside the photo, and leaves the text as it was", async () => {
    const bytes = await pdfWithPhoto();
    const plain = await decodeDocument(bytes, { timeoutMs: 60_000 });
    const seen = await decodeDocument(bytes, { timeoutMs: 60_000, pictures: true });
    expect(plain.lines.some((l) => l.pictures)).toBe(false);
    expect(seen.text).toBe(plain.text);
    expect(seen.lines.filter((l) => l.pictures).map((l) => l.text)).toEqual([expect.stringMatching(/^Jonas Keller$|^jonas\.keller@/)]);
  });
});

describe("an HTML résumé's photo", () => {
  it("tells a photo by its name or its size from a logo or an icon", () => {
    expect(photoImage({ src: "img/me-photo.jpg" })).toBe(true);
    expect(photoImage({ src: "x.png", class: "avatar rounded" })).toBe(true);
    expect(photoImage({ src: "x.png", alt: "证件照" })).toBe(true);
    expect(photoImage({ src: "x.png", width: "120", height: "160" })).toBe(true);
    expect(photoImage({ src: "x.png", style: "width: 100px; height: 100px" })).toBe(true);
    expect(photoImage({ src: "logo.png", width: "240", height: "60" })).toBe(false);
    expect(photoImage({ src: "icons/photo-camera.svg", width: "16", height: "16" })).toBe(false);
    expect(photoImage({ src: "data:image/png;base64,AAAAphotoAAAA" })).toBe(false);
    expect(photoImage({ src: "banner.jpg" })).toBe(false);
  });

  it("marks the line the photo stands in or above, and a table row whose cell holds it", () => {
    const lines = htmlToLines(`<body><img src="avatar.jpg"><h1>Lena Vogt</h1><p>lena@example.de</p>
      <table><tr><td>Name</td><td>Lena Vogt</td><td><img class="photo" src="p.jpg"></td></tr></table><p>Skills <img src="star.svg" width="12" height="12"></p></body>`).lines;
    expect(lines.map((l) => [l.text, l.pictures])).toEqual([["Lena Vogt", 1], ["lena@example.de", undefined], ["Name\tLena Vogt", 1], ["Skills", undefined]]);
  });
});
