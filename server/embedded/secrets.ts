import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

/**
 * Reads a secret kept in `dir/name`, or generates and stores one (mode 0600) on first use.
 * Returns whether it was created now, so the caller can print it once.
 */
export function readOrCreateSecret(dir: string, name: string): { value: string; created: boolean } {
  const file = join(dir, name);
  if (existsSync(file)) return { value: readFileSync(file, "utf8").trim(), created: false };
  mkdirSync(dir, { recursive: true });
  const value = randomBytes(32).toString("base64url");
  writeFileSync(file, value + "\n", { mode: 0o600, flag: "wx" });
  return { value, created: true };
}
