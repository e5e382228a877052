import { pino, type DestinationStream, type Logger } from "pino";
import type { Config } from "./config.js";

/**
 * The one logger configuration. PostgreSQL errors carry the offending values in `detail` (e.g. a
 * duplicate email) and drivers may attach query parameters; those never reach the log.
 */
export function createLogger(level: Config["logLevel"], destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: ["err.detail", "err.parameters", "err.where", "err.cause.detail", "err.cause.parameters"], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
