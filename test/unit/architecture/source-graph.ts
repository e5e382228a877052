import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** The repository root, as a folder path ending without a slash. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** Every .ts file below a folder of the repository, as repository-relative paths with forward slashes. */
export function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(relative(repoRoot, path).split("\\").join("/"));
    }
  };
  walk(join(repoRoot, folder));
  return out.sort();
}

export const readSource = (file: string): string => readFileSync(join(repoRoot, file), "utf8");

/**
 * The repository files a source file imports or re-exports (dynamic imports too), resolved from the
 * `.js` specifiers the project writes to the `.ts` files they name. Packages are left out.
 */
export function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readSource(file), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(repoRoot, resolve(repoRoot, dirname(file), specifier)).split("\\").join("/").replace(/\.js$/, ".ts"));
}

/** Every repository file reachable from `file` through imports, with the chain that reaches it. */
export function reachable(file: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of localImports(current)) {
      if (chains.has(next) || !next.endsWith(".ts")) continue;
      chains.set(next, [...chains.get(current)!, next]);
      queue.push(next);
    }
  }
  chains.delete(file);
  return chains;
}
