/** The draft page's read (lib/drafts/detail.ts, through `sql`) gives what Prisma's include of the same relations gives. */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DRAFT_DETAIL_INCLUDE, getDraftDetail } from "@/lib/drafts/detail";
import { NotFoundError } from "@/lib/errors";
import { draftAt, makeCounty, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

const viaPrisma = (id: string) => db.draft.findUniqueOrThrow({ where: { id }, include: DRAFT_DETAIL_INCLUDE });

describe("the draft page's read", () => {
  it("equals Prisma's for a draft in progress, an adopted one in an issue, and one answering a 约稿", async () => {
    const writing = await draftAt(c, "DRAFT");
    const adopted = await draftAt(c, "ADOPTED");
    const answering = await draftAt(c, "FORWARDED");
    const commission = await db.commission.create({
      data: { nodeId: c.editor.nodeId, title: "关于基层治理的约稿", dueOn: new Date("2026-12-20"), createdById: c.editor.id, targets: { create: { unitId: c.officerA.unitId } } },
      include: { targets: true },
    });
    await db.draft.update({ where: { id: answering.id }, data: { commissionTargetId: commission.targets[0].id } });

    for (const d of [writing, adopted, answering]) {
      expect(await getDraftDetail(c.officerA, d.id)).toEqual(await viaPrisma(d.id));
    }
    const full = await getDraftDetail(c.officerA, adopted.id);
    expect(full.issueItem?.issue.series.id).toBe(c.series.id);
    expect(full.events.length).toBeGreaterThan(2);
    expect((await getDraftDetail(c.officerA, answering.id)).commissionTarget?.commission.title).toBe("关于基层治理的约稿");
  });

  it("answers 没有找到 for another unit's draft and for what is no id", async () => {
    const other = await draftAt(c, "DRAFT", { officer: c.officerB, reviewer: c.reviewerB });
    await expect(getDraftDetail(c.officerA, other.id)).rejects.toThrow(NotFoundError);
    await expect(getDraftDetail(c.officerA, "not-an-id")).rejects.toThrow(NotFoundError);
  });
});
