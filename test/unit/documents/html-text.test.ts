import { describe, expect, it } from "vitest";
import { decodeDocument, MAX_DOCUMENT_BYTES } from "../../../server/documents/index.js";
import { htmlToLines, panelName, readHtml } from "../../../server/documents/decode/html-text.js";
import { rejectionOf } from "./reject.js";

const texts = (html: string) => htmlToLines(html).lines.map((l) => l.text);
const page = (body: string, head = "") => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe("htmlToLines", () => {
  it("should drop scripts, styles and noscript, wherever they stand", () => {
    const html = page('<p>岗位名称：出纳</p><script>var t = "岗位职责：脚本";</script><style>p { color: red }</style><noscript>请启用脚本</noscript>', "<script>alert(1)</script>");
    expect(texts(html)).toEqual(["岗位名称：出纳"]);
  });

  it("should drop the page's navigation, banner, sidebar and footer", () => {
    const html = page("<header>云帆招聘</header><nav><a>首页</a></nav><p>岗位名称：出纳</p><aside>相似职位</aside><footer>版权所有</footer>");
    expect(texts(html)).toEqual(["岗位名称：出纳"]);
  });

  it("should keep a posting's own header inside <article> or <main>", () => {
    expect(texts(page("<article><header><h1>Cashier</h1></header><p>Duties</p></article>"))).toEqual(["Cashier", "Duties"]);
  });

  it("should drop hidden elements and ARIA navigation", () => {
    const html = page('<div hidden>隐藏</div><div style="display: none">也隐藏</div><div role="navigation">导航</div><div aria-hidden="true">装饰</div><p>可见</p>');
    expect(texts(html)).toEqual(["可见"]);
  });

  it("should give headings their level and lists their markers and nesting", () => {
    const lines = htmlToLines(page('<h2>任职要求</h2><ol start="3"><li>本科</li><li>三年经验<ul><li>React</li></ul></li></ol>')).lines;
    expect(lines.map((l) => [l.text, l.heading, l.list?.marker, l.list?.level, l.indent])).toEqual([
      ["任职要求", 2, undefined, undefined, 0],
      ["3. 本科", undefined, "3.", 0, 0],
      ["4. 三年经验", undefined, "4.", 0, 0],
      ["• React", undefined, "•", 1, 2],
    ]);
  });

  it("should mark a line bold only when all of it is", () => {
    const lines = htmlToLines(page("<p><strong>职位描述</strong></p><p>熟悉 <b>React</b></p>")).lines;
    expect(lines.map((l) => l.bold)).toEqual([true, undefined]);
  });

  it("should lead a grid cell's further lines (after <br>) by a tab per column passed, so they stay in their column", () => {
    const row = "<tr><td>农艺师</td><td>2</td><td>本科</td><td>3年</td><td>种植指导<br>病虫害防治</td><td>农学专业<br>持职称优先</td></tr>";
    const lines = htmlToLines(page(`<table><tr><th>职位名称</th><th>人数</th><th>学历</th><th>经验</th><th>职责</th><th>要求</th></tr>${row}</table>`)).lines;
    expect(lines.slice(1).map((l) => l.text)).toEqual(["农艺师\t2\t本科\t3年\t种植指导\t农学专业", "\t\t\t\t病虫害防治", "\t\t\t\t\t持职称优先"]);
  });

  it("should read a table row as one line of cells", () => {
    const lines = htmlToLines(page("<table><tr><th>学历</th><td>本科</td></tr><tr><td>经验</td><td><p>三年</p><p>管理经验优先</p></td></tr></table>")).lines;
    expect(lines.map((l) => [l.text, l.cells, l.table])).toEqual([
      ["学历\t本科", ["学历", "本科"], { table: 0, row: 0 }],
      ["经验\t三年", ["经验", "三年"], { table: 0, row: 1 }],
      ["管理经验优先", undefined, { table: 0, row: 1, col: 1 }],
    ]);
  });

  it("should collapse whitespace and decode entities, but keep <pre> lines", () => {
    expect(texts(page("<p>  Sales&nbsp;&amp;\n   Marketing  </p><pre>a  b\nc</pre>"))).toEqual(["Sales & Marketing", "a  b", "c"]);
  });

  it("should read a toggle's <summary> as a heading one level under the heading above it, with no list marker", () => {
    const toggle = (name: string) => `<ul><li><details open><summary><strong>${name}</strong></summary><h3>职责</h3><ul><li>接待客户</li></ul></details></li></ul>`;
    const lines = htmlToLines(page(`<h1>招聘</h1>${toggle("店长")}${toggle("收银员")}`)).lines;
    expect(lines.map((l) => [l.text, l.heading])).toEqual([
      ["招聘", 1], ["店长", 2], ["职责", 3], ["• 接待客户", undefined], ["收银员", 2], ["职责", 3], ["• 接待客户", undefined],
    ]);
    // A toggle with no heading above it is a second-level heading.
    expect(htmlToLines(page("<details><summary>Barista</summary><p>Make coffee</p></details>")).lines.map((l) => [l.text, l.heading])).toEqual([["Barista", 2], ["Make coffee", undefined]]);
  });

  it("should break lines at <br>", () => {
    expect(texts(page("<p>学历：本科<br>经验：三年</p>"))).toEqual(["学历：本科", "经验：三年"]);
  });
});

