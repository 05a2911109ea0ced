import { describe, expect, it } from "vitest";
import { diffBody, diffDraft, diffLine, diffParagraph, hasChanges, inlineSegments, likeness, sideText, similarity } from "./diff";

const P1 = "我县持续推进基层党建工作，全面提升基层组织力。";
const P2 = "一是抓学习，组织党员干部集中学习二十大精神。";
const P3 = "二是抓落实，建立问题清单、任务清单、责任清单。";
const P4 = "三是抓考核，将党建工作纳入年度综合考核。";

const body = (...lines: string[]) => lines.join("\n");

describe("diffBody", () => {
  it("identical texts: every row unchanged, nothing counted", () => {
    const d = diffBody(body(P1, P2, P3), body(P1, P2, P3));
    expect(d.rows.map((r) => r.kind)).toEqual(["same", "same", "same"]);
    expect(d.rows[1]).toEqual({ kind: "same", left: [{ text: P2, op: "same" }], right: [{ text: P2, op: "same" }] });
    expect(d.summary).toEqual({ added: 0, removed: 0 });
    expect(hasChanges(d)).toBe(false);
  });

  it("ignores blank lines and surrounding spaces, as bodies are stored trimmed", () => {
    const d = diffBody(body(P1, P2), `  ${P1}\n\n${P2}  \n`);
    expect(hasChanges(d)).toBe(false);
  });

  it("one word replaced (推进 → 推动): one changed row, one character out, one in", () => {
    const d = diffBody(body(P1, P2), body(P1.replace("推进", "推动"), P2));
    expect(d.rows.map((r) => r.kind)).toEqual(["changed", "same"]);
    expect(d.rows[0].left).toEqual([
      { text: "我县持续推", op: "same" },
      { text: "进", op: "del" },
      { text: "基层党建工作，全面提升基层组织力。", op: "same" },
    ]);
    expect(d.rows[0].right).toEqual([
      { text: "我县持续推", op: "same" },
      { text: "动", op: "ins" },
      { text: "基层党建工作，全面提升基层组织力。", op: "same" },
    ]);
    expect(d.summary).toEqual({ added: 1, removed: 1 });
  });

  it("a sentence added to a paragraph: only the new sentence is marked", () => {
    const added = "全年共培训党员1200余人次。";
    const d = diffBody(body(P1, P2), body(P1, P2 + added));
    expect(d.rows.map((r) => r.kind)).toEqual(["same", "changed"]);
    expect(d.rows[1].left).toEqual([{ text: P2, op: "same" }]);
    expect(d.rows[1].right).toEqual([
      { text: P2, op: "same" },
      { text: added, op: "ins" },
    ]);
    expect(d.summary).toEqual({ added: added.length, removed: 0 });
  });

  it("a paragraph added between others is its own row", () => {
    const d = diffBody(body(P1, P3), body(P1, P2, P3));
    expect(d.rows.map((r) => r.kind)).toEqual(["same", "added", "same"]);
    expect(d.rows[1]).toEqual({ kind: "added", left: null, right: [{ text: P2, op: "ins" }] });
    expect(d.summary).toEqual({ added: P2.length, removed: 0 });
  });

  it("a paragraph removed", () => {
    const d = diffBody(body(P1, P2, P3, P4), body(P1, P2, P4));
    expect(d.rows.map((r) => r.kind)).toEqual(["same", "same", "removed", "same"]);
    expect(d.rows[2]).toEqual({ kind: "removed", left: [{ text: P3, op: "del" }], right: null });
    expect(d.summary).toEqual({ added: 0, removed: P3.length });
  });

  it("paragraphs reordered: the moved one leaves its old place and appears at the new one, whole", () => {
    const d = diffBody(body(P2, P3, P4), body(P3, P2, P4));
    expect(d.rows.map((r) => r.kind)).toEqual(["removed", "same", "added", "same"]);
    expect(sideText(d.rows[0].left)).toBe(P2);
    expect(d.rows[1].left).toEqual([{ text: P3, op: "same" }]);
    expect(d.rows[2].right).toEqual([{ text: P2, op: "ins" }]);
    expect(d.summary).toEqual({ added: P2.length, removed: P2.length });
  });

  it("a rewritten paragraph that shares little is shown as removed and added, not as a character soup", () => {
    const old = "我县召开党建工作推进会，部署下半年重点任务。";
    const neu = "全县组织工作会议强调，要抓好干部队伍建设。";
    const d = diffBody(body(P1, old), body(P1, neu));
    expect(d.rows.map((r) => r.kind)).toEqual(["same", "removed", "added"]);
    expect(d.rows[2].right).toEqual([{ text: neu, op: "ins" }]);
  });

  it("pairs each edited paragraph with its own new text when several change in one place", () => {
    const d = diffBody(body(P1, P2, P3), body(P1, P2.replace("集中", "专题"), P3.replace("建立", "制定")));
    expect(d.rows.map((r) => r.kind)).toEqual(["same", "changed", "changed"]);
    expect(d.rows[1].left?.filter((s) => s.op === "del").map((s) => s.text)).toEqual(["集中"]);
    expect(d.rows[2].right?.filter((s) => s.op === "ins").map((s) => s.text)).toEqual(["制定"]);
    expect(d.summary).toEqual({ added: 4, removed: 4 });
  });

  it("an empty old body: everything added", () => {
    const d = diffBody("", body(P1, P2));
    expect(d.rows.map((r) => r.kind)).toEqual(["added", "added"]);
    expect(d.summary).toEqual({ added: P1.length + P2.length, removed: 0 });
  });
});

