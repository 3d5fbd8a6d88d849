import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { platformCodes } from "@/lib/paste/catalogue";
import {
  describeErrorDetails,
  extractErrorDetails as extractWith,
  MAX_PASTE_CHARS,
  summarizeErrorDetails,
  type ErrorDetails,
} from "@/lib/paste/extract";
import { rankArticlesForError, type CatalogueEntry } from "@/lib/paste/match";
import type { ExtractOptions } from "@/lib/paste/types";

const { content } = loadContent();
const articles = content.articles;
/** The codes the real content declares, as the paste box gets them. */
const KNOWN: ExtractOptions = { knownCodes: platformCodes(content) };
const extractErrorDetails = (text: string, options: ExtractOptions = KNOWN) => extractWith(text, options);
const firstArticle = (details: ErrorDetails) => rankArticlesForError(details, articles)[0]?.slug;

interface Snippet {
  name: string;
  paste: string;
  /** Exact, in order. */
  statuses: number[];
  /** Exact, in order. */
  codes?: string[];
  /** Checked with toMatchObject: only what is listed. */
  also?: Partial<ErrorDetails>;
  /** The article the portal should open first; undefined when nothing matches. */
  first: string | undefined;
}

const RATE_LIMIT_BODY =
  '{"error":{"type":"rate_limit_error","code":"rate_limit_exceeded","message":"Rate limit exceeded: 60 requests per minute for this key. Retry after 20 seconds.","request_id":"req_7Hc2KpQ9sXw3","doc_url":"https://help.aiaas.example/errors/rate_limit_exceeded"}}';

