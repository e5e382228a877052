import { describe, expect, it } from "vitest";
import { html, jsonForScript, SafeHtml } from "../../../server/careers/html.js";
import { fieldErrorMessage, facetValueLabel, messages, translate } from "../../../server/careers/messages.js";

describe("html templates escape by construction", () => {
  it.each([
    ["<script>alert(1)</script>", "&#60;script&#62;alert(1)&#60;/script&#62;"],
    ['" onmouseover="x', "&#34; onmouseover=&#34;x"],
    ["'single'", "&#39;single&#39;"],
    ["a & b", "a &#38; b"],
    ["會計", "會計"],
  ])("%s", (value, escaped) => {
    expect(html`<p title="${value}">${value}</p>`.value).toBe(`<p title="${escaped}">${escaped}</p>`);
  });

  it("keeps nested templates and lists as markup, and drops null, undefined and false", () => {
    const items = ["<a>", "b"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}`.value).toBe("<ul><li>&#60;a&#62;</li><li>b</li></ul>");
    expect(html`${new SafeHtml("<b>trusted</b>")}`.value).toBe("<b>trusted</b>");
  });

  it("writes JSON that cannot close its script element", () => {
    const json = jsonForScript({ title: "</script><script>alert(1)</script>", line: "a\u2028b" }).value;
    expect(json).not.toContain("</script");
    expect(JSON.parse(json)).toEqual({ title: "</script><script>alert(1)</script>", line: "a\u2028b" });
  });
});

describe("careers messages", () => {
  it("has every message in both languages", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort());
    for (const [key, text] of Object.entries(messages.en)) expect(text, key).not.toBe("");
  });

  it("fills placeholders", () => {
    expect(translate("zh", "resultsCount", { total: 3 })).toBe("共 3 个职位");
    expect(translate("en", "pageOf", { page: 2, pages: 5 })).toBe("Page 2 of 5");
  });

  it.each([
    ["zh", "educationLevel", "bachelor", "本科"],
    ["en", "employmentType", "part_time", "Part-time"],
    ["zh", "location", "上海", "上海"],
    ["en", "educationLevel", "unknown_level", "unknown_level"],
  ] as const)("labels a %s facet value %s=%s as %s", (locale, facet, value, label) => {
    expect(facetValueLabel(locale, facet, value)).toBe(label);
  });

  it("shows a field error in the page's language where the form knows the field, else the API's words", () => {
    expect(fieldErrorMessage("zh", "candidate.experience.2.startDate", "expected YYYY-MM")).toBe("请按“年-月”填写，如 2021-03");
    expect(fieldErrorMessage("en", "candidate.email", "Invalid email address")).toBe("Enter a valid email address, e.g. name@example.com");
    expect(fieldErrorMessage("zh", "candidate.maritalStatus", "marital status must not be collected")).toBe("marital status must not be collected");
  });
});
