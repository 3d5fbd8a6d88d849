/**
 * Snippets as people paste them, each carrying secrets, for the redactor's tests. The secrets are
 * made here from a seeded generator rather than written out, so no key-shaped literal sits in the
 * repository for a secret scanner to flag, and each run uses the same ones.
 */
let seed = 0x2f6b_1a3d;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const HEX = "0123456789abcdef";
const URLSAFE = `${ALNUM}-_`;
const B64 = `${ALNUM}+/`;

/** `length` random characters of `alphabet`. */
const fake = (length: number, alphabet = ALNUM) =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");

export interface SecretSnippet {
  name: string;
  text: string;
  /** The secret parts: none of their characters may survive (a kept public prefix is not listed). */
  secrets: string[];
}

const s = (name: string, build: () => [text: string, ...secrets: string[]]): SecretSnippet => {
  const [text, ...secrets] = build();
  return { name, text, secrets };
};

const jwt = () => `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${fake(60, URLSAFE)}.${fake(43, URLSAFE)}`;

export const SECRET_SNIPPETS: SecretSnippet[] = [
  s("OpenAI project key in a Python traceback", () => {
    const key = fake(48, URLSAFE);
    return [`openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-${key}.'}}`, key];
  }),
  s("classic sk- key in an env file", () => {
    const key = fake(48);
    return [`OPENAI_API_KEY=sk-${key}\nAIAAS_BASE_URL=https://api.aiaas.example`, key];
  }),
  s("sk- key mid-sentence", () => {
    const key = fake(40);
    return [`I pasted sk-${key} into the playground and it says invalid_api_key`, key];
  }),
  s("Anthropic key in a header dict", () => {
    const key = fake(80, URLSAFE);
    return [`headers={'x-api-key': 'sk-ant-api03-${key}', 'anthropic-version': '2023-06-01'}`, key];
  }),
  s("platform live key in curl -v request header", () => {
    const key = fake(40);
    return [`> POST /v1/chat/completions HTTP/2\n> Authorization: Bearer sk_live_${key}\n> Content-Type: application/json`, key];
  }),
  s("platform test key in JSON", () => {
    const key = fake(32);
    return [`{"model": "chat-large", "api_key": "sk_test_${key}", "temperature": 0}`, key];
  }),
  s("JWT after Bearer: with a colon", () => {
    const token = jwt();
    return [`Request failed, sent header Bearer: ${token} and got 401`, token];
  }),
  s("JWT in an Authorization header", () => {
    const token = jwt();
    return [`authorization: Bearer ${token}`, token];
  }),
  s("bare JWT in a log line", () => {
    const token = jwt();
    return [`2026-11-27T10:15:42Z WARN auth rejected id_token=${token} reason=expired`, token];
  }),
  s("api_key in a query string", () => {
    const key = fake(40);
    return [`GET https://api.aiaas.example/v1/models?api_key=${key}&limit=20 -> 401`, key];
  }),
  s("access_token in a redirect URL", () => {
    const token = fake(64, URLSAFE);
    return [`Redirecting to https://portal.aiaas.example/callback#state=xyz&access_token=${token}&token_type=Bearer`, token];
  }),
  s("x-api-key in the middle of a line", () => {
    const key = fake(36);
    return [`sent headers: content-type: application/json, x-api-key: ${key}, accept: */*`, key];
  }),
  s("password= in a connection log", () => {
    const password = fake(14);
    return [`db connect failed host=db.internal user=app password=${password} sslmode=require`, password];
  }),
  s("short password in YAML", () => {
    const password = `hunter${fake(2, "0123456789")}`;
    return [`database:\n  username: app\n  password: ${password}\n  port: 5432`, password];
  }),
  s("password in a Python dict repr", () => {
    const password = fake(16, `${ALNUM}!#%`);
    return [`{'username': 'svc-batch', 'password': '${password}', 'retries': 3}`, password];
  }),
  s("GitHub classic token", () => {
    const token = fake(36);
    return [`remote: Invalid username or token. git clone https://ghp_${token}@github.com/acme/app.git`, token];
  }),
  s("GitHub fine-grained token", () => {
    const token = fake(82, `${ALNUM}_`);
    return [`GH_TOKEN=github_pat_${token}`, token];
  }),
  s("Google API key in a URL", () => {
    const key = fake(35, URLSAFE);
    return [`https://generativelanguage.googleapis.com/v1beta/models?key=AIza${key}`, key];
  }),
  s("Google API key in prose", () => {
    const key = fake(35, URLSAFE);
    return [`Is AIza${key} still valid? It worked yesterday.`, key];
  }),
  s("AWS access key id and secret in a credentials file", () => {
    const id = fake(16, UPPER);
    const secret = fake(40, B64);
    return [`[default]\naws_access_key_id = AKIA${id}\naws_secret_access_key = ${secret}\nregion = eu-west-1`, id, secret];
  }),
  s("AWS temporary credentials as env vars", () => {
    const id = fake(16, UPPER);
    const secret = fake(40, B64);
    const session = fake(120, B64);
    return [`export AWS_ACCESS_KEY_ID=ASIA${id}\nexport AWS_SECRET_ACCESS_KEY=${secret}\nexport AWS_SESSION_TOKEN=${session}`, id, secret, session];
  }),
  s("Slack bot token", () => {
    const token = `${fake(12, "0123456789")}-${fake(13, "0123456789")}-${fake(24)}`;
    return [`slack_sdk.errors.SlackApiError: invalid_auth (token xoxb-${token})`, token];
  }),
  s("Slack webhook URL", () => {
    const path = `T${fake(8, UPPER)}/B${fake(8, UPPER)}/${fake(24)}`;
    return [`POST https://hooks.slack.com/services/${path} failed: 404 no_service`, path];
  }),
  s("Stripe secret key", () => {
    const key = fake(99);
    return [`stripe.error.AuthenticationError: Invalid API Key provided: sk_live_${key}`, key];
  }),
  s("Stripe restricted key", () => {
    const key = fake(60);
    return [`STRIPE_KEY="rk_live_${key}"`, key];
  }),
  s("Cookie header", () => {
    const session = fake(32, HEX);
    const csrf = fake(32);
    return [`Cookie: sessionid=${session}; csrftoken=${csrf}; theme=dark`, session, csrf];
  }),
  s("Set-Cookie in devtools response headers", () => {
    const session = fake(44, URLSAFE);
    return [`set-cookie: __Host-session=${session}; Path=/; Secure; HttpOnly; SameSite=Lax`, session];
  }),
  s("RSA private key block", () => {
    const body = Array.from({ length: 5 }, () => fake(64, B64));
    return [`key.pem:\n-----BEGIN RSA PRIVATE KEY-----\n${body.join("\n")}\n-----END RSA PRIVATE KEY-----\n`, ...body];
  }),
  s("private key inside a service-account JSON", () => {
    const body = fake(200, B64);
    return [`{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n", "client_email": "bot@proj.iam.example"}`, body];
  }),
  s("cut-off private key", () => {
    const body = fake(120, B64);
    return [`-----BEGIN OPENSSH PRIVATE KEY-----\n${body}`, body];
  }),
  s("Basic auth header", () => {
    const basic = Buffer.from(`admin:${fake(12)}`).toString("base64");
    return [`Authorization: Basic ${basic}`, basic];
  }),
  s("curl -u user:password", () => {
    const password = fake(18);
    return [`curl -u admin:${password} https://api.aiaas.example/v1/org`, password];
  }),
  s("database URL with a password", () => {
    const password = fake(20);
    return [`sqlalchemy.exc.OperationalError: could not connect to postgresql://app:${password}@10.0.3.7:5432/prod`, password];
  }),
  s("JS object printed by Node with apiKey", () => {
    const key = fake(40);
    return [`config: { baseURL: 'https://api.aiaas.example', apiKey: 'k-${key}', timeout: 600000 }`, key];
  }),
  s("axios error config with an Authorization header", () => {
    const key = fake(40);
    return [`headers: AxiosHeaders {\n  Accept: 'application/json',\n  Authorization: 'Bearer sk_live_${key}',\n  'User-Agent': 'axios/1.7.2'\n}`, key];
  }),
  s("client_secret in an OAuth form body", () => {
    const secret = fake(40, URLSAFE);
    return [`grant_type=client_credentials&client_id=portal-app&client_secret=${secret}`, secret];
  }),
  s("CLI flag --api-key", () => {
    const key = fake(40);
    return [`$ aiaas chat --api-key ${key} --model chat-large "hello"`, key];
  }),
  s("CLI flag --password=", () => {
    const password = fake(12);
    return [`aiaas login --email dev@acme.example --password=${password}`, password];
  }),
  s("escaped JSON inside a JSON string", () => {
    const key = fake(40);
    return [`{"body": "{\\"api_key\\": \\"${key}\\", \\"model\\": \\"chat-large\\"}"}`, key];
  }),
  s("Kubernetes secret data in a describe", () => {
    const token = fake(48, B64);
    return [`Data\n====\ntoken:  ${token}\nca.crt: 1066 bytes`, token];
  }),
  s("logfmt with auth_token", () => {
    const token = fake(32, HEX);
    return [`level=error msg="upstream rejected" auth_token=${token} status=401`, token];
  }),
  s("Hugging Face token", () => {
    const token = fake(34);
    return [`huggingface_hub.errors.HfHubHTTPError: 401 Client Error (token hf_${token} invalid)`, token];
  }),
  s("npm token in .npmrc", () => {
    const token = fake(36);
    return [`//registry.npmjs.org/:_authToken=npm_${token}`, token];
  }),
  s("GitLab personal access token", () => {
    const token = fake(20, URLSAFE);
    return [`PRIVATE-TOKEN: glpat-${token}`, token];
  }),
  s("SendGrid key", () => {
    const a = fake(22, URLSAFE);
    const b = fake(43, URLSAFE);
    return [`python_http_client.exceptions.UnauthorizedError: HTTP Error 401 for SG.${a}.${b}`, a, b];
  }),
  s("XML config with a password", () => {
    const password = fake(16);
    return [`<datasource><user>app</user><password>${password}</password></datasource>`, password];
  }),
  s("Ruby hash with api_key", () => {
    const key = fake(32);
    return [`{:api_key => "${key}", :model => "chat-large"}`, key];
  }),
  s("payment card in a billing complaint", () => {
    const card = "4242 4242 4242 4242";
    return [`My budget is blocked but card ${card} was charged`, card];
  }),
  s("secret in an XHR query with a signature", () => {
    const sig = fake(43, URLSAFE);
    return [`GET https://files.aiaas.example/exports/usage.csv?se=2026-12-01&sp=r&sig=${sig} 403 (Forbidden)`, sig];
  }),
  s("Google OAuth access token", () => {
    const token = fake(120, URLSAFE);
    return [`google.auth.exceptions.RefreshError: token ya29.${token} expired`, token];
  }),
];

