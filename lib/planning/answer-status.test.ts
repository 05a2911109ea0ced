import { describe, expect, it } from "vitest";
import type { DraftStatus } from "@/lib/drafts/workflow";
import { ANSWER_LABELS, ANSWER_STATUSES, answerStatus, answeredLate, isOpen, isPastDue, missedDeadline, type AnsweringDraft } from "./answer-status";

const DUE = "2026-11-30";
const IN_TIME = new Date("2026-11-28T10:00:00+08:00");
const LATE = new Date("2026-12-02T10:00:00+08:00");
/** Drafts in these states; those that reached the county did so in time unless told otherwise. */
const d = (...statuses: DraftStatus[]): AnsweringDraft[] =>
  statuses.map((status) => ({ status, forwardedAt: ["DRAFT", "SUBMITTED"].includes(status) ? null : IN_TIME }));

describe("answerStatus of a 约稿 (answered when a draft reaches the county)", () => {
  it("has no answer yet before and on the deadline day, and is overdue from the day after", () => {
    expect(answerStatus([], DUE, "2026-11-20")).toBe("NO_RESPONSE");
    expect(answerStatus([], DUE, "2026-11-30")).toBe("NO_RESPONSE");
    expect(answerStatus([], DUE, "2026-12-01")).toBe("OVERDUE");
    // Month and year ends compare as dates, not as numbers.
    expect(answerStatus([], "2026-12-31", "2027-01-01")).toBe("OVERDUE");
    expect(answerStatus([], "2026-09-30", "2026-10-01")).toBe("OVERDUE");
  });

  it("is being written while a draft is at the unit, including at its reviewer; overdue once the day is over", () => {
    expect(answerStatus(d("DRAFT"), DUE, DUE)).toBe("WRITING");
    expect(answerStatus(d("SUBMITTED"), DUE, DUE)).toBe("WRITING");
    expect(answerStatus(d("DRAFT"), DUE, "2026-12-01")).toBe("OVERDUE");
    // Submitted to the reviewer but never forwarded: the county never got it.
    expect(answerStatus(d("SUBMITTED"), DUE, "2026-12-01")).toBe("OVERDUE");
  });

  it("does not turn overdue when an answer reached the county in time and was sent back for changes", () => {
    expect(answerStatus([{ status: "RETURNED", forwardedAt: IN_TIME }], DUE, "2026-12-05")).toBe("WRITING");
    expect(answerStatus([{ status: "RETURNED", forwardedAt: LATE }], DUE, "2026-12-05")).toBe("OVERDUE");
    expect(answerStatus([{ status: "RETURNED", forwardedAt: null }], DUE, "2026-12-05")).toBe("OVERDUE");
  });

  it("is submitted while a draft waits at the county, even after the deadline", () => {
    for (const s of ["FORWARDED", "EDITING"] as const) {
      expect(answerStatus(d(s), DUE, "2026-11-25")).toBe("SUBMITTED");
      expect(answerStatus([{ status: s, forwardedAt: LATE }], DUE, "2026-12-05")).toBe("SUBMITTED");
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

describe("answerStatus of a 点题 (answered when the officer submits to the reviewer)", () => {
  it("counts a submission as answered, and is overdue only when nothing was submitted", () => {
    expect(answerStatus(d("SUBMITTED"), DUE, "2026-12-05", "unit")).toBe("SUBMITTED");
    expect(answerStatus(d("DRAFT"), DUE, DUE, "unit")).toBe("WRITING");
    expect(answerStatus(d("RETURNED"), DUE, "2026-12-05", "unit")).toBe("OVERDUE");
    expect(answerStatus([], DUE, "2026-12-01", "unit")).toBe("OVERDUE");
  });
});

describe("the deadline in China time", () => {
  const at = (iso: string): AnsweringDraft[] => [{ status: "FORWARDED", forwardedAt: new Date(iso) }];
  it("is met by reaching the county before the deadline day is over in Beijing", () => {
    expect(missedDeadline([], DUE)).toBe(true);
    // 23:59 on the deadline day in Beijing is 15:59 UTC: in time.
    expect(missedDeadline(at("2026-11-30T15:59:00Z"), DUE)).toBe(false);
    // 00:01 the next day in Beijing is still 30 November in UTC: late.
    expect(missedDeadline(at("2026-11-30T16:01:00Z"), DUE)).toBe(true);
    // The earliest arrival counts.
    expect(missedDeadline([...at("2026-12-03T02:00:00Z"), ...at("2026-11-29T02:00:00Z")], DUE)).toBe(false);
  });

  it("calls an answer late only when one arrived, after the deadline", () => {
    expect(answeredLate([], DUE)).toBe(false);
    expect(answeredLate([{ status: "SUBMITTED", forwardedAt: null }], DUE)).toBe(false);
    expect(answeredLate(at("2026-11-30T15:59:00Z"), DUE)).toBe(false);
    expect(answeredLate(at("2026-11-30T16:01:00Z"), DUE)).toBe(true);
  });
});
