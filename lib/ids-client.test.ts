import { describe, expect, it } from "vitest";
import { isUuid } from "./ids";
import { newUuid } from "./ids-client";

describe("newUuid", () => {
  it("makes distinct version-4 UUIDs", () => {
    const ids = Array.from({ length: 200 }, newUuid);
    expect(ids.every(isUuid)).toBe(true);
    expect(ids.every((id) => id[14] === "4" && "89ab".includes(id[19]))).toBe(true);
    expect(new Set(ids).size).toBe(200);
  });
});
