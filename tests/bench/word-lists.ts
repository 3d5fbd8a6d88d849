/** Product vocabulary for synthetic articles; the prose itself comes from the real corpus. */

export const PRODUCTS = [
  "webhook", "service account", "API gateway", "SAML connection", "billing export", "audit log", "storage bucket",
  "edge function", "cron job", "read replica", "custom domain", "SMTP relay", "OAuth app", "Terraform provider",
  "Slack integration", "usage report", "metrics exporter", "log drain", "VPN tunnel", "SCIM provisioning",
  "team invite", "status page", "mobile SDK", "search index", "deploy preview", "feature flag", "message queue",
  "data export", "backup schedule", "IP allowlist", "access policy", "notification rule", "Kubernetes agent",
  "browser extension", "GitHub integration", "payment method", "support ticket", "workspace", "project",
];

/** [singular, plural] */
export const OBJECTS: [string, string][] = [
  ["key", "keys"], ["token", "tokens"], ["delivery", "deliveries"], ["certificate", "certificates"],
  ["signature", "signatures"], ["invitation", "invitations"], ["export", "exports"], ["upload", "uploads"],
  ["sync", "syncs"], ["redirect", "redirects"], ["session", "sessions"], ["secret", "secrets"],
  ["schedule", "schedules"], ["snapshot", "snapshots"], ["connection", "connections"], ["deployment", "deployments"],
  ["request", "requests"], ["event", "events"], ["setting", "settings"], ["permission", "permissions"],
  ["role", "roles"], ["alert", "alerts"], ["report", "reports"], ["job", "jobs"], ["migration", "migrations"],
  ["callback", "callbacks"], ["limit", "limits"], ["query", "queries"], ["login", "logins"],
  ["notification", "notifications"], ["record", "records"], ["member", "members"], ["endpoint", "endpoints"],
  ["build", "builds"], ["retry", "retries"], ["credential", "credentials"], ["quota", "quotas"],
  ["policy", "policies"], ["payload", "payloads"], ["password reset", "password resets"],
];

/** [verb, -ing, past] */
export const VERBS: [string, string, string][] = [
  ["rotate", "rotating", "rotated"], ["revoke", "revoking", "revoked"], ["delete", "deleting", "deleted"],
  ["create", "creating", "created"], ["renew", "renewing", "renewed"], ["verify", "verifying", "verified"],
  ["enable", "enabling", "enabled"], ["disable", "disabling", "disabled"], ["export", "exporting", "exported"],
  ["import", "importing", "imported"], ["update", "updating", "updated"], ["rename", "renaming", "renamed"],
  ["transfer", "transferring", "transferred"], ["restore", "restoring", "restored"],
  ["download", "downloading", "downloaded"], ["configure", "configuring", "configured"],
  ["connect", "connecting", "connected"], ["reset", "resetting", "reset"], ["approve", "approving", "approved"],
  ["publish", "publishing", "published"], ["regenerate", "regenerating", "regenerated"],
  ["attach", "attaching", "attached"], ["assign", "assigning", "assigned"], ["share", "sharing", "shared"],
  ["archive", "archiving", "archived"], ["unlock", "unlocking", "unlocked"], ["migrate", "migrating", "migrated"],
];

export const HTTP_STATUS: Record<number, string> = {
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
  408: "Request Timeout", 409: "Conflict", 410: "Gone", 413: "Payload Too Large", 415: "Unsupported Media Type",
  422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented",
  502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
};

export const CONDITIONS = [
  "not_found", "expired", "invalid", "limit_exceeded", "timeout", "conflict", "forbidden", "unavailable",
  "already_exists", "rejected", "misconfigured", "quota_exceeded", "not_verified", "revoked", "mismatch", "too_large",
];

export const STATES = ["pending", "queued", "processing", "provisioning", "read-only mode", "a retry loop", "draft", "maintenance mode"];
export const EVENTS = [
  "an upgrade", "a region migration", "a password change", "key rotation", "a plan change", "a restart", "enabling SSO",
  "the latest release", "a domain change", "removing a member", "a failed payment", "restoring a backup", "a schema change",
];
export const CLIENTS = ["the dashboard", "the CLI", "Terraform", "the Python SDK", "the Node.js SDK", "the REST API", "the mobile app", "GitHub Actions", "Postman"];
export const PLACES = ["the dashboard", "the activity feed", "the audit log", "search results", "the usage report", "the billing page", "the team list", "Grafana", "the logs explorer"];
export const ADJECTIVES = ["so slow", "empty", "missing", "duplicated", "out of date", "stuck", "failing intermittently", "timing out", "rejected", "much larger than expected"];
export const PROBLEMS = ["timeouts", "errors", "duplicates", "delays", "failures", "mismatches", "loops", "conflicts"];
export const PAST = ["expired", "stopped", "disappeared", "reset", "changed", "disconnected", "paused", "reverted"];
export const CAUSES = [
  "the signing secret was rotated", "a usage limit was reached", "the token expired", "a role lost a permission",
  "a firewall blocks the request", "the configuration is out of date", "two clients write at the same time",
  "the region is degraded", "the plan does not include the feature",
];
