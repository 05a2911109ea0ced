import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { addWatchTerm, listWatchTerms, setWatchTermEnabled } from "@/lib/admin/watch-terms";
import { reviewFindings } from "@/lib/drafts/review-checks";
import { createDraft } from "@/lib/drafts/create-draft";
import { DEFAULT_WATCH_TERMS } from "@/lib/checks/watch-list-data";
import { makeCounty, sampleFields, type County } from "./fixtures";

let c: County;
beforeEach(async () => {
  c = await makeCounty();
});

async function watchMessages(body: string) {
  const d = await createDraft(c.officerA, { ...sampleFields("甲镇村级组织换届"), body });
  const draft = await db.draft.findUniqueOrThrow({ where: { id: d.id }, include: { unit: true } });
  return (await reviewFindings(c.reviewerA, draft)).filter((f) => f.code === "WATCH_PHRASE").map((f) => f.message);
}

describe("the starting watch list", () => {
  it("checks drafts against the shipped list from the start, with why and the suggested wording", async () => {
    const messages = await watchMessages("新当选的村长隆重召开第一次村委会。");
    expect(messages).toHaveLength(2);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringContaining("“隆重召开”：新华社规范用语"), expect.stringMatching(/“村长”：村民委员会主任简称“村主任”.*建议：村主任（村民委员会主任）/)]),
    );
  });

  it("the administrator switches an entry off and on again, and adds the county's own; each change audited", async () => {
    await setWatchTermEnabled(c.admin, { term: "村长", enabled: false });
    expect(await watchMessages("村长带头走访。")).toEqual([]);
    expect((await listWatchTerms(c.admin)).find((t) => t.term === "村长")).toMatchObject({ enabled: false, builtin: true, suggestion: "村主任（村民委员会主任）" });
    await setWatchTermEnabled(c.admin, { term: "村长", enabled: true });
    expect(await watchMessages("村长带头走访。")).toHaveLength(1);

    await addWatchTerm(c.admin, { term: "一把手工程", why: "本县要求写明具体责任人和职务", suggestion: "主要负责同志亲自抓" });
    expect(await watchMessages("把党建当作一把手工程。")).toEqual([expect.stringContaining("“一把手工程”：本县要求写明具体责任人和职务。建议：主要负责同志亲自抓")]);
    expect((await listWatchTerms(c.admin, { q: "一把手" })).map((t) => [t.term, t.group])).toEqual([["一把手工程", "CUSTOM"]]);
    expect(await db.auditLog.findMany({ where: { entityType: "WatchTerm" }, orderBy: { createdAt: "asc" }, select: { action: true } })).toEqual(
      ["watch.disable", "watch.enable", "watch.add"].map((action) => ({ action })),
    );
  });

  it("refuses a duplicate entry, an unknown one, and anyone but the administrator", async () => {
    await expect(addWatchTerm(c.admin, { term: DEFAULT_WATCH_TERMS[0].term, why: "重复添加", suggestion: "" })).rejects.toThrow(ValidationError);
    await addWatchTerm(c.admin, { term: "自加提法", why: "本县的要求", suggestion: "" });
    await expect(addWatchTerm(c.admin, { term: "自加提法", why: "本县的要求", suggestion: "" })).rejects.toThrow(ValidationError);
    await expect(setWatchTermEnabled(c.admin, { term: "没有这条", enabled: false })).rejects.toThrow(ValidationError);
    for (const who of [c.editor, c.leader, c.reviewerA, c.officerA]) {
      await expect(setWatchTermEnabled(who, { term: "村长", enabled: false })).rejects.toThrow(ForbiddenError);
      await expect(addWatchTerm(who, { term: "别人加的", why: "不该成功", suggestion: "" })).rejects.toThrow(ForbiddenError);
      await expect(listWatchTerms(who)).rejects.toThrow(ForbiddenError);
    }
    expect(await db.watchTerm.count()).toBe(1);
  });
});
