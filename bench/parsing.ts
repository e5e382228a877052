import { readdirSync, readFileSync } from "node:fs";
import { parsePositions } from "../server/positions/parse.js";

const seedsDir = new URL("../seeds/", import.meta.url);

/** Parses every seed document repeatedly and reports throughput in MB of UTF-8 input per second. */
export async function benchParsing(): Promise<{ name: string; mbPerSecond: number; bytes: number; runs: number }> {
  const documents = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(new URL(f, seedsDir), "utf8"));
  const bytesPerRound = documents.reduce((sum, d) => sum + Buffer.byteLength(d, "utf8"), 0);
  for (const d of documents) parsePositions(d);
  let runs = 0;
  const started = process.hrtime.bigint();
  let elapsed = 0;
  while (runs < 3 || elapsed < 2_000) {
    for (const d of documents) parsePositions(d);
    runs++;
    elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  }
  const bytes = bytesPerRound * runs;
  return { name: "parsePositions (seeds)", mbPerSecond: bytes / 1e6 / (elapsed / 1000), bytes, runs };
}
