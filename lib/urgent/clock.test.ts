import { afterEach, describe, expect, it, vi } from "vitest";
import { caseState, deadlineClock, dueAtOf, durationLabel, formatLocal, isLate, parseLocal, toLocalInput, urgentClock } from "./clock";

const at = (iso: string) => new Date(iso);
const MIN = 60_000;

describe("parseLocal: a datetime-local value is Shanghai time", () => {
  it("reads the value as UTC+8", () => {
    expect(parseLocal("2026-11-23T14:30")?.toISOString()).toBe("2026-11-23T06:30:00.000Z");
    expect(parseLocal("2026-11-23T14:30:15")?.toISOString()).toBe("2026-11-23T06:30:15.000Z");
    // Just after local midnight is still the previous day in UTC.
    expect(parseLocal("2027-01-01T00:10")?.toISOString()).toBe("2026-12-31T16:10:00.000Z");
  });

  it("refuses what is no real time", () => {
    for (const bad of ["", "2026-11-23", "2026-11-23 14:30", "2026-02-30T10:00", "2026-11-23T24:00", "2026-11-23T14:60", "2026-13-01T10:00", "14:30"]) {
      expect(parseLocal(bad), bad).toBeNull();
    }
  });

  it("round-trips through toLocalInput", () => {
    expect(toLocalInput(parseLocal("2026-03-08T02:30")!)).toBe("2026-03-08T02:30");
    expect(toLocalInput(at("2026-12-31T16:00:00Z"))).toBe("2027-01-01T00:00");
  });
});

describe("urgentClock: due time is the event plus the hours, in plain arithmetic", () => {
  it("an event at 22:30 local is due at 02:30 the next day local", () => {
    const event = parseLocal("2026-11-23T22:30")!;
    const c = urgentClock(event, event, 4);
    expect(toLocalInput(c.dueAt)).toBe("2026-11-24T02:30");
    expect(formatLocal(c.dueAt)).toBe("11月24日 02:30");
    expect(c.dueAt.getTime() - event.getTime()).toBe(4 * 60 * MIN);
  });

  it("crosses month and year end", () => {
    expect(toLocalInput(dueAtOf(parseLocal("2026-12-31T22:00")!, 4))).toBe("2027-01-01T02:00");
    expect(toLocalInput(dueAtOf(parseLocal("2026-11-30T23:15")!, 4))).toBe("2026-12-01T03:15");
    expect(toLocalInput(dueAtOf(parseLocal("2028-02-28T21:00")!, 4))).toBe("2028-02-29T01:00");
  });

  it("has no daylight saving: the US and European switch nights are ordinary nights", () => {
    // 2026-03-08 is the night New York springs forward; 2026-10-25 Europe falls back.
    for (const local of ["2026-03-08T00:30", "2026-10-25T00:30", "2026-11-01T00:30"]) {
      const event = parseLocal(local)!;
      expect(dueAtOf(event, 4).getTime() - event.getTime()).toBe(4 * 60 * MIN);
      expect(toLocalInput(dueAtOf(event, 4)).slice(11)).toBe("04:30");
    }
  });

  it("exactly at the due time is not yet overdue; a millisecond later it is", () => {
    const event = parseLocal("2026-11-23T10:30")!;
    const due = dueAtOf(event, 4);
    expect(urgentClock(event, due, 4)).toMatchObject({ remainingMs: 0, overdue: false, label: "已到时限" });
    expect(urgentClock(event, new Date(due.getTime() + 1), 4)).toMatchObject({ overdue: true, label: "刚刚超时" });
  });

  it("rounds time left up and time over down, to the minute", () => {
    const due = parseLocal("2026-11-23T14:30")!;
    const before = (ms: number) => deadlineClock(due, new Date(due.getTime() - ms)).label;
    const after = (ms: number) => deadlineClock(due, new Date(due.getTime() + ms)).label;
    expect(before(80 * MIN)).toBe("还剩1小时20分");
    expect(before(79 * MIN + 1)).toBe("还剩1小时20分");
    expect(before(59_000)).toBe("还剩1分");
    expect(before(1)).toBe("还剩1分");
    expect(before(4 * 60 * MIN)).toBe("还剩4小时");
    expect(after(35 * MIN)).toBe("已超时35分");
    expect(after(35 * MIN + 59_000)).toBe("已超时35分");
    expect(after(59_999)).toBe("刚刚超时");
    expect(after((27 * 60 + 5) * MIN)).toBe("已超时1天3小时");
    expect(after(48 * 60 * MIN)).toBe("已超时2天");
    expect(deadlineClock(due, new Date(due.getTime() - 80 * MIN)).remainingMs).toBe(80 * MIN);
  });

  it("labels durations", () => {
    expect([0, 5, 60, 61, 1440, 1500].map(durationLabel)).toEqual(["0分", "5分", "1小时", "1小时1分", "1天", "1天1小时"]);
  });
});

