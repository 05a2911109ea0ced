/**
 * The checks that need the server: the administrator's settings (with the watch-list) and
 * similarity to earlier drafts of any unit. Who sees what of a similar draft follows the
 * drafts' own visibility: an officer learns that a close copy exists and which text they
 * share, but another unit's title and name only if they may see that draft.
 */
import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/authz/permissions";
import { runChecks, type CheckSettings, type Finding } from "@/lib/checks";
import { findSimilar, similarityText } from "@/lib/similarity";
import { indexBuildStatus } from "@/lib/similarity/build";
import { formatIsoDate, shanghaiDate } from "@/lib/time";
import { DomainError, ForbiddenError } from "@/lib/errors";
import { loadWatchList } from "@/lib/admin/watch-terms";
import { readCheckSettings } from "@/lib/admin/check-settings";
import { getDraftOrThrow } from "./access";
import { canSeeDraft } from "./capabilities";
import { sendUpLine } from "./origin-chain";
import { unitCheckContext } from "@/lib/units/labels";

/** The draft's unit as the checks read it: its kind and its desk's say whose name to look for, and who reads it. */
export type UnitForChecks = Parameters<typeof unitCheckContext>[0];

export type StoredCheckSettings = CheckSettings & { similarityThreshold: number };

/** The settings the checks run with: the administrator's (lib/admin/check-settings.ts) and the watch-list. */
export async function loadCheckSettings(opts: { watchList?: boolean } = {}): Promise<StoredCheckSettings> {
  // The watch-list is read only for those who see its findings (writers' checks run without it).
  const [s, watchList] = await Promise.all([readCheckSettings(), opts.watchList === false ? [] : loadWatchList()]);
  return { titleMaxLength: s.titleMaxLength, staleDays: s.staleDays, similarityThreshold: s.similarityThreshold, severeChecks: s.severeChecks, watchList };
}

/** The settings an officer's editor checks with: the watch-list is for the reviewers' eyes. */
export const writerSettings = (s: StoredCheckSettings): CheckSettings => ({ ...s, watchList: [] });

export async function similarFindings(
  actor: Actor,
  draft: { id?: string; title: string; body: string },
  settings: StoredCheckSettings,
  /** The stored draft's author and origin, when the caller has read them already. */
  known?: { id: string; authorId: string; sentUpFromId: string | null; forwardedAt: Date | null },
): Promise<Finding[]> {
  const stored = known ?? (draft.id ? await db.draft.findUnique({ where: { id: draft.id }, select: { id: true, authorId: true, sentUpFromId: true, forwardedAt: true } }) : null);
  const [found, building] = await Promise.all([
    // A draft sent up is its origin's text: the drafts of its own line are no match for it.
    findSimilar({ text: similarityText(draft), excludeDraftIds: stored ? await sendUpLine(db, stored) : [], threshold: settings.similarityThreshold, limit: 5 }),
    indexBuildNote(),
  ]);
  const authorId = stored?.authorId ?? actor.id;
  // The writer's own unsent drafts are earlier saves of the same piece, not someone else's material.
  const hits = found.filter((h) => !(h.authorId === authorId && h.status === "DRAFT")).slice(0, 3);
  if (hits.length === 0) return building;
  const visibility = await db.draft.findMany({ where: { id: { in: hits.map((h) => h.draftId) } }, select: { id: true, unitId: true, forwardedAt: true } });
  const visible = new Set(visibility.filter((d) => canSeeDraft(actor, d)).map((d) => d.id));
  const severe = settings.severeChecks.includes("SIMILAR");
  const findings = hits.map((hit): Finding => {
    const percent = Math.round(hit.score * 100);
    const own = hit.authorId === authorId;
    const which = own
      ? `与同一作者${formatIsoDate(hit.createdAt)}的稿件《${hit.title}》`
      : visible.has(hit.draftId)
        ? `与${hit.unitName}${formatIsoDate(hit.createdAt)}的稿件《${hit.title}》`
        : "与其他单位已有的一篇稿件";
    return {
      code: "SIMILAR",
      severity: severe && !own ? "severe" : "warning",
      message: own
        ? `${which}相似度${percent}%，如是同一件事，请在原稿上修改或写续报，不要重复报送`
        : `${which}相似度${percent}%，请核实是否照搬他人材料或重复报送同一件事`,
      field: "body",
      excerpt: hit.shared,
    };
  });
  return [...findings, ...building];
}

/** While the background build of the index runs, earlier drafts may be missed: say so. */
async function indexBuildNote(): Promise<Finding[]> {
  const status = await indexBuildStatus();
  if (!status || status.state === "done") return [];
  const percent = status.total > 0 ? Math.min(99, Math.floor((status.done / status.total) * 100)) : 0;
  return [
    {
      code: "SIMILAR",
      severity: "warning",
      message: `相似度索引正在后台建立（已完成${percent}%），与较早稿件的比对暂不完整`,
      field: "body",
    },
  ];
}

/** Everything the reviewer and the research office see beside a draft. */
export async function reviewFindings(
  actor: Actor,
  draft: { id: string; title: string; body: string; eventDate: Date; unit: UnitForChecks; authorId?: string; sentUpFromId?: string | null; forwardedAt?: Date | null },
  now = new Date(),
  /** false: without the watch-list (for those who do not see its findings). */
  withWatchList = true,
): Promise<Finding[]> {
  const settings = await loadCheckSettings({ watchList: withWatchList });
  const text = runChecks({
    title: draft.title,
    body: draft.body,
    eventDate: formatIsoDate(draft.eventDate),
    ...unitCheckContext(draft.unit),
    today: shanghaiDate(now),
    settings,
  });
  const { authorId, sentUpFromId, forwardedAt } = draft;
  const known = authorId !== undefined && sentUpFromId !== undefined && forwardedAt !== undefined ? { id: draft.id, authorId, sentUpFromId, forwardedAt } : undefined;
  return [...text, ...(await similarFindings(actor, draft, settings, known))];
}

/** A draft with a severe finding (as the administrator configured) cannot be submitted. */
export async function assertSubmittable(
  actor: Actor,
  draft: { id: string; title: string; body: string; eventDate: Date; unit: UnitForChecks },
  now = new Date(),
) {
  const settings = await loadCheckSettings({ watchList: false });
  if (settings.severeChecks.length === 0) return;
  const findings = (await reviewFindings(actor, draft, now, false)).filter((f) => f.severity === "severe" && f.code !== "WATCH_PHRASE");
  if (findings.length > 0) {
    throw new DomainError(`稿件检查发现必须改正的问题：${findings.map((f) => f.message).slice(0, 3).join("；")}`);
  }
}

/** The similarity check while writing or editing: only for those who write or edit drafts. */
export async function similarWhileWriting(actor: Actor, draft: { id?: string; title: string; body: string }) {
  if (!can(actor, "draft.write") && !can(actor, "draft.review") && !can(actor, "draft.decide")) throw new ForbiddenError();
  if (draft.id) await getDraftOrThrow(actor, draft.id);
  return similarFindings(actor, draft, await loadCheckSettings());
}
