import "server-only";
import pg from "pg";

/**
 * Whether the database answers `SELECT 1` within `timeoutMs`, for GET /api/health. A pool of
 * its own (one connection) with connect and query timeouts: a hung database makes the check
 * answer "no" in time instead of waiting, and never takes a connection the pages need.
 */
const pools = new Map<string, pg.Pool>();

export async function databaseAnswers(connectionString: string, timeoutMs: number): Promise<boolean> {
  let pool = pools.get(connectionString);
  if (!pool) {
    pool = new pg.Pool({
      connectionString,
      max: 1,
      connectionTimeoutMillis: timeoutMs,
      query_timeout: timeoutMs,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
      application_name: "zugong-health",
    });
    pool.on("error", () => undefined); // an idle connection dropped by the server: the next check reconnects
    pools.set(connectionString, pool);
  }
  try {
    await pool.query("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
