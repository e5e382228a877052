/**
 * What a reader of a rendered Markdown page sees, written back as Markdown: the site generator's syntax around the
 * content (front matter, Hugo shortcodes, Liquid tags, MDX imports and components) is turned into the headings and
 * lines it renders to, or dropped where it renders to nothing a reader reads.
 *
 * - Front matter (YAML between `---` lines or TOML between `+++` lines, first thing in the file) is metadata; its
 *   `title` is the page's `#` heading, the rest is not shown.
 * - A block component written on lines of its own and closed further down — `{{< role title="SRE" … >}}` … `{{< /role >}}`,
 *   `{{% job name="…" %}}`, Liquid `{% section title: "…" %}` … `{% endsection %}`, MDX `<RoleCard title="…">` … `</RoleCard>`
 *   — with a naming attribute (title, name, heading, role, position, label…) is a heading one level under the heading above
 *   it over its body; its other text attributes ("location", "salary", "type") are shown as "Location: …" lines under it.
 * - A component that is not closed (a hero, a figure, `{{< newsletter-signup >}}`, `<Signup />`) shows its caption-like
 *   attributes (title, subtitle, caption, text) as plain lines, not headings: they name no block below them.
 * - A closing tag, a bare Liquid tag (`{% include … %}`, `{%hackmd theme %}`), `{{ variable }}` output and MDX
 *   `import`/`export` lines render to nothing.
 * Fenced code is left as written.
 */
export function renderedMarkdownSource(source: string): string {
  const lines = frontMatter(source.split("\n"));
  if (!lines.some((l) => /\{\{|\{%|^\s*<[A-Z]|^(?:import|export)\s/.test(l))) return lines.join("\n");
  const out: string[] = [];
  let heading = 1;
  let fence: string | null = null;
  const tags = lines.map((line) => tagOf(line));
  for (const [i, line] of lines.entries()) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      out.push(line);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      out.push(line);
      continue;
    }
    const h = /^(#{1,6})\s/.exec(line);
    if (h) heading = h[1]!.length;
    const tag = tags[i];
    if (tag === null || tag === undefined) {
      if (/^(?:import\s.+\sfrom\s|export\s+(?:const|default|let|function)\b)/.test(line)) continue;
      out.push(inlineTemplate(line));
      continue;
    }
    if (tag.closing) {
      out.push("");
      continue;
    }
    const closed = !tag.selfClosing && tags.slice(i + 1).some((t) => t?.closing && t.name === tag.name);
    const name = closed ? NAMING.map((k) => tag.attributes.get(k)).find((v) => v !== undefined && shown(v)) : undefined;
    if (name !== undefined) {
      out.push("", `${"#".repeat(Math.min(6, heading + 1))} ${name}`, "");
      const facts = [...tag.attributes].filter(([k, v]) => !NAMING.includes(k) && !HIDDEN.test(k) && shown(v));
      for (const [k, v] of facts) out.push(`${label(k)}: ${v}`);
      if (facts.length > 0) out.push("");
    } else {
      const captions = CAPTIONS.map((k) => tag.attributes.get(k)).filter((v): v is string => v !== undefined && shown(v));
      out.push("", ...captions.flatMap((c) => [c, ""]));
    }
  }
  // The blank lines a dropped tag leaves: one is a paragraph break, more say nothing more.
  return out.join("\n").replace(/\n{3,}/g, "\n\n");
}

type Tag = { name: string; closing: boolean; selfClosing: boolean; attributes: Map<string, string> };

const NAMING = ["title", "name", "heading", "header", "role", "position", "job", "jobtitle", "job_title", "label"];
const CAPTIONS = ["title", "subtitle", "heading", "caption", "text"];
// Attributes that configure the component rather than say something to a reader.
const HIDDEN = /^(?:id|key|class|classname|style|src|href|url|link|icon|image|img|color|theme|variant|size|width|height|weight|slug|ref|anchor|target|lang|open|default|value)$|_?(?:image|icon|url|id)$/;

/** A value a reader would read: words, not a path, address, flag or bare number. */
const shown = (value: string) => value.trim() !== "" && !/^(?:true|false|null|\d+(?:\.\d+)?|[\w./-]+\.(?:jpe?g|png|gif|svg|webp|html?|md)|https?:\/\/\S+|\/\S*|#\S*)$/i.test(value.trim());
const label = (key: string) => {
  const words = key.replace(/[_-]+/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words[0]!.toUpperCase() + words.slice(1);
};

const ATTRIBUTE = /([A-Za-z_][\w:-]*)\s*(?:=|:)\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\}|\{([^}]*)\}|([^\s"'>%}]+))/g;

function attributesOf(body: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of body.matchAll(ATTRIBUTE)) attributes.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? "").trim());
  return attributes;
}

/** A line that is one template tag and nothing else: a Hugo shortcode, a Liquid block tag, an MDX component tag. */
function tagOf(line: string): Tag | null {
  const t = line.trim();
  const hugo = /^\{\{([<%])\s*(\/)?\s*([\w.-]+)(.*?)\s*(\/)?\s*[>%]\}\}$/.exec(t);
  if (hugo) return { name: hugo[3]!.toLowerCase(), closing: hugo[2] === "/", selfClosing: hugo[5] === "/", attributes: attributesOf(hugo[4]!) };
  const liquid = /^\{%-?\s*(end)?([\w.-]+)(.*?)-?%\}$/.exec(t);
  if (liquid) {
    const name = liquid[2]!.toLowerCase();
    // Tags that output something or wrap nothing: include, assign, hackmd embeds… are never block openers.
    return { name, closing: liquid[1] === "end", selfClosing: LIQUID_INLINE.test(name), attributes: attributesOf(liquid[3]!) };
  }
  const mdx = /^<(\/)?([A-Z][\w.]*)((?:\s+[^>]*?)?)\s*(\/)?>$/.exec(t);
  if (mdx) return { name: mdx[2]!, closing: mdx[1] === "/", selfClosing: mdx[4] === "/", attributes: attributesOf(mdx[3]!) };
  return null;
}

const LIQUID_INLINE = /^(?:include|include_relative|assign|render|cycle|increment|decrement|break|continue|else|elsif|when|comment|raw|hackmd|youtube|vimeo|gist|post_url|link|seo|toc|img|image)$/;

/** Template output inside a line: `{{ page.title }}`, `{{< ref "x" >}}`, `{% raw %}` render to nothing here. */
function inlineTemplate(line: string): string {
  if (!/\{\{|\{%/.test(line)) return line;
  return line.replace(/\{\{[<%].*?[>%]\}\}|\{%.*?%\}|\{\{.*?\}\}/g, "").replace(/[ \t]{2,}/g, " ");
}

/** Front matter at the top of the file: dropped, but for its title, which is the page's heading. */
function frontMatter(lines: string[]): string[] {
  const fence = lines[0]?.trim();
  if (fence !== "---" && fence !== "+++") return lines;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === fence);
  if (end < 0) return lines;
  const block = lines.slice(1, end);
  // Only top-level keys: a TOML table ("[menu.main]") or an indented YAML map is not the page's.
  let inTable = false;
  let title: string | undefined;
  for (const line of block) {
    if (/^\[/.test(line)) inTable = true;
    const m = /^(title)\s*[:=]\s*(?:"([^"]*)"|'([^']*)'|(.+))$/.exec(line);
    if (m && !inTable) title = (m[2] ?? m[3] ?? m[4] ?? "").trim();
  }
  return [...(title ? [`# ${title}`, ""] : []), ...lines.slice(end + 1)];
}
