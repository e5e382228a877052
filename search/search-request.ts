import http from "node:http";
import https from "node:https";
import { MeilisearchApiError, MeilisearchRequestError, type Meilisearch, type SearchParams, type SearchResponse } from "meilisearch";

// The public search is the one Meilisearch call on a request's path, so it skips the client's fetch
// (WHATWG streams, a Headers object and an AbortController per call: the largest CPU cost of a search
// in the API's profile) for a plain HTTP request on a keep-alive agent. It answers with the client's
// own error types, so callers tell an outage from a missing index exactly as before.
//
// undici 7's request() on a keep-alive Pool (the well-kept library for this) was measured in its place and is not
// used: one search at a time it was slower (bench search at 10k, three interleaved pairs at one load: p50 ratio to
// the raw engine 1.50/1.64/1.54 -> 1.61/1.68/1.87; straight to Meilisearch 2.6 -> 3.0 ms a call, its check of an
// idle socket before reuse costing a turn of the event loop), though faster with many in flight (API share of the raw
// search under load 0.41/0.42/0.31 -> 0.63/0.56/0.67). Worth another look if load, not p50, becomes the target.

type Endpoint = { base: URL; headers: Record<string, string>; timeoutMs: number; agent: http.Agent };
const endpoints = new WeakMap<Meilisearch, Endpoint>();

function endpointOf(meili: Meilisearch): Endpoint {
  let endpoint = endpoints.get(meili);
  if (!endpoint) {
    const { host, apiKey, timeout } = meili.config;
    const base = new URL(/^https?:\/\//.test(host) ? host : `http://${host}`);
    if (!base.pathname.endsWith("/")) base.pathname += "/";
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
    const agent = new (base.protocol === "https:" ? https.Agent : http.Agent)({ keepAlive: true, maxSockets: 64 });
    endpoint = { base, headers, timeoutMs: timeout ?? 10_000, agent };
    endpoints.set(meili, endpoint);
  }
  return endpoint;
}

function post<T>(endpoint: Endpoint, url: URL, body: string, retryStaleSocket: boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const req = transport.request(url, {
      method: "POST",
      agent: endpoint.agent,
      headers: { ...endpoint.headers, "Content-Length": Buffer.byteLength(body) },
      timeout: endpoint.timeoutMs,
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (err) => reject(new MeilisearchRequestError(url.href, err)));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown;
        try {
          parsed = text === "" ? undefined : JSON.parse(text);
        } catch (err) {
          return reject(new MeilisearchRequestError(url.href, err));
        }
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve(parsed as T);
        reject(new MeilisearchApiError(new Response(null, { status, statusText: res.statusMessage }), parsed as never));
      });
    });
    req.on("timeout", () => req.destroy(new Error(`request timed out after ${endpoint.timeoutMs}ms`)));
    req.on("error", (err: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed while it sat idle: the request never reached it, so send it once more.
      if (retryStaleSocket && req.reusedSocket && err.code === "ECONNRESET") return resolve(post<T>(endpoint, url, body, false));
      reject(new MeilisearchRequestError(url.href, err));
    });
    req.end(body);
  });
}

/** POST /indexes/:uid/search, as the client's `index(uid).search(q, params)` sends it. */
export function searchIndex<T extends Record<string, unknown>>(meili: Meilisearch, uid: string, q: string, params: SearchParams): Promise<SearchResponse<T>> {
  const endpoint = endpointOf(meili);
  const url = new URL(`indexes/${encodeURIComponent(uid)}/search`, endpoint.base);
  return post<SearchResponse<T>>(endpoint, url, JSON.stringify({ q, ...params }), true);
}
