import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Code that runs regexes over what people type, paste or request: every one must be linear,
    // so no paste, query or URL can freeze a tab or a server (a 4 KB paste once froze the page 3 s).
    files: ["lib/paste/**", "lib/redact/**", "lib/search/**", "components/**", "app/**", "proxy.ts", "lib/redirects/**"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "reports/**", ".imported-content/**"]),
]);
