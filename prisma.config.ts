// Prisma 6.19 configuration, using the JavaScript schema engine (works offline:
// no Rust schema-engine / query-engine binaries are downloaded).
//
// The connection comes from process.env.DATABASE_URL (scripts/start.ts and
// scripts/test.ts set it; a real deployment sets it itself). The URL is parsed
// into discrete fields on purpose: with a `connectionString`, @prisma/adapter-pg
// ignores the shadow database name (a known adapter bug, noted in the team's offline-stack notes).
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseIntoClientConfig } from "pg-connection-string";
import type { PoolConfig } from "pg";

// What the user (or scripts/*.ts) set; captured before the placeholder below.
const DATABASE_URL = process.env.DATABASE_URL;

// Prisma 6 reads the schema's `url = env("DATABASE_URL")` for every command, even
// those that never connect (`prisma generate` in postinstall, `migrate diff
// --from-empty`); without a value it fails and then tries to download a Rust
// query engine (offline: ENOTFOUND). The placeholder is never connected to: the
// schema engine connects through the adapter below, which uses DATABASE_URL only.
process.env.DATABASE_URL ??= "postgresql://unset:unset@127.0.0.1:1/unset";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  experimental: {
    adapter: true,
  },
  engine: "js",
  adapter: async () => {
    const url = DATABASE_URL;
    if (!url) {
      throw new Error(
        "DATABASE_URL is not set. Use `npm start` / `npm test` (they start an embedded PostgreSQL) " +
          "or set DATABASE_URL=postgresql://user:password@host:5432/db",
      );
    }
    // Discrete fields (host, port, user, password, database, ssl, ...).
    const { schema, ...config } = parseIntoClientConfig(url) as PoolConfig & { schema?: string };
    return new PrismaPg(
      // allowExitOnIdle: the CLI does not close the pool, whose idle timer would
      // keep the process alive. (Commands still linger ~10 s on a timer inside
      // the schema engine's WebAssembly; nothing to do about that here.)
      { application_name: "prisma-migrate", allowExitOnIdle: true, ...config },
      schema ? { schema } : undefined,
    );
  },
});
