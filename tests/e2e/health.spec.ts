// The real server answers the health check without a session, and without following a redirect.
import { expect, test } from "@playwright/test";

test("GET /api/health answers 200 ok without a login", async ({ request }) => {
  const res = await request.get("/api/health", { maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok" });
});
