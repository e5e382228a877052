import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

export type Asset = { name: string; contentType: string; body: Buffer };
export type CareersAssets = { script: Asset; styles: Asset; byName: Map<string, Asset> };

// Run from source (server/careers/) or from the compiled dist/server/careers/, the browser sources stay in the repo.
const clientDir = [new URL("./client/", import.meta.url), new URL("../../../server/careers/client/", import.meta.url)]
  .map((u) => fileURLToPath(u))
  .find((dir) => existsSync(`${dir}main.ts`));

function hashed(base: string, ext: string, contentType: string, body: Buffer): Asset {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 12);
  return { name: `${base}.${hash}.${ext}`, contentType, body };
}

let built: CareersAssets | undefined;

/**
 * The browser script and style sheet, bundled and minified by esbuild in memory once per process (a
 * few tens of milliseconds), named by their content hash so they can be cached for a year.
 */
export function careersAssets(): CareersAssets {
  if (built) return built;
  if (!clientDir) throw new Error("careers page sources (server/careers/client) not found");
  const result = buildSync({
    entryPoints: [`${clientDir}main.ts`, `${clientDir}styles.css`],
    bundle: true,
    minify: true,
    format: "esm",
    target: ["es2020"],
    write: false,
    outdir: "/careers-assets",
    legalComments: "none",
    logLevel: "silent",
  });
  const output = (ext: string) => Buffer.from(result.outputFiles.find((f) => f.path.endsWith(`.${ext}`))!.contents);
  const script = hashed("careers", "js", "text/javascript; charset=utf-8", output("js"));
  const styles = hashed("careers", "css", "text/css; charset=utf-8", output("css"));
  built = { script, styles, byName: new Map([script, styles].map((a) => [a.name, a])) };
  return built;
}
