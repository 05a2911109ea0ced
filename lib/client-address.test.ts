import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("takes the address next start or our proxy wrote: the last entry", () => {
    expect(clientAddress(h("10.0.0.7"), 1)).toBe("10.0.0.7");
    // nginx appends what it saw to whatever the client sent: the client's part is ignored.
    expect(clientAddress(h("1.2.3.4, 10.0.0.7"), 1)).toBe("10.0.0.7");
  });
  it("with two proxies in front takes the address the outer one saw", () => {
    expect(clientAddress(h("1.2.3.4, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientAddress(h("203.0.113.9"), 2)).toBe("203.0.113.9");
  });
  it("keeps only real addresses, IPv4 over IPv6 read as IPv4", () => {
    expect(clientAddress(h("::ffff:192.168.1.20"), 1)).toBe("192.168.1.20");
    expect(clientAddress(h("2001:db8::1"), 1)).toBe("2001:db8::1");
    expect(clientAddress(h("[2001:db8::1]:443"), 1)).toBe("2001:db8::1");
    expect(clientAddress(h("<script>"), 1)).toBeNull();
    expect(clientAddress(h(""), 1)).toBeNull();
    expect(clientAddress(h(), 1)).toBeNull();
  });
  it("reads TRUST_PROXY as the number of proxies, one when unset", () => {
    const before = process.env.TRUST_PROXY;
    try {
      delete process.env.TRUST_PROXY;
      expect(clientAddress(h("1.1.1.1, 2.2.2.2"))).toBe("2.2.2.2");
      process.env.TRUST_PROXY = "2";
      expect(clientAddress(h("1.1.1.1, 2.2.2.2"))).toBe("1.1.1.1");
      process.env.TRUST_PROXY = "yes";
      expect(clientAddress(h("1.1.1.1, 2.2.2.2"))).toBe("2.2.2.2");
    } finally {
      if (before === undefined) delete process.env.TRUST_PROXY;
      else process.env.TRUST_PROXY = before;
    }
  });
});