const snippets: Snippet[] = [
  {
    name: "curl -i: 429 with rate limit headers and the platform error body",
    paste: `$ curl -i https://api.aiaas.example/v1/chat/completions -H "Authorization: Bearer $AIAAS_KEY" -d @req.json
HTTP/2 429
date: Fri, 27 Nov 2026 10:15:00 GMT
content-type: application/json
x-request-id: req_7Hc2KpQ9sXw3
x-ratelimit-limit-requests: 60
x-ratelimit-remaining-requests: 0
x-ratelimit-reset-requests: 20
x-ratelimit-limit-tokens: 150000
x-ratelimit-remaining-tokens: 149500
x-ratelimit-reset-tokens: 1
retry-after: 20

${RATE_LIMIT_BODY}`,
    statuses: [429],
    codes: ["rate_limit_exceeded"],
    also: {
      retryAfterSeconds: 20,
      rateLimit: { variant: "requests", limit: 60, remaining: 0, reset: "20" },
      rateLimits: {
        requests: { variant: "requests", limit: 60, remaining: 0, reset: "20" },
        tokens: { variant: "tokens", limit: 150000, remaining: 149500, reset: "1" },
      },
      requestIds: ["req_7Hc2KpQ9sXw3"],
      timestamps: ["Fri, 27 Nov 2026 10:15:00 GMT"],
      errorTypes: ["rate_limit_error"],
      message: "Rate limit exceeded: 60 requests per minute for this key. Retry after 20 seconds.",
      truncated: false,
    },
    first: "rate-limit-exceeded",
  },
  {
    name: "curl -v: 401 with WWW-Authenticate; the request's Authorization header is not kept",
    paste: `*   Trying 203.0.113.10:443...
* Connected to api.aiaas.example (203.0.113.10) port 443
> POST /v1/embeddings HTTP/2
> Host: api.aiaas.example
> Authorization: Bearer sk_live_4f2a0000000000000000000000000000000000
> Content-Type: application/json
>
< HTTP/2 401
< date: Fri, 27 Nov 2026 09:02:11 GMT
< www-authenticate: Bearer realm="api.aiaas.example", error="invalid_token"
< x-request-id: req_K2d9Xq4LmP0a
<
{"error":{"type":"authentication_error","code":"invalid_api_key","message":"Invalid API key. Check the key in Settings → API keys.","request_id":"req_K2d9Xq4LmP0a"}}`,
    statuses: [401],
    codes: ["invalid_api_key"],
    also: {
      wwwAuthenticate: 'Bearer realm="api.aiaas.example", error="invalid_token"',
      requestIds: ["req_K2d9Xq4LmP0a"],
      errorTypes: ["authentication_error"],
    },
    first: "invalid-api-key",
  },
  {
    name: "curl -i: 402 budget hard limit",
    paste: `HTTP/1.1 402 Payment Required
Date: Fri, 27 Nov 2026 14:40:05 GMT
X-Request-Id: req_Bud9et402xYz

{"error":{"type":"budget_error","code":"budget_exceeded","message":"Monthly budget of $500.00 for project 'support-bot' reached (hard limit). Requests are blocked until 2026-12-01T00:00:00Z.","request_id":"req_Bud9et402xYz"}}`,
    statuses: [402],
    codes: ["budget_exceeded"],
    also: { timestamps: ["Fri, 27 Nov 2026 14:40:05 GMT", "2026-12-01T00:00:00Z"] },
    first: "budget-exceeded",
  },
  {
    name: "403 with feature_not_enabled: the code outranks the status",
    paste: `HTTP/2 403
content-type: application/json

{"error":{"type":"permission_error","code":"feature_not_enabled","message":"The Batch API is not enabled for this organization."}}`,
    statuses: [403],
    codes: ["feature_not_enabled"],
    first: "cannot-access-features",
  },
  {
    name: "403 with insufficient_scope",
    paste: `HTTP/1.1 403 Forbidden
{"error":{"type":"permission_error","code":"insufficient_scope","message":"This key lacks the embeddings:write scope."}}`,
    statuses: [403],
    codes: ["insufficient_scope"],
    first: "permission-denied",
  },
  {
    name: 'JSON shape {"error":"invalid_api_key","message":…}',
    paste: '{"error":"invalid_api_key","message":"The API key provided is not valid."}',
    statuses: [],
    codes: ["invalid_api_key"],
    also: { message: "The API key provided is not valid." },
    first: "invalid-api-key",
  },
  {
    name: 'problem details {"status":422,"detail":…}',
    paste: '{"type":"https://docs.aiaas.example/api/errors#validation","title":"Unprocessable Entity","status":422,"detail":"messages[0].content must be a string"}',
    statuses: [422],
    also: { message: "messages[0].content must be a string" },
    first: "api-errors",
  },
  {
    name: '{"errors":[{"code":…}]} with "max_tokens": 500 in it',
    paste: '{"errors":[{"code":"validation_error","field":"max_tokens","message":"max_tokens must be at most 4096"}],"request":{"model":"aiaas-chat-1","max_tokens":500}}',
    statuses: [],
    codes: ["validation_error"],
    also: { message: "max_tokens must be at most 4096" },
    first: "api-errors",
  },
  {
    name: "OpenAI-style body with an unknown-looking type and a known code",
    paste: `{
  "error": {
    "message": "Incorrect API key provided: sk_live_****abcd.",
    "type": "invalid_request_error",
    "param": null,
    "code": "invalid_api_key"
  }
}`,
    statuses: [401],
    codes: ["invalid_api_key"],
    also: { errorTypes: ["invalid_request_error"], keywords: ["incorrect api key"] },
    first: "invalid-api-key",
  },
  {
    name: "a snake_case code the platform does not list is still a code",
    paste: '{"error":{"code":"context_length_exceeded","message":"This model\'s maximum context length is 8192 tokens."}}',
    statuses: [],
    codes: ["context_length_exceeded"],
    first: undefined,
  },
  {
    name: "Python requests traceback (line numbers are not statuses)",
    paste: `Traceback (most recent call last):
  File "/srv/app/jobs/summarize.py", line 142, in <module>
    resp.raise_for_status()
  File "/srv/app/.venv/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.aiaas.example/v1/chat/completions`,
    statuses: [429],
    also: { message: "429 Client Error: Too Many Requests for url: https://api.aiaas.example/v1/chat/completions" },
    first: "rate-limit-exceeded",
  },
  {
    name: "OpenAI-style Python SDK RateLimitError with a dict body",
    paste: `openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit exceeded: 60 requests per minute for this key. Retry after 20 seconds.', 'type': 'rate_limit_error', 'param': None, 'code': 'rate_limit_exceeded', 'request_id': 'req_9Lm3Vb7Qa2Ze'}}`,
    statuses: [429],
    codes: ["rate_limit_exceeded"],
    also: {
      retryAfterSeconds: 20,
      requestIds: ["req_9Lm3Vb7Qa2Ze"],
      message: "Rate limit exceeded: 60 requests per minute for this key. Retry after 20 seconds.",
    },
    first: "rate-limit-exceeded",
  },
  {
    name: "OpenAI-style Python SDK AuthenticationError for a revoked key",
    paste: `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'This API key was revoked on 2026-11-20.', 'type': 'authentication_error', 'code': 'api_key_revoked'}}`,
    statuses: [401],
    codes: ["api_key_revoked"],
    first: "invalid-api-key",
  },
  {
    name: "Node SDK: RateLimitError: 429 with the message after the status",
    paste: "RateLimitError: 429 Rate limit reached for requests. Please try again in 1.5s.\n    at APIError.generate (/app/node_modules/aiaas/error.js:71:14)",
    statuses: [429],
    also: { retryAfterSeconds: 2 },
    first: "rate-limit-exceeded",
  },
  {
    name: "axios error printed by Node, with response headers (line numbers are not statuses)",
    paste: `AxiosError: Request failed with status code 401
    at settle (/app/node_modules/axios/dist/node/axios.cjs:2031:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3148:11)
    at IncomingMessage.emit (node:events:531:35) {
  code: 'ERR_BAD_REQUEST',
  response: {
    status: 401,
    statusText: 'Unauthorized',
    headers: Object [AxiosHeaders] {
      date: 'Fri, 27 Nov 2026 08:00:00 GMT',
      'content-type': 'application/json',
      'x-request-id': 'req_Qw8Zt1LmN4pR',
    },
    data: { error: [Object] }
  }
}`,
    statuses: [401],
    codes: [],
    also: { requestIds: ["req_Qw8Zt1LmN4pR"], message: "Request failed with status code 401" },
    first: "invalid-api-key",
  },
  {
    name: "browser fetch: console line with 403 (Forbidden) and a CORS message (port is not a status)",
    paste: `Access to fetch at 'https://api.aiaas.example/v1/chat/completions' from origin 'http://localhost:3000' has been blocked by CORS policy
POST https://api.aiaas.example/v1/chat/completions net::ERR_FAILED 403 (Forbidden)
Uncaught (in promise) TypeError: Failed to fetch`,
    statuses: [403],
    also: { message: "Failed to fetch" },
    first: "permission-denied",
  },
  {
    name: "Node fetch failing to connect: no status at all (port 8443)",
    paste: `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13
  [cause]: Error: connect ECONNREFUSED 127.0.0.1:8443
      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {
    errno: -111,
    code: 'ECONNREFUSED',
    port: 8443
  }`,
    statuses: [],
    codes: [],
    also: { message: "fetch failed" },
    first: undefined,
  },
  {
    name: "a fetch wrapper's own Error: HTTP 503 Service Unavailable",
    paste: "Error: HTTP 503 Service Unavailable\n    at callModel (webpack-internal:///./lib/ai.ts:57:11)",
    statuses: [503],
    first: "high-error-rates",
  },
  {
    name: "urllib HTTPError: HTTP Error 403: Forbidden",
    paste: "urllib.error.HTTPError: HTTP Error 403: Forbidden",
    statuses: [403],
    first: "permission-denied",
  },
  {
    name: "httpx HTTPStatusError with an old reason phrase",
    paste: "httpx.HTTPStatusError: Client error '413 Request Entity Too Large' for url 'https://api.aiaas.example/v1/embeddings'",
    statuses: [413],
    first: "api-errors",
  },
  {
    name: "nginx 502 HTML page (the version is not a status)",
    paste: `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.25.3</center>
</body>
</html>`,
    statuses: [502],
    also: { message: "502 Bad Gateway", keywords: [] },
    first: "high-error-rates",
  },
  {
    name: "nginx access log: status after the request line, byte count and versions ignored",
    paste: '203.0.113.7 - - [27/Nov/2026:10:15:02 +0000] "POST /v1/chat/completions HTTP/1.1" 504 167 "-" "python-requests/2.32.3" rt=60.001',
    statuses: [504],
    first: "slow-api-responses",
  },
  {
    name: "logfmt line with a timestamp, a port and a duration that looks like a status",
    paste: '2026-11-27T10:15:00.123Z level=error msg="upstream call failed" host=localhost:3000 status=502 duration_ms=503 request_id=req_Ab12Cd34Ef56',
    statuses: [502],
    also: { timestamps: ["2026-11-27T10:15:00.123Z"], requestIds: ["req_Ab12Cd34Ef56"], message: "upstream call failed" },
    first: "high-error-rates",
  },
  {
    name: "Python logging: status in parentheses on a retry line",
    paste: "2026-11-27 10:15:00,412 WARNING ai_client: retrying after rate limit (429), attempt 3/5, sleeping 20s",
    statuses: [429],
    also: { timestamps: ["2026-11-27 10:15:00,412"] },
    first: "rate-limit-exceeded",
  },
  {
    name: "Go: unexpected status code: 408 Request Timeout",
    paste: "2026/11/27 10:15:00 request failed: POST https://api.aiaas.example/v1/embeddings: unexpected status code: 408 Request Timeout",
    statuses: [408],
    first: "slow-api-responses",
  },
  {
    name: ".NET HttpRequestException: 401 (Unauthorized)",
    paste: "System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).",
    statuses: [401],
    first: "invalid-api-key",
  },
  {
    name: "Java: Server returned HTTP response code: 403",
    paste: "java.io.IOException: Server returned HTTP response code: 403 for URL: https://api.aiaas.example/v1/models",
    statuses: [403],
    first: "permission-denied",
  },
  {
    name: "browser devtools headers: the exhausted window is the tokens one",
    paste: `Request URL: https://api.aiaas.example/v1/chat/completions
Request Method: POST
Status Code: 429 Too Many Requests
Remote Address: 203.0.113.10:443
retry-after: 12
x-ratelimit-limit-requests: 60
x-ratelimit-remaining-requests: 41
x-ratelimit-limit-tokens: 40000
x-ratelimit-remaining-tokens: 0
x-ratelimit-reset-tokens: 12`,
    statuses: [429],
    also: { retryAfterSeconds: 12, rateLimit: { variant: "tokens", limit: 40000, remaining: 0, reset: "12" } },
    first: "rate-limit-exceeded",
  },
  {
    name: "Retry-After as an HTTP-date, measured from the Date header",
    paste: `HTTP/1.1 503 Service Unavailable
Date: Fri, 27 Nov 2026 10:15:00 GMT
Retry-After: Fri, 27 Nov 2026 10:16:30 GMT

{"error":{"type":"overloaded_error","code":"service_unavailable","message":"The service is temporarily overloaded."}}`,
    statuses: [503],
    codes: ["service_unavailable"],
    also: { retryAfterSeconds: 90 },
    first: "high-error-rates",
  },
  {
    name: "Python dict of response headers next to status_code=",
    paste: "status_code=429 headers={'Date': 'Fri, 27 Nov 2026 10:15:00 GMT', 'Retry-After': '20', 'X-RateLimit-Remaining-Requests': '0', 'X-Request-Id': 'req_Py7Hd1ct0000'}",
    statuses: [429],
    also: { retryAfterSeconds: 20, rateLimit: { variant: "requests", remaining: 0 }, requestIds: ["req_Py7Hd1ct0000"] },
    first: "rate-limit-exceeded",
  },
  {
    name: "504 with gateway_timeout",
    paste: `HTTP/2 504
x-request-id: req_T1meOut504ab

{"error":{"type":"timeout_error","code":"gateway_timeout","message":"The model did not respond within 60 seconds.","request_id":"req_T1meOut504ab"}}`,
    statuses: [504],
    codes: ["gateway_timeout"],
    first: "slow-api-responses",
  },
  {
    name: "404 model_not_found (the model name's digits are not a status)",
    paste: `HTTP/1.1 404 Not Found
{"error":{"type":"not_found_error","code":"model_not_found","message":"The model 'aiaas-chat-405b' does not exist or you do not have access to it."}}`,
    statuses: [404],
    codes: ["model_not_found"],
    first: "api-errors",
  },
  {
    name: "500 with internal_error: the code picks api-errors over high-error-rates",
    paste: 'HTTP/1.1 500 Internal Server Error\n{"error":{"type":"api_error","code":"internal_error","message":"Something went wrong on our side."}}',
    statuses: [500],
    codes: ["internal_error"],
    first: "api-errors",
  },
  {
    name: "portal sign-in: locked account",
    paste: "Your account is locked after 5 failed sign-in attempts. Try again in 15 minutes.",
    statuses: [],
    also: { hintedCodes: ["account_locked"], retryAfterSeconds: 900 },
    first: "authentication-failures",
  },
  {
    name: "portal sign-in error code",
    paste: "Sign-in failed (invalid_credentials). Check your email and password.",
    statuses: [],
    codes: ["invalid_credentials"],
    first: "authentication-failures",
  },
  {
    name: "sentence: I keep getting forbidden",
    paste: "I keep getting forbidden",
    statuses: [403],
    also: { keywords: ["forbidden"], statusEvidence: [{ status: 403, certainty: "keyword", source: "forbidden" }] },
    first: "permission-denied",
  },
  {
    name: "sentence: it says unauthorized",
    paste: "it says unauthorized when I call the API from my script",
    statuses: [401],
    also: { keywords: ["unauthorized"] },
    first: "invalid-api-key",
  },
  {
    name: "sentence: too many requests",
    paste: "too many requests",
    statuses: [429],
    also: { keywords: ["too many requests"], hintedCodes: ["rate_limit_exceeded"] },
    first: "rate-limit-exceeded",
  },
  {
    name: "sentence: budget exceeded",
    paste: "Budget exceeded??",
    statuses: [402],
    also: { keywords: ["budget exceeded"], hintedCodes: ["budget_exceeded"] },
    first: "budget-exceeded",
  },
  {
    name: "sentence: my requests are blocked",
    paste: "my requests are blocked since this morning",
    statuses: [403],
    also: { keywords: ["blocked"] },
    first: "permission-denied",
  },
  {
    name: "sentence: a feature greyed out",
    paste: "The Fine-tuning tab is greyed out and it says the feature is not enabled for our organization",
    statuses: [403],
    also: { hintedCodes: ["feature_not_enabled"] },
    first: "cannot-access-features",
  },
  {
    name: "sentence with a number in context: keep getting 502s",
    paste: "I keep getting 502s from the chat endpoint since 9:30, about 40% of calls",
    statuses: [502],
    also: { statusEvidence: [{ status: 502, certainty: "mention", source: "getting 502" }] },
    first: "high-error-rates",
  },
];

