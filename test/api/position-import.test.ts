import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IN_PROCESS_PARSE_CHARS } from "../../server/positions/parse-bounded.js";
import { foldKey } from "../../server/text/fold.js";
import { bearer, buildOrganization, type TestOrganization } from "../helpers/factories.js";
import { createTestContext, type TestContext } from "../helpers/test-app.js";

let ctx: TestContext;
let org: TestOrganization;
beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganization(ctx);
});
afterAll(() => ctx.close());

const fixture = (name: string) => readFileSync(new URL(`../fixtures/documents/${name}`, import.meta.url));
const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url));
const titles = (body: { positions: { title: string }[] }) => body.positions.map((p) => foldKey(p.title));

describe("POST /v1/positions/parse, end to end per format and encoding", () => {
  it.each([
    ["admin-manager.gbk.txt", "gb18030", "txt", "行政主管", "associate"],
    ["accounting-supervisor.big5.txt", "big5", "txt", "會計主管", "bachelor"],
    ["hr-specialist.utf16le-bom.txt", "utf-16le", "txt", "人力资源专员", "bachelor"],
    ["software-engineer.utf16be.txt", "utf-16be", "txt", "資深軟體工程師", "bachelor"],
    ["purchasing-supervisor.utf8-bom.txt", "utf-8", "txt", "采购主管", null],
    ["sales-manager.en.txt", "utf-8", "txt", "sales manager", "bachelor"],
    ["admin-manager.docx", "utf-8", "docx", "行政主管", "associate"],
    ["accounting-supervisor.doc", "unicode", "doc", "會計主管", "bachelor"],
    ["admin-manager.pdf", "unicode", "pdf", "行政主管", "associate"],
  ])("reads %s as a text/plain or multipart upload", async (name, encoding, format, title, minLevel) => {
    const res = await ctx
      .request()
      .post("/v1/positions/parse")
      .set(bearer(org.apiKey))
      .attach("file", fixture(name), name);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.format).toBe(format);
    expect(res.body.encoding).toContain(encoding);
    expect(titles(res.body)).toContain(foldKey(title));
    const position = res.body.positions.find((p: { title: string }) => foldKey(p.title) === foldKey(title));
    if (minLevel) expect(position.requirements.education.minLevel).toBe(minLevel);
    expect(await ctx.deps.db.selectFrom("documents").select("id").execute()).toHaveLength(0);
  });

  it("ignores a wrong declared charset on text/plain and detects the bytes' encoding", async () => {
    const res = await ctx
      .request()
      .post("/v1/positions/parse")
      .set(bearer(org.apiKey))
      .set("Content-Type", "text/plain; charset=iso-8859-1")
      .send(fixture("admin-manager.gbk.txt"));
    expect(res.status).toBe(200);
    expect(res.body.encoding).toBe("gb18030");
    expect(titles(res.body)).toContain(foldKey("行政主管"));
  });

  it("takes { text } JSON", async () => {
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).send({ text: seed("001_68d3156cfa4dbd64.txt").toString("utf8") });
    expect(res.status).toBe(200);
    expect(res.body.positions.length).toBeGreaterThan(0);
  });
});

describe("POST /v1/positions/import", () => {
  it("stores the document and its positions, each keeping its exact source slice", async () => {
    const text = seed("000_4f3d29ba12eddfeb.txt");
    const res = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send(text);
    expect(res.status).toBe(201);
    expect(res.body.documentId).toEqual(expect.any(String));
    const stored = await ctx.deps.db.selectFrom("positions").select(["id", "source_text"]).where("document_id", "=", res.body.documentId).execute();
    expect(stored).toHaveLength(res.body.positions.length);
    for (const row of stored) expect(text.toString("utf8")).toContain(row.source_text);
    const list = await ctx.request().get("/v1/positions?pageSize=100").set(bearer(org.apiKey));
    expect(list.body.total).toBeGreaterThanOrEqual(res.body.positions.length);
  });

  it("keeps an uploaded file's name as the browser sent it, in UTF-8", async () => {
    const res = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).attach("file", fixture("admin-manager.docx"), "行政主管-岗位说明书.docx");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const stored = await ctx.deps.db.selectFrom("documents").select("filename").where("id", "=", res.body.documentId).executeTakeFirstOrThrow();
    expect(stored.filename).toBe("行政主管-岗位说明书.docx");
  });

  // Built by hand: a client library would refuse, or escape, what these parts say.
  const multipart = (disposition: string, bytes: Buffer) => {
    const head = `--b0undary\r\nContent-Disposition: form-data; name="file"; ${disposition}\r\nContent-Type: application/octet-stream\r\n\r\n`;
    return Buffer.concat([Buffer.from(head, "latin1"), bytes, Buffer.from("\r\n--b0undary--\r\n")]);
  };
  const upload = (body: Buffer) =>
    ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).set("Content-Type", "multipart/form-data; boundary=b0undary").send(body);

  it("stores an uploaded file's name without control characters and at most 255 characters long", async () => {
    const storedName = async (disposition: string) => {
      const res = await upload(multipart(disposition, fixture("admin-manager.docx")));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return (await ctx.deps.db.selectFrom("documents").select("filename").where("id", "=", res.body.documentId).executeTakeFirstOrThrow()).filename;
    };
    expect(await storedName("filename*=UTF-8''job%00spec%07.docx")).toBe("jobspec.docx");
    expect(await storedName('filename="offer%0D%0Aletter.docx"')).toBe("offerletter.docx");
    expect(await storedName(`filename*=UTF-8''${encodeURIComponent("岗".repeat(300))}.docx`)).toBe(`${"岗".repeat(250)}.docx`);
  });

  it("answers a multipart body it cannot parse with 400, not 500", async () => {
    const brokenHeader = await upload(multipart('filename="a\u0000b.docx"', fixture("admin-manager.docx")));
    expect(brokenHeader.status, JSON.stringify(brokenHeader.body)).toBe(400);
    expect(brokenHeader.headers["content-type"]).toMatch(/problem\+json/);
    const cutShort = await upload(multipart('filename="a.docx"', fixture("admin-manager.docx")).subarray(0, 400));
    expect(cutShort.status).toBe(400);
    const noBoundary = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).set("Content-Type", "multipart/form-data").send(Buffer.from("x"));
    expect(noBoundary.status).toBe(400);
  });
});

