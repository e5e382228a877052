import { describe, expect, it } from "vitest";
import { highlightOriginal } from "../../../search/highlight.js";

const marked = (s: string) => s.replace(/\[/g, "\u0001").replace(/\]/g, "\u0002");

describe("highlightOriginal", () => {
  it("places the folded text's marks on the original characters", () => {
    expect(highlightOriginal("銷售總監", marked("[销售]总监"))).toBe("<mark>銷售</mark>總監");
    expect(highlightOriginal("銷售總監", marked("销售[总监]"))).toBe("銷售<mark>總監</mark>");
    expect(highlightOriginal("電信業務主管", marked("[电信][业务]主管"))).toBe("<mark>電信業務</mark>主管");
  });

  it("escapes the original text", () => {
    expect(highlightOriginal("<b>HR</b> & Co", marked("<b>[HR]</b> & Co"))).toBe("&#60;b&#62;<mark>HR</mark>&#60;/b&#62; &#38; Co");
  });

  it("counts code points, so characters outside the BMP keep their place", () => {
    expect(highlightOriginal("𠀀前台", marked("𠀀[前台]"))).toBe("𠀀<mark>前台</mark>");
  });

  it("returns the escaped original unmarked when lengths differ or nothing was formatted", () => {
    expect(highlightOriginal("ab<", marked("[abc]d"))).toBe("ab&#60;");
    expect(highlightOriginal("ab", undefined)).toBe("ab");
  });
});