describe("extractErrorDetails on realistic pastes", () => {
  it.each(snippets)("$name", ({ paste, statuses, codes, also, first }) => {
    const details = extractErrorDetails(paste);
    expect(details.statuses).toEqual(statuses);
    if (codes) expect(details.codes).toEqual(codes);
    if (also) expect(details).toMatchObject(also);
    expect(firstArticle(details)).toBe(first);
  });

  it("has at least 30 snippets", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(30);
  });
});

describe("numbers that are not statuses", () => {
  it.each([
    ["ports", "Could not connect to localhost:3000, then tried https://api.aiaas.example:8443/v1 and :443"],
    ["ISO and RFC 1123 timestamps", "at 2026-11-27T10:15:00Z (Fri, 27 Nov 2026 10:15:00 GMT)"],
    ["epoch seconds and milliseconds", "reset=1732700000 at 1732700000429"],
    ["token counts", 'used 404 tokens, "max_tokens": 500, "prompt_tokens": 429, got 500 tokens back'],
    ["stack trace line numbers", "    at handler (/app/server.js:429:12)\n  File \"app.py\", line 500, in main"],
    ["durations", "took 503 ms, latency 429ms, p99 502 milliseconds"],
    ["amounts", "spent $500 this month, €403 last month, $429.50 today"],
    ["ids", "order req_500abc123 and issue #404 and job-503"],
    ["IP addresses", "from 192.168.1.200 via 10.0.0.254"],
    ["versions", "HTTP/1.1 and HTTP/2 over node v20.500.1, GET /v1/models HTTP/1.1"],
    ["years", "since 2026, unlike in 1999 or 404 BC"],
    ["model names", "model gpt-4o-2024-05-13, llama-3.1-405b-instruct, aiaas-chat-500"],
    ["exit codes", "Process finished with exit code: 137"],
    ["a bare number", "429"],
  ])("%s", (_label, paste) => {
    expect(extractErrorDetails(paste).statuses).toEqual([]);
  });

  it("does not take a count of errors on a 2xx for a status", () => {
    expect(extractErrorDetails("returned 200 rows, got 300 results").statuses).toEqual([]);
  });
});