describe("large documents", () => {
  it("parses a large text off the event loop, so the server keeps turning meanwhile", async () => {
    const seeds = ["000_4f3d29ba12eddfeb.txt", "003_af56c3073508a216.txt", "004_6bd175bdc4fb85d5.txt"].map((f) => seed(f).toString("utf8"));
    const big = Array.from({ length: 24 }, (_, i) => seeds[i % seeds.length]).join("\n\n");
    expect(big.length).toBeGreaterThan(IN_PROCESS_PARSE_CHARS);
    // A parse on the main thread stalls the event loop for about the whole request, however fast the
    // machine; off it, the longest stall is a small part of the request. Both are measured in this run.
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    const started = performance.now();
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send(Buffer.from(big));
    const requestMs = performance.now() - started;
    stalls.disable();
    expect(res.status).toBe(200);
    expect(res.body.positions.length).toBeGreaterThan(60);
    expect(stalls.max / 1e6).toBeLessThan(requestMs / 2);
  });
});

describe("hostile and broken documents", () => {
  const countDocuments = async () => (await ctx.deps.db.selectFrom("documents").select("id").execute()).length;

  it("refuses more than 10 MB with 413, as raw text and as an upload", async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 0x61);
    const raw = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send(big);
    expect(raw.status).toBe(413);
    const upload = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).attach("file", big, "big.txt");
    expect(upload.status).toBe(413);
    expect(upload.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("refuses a zip bomb with 422 and stores nothing", async () => {
    const before = await countDocuments();
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document>" + " ".repeat(60 * 1024 * 1024) + "</w:document>");
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
    const res = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).attach("file", bomb, "bomb.docx");
    expect(res.status).toBe(422);
    expect(res.body.reason).toBe("zip_bomb");
    expect(await countDocuments()).toBe(before);
  });

  it("refuses a DOCTYPE in a .docx with 422", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>');
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).attach("file", await zip.generateAsync({ type: "nodebuffer" }), "x.docx");
    expect(res.status).toBe(422);
    expect(res.body.reason).toBe("doctype");
  });

  it("refuses a corrupt PDF with 422 and a reason", async () => {
    const res = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).attach("file", Buffer.from("%PDF-1.7\n garbage garbage"), "x.pdf");
    expect(res.status).toBe(422);
    expect(res.body.reason).toBe("corrupt_pdf");
  });

  it("refuses an empty document and one without any position with 422", async () => {
    const empty = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).set("Content-Type", "text/plain").send(Buffer.from("   \n  "));
    expect(empty.status).toBe(422);
    const none = await ctx.request().post("/v1/positions/import").set(bearer(org.apiKey)).send({ text: "今天天气很好，我们去公园散步吧。" });
    expect(none.status).toBe(422);
    expect(none.body.reason).toBe("no_positions");
  });

  it("refuses binary junk with 415 and an unsupported content type with 415", async () => {
    const junk = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).set("Content-Type", "application/octet-stream").send(Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 0, 1, 2, 3, 4, 5]));
    expect(junk.status).toBe(415);
    const xml = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).set("Content-Type", "application/xml").send("<a/>");
    expect(xml.status).toBe(415);
  });

  it("names unknown JSON fields and a missing file", async () => {
    const extra = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).send({ text: "x", lang: "zh" });
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual([{ path: "lang", message: "unknown field" }]);
    const noFile = await ctx.request().post("/v1/positions/parse").set(bearer(org.apiKey)).field("name", "x");
    expect(noFile.status).toBe(400);
    expect(noFile.body.errors[0].path).toBe("file");
  });
});
