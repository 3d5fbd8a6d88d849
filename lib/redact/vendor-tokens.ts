import { MASK } from "./mask";

/**
 * Credentials recognizable by their shape alone, wherever they appear. Each keeps its public
 * prefix (`sk-proj-`, `ghp_`, `AKIA`), which tells support what kind of key it was, and loses
 * every character after it. A left boundary stops a match from starting inside a longer token,
 * so each run of characters is scanned once: linear on any input.
 */
const B = "(?<![A-Za-z0-9_-])";
const E = "(?![A-Za-z0-9_-])";

const SHAPES: readonly RegExp[] = [
  // OpenAI-style (`sk-…`, `sk-proj-…`, `sk-svcacct-…`), Anthropic (`sk-ant-api03-…`), OpenRouter.
  new RegExp(`${B}(sk-(?:proj-|svcacct-|admin-|ant-api[0-9]{2}-|ant-admin[0-9]{2}-|or-v1-)?)[A-Za-z0-9_-]{16,4096}`, "g"),
  // This platform's and Stripe's secret and restricted keys, and webhook secrets. A short tail is
  // kept: `sk_live_4f2a` is the key prefix the portal displays, which support asks for.
  new RegExp(`${B}((?:sk|rk)_(?:live|test)_)[A-Za-z0-9]{10,4096}`, "g"),
  new RegExp(`${B}(whsec_)[A-Za-z0-9+/=]{16,4096}`, "g"),
  // GitHub, GitLab, npm, PyPI, Hugging Face, Groq, xAI, Replicate, Perplexity, DigitalOcean, Shopify.
  new RegExp(`${B}(gh[pousr]_)[A-Za-z0-9]{20,4096}`, "g"),
  new RegExp(`${B}(github_pat_)[A-Za-z0-9_]{20,4096}`, "g"),
  new RegExp(`${B}(glpat-)[A-Za-z0-9_-]{20,4096}`, "g"),
  new RegExp(`${B}(npm_)[A-Za-z0-9]{30,4096}`, "g"),
  new RegExp(`${B}(pypi-)[A-Za-z0-9_-]{40,4096}`, "g"),
  new RegExp(`${B}(hf_)[A-Za-z0-9]{30,4096}`, "g"),
  new RegExp(`${B}(gsk_|xai-|r8_|pplx-)[A-Za-z0-9]{30,4096}`, "g"),
  new RegExp(`${B}(do[opr]_v1_)[a-f0-9]{40,4096}`, "g"),
  new RegExp(`${B}(shp(?:at|ca|pa|ss)_)[a-fA-F0-9]{32,4096}`, "g"),
  // Google API keys, OAuth access tokens and client secrets.
  new RegExp(`${B}(AIza)[A-Za-z0-9_-]{30,4096}`, "g"),
  new RegExp(`${B}(ya29\\.)[A-Za-z0-9_-]{20,4096}`, "g"),
  new RegExp(`${B}(GOCSPX-)[A-Za-z0-9_-]{20,4096}`, "g"),
  // AWS access key ids (long-term and temporary).
  new RegExp(`(?<![A-Za-z0-9])(AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])`, "g"),
  // Slack bot, user, app and config tokens, and incoming-webhook URLs.
  new RegExp(`${B}(xox[abeoprs]-|xapp-)[A-Za-z0-9-]{10,4096}`, "g"),
  new RegExp(`(https://hooks\\.slack\\.com/services/)[A-Za-z0-9/]{10,4096}`, "g"),
  // SendGrid, Mailgun, Databricks.
  new RegExp(`${B}(SG\\.)[A-Za-z0-9_-]{16,128}\\.[A-Za-z0-9_-]{16,4096}`, "g"),
  new RegExp(`${B}(key-)[a-f0-9]{32}${E}`, "g"),
  new RegExp(`${B}(dapi)[a-f0-9]{32}${E}`, "g"),
  // JSON Web Tokens (and any base64url JSON header with a payload): the whole token goes.
  new RegExp(`${B}()eyJ[A-Za-z0-9_-]{8,4096}\\.[A-Za-z0-9_-]{8,8192}\\.?[A-Za-z0-9_-]{0,4096}`, "g"),
];

export function maskVendorTokens(text: string): string {
  return SHAPES.reduce((current, shape) => current.replace(shape, (_match, prefix: string) => `${prefix}${MASK}`), text);
}
