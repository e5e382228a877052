import type { Request } from "express";
import { z } from "zod";
import type { Locale } from "../matching/reasons.js";

/** The reason-message language the client prefers (Accept-Language: zh, zh-CN, zh-TW … or en); English otherwise. */
export function localeOf(req: Request): Locale {
  return req.acceptsLanguages("en", "zh") === "zh" ? "zh" : "en";
}

/** Documents the header on routes whose reasons are localized. */
export const AcceptLanguageHeader = z.object({
  "accept-language": z.string().optional().meta({ description: "zh (any region) for Chinese reason messages; English otherwise" }),
});
