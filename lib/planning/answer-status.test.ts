import { describe, expect, it } from "vitest";
import type { DraftStatus } from "@/lib/drafts/workflow";
import { ANSWER_LABELS, ANSWER_STATUSES, answerStatus, answeredLate, isOpen, isPastDue } from "./answer-status";

const d = (...statuses: DraftStatus[]) => statuses.map((status) => ({ status, submittedAt: null }));
const DUE = "2026-11-30";

describe("answerStatus", () => {
  it("has no answer yet before and on the deadline day, and is overdue from the day after", () => {
    expect(answerStatus([], DUE, "2026-11-20")).toBe("NO_RESPONSE");
    expect(answerStatus([], DUE, "2026-11-30")).toBe("NO_RESPONSE");
    expect(answerStatus([], DUE, "2026-12-01")).toBe("OVERDUE");
    // Month and year ends compare as dates, not as numbers.
    expect(answerStatus([], "2026-12-31", "2027-01-01")).toBe("OVERDUE");
    expect(answerStatus([], "2026-09-30", "2026-10-01")).toBe("OVERDUE");
  });

  it("is being written while a draft sits at the unit (new or returned), until the deadline passes", () => {
    expect(answerStatus(d("DRAFT"), DUE, DUE)).toBe("WRITING");
    expect(answerStatus(d("RETURNED"), DUE, "2026-11-01")).toBe("WRITING");
    expect(answerStatus(d("DRAFT"), DUE, "2026-12-01")).toBe("OVERDUE");
    expect(answerStatus(d("RETURNED"), DUE, "2026-12-01")).toBe("OVERDUE");
  });

  it("is submitted once a draft waits at the reviewer or the county, even after the deadline", () => {
    for (const s of ["SUBMITTED", "FORWARDED", "EDITING"] as const) {
      expect(answerStatus(d(s), DUE, "2026-11-25")).toBe("SUBMITTED");
      expect(answerStatus(d(s), DUE, "2026-12-05")).toBe("SUBMITTED");
    }
  });

  it("is adopted when a draft was adopted or published, and declined when only declined", () => {
    expect(answerStatus(d("ADOPTED"), DUE, "2026-12-05")).toBe("ADOPTED");
    expect(answerStatus(d("PUBLISHED"), DUE, "2026-11-25")).toBe("ADOPTED");
    expect(answerStatus(d("NOT_ADOPTED"), DUE, "2026-11-25")).toBe("NOT_ADOPTED");
    expect(answerStatus(d("NOT_ADOPTED"), DUE, "2026-12-05")).toBe("NOT_ADOPTED");
  });

  it("ranks several answers: adopted beats pending beats declined beats anything at the unit", () => {
    expect(answerStatus(d("NOT_ADOPTED", "SUBMITTED", "ADOPTED", "DRAFT"), DUE, DUE)).toBe("ADOPTED");
    expect(answerStatus(d("NOT_ADOPTED", "FORWARDED"), DUE, DUE)).toBe("SUBMITTED");
    expect(answerStatus(d("DRAFT", "EDITING"), DUE, "2026-12-05")).toBe("SUBMITTED");
    expect(answerStatus(d("DRAFT", "NOT_ADOPTED"), DUE, DUE)).toBe("NOT_ADOPTED");
    expect(answerStatus(d("RETURNED", "NOT_ADOPTED"), DUE, "2026-12-05")).toBe("NOT_ADOPTED");
  });

  it("counts only not-yet-answered ones as open", () => {
    expect(ANSWER_STATUSES.filter(isOpen)).toEqual(["NO_RESPONSE", "WRITING", "OVERDUE"]);
    expect(isPastDue(DUE, DUE)).toBe(false);
    expect(isPastDue(DUE, "2026-12-01")).toBe(true);
  });

  it("labels every status in Chinese", () => {
    expect(ANSWER_STATUSES.map((s) => ANSWER_LABELS[s])).toEqual(["未响应", "撰写中", "已报送", "已采用", "未采用", "逾期"]);
  });
});

describe("answeredLate", () => {
  it("is late only when the first submission came after the deadline day in China time", () => {
    expect(answeredLate(null, DUE)).toBe(false);
    // 23:59 on the deadline day in Beijing is 15:59 UTC: in time.
    expect(answeredLate(new Date("2026-11-30T15:59:00Z"), DUE)).toBe(false);
    // 00:01 the next day in Beijing is still 30 November in UTC: late.
    expect(answeredLate(new Date("2026-11-30T16:01:00Z"), DUE)).toBe(true);
    expect(answeredLate(new Date("2026-11-29T02:00:00Z"), DUE)).toBe(false);
  });
});
