/**
 * 安全设置, 稿件检查设置, the 留意表述清单 and the similarity index hold for the whole deployment:
 * the top 组织部's administrator changes them; a lower node's administrator is refused, and
 * nothing changes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { updateSecuritySettings } from "@/lib/admin/security-settings";
import { readCheckSettings, updateCheckSettings } from "@/lib/admin/check-settings";
import { addWatchTerm, setWatchTermEnabled } from "@/lib/admin/watch-terms";
import { rebuildSimilarityIndex } from "@/lib/admin/similarity-index";
import { atTopNode } from "@/lib/admin/deployment";
import { checkSettingsSchema } from "@/lib/validation/admin";
import { DEFAULT_WATCH_TERMS } from "@/lib/checks/watch-list-data";
import { makeChain, type Chain } from "./chain-fixtures";

let c: Chain;
beforeAll(async () => {
  c = await makeChain();
});

describe("settings for the whole deployment", () => {
  it("are changed at the top 组织部 only", async () => {
    expect(await atTopNode(c.city.admin)).toBe(true);
    expect(await atTopNode(c.x.admin)).toBe(false);
    const checks = checkSettingsSchema.parse({ titleMaxLength: 30, staleDays: 10, similarityPercent: 60, severeChecks: [], urgentHours: 6 });
    const refused = [
      updateSecuritySettings(c.x.admin, { idleMinutes: 5, passwordMinLength: 6, passwordExpiryDays: 0 }),
      updateCheckSettings(c.x.admin, checks),
      addWatchTerm(c.x.admin, { term: "甲县的提法", why: "甲县要求", suggestion: "" }),
      setWatchTermEnabled(c.x.admin, { term: DEFAULT_WATCH_TERMS[0].term, enabled: false }),
      rebuildSimilarityIndex(c.x.admin),
    ];
    for (const r of refused) await expect(r).rejects.toThrow(ForbiddenError);
    expect(await db.securitySettings.count()).toBe(0);
    expect(await db.watchTerm.count()).toBe(0);
    expect((await readCheckSettings()).updatedAt).toBeNull();

    await updateSecuritySettings(c.city.admin, { idleMinutes: 20, passwordMinLength: 10, passwordExpiryDays: 90 });
    await updateCheckSettings(c.city.admin, checks);
    await addWatchTerm(c.city.admin, { term: "市里的提法", why: "市里要求", suggestion: "" });
    expect((await readCheckSettings()).urgentHours).toBe(6);
    expect(await db.watchTerm.count()).toBe(1);
  });
});