describe("readHtml and JSON-LD", () => {
  const jsonLd = (posting: object) => `<script type="application/ld+json">${JSON.stringify(posting)}</script>`;

  it("should read a JobPosting from JSON-LD when the body does not show it", () => {
    const html = page("<div id=app></div>", jsonLd({ "@type": "JobPosting", title: "Data Engineer", description: "<ul><li>Build pipelines</li></ul>" }));
    const { lines } = readHtml({ bytes: new Uint8Array(0), text: html });
    expect(lines.map((l) => [l.text, l.heading])).toEqual([["Data Engineer", 1], ["• Build pipelines", undefined]]);
  });

  it("should not repeat a posting the body already shows", () => {
    const html = page("<h1>Data Engineer</h1><p>Build pipelines</p>", jsonLd({ "@type": "JobPosting", title: "Data Engineer", description: "Build pipelines" }));
    expect(readHtml({ bytes: new Uint8Array(0), text: html }).text).toBe("Data Engineer\nBuild pipelines");
  });

  it("should find JobPostings inside an @graph and ignore broken JSON", () => {
    const html = page("", jsonLd({ "@graph": [{ "@type": "WebPage" }, { "@type": ["JobPosting"], title: "出纳" }] }) + '<script type="application/ld+json">{ nope</script>');
    expect(readHtml({ bytes: new Uint8Array(0), text: html }).text).toBe("出纳");
  });
});

describe("hostile HTML", () => {
  it("should read through 10,000 nested tags without recursion", () => {
    const html = page("<div>".repeat(10_000) + "岗位名称：出纳" + "</div>".repeat(10_000));
    expect(texts(html)).toEqual(["岗位名称：出纳"]);
  });

  // The parser's open-element stack costs time by depth; a million unclosed tags run into the
  // worker's deadline and are refused, instead of holding a thread.
  it("should refuse a million nested tags within the time limit", async () => {
    const html = Buffer.from(page("<span>".repeat(1_000_000) + "出纳"));
    expect((await rejectionOf(decodeDocument(html, { filename: "deep.html", timeoutMs: 2000 }))).reason).toBe("timeout");
  });

  it("should survive a 5 MB attribute", () => {
    expect(texts(page(`<p title="${"x".repeat(5 * 1024 * 1024)}">出纳</p>`))).toEqual(["出纳"]);
  });

  it("should never let script content through, however the script is written", () => {
    const html = page(
      '<script>var s = "</scr" + "ipt><p>SECRET1</p>";</script><SCRIPT type="module">SECRET2</SCRIPT><p>ok</p><script>SECRET3',
    );
    const text = htmlToLines(html).lines.map((l) => l.text).join("\n");
    expect(text).toContain("ok");
    expect(text).not.toMatch(/SECRET/);
  });

  it("should refuse an HTML upload over the size limit before parsing it", async () => {
    const html = Buffer.from(page("<p>" + "a".repeat(MAX_DOCUMENT_BYTES) + "</p>"));
    expect((await rejectionOf(decodeDocument(html, { filename: "big.html" }))).reason).toBe("too_large");
  });

  it("should refuse an HTML page that is only markup", async () => {
    expect((await rejectionOf(decodeDocument(Buffer.from(page("<script>x</script><div></div>"))))).reason).toBe("no_text");
  });
});

