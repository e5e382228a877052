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

const listSeparators: Record<Locale, string> = { zh: "、", en: ", " };

function formatValue(value: unknown, locale: Locale): string {
  if (typeof value === "string") return isEducationLevel(value) ? educationLevelLabels[value][locale] : value;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    let text = "";
    for (let i = 0; i < value.length; i++) text += (i === 0 ? "" : listSeparators[locale]) + formatValue(value[i], locale);
    return text;
  }
  if (isEducationLevel(value)) return educationLevelLabels[value][locale];
  return String(value);
}

// A template split once into literal text (even indexes) and placeholder names (odd indexes): scoring
// writes a dozen reasons per pair, and matching the template's pattern each time was a fifth of it.
type Template = readonly string[];
const locales: readonly Locale[] = ["zh", "en"];
const templates = Object.fromEntries(
  locales.map((locale) => [
    locale,
    Object.fromEntries(Object.entries(reasonMessages).map(([code, messages]) => [code, (messages[locale] as string).split(/\{(\w+)\}/)])),
  ]),
) as unknown as Record<Locale, Record<ReasonCode, Template>>;

/** A reason with its message in the locale; params stay machine-readable (level ids, raw names). */
export function reason(code: ReasonCode, params: Record<string, unknown>, locale: Locale): Reason {
  const parts = templates[locale][code];
  let message = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    message += (name in params ? formatValue(params[name], locale) : `{${name}}`) + parts[i + 1]!;
  }
  for (const _ in params) return { code, message, params };
  return { code, message };
}

/** Rounds a 0–1 criterion score to three decimals; the total is summed from these, so it can be recomputed. */
export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}
