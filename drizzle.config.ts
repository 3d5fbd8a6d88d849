import { defineConfig } from "drizzle-kit";

/** `npx drizzle-kit generate` writes the next numbered migration after a change to the schema. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/events/schema.ts",
  out: "./lib/events/migrations",
});
