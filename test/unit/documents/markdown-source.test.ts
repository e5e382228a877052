import { describe, expect, it } from "vitest";
import { renderedMarkdownSource } from "../../../server/documents/decode/markdown-source.js";
import { readMarkdown } from "../../../server/documents/decode/markdown-text.js";

const headings = (md: string) => renderedMarkdownSource(md).split("\n").filter((l) => l.startsWith("#"));

describe("renderedMarkdownSource", () => {
  it("drops YAML and TOML front matter but for its title, which becomes the page heading", () => {
    expect(renderedMarkdownSource("---\ntitle: 招聘 | Join us\nlayout: job\ntags: [a, b]\n---\n正文")).toBe("# 招聘 | Join us\n\n正文");
    expect(renderedMarkdownSource('+++\ndraft = true\n[params]\n  title = "nested"\n+++\nBody')).toBe("Body");
  });

  it("reads a closed Hugo shortcode with a naming attribute as a heading under the heading above, its other attributes as lines", () => {
    const md = ["## 在招职位", "", '{{< job name="数据工程师" city="杭州" icon="db.svg" >}}', "- 熟悉 Flink", "{{< /job >}}", "", '{{% position title="QA Lead" %}}', "Body", "{{% /position %}}"].join("\n");
    const out = renderedMarkdownSource(md).split("\n").filter((l) => l.trim() !== "");
    expect(out).toEqual(["## 在招职位", "### 数据工程师", "City: 杭州", "- 熟悉 Flink", "### QA Lead", "Body"]);
  });

  it("reads a Liquid block tag and an MDX component the same way; unclosed components show captions, not headings", () => {
    const md = ['{% role title: "Backend Engineer" %}', "Go, Postgres", "{% endrole %}", "", '<RoleCard heading="产品经理" location="台北">', "需求分析", "</RoleCard>", "", '<Hero title="Build with us" />', '{{< figure src="/a.jpg" caption="Team day" >}}', "{% include apply.html %}", "import X from './x'"].join("\n");
    expect(headings(md)).toEqual(["## Backend Engineer", "## 产品经理"]);
    const text = renderedMarkdownSource(md);
    expect(text).toContain("Build with us");
    expect(text).toContain("Team day");
    expect(text).toContain("Location: 台北");
    expect(text).not.toMatch(/\{%|\{\{|<Hero|import X/);
  });

  it("leaves fenced code and template-free Markdown as written", () => {
    const md = "# 职位\n\n```\n{{< role title=\"x\" >}}\n```\n";
    expect(renderedMarkdownSource(md)).toBe(md);
    expect(renderedMarkdownSource("# A\n\n- b\n")).toBe("# A\n\n- b\n");
  });
});

describe("readMarkdown", () => {
  it("gives text and lines that agree: a callout's heading and a shortcode's title are lines as they are in the text", () => {
    const md = ["## 店长", "", "> [!info] 背景", "> 门店扩张", "", '{{< role title="店员" >}}', "- 收银", "{{< /role >}}"].join("\n");
    const { text, lines } = readMarkdown({ text: md, bytes: new Uint8Array(0) });
    const textLines = text.split("\n").map((l) => l.replace(/^#+\s*|^[-*]\s+/g, "").trim()).filter(Boolean);
    expect(lines.map((l) => l.text.replace(/^•\s*/, ""))).toEqual(textLines);
    expect(lines.filter((l) => l.heading).map((l) => [l.text, l.heading])).toEqual([["店长", 2], ["背景", 3], ["店员", 3]]);
  });
});
