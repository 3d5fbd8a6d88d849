import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Code that runs regexes over what people type, paste or request, or a status feed sends: every
    // one must be linear, so no paste, query, URL or feed can freeze a tab or a server (a 4 KB paste
    // once froze the page 3 s).
    files: ["lib/paste/**", "lib/redact/**", "lib/search/**", "lib/status/**", "components/**", "app/**", "proxy.ts", "lib/redirects/**"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    // Data flows one way (content → lib → app → client leaves); a module that imports its way back
    // to itself is a design mistake and can read half-initialized exports. eslint-config-next
    // brings eslint-plugin-import and the TypeScript resolver (`@/` paths included). The rule skips
    // `import type`; tests/unit/import-graph.test.ts checks those too.
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
    // Never parse packages for their exports: PGlite's bundle overflows the parser's stack, and a
    // cycle inside a dependency is not ours to fix.
    settings: { "import/ignore": ["node_modules"] },
  },
  globalIgnores([".next/**", ".next-*/**", ".bench/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "reports/**", ".imported-content/**"]),
]);
