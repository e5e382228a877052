import { execSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const chromiumPath = "/usr/bin/chromium";
const installCommand = "apt-get update && apt-get install -y chromium fonts-noto-cjk";

const installed = (pkg: string) => {
  try {
    return execSync(`dpkg-query -W -f='\${Status}' ${pkg}`, { stdio: ["ignore", "pipe", "ignore"] }).toString().includes("install ok installed");
  } catch {
    return false;
  }
};

/**
 * Debian's chromium and the CJK fonts, installed with apt-get when missing and running as root (a fresh
 * machine, CI); anyone else is told the one command to run. Never skips: a missing browser fails the test.
 */
export function ensureChromium(): void {
  if (existsSync(chromiumPath) && installed("fonts-noto-cjk")) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`the careers browser test needs Debian's chromium and fonts-noto-cjk; run as root: ${installCommand}`);
  }
  execSync(installCommand, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, timeout: 20 * 60_000 });
  if (!existsSync(chromiumPath)) throw new Error(`${installCommand} finished but ${chromiumPath} is missing`);
}

/** One headless browser with a fresh profile, closed (and its profile removed) by the returned close(). */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), "careers-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--disable-quic", "--no-first-run",
    ],
    viewport: { width: 1280, height: 900 },
    locale: "zh-CN",
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A page-side predicate for waitForFunction: the search for `q` (any, when null) has finished and shows
 * hits or the empty state. A function, not a string: the pages' CSP (no 'unsafe-eval') refuses Playwright's
 * string predicates. The server's typecheck has no DOM library, so the page's globals are reached untyped.
 */
export const resultsFor = (q: string | null): boolean => {
  const w = globalThis as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const doc = w.document;
  return (q === null || new URL(w.location.href).searchParams.get("q") === q)
    && doc.querySelectorAll("#results .hit, #empty:not([hidden])").length > 0 && !doc.querySelector("#results[aria-busy]");
};