/** Text that looks like a secret to a careless pattern and must come out unchanged. */
export const LOOK_ALIKES: string[] = [
  "X-Request-Id: req_7Hc2KpQ9sXw3",
  'x-request-id: 5f2b8a3c-1d4e-4f6a-9b7c-2e8d1f0a3b5c',
  '{"error":{"code":"invalid_api_key","type":"authentication_error","request_id":"req_K2d9Xq4LmP0a"}}',
  "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
  "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
  "commit 3f2c1d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e (HEAD -> main)",
  'etag: W/"5e8a1f2b9c3d7e6f"',
  "model: gpt-4o-mini-2024-07-18",
  '"model": "claude-3-5-sonnet-20241022"',
  "model=llama-3.1-70b-instruct embedding=text-embedding-3-large",
  "2026-11-27T10:15:42.123Z",
  "date: Fri, 27 Nov 2026 10:15:00 GMT",
  "ts=1732700142123 ts_us=1732700142123456",
  '"max_tokens": 500, "total_tokens": 1234, "prompt_tokens": 734',
  "x-ratelimit-remaining-tokens: 149500",
  "x-ratelimit-limit-requests: 60",
  '"token_type": "bearer", "expires_in": 3600',
  'www-authenticate: Bearer realm="api.aiaas.example", error="invalid_token"',
  "The API requires Bearer authentication with a key from Settings → API keys.",
  "Invalid token: expired",
  "Send them the key prefix only (for example sk_live_4f2a), never the full key",
  "Authorization: Bearer $AIAAS_API_KEY",
  'curl -H "Authorization: Bearer ${AIAAS_API_KEY}" https://api.aiaas.example/v1/models',
  "api_key=<your-api-key>",
  '"password": "********"',
  "pip install scikit-learn  # not sk-learn",
  "https://help.aiaas.example/errors/rate_limit_exceeded",
  '"type": "invalid_request_error", "param": "api_key"',
  "Retry-After: 20",
  "connect ECONNREFUSED 127.0.0.1:8443",
  "next@16.4.6 react@19.3.1 Chrome/120.0.6099.129",
  "order 1234 5678 9012 3456 shipped",
  "Content-Type: application/json; charset=utf-8",
  "key_id: key_01HF3Z8Q9X",
];

/** Personal data that redactPersonalData masks and redactSecrets keeps (support requests are the user's own). */
export const PERSONAL_SNIPPETS: { text: string; personal: string[] }[] = [
  { text: "Sign-in failed for jane.doe+work@acme-corp.example, locked out", personal: ["jane.doe+work@acme-corp.example"] },
  { text: "call me on +44 20 7946 0958 or (415) 555-0132", personal: ["+44 20 7946 0958", "(415) 555-0132"] },
  { text: "request came from 203.0.113.45 and was refused: ip_not_allowed", personal: ["203.0.113.45"] },
  { text: 'File "/home/jdoe/projects/bot/main.py", line 12', personal: ["jdoe"] },
  { text: "at Object.<anonymous> (C:\\Users\\maria\\app\\index.js:4:11)", personal: ["maria"] },
  { text: "/Users/kim.lee/Library/Caches/app.log: 429", personal: ["kim.lee"] },
];
