// Empties every table of the `public` schema (except Prisma's migration history)
// and restarts identity sequences. Use it in integration tests, e.g.
//
//   import { resetDatabase } from "@/tests/integration/db-reset";
//   beforeEach(async () => { await resetDatabase(prisma); });

/** The part of a PrismaClient that resetDatabase needs (any generated client fits). */
export interface RawSqlClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function resetDatabase(prisma: RawSqlClient): Promise<void> {
  const rows = await prisma.$queryRawUnsafe<Array<{ tablename: string }>>(
    "SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'",
  );
  if (rows.length === 0) return;
  const tables = rows.map((r) => `"public".${quoteIdent(r.tablename)}`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${tables} RESTART IDENTITY CASCADE`);
}