describe("extractErrorDetails details", () => {
  it("orders statuses by certainty: a status line before a field before a sentence", () => {
    const details = extractErrorDetails('the proxy returned 502\n{"status": 503}\nHTTP/1.1 429 Too Many Requests');
    expect(details.statuses).toEqual([429, 503, 502]);
    expect(details.statusEvidence.map((item) => item.certainty)).toEqual(["status-line", "field", "mention"]);
  });

  it("guesses statuses from words only when the paste states none", () => {
    const details = extractErrorDetails("HTTP/1.1 429 Too Many Requests\n\nYou are being throttled; access denied for now");
    expect(details.statuses).toEqual([429]);
    expect(details.keywords).toEqual(["throttled", "access denied"]);
    expect(details.hintedCodes).toEqual(["rate_limit_exceeded", "permission_denied"]);
  });

  it("puts the error before a redirect in curl -iL output", () => {
    expect(extractErrorDetails("HTTP/1.1 301 Moved Permanently\nLocation: /v1/\n\nHTTP/1.1 401 Unauthorized").statuses).toEqual([401, 301]);
  });

  it("does not count a reason phrase after a status as a keyword", () => {
    expect(extractErrorDetails("HTTP/1.1 401 Unauthorized").keywords).toEqual([]);
  });

  it("omits Retry-After when an HTTP-date has no Date header to measure from", () => {
    const details = extractErrorDetails("HTTP/1.1 503 Service Unavailable\nRetry-After: Fri, 27 Nov 2026 10:16:30 GMT");
    expect(details.retryAfterSeconds).toBeUndefined();
    expect(details.headers["retry-after"]).toBe("Fri, 27 Nov 2026 10:16:30 GMT");
  });

  it("recognizes codes from the list it is given, and JSON codes regardless", () => {
    const paste = 'quota_exhausted again; also rate_limit_exceeded; {"code":"context_length_exceeded"}';
    expect(extractErrorDetails(paste, { knownCodes: ["quota_exhausted"] }).codes).toEqual(["context_length_exceeded", "quota_exhausted"]);
    expect(extractErrorDetails(paste).codes).toEqual(["context_length_exceeded", "rate_limit_exceeded"]);
  });

  it("reads codes written as constants and inside doc URLs, but not parts of longer codes", () => {
    expect(extractErrorDetails("ERR RATE_LIMIT_EXCEEDED, see https://help.aiaas.example/errors/model_not_found").codes).toEqual([
      "rate_limit_exceeded",
      "model_not_found",
    ]);
  });

  it("returns empty details for empty text", () => {
    expect(extractErrorDetails("")).toMatchObject({ statuses: [], codes: [], keywords: [], requestIds: [], truncated: false });
  });
});

