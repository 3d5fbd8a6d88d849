/**
 * Content-Security-Policy. Everything comes from this origin; no third party is allowed anywhere.
 * - script-src 'self' 'unsafe-inline': prerendered Next.js pages carry inline <script> tags (the
 *   RSC payload, `self.__next_f.push(...)`, different on every page) and our pre-paint theme
 *   script. A nonce would force every page to render per request, and hashes cannot be known for
 *   a header shared by all pages, so inline scripts stay allowed; no eval, no other origin. What
 *   keeps articles from injecting script is the sanitizer (lib/markdown/sanitize-schema.ts).
 * - style-src 'self' 'unsafe-inline': React writes `style` attributes (e.g. Next's route announcer).
 * - object-src 'none', base-uri 'self', frame-ancestors 'none' (no framing, so no clickjacking),
 *   form-action 'self' (the search forms post nowhere else).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export const securityHeaders: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Turn off what a help center never uses. Clipboard writes stay allowed (copy buttons).
  {
    key: "Permissions-Policy",
    value: "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), usb=(), xr-spatial-tracking=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

