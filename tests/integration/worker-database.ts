// The integration tests run in several processes at once (vitest forks, VITEST_POOL_ID 1..n),
// each on its own copy of the migrated test database, so that one file's TRUNCATE never meets
// another's rows. scripts/test.ts makes the copies; setup.ts points each process at its own.
// (Plain URL work, no imports: setup.ts runs before every test file.)

/** The connection URL of integration worker `poolId`'s database, a copy of the migrated one at `url`. */
export function workerDatabaseUrl(url: string, poolId: number | string): string {
  const u = new URL(url);
  u.pathname = `${u.pathname}_${poolId}`;
  return u.toString();
}