describe("bounded work", () => {
  // The whole pipeline on 1 MB inputs is in paste-pipeline.test.ts; its speed is `npm run bench:paste`.
  it("reads only the first MAX_PASTE_CHARS characters", () => {
    const paste = `${"x".repeat(MAX_PASTE_CHARS)}\nHTTP/1.1 429 Too Many Requests`;
    expect(extractErrorDetails(paste)).toMatchObject({ statuses: [], truncated: true });
  });
});

describe("describeErrorDetails", () => {
  it("labels the platform's 429 for the UI", () => {
    const details = extractErrorDetails(
      `HTTP/2 429\nx-request-id: req_7Hc2KpQ9sXw3\nx-ratelimit-limit-requests: 60\nx-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 20\nretry-after: 20\n\n${RATE_LIMIT_BODY}`,
    );
    expect(describeErrorDetails(details)).toEqual([
      "HTTP 429 Too Many Requests",
      "Code rate_limit_exceeded",
      "Retry-After: 20 s",
      "Rate limit (requests): 0 of 60 left, resets in 20 s",
      "Request ID req_7Hc2KpQ9sXw3",
    ]);
    expect(summarizeErrorDetails(details)).toMatch(/^HTTP 429 Too Many Requests, Code rate_limit_exceeded, Retry-After: 20 s/);
  });

  it("says when a status is only a guess from words", () => {
    expect(describeErrorDetails(extractErrorDetails("I keep getting forbidden"))).toEqual(["Likely HTTP 403 Forbidden (“forbidden”)"]);
  });
});

