// GET /api/health, for nginx, a load balancer or a monitoring check: 200 {"status":"ok"} when
// this instance and its database answer, else 503. No data, no session needed, never cached.
import { databaseAnswers } from "@/lib/health";

export const dynamic = "force-dynamic";

const DB_TIMEOUT_MS = 2000;

export async function GET() {
  const url = process.env.DATABASE_URL;
  const ok = !!url && (await databaseAnswers(url, DB_TIMEOUT_MS));
  return Response.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