describe("lateness and state", () => {
  const due = at("2026-11-23T06:30:00Z");
  const now = at("2026-11-23T08:00:00Z");
  it("a report at the due time is in time, one after it is late", () => {
    expect(isLate({ dueAt: due, firstReportAt: due, closedAt: null }, now)).toBe(false);
    expect(isLate({ dueAt: due, firstReportAt: new Date(due.getTime() + 1), closedAt: null }, now)).toBe(true);
  });
  it("without a report the clock runs until 办结", () => {
    expect(isLate({ dueAt: due, firstReportAt: null, closedAt: null }, now)).toBe(true);
    expect(isLate({ dueAt: due, firstReportAt: null, closedAt: null }, at("2026-11-23T06:00:00Z"))).toBe(false);
    expect(isLate({ dueAt: due, firstReportAt: null, closedAt: at("2026-11-23T06:00:00Z") }, now)).toBe(false);
    expect(isLate({ dueAt: due, firstReportAt: null, closedAt: at("2026-11-23T07:00:00Z") }, now)).toBe(true);
  });
  it("names the state", () => {
    expect(caseState({ dueAt: due, firstReportAt: null, closedAt: null }, now)).toBe("OVERDUE");
    expect(caseState({ dueAt: due, firstReportAt: null, closedAt: null }, due)).toBe("WAITING");
    expect(caseState({ dueAt: due, firstReportAt: now, closedAt: null }, now)).toBe("REPORTED");
    expect(caseState({ dueAt: due, firstReportAt: null, closedAt: now }, now)).toBe("CLOSED");
  });
});

describe("the process time zone is irrelevant", () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
    vi.restoreAllMocks();
  });

  const compute = () => {
    const event = parseLocal("2026-12-31T22:00")!;
    const c = urgentClock(event, parseLocal("2027-01-01T01:00")!, 4);
    return { event: event.toISOString(), due: toLocalInput(c.dueAt), shown: formatLocal(c.dueAt), label: c.label, late: isLate({ dueAt: c.dueAt, firstReportAt: null, closedAt: null }, parseLocal("2027-01-01T02:01")!) };
  };
  const expected = { event: "2026-12-31T14:00:00.000Z", due: "2027-01-01T02:00", shown: "1月1日 02:00", label: "还剩1小时", late: true };

  it.each(["America/New_York", "UTC", "Asia/Shanghai", "Pacific/Kiritimati"])("gives the same answers with TZ=%s", (tz) => {
    process.env.TZ = tz;
    // Node picks up an assigned TZ at once; prove that this process really changed zone.
    const probe = new Date("2026-12-31T14:00:00Z");
    const localHour = { "America/New_York": 9, UTC: 14, "Asia/Shanghai": 22, "Pacific/Kiritimati": 4 }[tz];
    expect(probe.getHours()).toBe(localHour);
    expect(compute()).toEqual(expected);
  });

  it("never reads local-time getters", () => {
    const forbidden = ["getHours", "getMinutes", "getDate", "getMonth", "getFullYear", "getDay", "getTimezoneOffset", "setHours", "setDate"] as const;
    for (const name of forbidden) {
      vi.spyOn(Date.prototype, name).mockImplementation(() => {
        throw new Error(`local-time ${name} used`);
      });
    }
    expect(compute()).toEqual(expected);
  });
});
