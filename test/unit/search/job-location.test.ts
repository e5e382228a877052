import { describe, expect, it } from "vitest";
import { placeOf } from "../../../server/vacancies/job-location.js";

describe("the country and remoteness of a location text", () => {
  it.each([
    ["上海", { remote: false, country: "CN" }],
    [null, { remote: false, country: "CN" }],
    ["台北市信義區", { remote: false, country: "TW" }],
    ["臺北", { remote: false, country: "TW" }],
    ["香港九龍", { remote: false, country: "HK" }],
    ["Hong Kong", { remote: false, country: "HK" }],
    ["London, UK", { remote: false, country: "GB" }],
    ["Kyiv, Ukraine", { remote: false, country: "CN" }],
    ["远程办公", { remote: true, country: "CN" }],
    ["遠端工作（台灣）", { remote: true, country: "TW" }],
    ["Remote - Singapore", { remote: true, country: "SG" }],
  ])("%s → %j", (location, expected) => {
    expect(placeOf(location)).toEqual(expected);
  });
});
