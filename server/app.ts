import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import swaggerUi from "swagger-ui-express";
import { careersRoutes } from "./careers/careers.routes.js";
import type { Deps } from "./deps.js";
import { buildOpenApiDocument } from "./http/openapi.js";
import { errorHandler, notFoundHandler } from "./http/problem.js";
import { metricsRoute, requestMetrics } from "./http/metrics.routes.js";
import { publicRateLimit } from "./http/rate-limit.js";
import { PostgresRateLimitStore } from "./http/rate-limit-store.js";
import { bearerAuth, requestLogging } from "./http/request-context.js";
import { ApiRouter } from "./http/route.js";
import { applicationRoutes } from "./http/routes/applications.routes.js";
import { candidateRoutes } from "./http/routes/candidates.routes.js";
import { healthRoutes } from "./http/routes/health.routes.js";
import { jobRoutes } from "./http/routes/jobs.routes.js";
import { matchRoutes } from "./http/routes/match.routes.js";
import { organizationRoutes } from "./http/routes/organizations.routes.js";
import { positionImportRoutes } from "./http/routes/position-import.routes.js";
import { positionRoutes } from "./http/routes/positions.routes.js";
import { resumeRoutes } from "./http/routes/resumes.routes.js";
import { vacancyRoutes } from "./http/routes/vacancies.routes.js";

/** Builds the HTTP app from its dependencies; it never listens (server/main.ts does). */
/** `checkResponses` (tests only) validates every response against the schema its route declares. */
export function createApp(deps: Deps, opts: { checkResponses?: boolean } = {}): Express {
  const app = express();
  app.locals.checkResponses = opts.checkResponses === true;
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  // The rate limit counts per client address; behind a load balancer that address comes from X-Forwarded-For.
  app.set("trust proxy", deps.config.trustProxy);
  app.use(requestLogging(deps.logger));
  app.use(requestMetrics());
  app.use(helmet());
  // Bearer tokens are never ambient credentials, so any origin may call the API without cookies.
  app.use(cors({ origin: "*", credentials: false, exposedHeaders: ["X-Request-Id", "RateLimit", "RateLimit-Policy", "Location"] }));
  app.use(healthRoutes(deps));
  app.use(careersRoutes(deps));

  const api = new ApiRouter({
    publicLimiter: publicRateLimit(deps.config.publicRateLimit, new PostgresRateLimitStore(deps.db, deps.now)),
    checkResponses: opts.checkResponses,
  });
  organizationRoutes(api, deps);
  resumeRoutes(api, deps);
  candidateRoutes(api, deps);
  applicationRoutes(api, deps);
  matchRoutes(api, deps);
  positionImportRoutes(api, deps);
  positionRoutes(api, deps);
  vacancyRoutes(api, deps);
  jobRoutes(api, deps);

  const openapi = buildOpenApiDocument(api.routes);
  app.get("/openapi.json", (_req, res) => {
    res.json(openapi);
  });
  // Swagger UI's bundle uses inline styles; the relaxed policy applies to /docs only.
  app.use(
    "/docs",
    helmet({ contentSecurityPolicy: { directives: { "style-src": ["'self'", "'unsafe-inline'"], "img-src": ["'self'", "data:"] } } }),
    swaggerUi.serve,
    swaggerUi.setup(openapi as never, { customSiteTitle: "Job board API" }),
  );

  app.use(bearerAuth(deps.authenticate));
  metricsRoute(app, deps);
  app.use(api.express);
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
