import { describe, expect, it } from "vitest";
import { navFor } from "./nav";

describe("navFor", () => {
  it("names the pool by the office's level, a county's unless told", () => {
    expect(navFor(["EDITOR"])[0]).toEqual({ href: "/county", label: "县级稿件池" });
    expect(navFor(["EDITOR"], "CITY")[0]).toEqual({ href: "/county", label: "市级稿件池" });
  });

  it("gives the office 写稿报送上级 only in a 组织部 with a desk above, and officers their 写稿件 everywhere", () => {
    const write = (roles: Parameters<typeof navFor>[0], belowDesk: boolean) => navFor(roles, "COUNTY", belowDesk).find((i) => i.href === "/drafts/new")?.label;
    expect(write(["EDITOR"], true)).toBe("写稿报送上级");
    expect(write(["EDITOR"], false)).toBeUndefined();
    expect(write(["LEADER"], true)).toBeUndefined();
    expect(write(["OFFICER"], false)).toBe("写稿件");
  });
});
