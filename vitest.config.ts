import { defineConfig } from "vitest/config";

// Two tiers: pure units run without services; api tests share one embedded Postgres and
// Meilisearch started by the global setup, each file with its own database and index prefix.
export default defineConfig({
  test: {
    pool: "forks",
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          setupFiles: ["test/helpers/close-document-pool.ts"],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: "api",
          include: ["test/api/**/*.test.ts"],
          globalSetup: ["test/helpers/global-setup.ts"],
          setupFiles: ["test/helpers/close-document-pool.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
