import { Router } from "express";
import { pingDatabase } from "../../../db/health.repository.js";
import type { Deps } from "../../deps.js";

async function check(what: Promise<unknown>, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([what.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(deps: Pick<Deps, "db" | "meili">): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const [postgres, meilisearch] = await Promise.all([
      check(pingDatabase(deps.db)),
      check(deps.meili.health()),
    ]);
    const ready = postgres && meilisearch;
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? "ready" : "unavailable", checks: { postgres: postgres ? "up" : "down", meilisearch: meilisearch ? "up" : "down" } });
  });
  return router;
}
