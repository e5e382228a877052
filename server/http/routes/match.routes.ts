import { adhocMatch } from "../../applications/adhoc-match.js";
import { orgOf } from "../../auth/principal.js";
import type { Deps } from "../../deps.js";
import { MatchResult } from "../../matching/match.schema.js";
import { AcceptLanguageHeader, localeOf } from "../locale.js";
import type { ApiRouter } from "../route.js";
import { MatchBody } from "./match.schema.js";

export function matchRoutes(api: ApiRouter, deps: Pick<Deps, "db" | "now">): void {
  api.add(
    {
      method: "post", path: "/v1/match", summary: "Score a candidate against a vacancy or inline requirements (stores nothing)",
      tags: ["Matching"], access: "recruiter", body: MatchBody, headers: AcceptLanguageHeader,
      responses: {
        200: { description: "The score, qualification and reasons per criterion", schema: MatchResult },
        404: { description: "Unknown or another organization's vacancy" },
      },
    },
    async ({ body, principal, req }) => ({
      status: 200,
      body: await adhocMatch(deps.db, orgOf(principal), body, { now: deps.now(), locale: localeOf(req) }),
    }),
  );
}
