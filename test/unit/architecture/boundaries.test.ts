import { describe, expect, it } from "vitest";
import { localImports, reachable, readSource, sourceFiles } from "./source-graph.js";

/**
 * What search/ may use of server/: pure text folding, pure scoring (candidate documents carry the
 * scorer's education rank and years), schemas and error types. Services, the HTTP layer, metrics and
 * the wiring are not: topic names and handlers reach search/ from the composition root
 * (server/sync-wiring.ts, server/worker-process.ts, server/main.ts) instead.
 */
const searchMayImport: RegExp[] = [
  /^server\/text\//,
  /^server\/matching\//,
  /^server\/.+\.schema\.ts$/,
  /^server\/errors\.ts$/,
  /^server\/vacancies\/redact\.ts$/,
];

/** A process entry point is a composition root: it builds the dependencies and may use the wiring. */
const isEntryPoint = (file: string) => /^search\/[^/]+-cli\.ts$/.test(file);
const entryPointMayImport: RegExp[] = [
  ...searchMayImport,
  /^server\/(config|deps|infrastructure|logger|sync-wiring|worker-process)\.ts$/,
];

/** What no search module may reach, even through an allowed module. */
const isService = (file: string) =>
  /\.service\.ts$/.test(file) ||
  /^server\/(app|deps|main|metrics|sync-wiring|worker-process)\.ts$/.test(file) ||
  /^server\/http\//.test(file) ||
  /^server\/candidates\/candidate-outbox\.ts$/.test(file);

const searchModules = sourceFiles("search").filter((f) => !isEntryPoint(f));

describe("search/ imports no services", () => {
  it("finds the search modules and their imports (the scan reads what it checks)", () => {
    expect(searchModules).toContain("search/vacancy-sync.ts");
    expect(localImports("search/vacancy-sync.ts")).toContain("db/vacancy.repository.ts");
    expect(localImports("search/worker-cli.ts")).toContain("server/worker-process.ts");
  });

  it("search modules import from server/ only text, matching, schemas and errors", () => {
    const outside = searchModules.flatMap((file) =>
      localImports(file).filter((f) => f.startsWith("server/") && !searchMayImport.some((allowed) => allowed.test(f))).map((f) => `${file} → ${f}`),
    );
    expect(outside).toEqual([]);
  });

  it("search modules reach no service, HTTP code or wiring, directly or through another module", () => {
    const chains = searchModules.flatMap((file) => [...reachable(file)].filter(([target]) => isService(target)).map(([, chain]) => chain.join(" → ")));
    expect(chains).toEqual([]);
  });

  it("search/'s entry points (the CLIs) import only the wiring from server/", () => {
    const entryPoints = sourceFiles("search").filter(isEntryPoint);
    expect(entryPoints).toEqual(["search/reindex-cli.ts", "search/worker-cli.ts"]);
    const outside = entryPoints.flatMap((file) =>
      localImports(file).filter((f) => f.startsWith("server/") && !entryPointMayImport.some((allowed) => allowed.test(f))).map((f) => `${file} → ${f}`),
    );
    expect(outside).toEqual([]);
  });

  it("would catch a service import (the rule is not vacuous)", () => {
    expect(isService("server/vacancies/vacancy.service.ts")).toBe(true);
    expect(isService("server/candidates/candidate-outbox.ts")).toBe(true);
    expect(searchMayImport.some((allowed) => allowed.test("server/vacancies/vacancy.service.ts"))).toBe(false);
    expect([...reachable("server/sync-wiring.ts").keys()]).toContain("server/vacancies/vacancy.service.ts");
  });
});

/** Query builders and raw SQL: what only db/ may write. */
const sqlBuilder = /\.(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(|\bsql`|import\s*\{[^}]*\bsql\b[^}]*\}\s*from\s*"kysely"/;

describe("SQL lives in db/", () => {
  it("recognizes a query builder, raw SQL and the sql import, and lets a transaction boundary pass", () => {
    expect(sqlBuilder.test('await deps.db.selectFrom("positions").select("id")')).toBe(true);
    expect(sqlBuilder.test("sql`select 1`.execute(db)")).toBe(true);
    expect(sqlBuilder.test('import { sql } from "kysely";')).toBe(true);
    expect(sqlBuilder.test('import type { Kysely } from "kysely";')).toBe(false);
    expect(sqlBuilder.test("return deps.db.transaction().execute(async (trx) => {")).toBe(false);
  });

  it("server/ (HTTP code, services, domain modules, demo data, the worker) and search/ build no SQL", () => {
    const files = [...sourceFiles("server"), ...sourceFiles("search")];
    expect(files).toContain("server/http/routes/health.routes.ts");
    const lines = files.flatMap((file) =>
      readSource(file)
        .split("\n")
        .flatMap((line, i) => (sqlBuilder.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(lines).toEqual([]);
  });
});
