// The integration tests run in TEST_WORKERS processes at once (vitest forks, VITEST_POOL_ID
// 1..TEST_WORKERS), each on its own copy of the migrated test database, so that one file's
// TRUNCATE never meets another's rows. scripts/test.ts makes the copies; setup.ts picks one.

/** The database of integration worker `poolId`, a copy of the migrated `template`. */
export function workerDatabaseName(template: string, poolId: number | string): string {
  return `${template}_${poolId}`;
}