describe("rankArticlesForError", () => {
  const catalogue: CatalogueEntry[] = [
    { slug: "catch-all", errorCodes: [400, 404, 500, 502, 503, "internal_error"] },
    { slug: "outages", errorCodes: [500, 502, 503, "bad_gateway"], solutions: [{ id: "check-status", title: "Check the status page" }] },
    { slug: "access", errorCodes: [403, "permission_denied"] },
    { slug: "features", errorCodes: ["feature_not_enabled"] },
    { slug: "unrelated", errorCodes: [] },
  ];
  const rank = (paste: string) => rankArticlesForError(extractErrorDetails(paste), catalogue);

  it("puts an article declaring the code before one declaring only the status", () => {
    expect(rank('HTTP/1.1 403 Forbidden {"error":{"code":"feature_not_enabled"}}').map((match) => match.slug)).toEqual([
      "features",
      "access",
    ]);
  });

  it("among articles sharing a status, prefers the one that also declares a code", () => {
    expect(rank('HTTP/1.1 500 {"error":{"code":"internal_error"}}').map((match) => match.slug)).toEqual(["catch-all", "outages"]);
  });

  it("otherwise prefers the shorter, more specific errorCodes list", () => {
    const [best, next] = rank("HTTP/1.1 502 Bad Gateway");
    expect(best).toEqual({
      slug: "outages",
      reason: "Covers HTTP 502 from your error",
      codes: [],
      statuses: [502],
      firstSolution: { id: "check-status", title: "Check the status page" },
    });
    expect(next?.slug).toBe("catch-all");
  });

  it("ranks what the paste states before what its words suggest, and says which words", () => {
    const matches = rank("Error code: 404, and the message says permission denied");
    expect(matches.map((match) => match.slug)).toEqual(["catch-all", "access"]);
    expect(matches[1]?.reason).toBe("Probably code permission_denied (from “permission denied”)");
  });

  it("ranks more certain statuses first", () => {
    expect(rank('the proxy returned 502 {"status": 403}').map((match) => match.slug)).toEqual(["access", "outages", "catch-all"]);
  });

  it("leaves out articles that match nothing and does not touch its inputs", () => {
    const details = extractErrorDetails("all good, HTTP/1.1 200 OK");
    const before = JSON.stringify([details, catalogue]);
    expect(rankArticlesForError(details, catalogue)).toEqual([]);
    expect(JSON.stringify([details, catalogue])).toBe(before);
  });

  it("on the real catalogue, a bare 500 leads to high-error-rates, then api-errors", () => {
    expect(rankArticlesForError(extractErrorDetails("HTTP/1.1 500 Internal Server Error"), articles).map((m) => m.slug)).toEqual([
      "high-error-rates",
      "api-errors",
    ]);
  });
});
