/**
 * Error output as people paste it from real tools, none of it seen while the recognizer was first
 * written: Python logging, Node, Go and Java stack traces, Kubernetes and nginx logs, curl -v,
 * HTTPie, Postman, browser devtools consoles, SDK exceptions in several languages, and plain
 * sentences from frustrated people. Each names the article the paste box should open first.
 */
export interface RealSnippet {
  source: string;
  paste: string;
  first: string;
}

export const REAL_LOG_SNIPPETS: RealSnippet[] = [
  {
    source: "Python logging, httpx and the SDK's retry",
    paste: `2026-11-27 10:15:42,118 - httpx - INFO - HTTP Request: POST https://api.aiaas.example/v1/chat/completions "HTTP/1.1 429 Too Many Requests"
2026-11-27 10:15:42,120 - aiaas._base_client - INFO - Retrying request to /chat/completions in 0.912000 seconds`,
    first: "rate-limit-exceeded",
  },
  {
    source: "Python logging, one ERROR line with key=value extras",
    paste: "ERROR:app.llm:LLM call failed status=401 error=invalid_api_key model=chat-large",
    first: "invalid-api-key",
  },
  {
    source: "Python structlog JSON line",
    paste: '{"event": "request failed", "level": "error", "status_code": 429, "timestamp": "2026-11-27T10:15:42Z", "logger": "llm.client"}',
    first: "rate-limit-exceeded",
  },
  {
    source: "Python requests raise_for_status",
    paste: `Traceback (most recent call last):
  File "/srv/jobs/tune.py", line 41, in <module>
    resp.raise_for_status()
  File "/usr/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.aiaas.example/v1/fine-tuning/jobs`,
    first: "permission-denied",
  },
  {
    source: "Python SDK BadRequestError",
    paste: `aiaas.BadRequestError: Error code: 400 - {'error': {'message': "Invalid value for 'temperature': expected a number <= 2.", 'type': 'invalid_request_error', 'param': 'temperature', 'code': 'invalid_request'}}`,
    first: "api-errors",
  },
  {
    source: "Python httpx read timeout traceback",
    paste: `  File "/venv/lib/python3.12/site-packages/httpx/_transports/default.py", line 86, in map_httpcore_exceptions
    raise mapped_exc(message) from exc
httpx.ReadTimeout: The read operation timed out`,
    first: "slow-api-responses",
  },
  {
    source: "Python SDK APIStatusError for a budget",
    paste: `aiaas.APIStatusError: Error code: 402 - {'error': {'message': 'Your organization has reached its monthly budget hard limit.', 'type': 'billing_error', 'code': 'budget_exceeded'}}`,
    first: "budget-exceeded",
  },
  {
    source: "Python SDK AuthenticationError for a revoked key",
    paste: `aiaas.AuthenticationError: Error code: 401 - {'error': {'code': 'api_key_revoked', 'message': 'This API key was revoked on 2026-11-20.', 'type': 'authentication_error'}}`,
    first: "invalid-api-key",
  },
  {
    source: "Node SDK stack trace",
    paste: `Error: 429 Rate limit reached for requests
    at APIError.generate (/app/node_modules/aiaas/error.js:54:20)
    at AIaaS.makeStatusError (/app/node_modules/aiaas/core.js:293:33)
    at AIaaS.makeRequest (/app/node_modules/aiaas/core.js:337:30)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`,
    first: "rate-limit-exceeded",
  },
  {
    source: "Node fetch connect timeout (undici)",
    paste: `TypeError: fetch failed
    at node:internal/deps/undici/undici:13502:13
    at async callModel (/app/src/llm.ts:22:15) {
  [cause]: ConnectTimeoutError: Connect Timeout Error (attempt address: api.aiaas.example:443, timeout: 10000ms)
      at onConnectTimeout (node:internal/deps/undici/undici:2602:28) {
    code: 'UND_ERR_CONNECT_TIMEOUT'
  }
}`,
    first: "slow-api-responses",
  },
  {
    source: "Node axios error for an unknown model",
    paste: `AxiosError: Request failed with status code 404
    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)
  response: {
    status: 404,
    statusText: 'Not Found',
    data: { error: { message: 'The model chat-largest does not exist', type: 'invalid_request_error', code: 'model_not_found' } }
  }`,
    first: "api-errors",
  },
  {
    source: "Node pino JSON log",
    paste: '{"level":50,"time":1732702542118,"pid":7,"hostname":"api-7f9c","msg":"upstream call failed","err":{"type":"Error","message":"Request failed with status code 502"},"statusCode":502}',
    first: "high-error-rates",
  },
  {
    source: "Node: connection reset",
    paste: `Error: read ECONNRESET
    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) {
  errno: -104,
  code: 'ECONNRESET',
  syscall: 'read'
}`,
    first: "high-error-rates",
  },
  {
    source: "Go slog line",
    paste: 'time=2026-11-27T10:15:42.118Z level=ERROR msg="request failed" method=POST url=https://api.aiaas.example/v1/embeddings status=401 err="invalid api key"',
    first: "invalid-api-key",
  },
  {
    source: "Go panic with a status",
    paste: `panic: unexpected status 503 Service Unavailable

goroutine 1 [running]:
main.callModel({0xc0000b4000, 0x1f})
	/src/cmd/summarize/main.go:42 +0x1d2
main.main()
	/src/cmd/summarize/main.go:17 +0x25
exit status 2`,
    first: "high-error-rates",
  },
  {
    source: "Go http client deadline",
    paste: 'Post "https://api.aiaas.example/v1/chat/completions": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    first: "slow-api-responses",
  },
  {
    source: "Java client exception with the body",
    paste: `Exception in thread "main" com.aiaas.client.ApiException: HTTP 429 - {"error":{"code":"rate_limit_exceeded","message":"Rate limit exceeded"}}
	at com.aiaas.client.ApiClient.execute(ApiClient.java:214)
	at com.example.Batch.run(Batch.java:57)`,
    first: "rate-limit-exceeded",
  },
  {
    source: "Java Spring WebClient",
    paste: `org.springframework.web.reactive.function.client.WebClientResponseException$Forbidden: 403 Forbidden from POST https://api.aiaas.example/v1/embeddings
	at org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:312)
	Suppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException`,
    first: "permission-denied",
  },
  {
    source: "Java socket read timeout",
    paste: `java.net.SocketTimeoutException: Read timed out
	at java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)
	at java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)`,
    first: "slow-api-responses",
  },
  {
    source: "Java OkHttp unexpected code",
    paste: "java.io.IOException: Unexpected code Response{protocol=h2, code=401, message=, url=https://api.aiaas.example/v1/models}",
    first: "invalid-api-key",
  },
  {
    source: "Kubernetes pod log, zap JSON",
    paste: '{"ts":"2026-11-27T10:15:42.118Z","level":"error","caller":"llm/client.go:88","msg":"completion failed","http.status":429,"retry_after":"20"}',
    first: "rate-limit-exceeded",
  },
  {
    source: "kubectl logs with upstream 5xx",
    paste: `$ kubectl logs deploy/summarizer --since=10m | grep ERROR
ERROR 2026-11-27T10:15:42Z upstream returned 502 Bad Gateway, retrying (3/5)
ERROR 2026-11-27T10:15:44Z upstream returned 503 Service Unavailable, retrying (4/5)`,
    first: "high-error-rates",
  },
  {
    source: "ingress-nginx access log, 504 after 60 s",
    paste: '10.2.0.17 - - [27/Nov/2026:10:15:42 +0000] "POST /v1/chat/completions HTTP/1.1" 504 160 "-" "python-httpx/0.27.0" 2048 60.002 [default-llm-proxy-80] [] 10.2.1.5:8080 0 60.001 504 5f2b8a3c1d4e',
    first: "slow-api-responses",
  },
  {
    source: "nginx error log, upstream timed out",
    paste: '2026/11/27 10:15:42 [error] 31#31: *4021 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.7, server: llm-proxy, request: "POST /v1/chat/completions HTTP/1.1", upstream: "https://api.aiaas.example/v1/chat/completions"',
    first: "slow-api-responses",
  },
  {
    source: "nginx access log, 429",
    paste: '203.0.113.9 - - [27/Nov/2026:10:15:42 +0000] "POST /v1/embeddings HTTP/2.0" 429 187 "-" "node-fetch/1.0"',
    first: "rate-limit-exceeded",
  },
  {
    source: "curl -v without a key",
    paste: `> GET /v1/models HTTP/2
> Host: api.aiaas.example
> user-agent: curl/8.5.0
> accept: */*
>
< HTTP/2 401
< content-type: application/json
<
{"error":{"code":"missing_api_key","message":"No API key provided."}}`,
    first: "invalid-api-key",
  },
  {
    source: "curl -i, body too large",
    paste: `HTTP/2 413
content-type: application/json
x-request-id: req_Vn3kQ8zLm2Pa

{"error":{"code":"request_too_large","message":"Request body exceeds 20 MB"}}`,
    first: "api-errors",
  },
  {
    source: "curl timing out",
    paste: "curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received",
    first: "slow-api-responses",
  },
  {
    source: "HTTPie, budget hard limit",
    paste: `HTTP/1.1 402 Payment Required
Content-Type: application/json
X-Request-Id: req_Bd83kLmQ2xYp

{
    "error": {
        "code": "budget_exceeded",
        "message": "Budget 'Production' reached its hard limit of $500.00."
    }
}`,
    first: "budget-exceeded",
  },
  {
    source: "HTTPie, IP allowlist",
    paste: `HTTP/1.1 403 Forbidden
Content-Type: application/json

{
    "error": {
        "code": "ip_not_allowed",
        "message": "Requests from 198.51.100.23 are not allowed by your organization's IP allowlist."
    }
}`,
    first: "permission-denied",
  },
  {
    source: "Postman console, validation error",
    paste: `POST https://api.aiaas.example/v1/chat/completions
422
312 ms
Response Body
{"error":{"code":"validation_error","message":"messages[0].role must be one of system, user, assistant"}}`,
    first: "api-errors",
  },
  {
    source: "Postman, 500 with only a status line copied",
    paste: "POST https://api.aiaas.example/v1/chat/completions  Status: 500 Internal Server Error  Time: 1204 ms  Size: 312 B",
    first: "high-error-rates",
  },
  {
    source: "Chrome devtools console",
    paste: `POST https://api.aiaas.example/v1/chat/completions 429 (Too Many Requests)
(anonymous) @ chat.js:118
await in (anonymous)
send @ chat.js:96`,
    first: "rate-limit-exceeded",
  },
  {
    source: "Chrome console, resource failed to load",
    paste: "Failed to load resource: the server responded with a status of 403 ()",
    first: "permission-denied",
  },
  {
    source: "Firefox network panel with the body",
    paste: `XHR POST https://api.aiaas.example/v1/fine-tunes [HTTP/2 403 Forbidden 87ms]
{"error":{"code":"feature_not_enabled","message":"Fine-tuning is not enabled for this organization."}}`,
    first: "cannot-access-features",
  },
  {
    source: ".NET client exception",
    paste: `System.ClientModel.ClientResultException: HTTP 429 (: rate_limit_exceeded)
Rate limit reached for requests
   at AIaaS.ClientPipelineExtensions.ProcessMessageAsync(ClientPipeline pipeline, PipelineMessage message)`,
    first: "rate-limit-exceeded",
  },
  {
    source: "Ruby Faraday",
    paste: "Faraday::UnauthorizedError: the server responded with status 401\nfrom /usr/local/bundle/gems/faraday-2.9.0/lib/faraday/response/raise_error.rb:22:in `on_complete'",
    first: "invalid-api-key",
  },
  {
    source: "PHP Guzzle client exception",
    paste: `GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://api.aiaas.example/v1/embeddings\` resulted in a \`403 Forbidden\` response:
{"error":{"code":"insufficient_scope","message":"This key lacks the embeddings:write scope."}}`,
    first: "permission-denied",
  },
  {
    source: "Rust reqwest",
    paste: "Error: HTTP status server error (503 Service Unavailable) for url (https://api.aiaas.example/v1/chat/completions)",
    first: "high-error-rates",
  },
  {
    source: "Laravel log line with a JSON context",
    paste: '[2026-11-27 10:15:42] production.ERROR: AIaaS request failed {"status":429,"body":"Too Many Requests"}',
    first: "rate-limit-exceeded",
  },
  {
    source: "logfmt line where ERROR and error_rate sit beside the status",
    paste: 'level=ERROR ts=2026-11-27T10:15:42Z component=batcher msg="request failed" resp_status=429 error_rate=0.12',
    first: "rate-limit-exceeded",
  },
  {
    source: "log line: ERROR, failed and a bare 429",
    paste: "2026-11-27 10:15:42 ERROR [batch-7] POST /v1/embeddings failed: 429, giving up after 5 attempts",
    first: "rate-limit-exceeded",
  },
  {
    source: "plain sentence: blocked by the spending limit",
    paste: "All our requests are blocked since this morning, it says the monthly spending limit was reached",
    first: "budget-exceeded",
  },
  {
    source: "plain sentence: blocked because the budget limit is reached",
    paste: "requests blocked because our budget limit is reached, how do I unblock them??",
    first: "budget-exceeded",
  },
  {
    source: "plain sentence: alert email never came",
    paste: "I set up a budget alert at 80% but never got the email even though we're at 95% now",
    first: "budget-alerts-not-working",
  },
  {
    source: "plain sentence: a missing tab",
    paste: "The Playground tab disappeared from the menu for everyone on my team",
    first: "cannot-access-features",
  },
  {
    source: "plain sentence: wrong password after a reset",
    paste: "I can't log in, it keeps saying my password is wrong even after resetting it",
    first: "authentication-failures",
  },
  {
    source: "plain sentence: slow today",
    paste: "the API has been super slow today, responses take 40 seconds or more",
    first: "slow-api-responses",
  },
  {
    source: "plain sentence: many 500s",
    paste: "half of our calls fail with 500s since about 9am",
    first: "high-error-rates",
  },
  {
    source: "plain sentence: 401 with a new key",
    paste: "getting 401 unauthorized with a brand new key I just created!!",
    first: "invalid-api-key",
  },
  {
    source: "plain sentence: locked account",
    paste: "my account got locked after a few tries, what now",
    first: "authentication-failures",
  },
];