describe("chips: sibling inline elements with nothing between them", () => {
  it("keeps a job page's tag chips apart as a tag line", () => {
    expect(texts('<div class="meta"><span>深圳</span><span>运营部</span><span>全职</span><span>3-5年</span></div>')).toEqual(["深圳 · 运营部 · 全职 · 3-5年"]);
    expect(texts("<p><a href='/l'>Berlin</a><a href='/t'>Full-time</a></p>")).toEqual(["Berlin · Full-time"]);
  });

  it("leaves text that runs into an element, and formatting inside a word, as written", () => {
    expect(texts("<p>负责<span>App</span>用户增长</p>")).toEqual(["负责App用户增长"]);
    expect(texts("<p><b>高级</b><b>工程师</b></p>")).toEqual(["高级工程师"]);
    expect(texts("<p><span>Senior</span> engineer</p>")).toEqual(["Senior engineer"]);
  });
});

describe("a JobPosting's data facts", () => {
  const ld = (posting: object) => `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "JobPosting", ...posting })}</script>`;

  it("puts the pay, place and work type a page's JSON-LD states under the title the page shows", () => {
    const html = page("<main><h1>运营经理</h1><h3>岗位职责</h3><p>负责用户增长</p></main>", ld({
      title: "运营经理", employmentType: "FULL_TIME",
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "深圳" } },
      baseSalary: { "@type": "MonetaryAmount", currency: "CNY", value: { "@type": "QuantitativeValue", minValue: 20000, maxValue: 30000, unitText: "MONTH" } },
    }));
    expect(readHtml({ bytes: new Uint8Array(0), text: html }).text.split("\n")).toEqual(["运营经理", "Salary: CNY 20000 - 30000 per month", "Location: 深圳", "Job type: Full-time", "岗位职责", "负责用户增长"]);
  });

  it("states a remote post and a single figure, and leaves out pay it cannot read", () => {
    const facts = (posting: object) => readHtml({ bytes: new Uint8Array(0), text: page("<main><h1>Data Engineer</h1></main>", ld({ title: "Data Engineer", ...posting })) }).text.split("\n").slice(1);
    expect(facts({ jobLocationType: "TELECOMMUTE", baseSalary: { currency: "EUR", value: { value: 70000, unitText: "YEAR" } } })).toEqual(["Salary: EUR 70000 - 70000 per year", "Workplace: Remote"]);
    expect(facts({ baseSalary: { currency: "usd", value: { minValue: "a lot", unitText: "YEAR" } } })).toEqual([]);
    expect(facts({ baseSalary: { currency: "USD", value: { minValue: 9, maxValue: 5, unitText: "HOUR" } } })).toEqual([]);
  });
});

describe("panels that name their content", () => {
  it.each([
    ["tabitem", { value: "kernel", label: "存储引擎研发工程师" }, "存储引擎研发工程师"],
    ["tab", { title: "Data Engineer" }, "Data Engineer"],
    ["el-collapse-item", { title: "仓库主管" }, "仓库主管"],
    ["accordionitem", { header: "Site Manager" }, "Site Manager"],
    ["div", { role: "tabpanel", "aria-label": "Nurse" }, "Nurse"],
  ])("<%s> is named", (name, attribs, expected) => {
    expect(panelName(name, attribs)).toBe(expected);
  });

  it.each([
    ["div", { title: "tooltip" }],
    ["abbr", { title: "Human Resources" }],
    ["tabitem", { value: "kernel" }],
    ["tabitem", { label: "  " }],
  ])("<%s> %j names nothing", (name, attribs) => {
    expect(panelName(name, attribs)).toBeNull();
  });

  it("reads a tab panel's name as a heading line over its content", () => {
    const lines = htmlToLines('<h1>Jobs</h1><div role="tabpanel" aria-label="Barista"><p>Make coffee</p></div>').lines;
    expect(lines.map((l) => [l.text, l.heading])).toEqual([["Jobs", 1], ["Barista", 2], ["Make coffee", undefined]]);
  });
});
