// Who connects to the database.
//
// - The embedded PostgreSQL's superuser `postgres` gets a generated password, kept with the
//   application role's in `.data/<cluster>-credentials.json` (mode 0600). A cluster made by an
//   older version with the password "postgres" is switched to the generated one on its next start.
// - The application (web server and reminder worker) connects as APP_ROLE: no superuser, owns
//   nothing, may only read and write rows in the `public` and `pgboss` schemas. It cannot
//   change a table, drop a trigger (the append-only ledgers) or TRUNCATE.
// - Migrations, the job-queue schema, backups and restores run as the owner.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";

export const APP_ROLE = "zugong_app";
/** The superuser password of clusters initialised before passwords were generated. */
const LEGACY_PASSWORD = "postgres";

export interface Login {
  user: string;
  password: string;
}
export interface EmbeddedCredentials {
  superuser: Login;
  app: Login;
}

export function credentialsFile(dataDir: string): string {
  return `${dataDir}-credentials.json`;
}

const newPassword = () => crypto.randomBytes(24).toString("base64url");

/** Reads the cluster's credentials, creating them (mode 0600) on first use. */
export function loadOrCreateCredentials(dataDir: string): EmbeddedCredentials {
  const file = credentialsFile(dataDir);
  try {
    const creds = JSON.parse(fs.readFileSync(file, "utf8")) as EmbeddedCredentials;
    if (creds.superuser?.password && creds.app?.password) {
      fs.chmodSync(file, 0o600);
      return creds;
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw new Error(`cannot read ${file}: ${(err as Error).message}`);
  }
  const creds: EmbeddedCredentials = {
    superuser: { user: "postgres", password: newPassword() },
    app: { user: APP_ROLE, password: newPassword() },
  };
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(creds, null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(`${file}.tmp`, file);
  return creds;
}

export function loginUrl(login: Login, host: string, port: number, database: string): string {
  const u = new URL(`postgresql://${host}:${port}/${encodeURIComponent(database)}`);
  u.username = encodeURIComponent(login.user);
  u.password = encodeURIComponent(login.password);
  return u.toString();
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: "zugong-scripts" });
  client.on("error", () => undefined);
  await client.connect();
  return client;
}

/**
 * Connects to the `postgres` database as the superuser with the stored password. If that is
 * refused and the cluster still has the old fixed password, switches it to the stored one.
 */
export async function upgradeLegacyPassword(superuserUrl: string, log: (m: string) => void): Promise<void> {
  try {
    await (await connect(superuserUrl)).end();
    return;
  } catch (err) {
    if ((err as { code?: string }).code !== "28P01") throw err; // not "password authentication failed"
  }
  const legacy = new URL(superuserUrl);
  legacy.password = LEGACY_PASSWORD;
  const client = await connect(legacy.toString()).catch((err: { code?: string }) => {
    if (err.code !== "28P01") throw err;
    throw new Error(
      "the embedded PostgreSQL refuses the password kept in .data/ (was its credentials file replaced or deleted?): " +
        "put the file back, or move the cluster directory aside to start with a new, empty one",
    );
  });
  try {
    const password = decodeURIComponent(new URL(superuserUrl).password);
    await client.query(`ALTER ROLE ${client.escapeIdentifier(decodeURIComponent(legacy.username))} PASSWORD ${client.escapeLiteral(password)}`);
    log("switched the superuser password from the old default to a generated one (kept in .data/)");
  } finally {
    await client.end();
  }
}

/** Creates the application role, or resets its password and attributes. */
export async function ensureAppRole(superuserUrl: string, app: Login): Promise<void> {
  const client = await connect(superuserUrl);
  try {
    const exists = (await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [app.user])).rowCount;
    const attrs = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(app.password)}`;
    await client.query(`${exists ? "ALTER" : "CREATE"} ROLE ${client.escapeIdentifier(app.user)} WITH ${attrs}`);
  } finally {
    await client.end();
  }
}

/**
 * The application role's rights in the database of `ownerUrl`: rows of the tables in
 * `public` and `pgboss` (also those that later migrations create, through default
 * privileges of the owner), their sequences, and nothing else. Idempotent; run after
 * every migration. The same statements are in README (正式部署).
 */
export function appRoleGrants(database: string, role: string, owner: string): string[] {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const out = [`GRANT CONNECT ON DATABASE ${q(database)} TO ${q(role)}`];
  for (const schema of ["public", "pgboss"]) {
    out.push(
      `GRANT USAGE ON SCHEMA ${schema} TO ${q(role)}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${q(role)}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${q(role)}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${q(owner)} IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${q(role)}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${q(owner)} IN SCHEMA ${schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${q(role)}`,
    );
  }
  return out;
}

export async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  const client = await connect(ownerUrl);
  try {
    const { rows } = await client.query<{ db: string; me: string }>("SELECT current_database() AS db, current_user AS me");
    for (const sql of appRoleGrants(rows[0]!.db, role, rows[0]!.me)) await client.query(sql);
  } finally {
    await client.end();
  }
}