describe("diffParagraph", () => {
  it("folds a single kept character between two changes into one replacement", () => {
    // diffChars alone keeps 强 as common: 加[强]组织 → [强]化队伍 would read as confetti.
    const { left, right } = diffParagraph("要加强组织建设，提高干部素质。", "要强化队伍建设，提高干部素质。");
    expect(left).toEqual([
      { text: "要", op: "same" },
      { text: "加强组织", op: "del" },
      { text: "建设，提高干部素质。", op: "same" },
    ]);
    expect(right).toEqual([
      { text: "要", op: "same" },
      { text: "强化队伍", op: "ins" },
      { text: "建设，提高干部素质。", op: "same" },
    ]);
  });

  it("keeps both sides' text intact", () => {
    const a = "坚持问题导向，聚焦群众急难愁盼问题。";
    const b = "坚持目标导向，聚焦群众最关心最直接最现实的利益问题。";
    const { left, right } = diffParagraph(a, b);
    expect(sideText(left)).toBe(a);
    expect(sideText(right)).toBe(b);
    expect(left.some((s) => s.op === "ins")).toBe(false);
    expect(right.some((s) => s.op === "del")).toBe(false);
  });
});

describe("diffDraft", () => {
  it("title change counts with the body", () => {
    const d = diffDraft(
      { title: "我县扎实推进基层党建工作", body: body(P1, P2) },
      { title: "我县扎实推动基层党建工作", body: body(P1, P2, P3) },
    );
    expect(d.title.kind).toBe("changed");
    expect(d.title.left).toEqual([
      { text: "我县扎实推", op: "same" },
      { text: "进", op: "del" },
      { text: "基层党建工作", op: "same" },
    ]);
    expect(d.body.map((r) => r.kind)).toEqual(["same", "same", "added"]);
    expect(d.summary).toEqual({ added: 1 + P3.length, removed: 1 });
    expect(hasChanges(d)).toBe(true);
  });

  it("same title and body: no changes", () => {
    const d = diffDraft({ title: "标题", body: body(P1) }, { title: "标题", body: body(P1) });
    expect(d.title).toEqual({ kind: "same", left: [{ text: "标题", op: "same" }], right: [{ text: "标题", op: "same" }] });
    expect(d.summary).toEqual({ added: 0, removed: 0 });
    expect(hasChanges(d)).toBe(false);
  });

  it("an entirely new title is one replacement", () => {
    const row = diffLine("关于开展主题教育的情况汇报", "某镇创新推行村级事务积分制");
    expect(row).toEqual({
      kind: "changed",
      left: [{ text: "关于开展主题教育的情况汇报", op: "del" }],
      right: [{ text: "某镇创新推行村级事务积分制", op: "ins" }],
    });
  });
});

describe("inlineSegments", () => {
  it("puts each deletion just before its insertion, unchanged text once", () => {
    const [row] = diffBody("要加强组织建设。", "要强化队伍建设。").rows;
    expect(inlineSegments(row)).toEqual([
      { text: "要", op: "same" },
      { text: "加强组织", op: "del" },
      { text: "强化队伍", op: "ins" },
      { text: "建设。", op: "same" },
    ]);
  });

  it("an insertion alone leaves the old side one unchanged run", () => {
    const row = { kind: "changed" as const, ...diffParagraph("坚持党建引领基层治理。", "坚持党建引领城乡基层治理。") };
    expect(row.left).toEqual([{ text: "坚持党建引领基层治理。", op: "same" }]);
    expect(row.right).toEqual([
      { text: "坚持党建引领", op: "same" },
      { text: "城乡", op: "ins" },
      { text: "基层治理。", op: "same" },
    ]);
    expect(inlineSegments(row)).toEqual(row.right);
  });

  it("handles unchanged runs cut differently on the two sides", () => {
    // An insertion inside a run that is unchanged on the old side.
    const row = { kind: "changed" as const, left: [{ text: "甲乙", op: "same" as const }], right: [
      { text: "甲", op: "same" as const },
      { text: "丙", op: "ins" as const },
      { text: "乙", op: "same" as const },
    ] };
    expect(inlineSegments(row)).toEqual([
      { text: "甲", op: "same" },
      { text: "丙", op: "ins" },
      { text: "乙", op: "same" },
    ]);
  });

  it("added and removed rows are all insertion or all deletion", () => {
    expect(inlineSegments({ kind: "added", left: null, right: [{ text: P1, op: "ins" }] })).toEqual([{ text: P1, op: "ins" }]);
    expect(inlineSegments({ kind: "removed", left: [{ text: P1, op: "del" }], right: null })).toEqual([{ text: P1, op: "del" }]);
  });
});

describe("similarity and likeness", () => {
  it("character pairs: 1 for equal texts, low for unrelated ones", () => {
    expect(similarity(P1, P1)).toBe(1);
    expect(similarity(P1, P2)).toBeLessThan(0.15);
  });

  it("short lines: one replaced word still pairs, a new heading does not", () => {
    // Only 2 of 7 character pairs survive, but 5 of 8 characters do.
    expect(similarity("要加强组织建设。", "要强化队伍建设。")).toBeLessThan(0.4);
    expect(likeness("要加强组织建设。", "要强化队伍建设。")).toBeCloseTo(10 / 16);
    expect(likeness("一、主要做法", "一、主要成效")).toBeGreaterThanOrEqual(0.5);
    expect(likeness("一、基本情况", "一、主要做法")).toBeLessThan(0.5);
    const d = diffBody(body("一、基本情况", P1), body("一、主要做法", P1));
    expect(d.rows.map((r) => r.kind)).toEqual(["removed", "added", "same"]);
  });
});
