import { describe, expect, it } from "vitest";
import { navFor } from "./nav";

describe("navFor", () => {
  it("names the pool by the office's level, a county's unless told", () => {
    expect(navFor(["EDITOR"])[0]).toEqual({ href: "/county", label: "县级稿件池" });
    expect(navFor(["EDITOR"], "CITY")[0]).toEqual({ href: "/county", label: "市级稿件池" });
  });
});
