import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createPool() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return new pg.Pool({ connectionString, max: Number(process.env.DB_POOL_MAX ?? 10) });
}

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    // `$disconnect` ends the pool, as it did when Prisma made its own (scripts exit after it).
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Password hashes leave the database only where a query asks for them by name.
    omit: { user: { passwordHash: true } },
    // Prisma's defaults (2 s to get a connection, 5 s to finish) fail transactions that only
    // queue behind others in a surge (a deadline day, 20 publications at once); wait instead.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { db?: Db; pool?: pg.Pool };
/** The connections of this process: Prisma's, and `sql` (lib/sql.ts) on the same ones. */
export const pool: pg.Pool = globalForDb.pool ?? createPool();
export const db: Db = globalForDb.db ?? createClient(pool);
if (process.env.NODE_ENV !== "production") Object.assign(globalForDb, { db, pool });
