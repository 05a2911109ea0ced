import { describe, expect, it } from "vitest";
import { findEventDate } from "./docx-read";

describe("the event date in an imported text", () => {
  it("takes the first 月日 date, in this year unless that is still to come", () => {
    expect(findEventDate("11月20日，青山镇召开会议。", "2026-11-23")).toBe("2026-11-20");
    expect(findEventDate("12月5日，青山镇召开会议。", "2026-11-23")).toBe("2025-12-05");
    expect(findEventDate("2024年3月8日，县妇联……", "2026-11-23")).toBe("2024-03-08");
  });

  it("ignores impossible or future dates and texts without one", () => {
    expect(findEventDate("2月30日召开", "2026-11-23")).toBeNull();
    expect(findEventDate("2027年1月1日起施行", "2026-11-23")).toBeNull();
    expect(findEventDate("今年以来，青山镇坚持党建引领。", "2026-11-23")).toBeNull();
  });
});
