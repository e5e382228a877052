import { describe, expect, it } from "vitest";
import { createLogger } from "../../server/logger.js";

describe("createLogger", () => {
  it("keeps the values PostgreSQL puts in error details out of the log", () => {
    const lines: string[] = [];
    const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
    const err = Object.assign(new Error("duplicate key value violates unique constraint"), {
      code: "23505",
      detail: "Key (email)=(wang.fang@example.com) already exists.",
      parameters: ["wang.fang@example.com"],
    });
    logger.error({ err }, "insert failed");
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain("wang.fang@example.com");
    expect(JSON.parse(lines[0]!).err).toMatchObject({ code: "23505", detail: "[redacted]", message: "duplicate key value violates unique constraint" });
  });
});
