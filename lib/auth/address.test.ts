import { describe, expect, it } from "vitest";
import { clientAddress } from "./address";

describe("clientAddress", () => {
  it("takes the address the nearest proxy (or next start) wrote", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientAddress({ "x-forwarded-for": "::ffff:192.168.1.20" })).toBe("192.168.1.20");
    expect(clientAddress({ "x-real-ip": "10.1.1.1" })).toBe("10.1.1.1");
    expect(clientAddress({})).toBeNull();
  });
});
