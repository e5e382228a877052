import { describe, expect, it } from "vitest";
import { nulPath } from "../../../server/http/nul-characters.js";

describe("nulPath", () => {
  it("should find no NUL in plain values, nested or not", () => {
    expect(nulPath({ title: "会计", tags: ["a", "b"], n: 3, at: new Date(0), none: null })).toBeNull();
    expect(nulPath(undefined)).toBeNull();
  });

  it("should name the path to the first string holding a NUL", () => {
    expect(nulPath("a\u0000b")).toEqual([]);
    expect(nulPath({ idOrSlug: "\u0000" })).toEqual(["idOrSlug"]);
    expect(nulPath({ requirements: { skills: [{ name: "ok" }, { name: "SQL\u0000" }] } })).toEqual(["requirements", "skills", "1", "name"]);
  });

  it("should name a key holding a NUL", () => {
    expect(nulPath({ profile: { "na\u0000me": "x" } })).toEqual(["profile", "na\u0000me"]);
  });

  it("should not walk the bytes of a buffer", () => {
    expect(nulPath({ file: new Uint8Array([0, 0, 0]) })).toBeNull();
  });
});
