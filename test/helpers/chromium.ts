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

/**
 * Page-side: the WCAG contrast ratio of every visible element that holds text directly, against the first
 * opaque background behind it, with the minimum WCAG AA asks (3 for large text, else 4.5).
 */
export const contrastReport = (): { text: string; ratio: number; minimum: number }[] => {
  const w = globalThis as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
  };
  const background = (el: any): number[] => { // eslint-disable-line @typescript-eslint/no-explicit-any
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(w.getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const out: { text: string; ratio: number; minimum: number }[] = [];
  for (const el of w.document.querySelectorAll("body *")) {
    const own = [...el.childNodes].filter((n: any) => n.nodeType === 3 && n.textContent.trim()).map((n: any) => n.textContent.trim()).join(" "); // eslint-disable-line @typescript-eslint/no-explicit-any
    const style = w.getComputedStyle(el);
    if (!own || style.visibility === "hidden" || el.getClientRects().length === 0) continue;
    const [l1, l2] = [luminance(rgb(style.color)), luminance(background(el))].sort((a, b) => b - a);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    out.push({ text: own.slice(0, 30), ratio: Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100, minimum: large ? 3 : 4.5 });
  }
  return out;
};
