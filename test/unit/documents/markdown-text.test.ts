import { describe, expect, it } from "vitest";
import { markdownText, markdownToLines } from "../../../server/documents/decode/markdown-text.js";

const texts = (md: string) => markdownToLines(md).map((l) => l.text);

describe("markdownToLines", () => {
  it("should turn # headings into lines with their level, without the hashes", () => {
    expect(markdownToLines("# 数据分析师\n\n## 岗位职责\n\n### Nice to have").map((l) => [l.text, l.heading])).toEqual([
      ["数据分析师", 1],
      ["岗位职责", 2],
      ["Nice to have", 3],
    ]);
  });

  it("should keep list items with their written numbers and nesting", () => {
    const lines = markdownToLines("3. 本科\n4. 三年经验\n   - SQL\n   - Python\n");
    expect(lines.map((l) => [l.text, l.list?.ordered, l.list?.level])).toEqual([
      ["3. 本科", true, 0],
      ["4. 三年经验", true, 0],
      ["• SQL", false, 1],
      ["• Python", false, 1],
    ]);
  });

  it("should drop emphasis marks and mark wholly bold lines", () => {
    const lines = markdownToLines("**职位描述**\n\n熟悉 **React** 和 _Vue_");
    expect(lines.map((l) => [l.text, l.bold])).toEqual([["职位描述", true], ["熟悉 React 和 Vue", undefined]]);
  });

  it("should keep the author's line breaks inside a paragraph as lines", () => {
    expect(texts("薪资：15-25K\n地点：上海\n经验：3-5年")).toEqual(["薪资：15-25K", "地点：上海", "经验：3-5年"]);
  });

  it("should read a table row as one line of cells", () => {
    const lines = markdownToLines("| 项目 | 要求 |\n| --- | --- |\n| 学历 | 本科 |\n");
    expect(lines.map((l) => [l.text, l.cells, l.table?.row])).toEqual([
      ["项目\t要求", ["项目", "要求"], 0],
      ["学历\t本科", ["学历", "本科"], 1],
    ]);
  });

  it("should mark the blank line before a block", () => {
    expect(markdownToLines("# 标题\n职位描述\n\n任职要求").map((l) => l.gapBefore)).toEqual([undefined, undefined, true]);
  });

  it("should keep code blocks line by line and read raw HTML without its scripts", () => {
    expect(texts("```\nSELECT 1\nFROM t\n```\n\n<div>Remote OK<script>steal()</script></div>\n")).toEqual(["SELECT 1", "FROM t", "Remote OK"]);
  });

  it("should keep link text and drop the address", () => {
    expect(texts("Apply at [our site](https://example.com/jobs)")).toEqual(["Apply at our site"]);
  });
});

describe("markdownText", () => {
  it("writes a <details> block's <summary> as a ## heading and drops the tags, the Markdown inside as written", () => {
    const md = ["# 加入我们", "", "<details>", "<summary><b>后端工程师</b>（上海）</summary>", "", "**职责：**", "", "1. 开发接口", "", "</details>", "", "联系：hr@example.com"].join("\n");
    expect(markdownText(md).split("\n")).toEqual(["# 加入我们", "", "## 后端工程师（上海）", "", "**职责：**", "", "1. 开发接口", "", "", "联系：hr@example.com"]);
  });

  it("writes a callout as a heading one level under the heading above it over its unquoted block; a quotation stays", () => {
    const md = ["## 店长", "", "> [!todo] 职责", "> - 管理门店", "> - 排班", "", "> [!NOTE]", "> 急招", "", "> 引用一句话", "> 第二行"].join("\n");
    expect(markdownText(md).split("\n")).toEqual(["## 店长", "", "### 职责", "- 管理门店", "- 排班", "", "### NOTE", "急招", "", "> 引用一句话", "> 第二行"]);
  });

  it("writes an MDX tab's label as a heading over the tab's Markdown, one tab per role", () => {
    const md = [
      "# Careers", "", "<Tabs>", '<TabItem value="fe" label="Frontend Engineer" default>', "", "**You will**", "", "- Build the editor", "", "</TabItem>",
      '<TabItem value="qa" label="QA Analyst">', "", "**You will**", "", "- Test releases", "", "</TabItem>", "</Tabs>",
    ].join("\n");
    const headings = markdownText(md).split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual(["# Careers", "## Frontend Engineer", "## QA Analyst"]);
  });

  it("writes an accordion item's title as a heading; a tab without a label writes none", () => {
    const md = ['<AccordionItem title="仓库主管">', "", "1. 管理库存", "", "</AccordionItem>", "", '<TabItem value="x">', "", "正文", "", "</TabItem>"].join("\n");
    const headings = markdownText(md).split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual(["## 仓库主管"]);
  });

  it("leaves a document without raw HTML exactly as written", () => {
    const md = "# 数据分析师\n\n**岗位职责**\n\n- 搭建报表 <b>内联</b>\n";
    expect(markdownText(md)).toBe(md);
  });
});
