import { z } from "zod";
import { educationLevelLabels, reasonMessages } from "./data/reason-messages.js";

export const Reason = z
  .object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.unknown()).optional() })
  .meta({ id: "Reason" });
export type Reason = z.infer<typeof Reason>;

/** Message language. English is the default: API consumers outside the UI read codes, not messages. */
export type Locale = "zh" | "en";
export type ReasonCode = keyof typeof reasonMessages;

function isEducationLevel(value: unknown): value is keyof typeof educationLevelLabels {
  return typeof value === "string" && Object.hasOwn(educationLevelLabels, value);
}

function formatValue(value: unknown, locale: Locale): string {
  if (Array.isArray(value)) return value.map((item) => formatValue(item, locale)).join(locale === "zh" ? "、" : ", ");
  if (isEducationLevel(value)) return educationLevelLabels[value][locale];
  return String(value);
}

/** A reason with its message in the locale; params stay machine-readable (level ids, raw names). */
export function reason(code: ReasonCode, params: Record<string, unknown>, locale: Locale): Reason {
  const template: string = reasonMessages[code][locale];
  const message = template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? formatValue(params[name], locale) : placeholder,
  );
  return Object.keys(params).length > 0 ? { code, message, params } : { code, message };
}

/** Rounds a 0–1 criterion score to three decimals; the total is summed from these, so it can be recomputed. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
