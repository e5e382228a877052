import { z } from "zod";
import { defaultPoolSettings, type DocumentPoolSettings } from "./documents/decode/pool-settings.js";

const booleanFlag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default("./.data"),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  MEILI_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  MEILI_MASTER_KEY: z.preprocess(emptyAsUndefined, z.string().min(16).optional()),
  MEILI_BINARY: z.preprocess(emptyAsUndefined, z.string().optional()),
  MEILI_INDEX_PREFIX: z.string().regex(/^[a-z0-9_]*$/, "lower-case letters, digits and _ only").default(""),
  ADMIN_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(24, "must be at least 24 characters").optional()),
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  DEMO_DATA: z.preprocess(emptyAsUndefined, booleanFlag.optional()),
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .refine(
        (v) => /^(\d+|true|false)$/.test(v) || v.split(",").every((item) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(item.trim())),
        "a hop count, true/false, or a comma-separated list of loopback/linklocal/uniquelocal and addresses/CIDRs",
      )
      .optional(),
  ),
  PUBLIC_BASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  // The API syncs search in-process unless a deployment runs `npm run worker` on its own.
  SYNC_WORKER: z.enum(["on", "off"]).default("on"),
  // The shared pool that reads uploaded documents (server/documents/decode/document-pool.ts).
  DOCUMENT_WORKERS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(64).optional()),
  DOCUMENT_QUEUE_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(10_000).optional()),
  DOCUMENT_CLIENT_LIMIT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1_000).optional()),
  DOCUMENT_WORKER_MEMORY_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(64).max(16_384).optional()),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = Readonly<{
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  meiliUrl: string | undefined;
  meiliMasterKey: string | undefined;
  meiliBinary: string | undefined;
  indexPrefix: string;
  adminToken: string | undefined;
  publicRateLimit: number;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address. */
  trustProxy: boolean | number | string;
  demoData: boolean;
  /** Where the public reaches this service (no trailing slash): links in JSON-LD and Open Graph tags. */
  publicBaseUrl: string;
  /** Whether the API process runs the outbox sync worker (`SYNC_WORKER`, on unless set to off). */
  syncWorker: boolean;
  /** Threads, queue and limits of the pool that reads uploaded documents. */
  documentPool: DocumentPoolSettings;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
}>;

export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`invalid configuration: ${issues.map((i) => `${i.variable}: ${i.message}`).join("; ")}`);
    this.name = "ConfigError";
  }
}

/** Parses the environment once into a frozen object; a bad variable throws a ConfigError naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message })));
  }
  const e = parsed.data;
  if (e.MEILI_URL && !e.MEILI_MASTER_KEY) {
    throw new ConfigError([{ variable: "MEILI_MASTER_KEY", message: "is required when MEILI_URL is set" }]);
  }
  const embedded = !e.DATABASE_URL || !e.MEILI_URL;
  return Object.freeze({
    port: e.PORT,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    meiliUrl: e.MEILI_URL,
    meiliMasterKey: e.MEILI_MASTER_KEY,
    meiliBinary: e.MEILI_BINARY,
    indexPrefix: e.MEILI_INDEX_PREFIX,
    adminToken: e.ADMIN_TOKEN,
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    demoData: e.DEMO_DATA ?? embedded,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    syncWorker: e.SYNC_WORKER === "on",
    documentPool: documentPoolSettings(e),
    logLevel: e.LOG_LEVEL,
  });
}

function documentPoolSettings(e: z.infer<typeof EnvSchema>): DocumentPoolSettings {
  const defaults = defaultPoolSettings();
  return Object.freeze({
    workers: e.DOCUMENT_WORKERS ?? defaults.workers,
    maxWaiting: e.DOCUMENT_QUEUE_LIMIT ?? defaults.maxWaiting,
    perClient: e.DOCUMENT_CLIENT_LIMIT ?? defaults.perClient,
    memoryMb: e.DOCUMENT_WORKER_MEMORY_MB ?? defaults.memoryMb,
  });
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** The environment variables the service reads, for documentation and the compose-file check. */
export const configVariables = Object.keys(EnvSchema.shape);
