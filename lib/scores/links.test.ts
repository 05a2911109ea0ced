import { describe, expect, it } from "vitest";
import { ledgerHref, submittedHref } from "./links";

describe("links from a figure to what it counts", () => {
  it("points a month's figure at that month's ledger rows, and a year's at the year", () => {
    expect(ledgerHref({ kind: "MONTH", year: 2026, index: 11 }, "u1", ["ADOPTION_PROVINCE", "ADOPTION_CENTRAL"])).toBe(
      "/scores/ledger?p=2026-11&year=2026&unit=u1&rule=ADOPTION_PROVINCE%2CADOPTION_CENTRAL",
    );
    expect(ledgerHref({ kind: "YEAR", year: 2026, index: 1 }, "u1")).toBe("/scores/ledger?year=2026&unit=u1");
    expect(ledgerHref({ kind: "YEAR", year: 2026, index: 1 }, "u1", undefined, "own")).toBe("/scores/ledger?year=2026&unit=u1&via=own");
  });

  it("points 报送数 at the county pool for the period's local days, last day included", () => {
    expect(submittedHref({ kind: "QUARTER", year: 2026, index: 4 }, "u1")).toBe("/county?status=ALL&unitId=u1&from=2026-10-01&to=2026-12-31");
  });
});
