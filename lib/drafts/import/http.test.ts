import { describe, expect, it } from "vitest";
import { ConflictError, DomainError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { contentLength, errorStatus, sameOrigin, uploadMaxMb } from "./http";

describe("the upload limit from UPLOAD_MAX_MB", () => {
  it("takes a positive number of megabytes", () => {
    expect(uploadMaxMb("30")).toBe(30);
    expect(uploadMaxMb(" 5 ")).toBe(5);
    expect(uploadMaxMb("0.5")).toBe(0.5);
  });

  it("falls back to 20 for anything else", () => {
    for (const value of [undefined, "", "  ", "abc", "20MB", "0", "-5", "NaN", "Infinity"]) expect(uploadMaxMb(value)).toBe(20);
  });
});

describe("the declared length of an upload", () => {
  it("is a plain non-negative integer or nothing", () => {
    expect(contentLength("1024")).toBe(1024);
    expect(contentLength("0")).toBe(0);
    for (const header of [null, "", "abc", "-1", "1.5", "1e6", "12, 12"]) expect(contentLength(header)).toBeNull();
  });
});

describe("the same-origin check of an upload", () => {
  it("lets through a request without Origin, or from the same host and port", () => {
    expect(sameOrigin(null, "zugong.example.gov.cn")).toBe(true);
    expect(sameOrigin("https://zugong.example.gov.cn", "zugong.example.gov.cn")).toBe(true);
    expect(sameOrigin("https://zugong.example.gov.cn", "ZUGONG.example.gov.cn:443")).toBe(true);
    expect(sameOrigin("http://127.0.0.1:3100", "127.0.0.1:3100")).toBe(true);
  });

  it("refuses another host or port, an opaque or broken Origin, and a missing Host", () => {
    expect(sameOrigin("https://evil.example.com", "zugong.example.gov.cn")).toBe(false);
    expect(sameOrigin("https://zugong.example.gov.cn.evil.com", "zugong.example.gov.cn")).toBe(false);
    expect(sameOrigin("http://127.0.0.1:3101", "127.0.0.1:3100")).toBe(false);
    expect(sameOrigin("null", "zugong.example.gov.cn")).toBe(false);
    expect(sameOrigin("not a url", "zugong.example.gov.cn")).toBe(false);
    expect(sameOrigin("file:///C:/x.html", "zugong.example.gov.cn")).toBe(false);
    expect(sameOrigin("https://zugong.example.gov.cn", null)).toBe(false);
    expect(sameOrigin("https://zugong.example.gov.cn", "")).toBe(false);
  });
});

describe("the status of an import failure", () => {
  it("follows the kind of error; anything unexpected is a 500", () => {
    expect(errorStatus(new ValidationError({ file: "x" }, "x"))).toBe(400);
    expect(errorStatus(new ForbiddenError())).toBe(403);
    expect(errorStatus(new NotFoundError())).toBe(404);
    expect(errorStatus(new ConflictError())).toBe(409);
    expect(errorStatus(new DomainError("x"))).toBe(400);
    expect(errorStatus(new TypeError("x"))).toBe(500);
    expect(errorStatus("x")).toBe(500);
  });
});
