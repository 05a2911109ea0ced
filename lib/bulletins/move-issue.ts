import "server-only";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requirePermission, type Actor } from "@/lib/authz/permissions";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { ISSUE_MOVES, refusalOf, type SignOffMove } from "./issue-workflow";
import { contentDigest, storedIssueInclude } from "./content";
import { notify, unitUserIds } from "@/lib/notifications/notify";
import { ownSeries } from "./series-scope";

/**
 * 送签 / 签发 / 退回 / 撤回: moves an issue of the actor's node along the sign-off path of the
 * issue move table, only if it is still in the status and version the user saw.
 */
export async function moveIssue(
  actor: Actor,
  input: { issueId: string; version: number; move: SignOffMove; comment?: string; now?: Date },
) {
  const move = ISSUE_MOVES[input.move];
  requirePermission(actor, move.permission);
  const comment = input.comment ?? "";
  if ("comment" in move && !comment) throw new ValidationError({ comment: `请填写${move.comment}` });
  if (!isUuid(input.issueId)) throw new NotFoundError("没有找到这一期");
  const now = input.now ?? new Date();

  return db.$transaction(async (tx) => {
    const issue = await tx.bulletinIssue.findFirst({ where: { id: input.issueId, series: ownSeries(actor) }, include: storedIssueInclude });
    if (!issue) throw new NotFoundError("没有找到这一期");
    const refusal = refusalOf(input.move, issue.status, issue.series.requiresSignOff);
    if (refusal) throw new DomainError(refusal);
    if (input.move === "SEND_FOR_SIGNOFF" && issue.items.length === 0) throw new DomainError("本期还没有编入稿件，不能送签");

    const signing = input.move === "SIGN";
    const { count } = await tx.bulletinIssue.updateMany({
      where: { id: issue.id, status: issue.status, version: input.version },
      data: {
        status: move.to,
        version: { increment: 1 },
        signedById: signing ? actor.id : null,
        signedAt: signing ? now : null,
        signedHash: signing ? contentDigest(issue) : null,
        returnComment: input.move === "RETURN" ? comment : input.move === "SEND_FOR_SIGNOFF" ? null : issue.returnComment,
      },
    });
    if (count === 0) throw new ConflictError("这一期刚有改动（别人处理过，或您刚保存的修改还没显示到这里），页面已刷新，请核对后再点一次");
    await audit(tx, {
      actorId: actor.id,
      action: `issue.${input.move.toLowerCase()}`,
      entityType: "BulletinIssue",
      entityId: issue.id,
      data: { from: issue.status, to: move.to, ...(comment ? { comment } : {}) },
    });
    await tellSignOff(tx, issue.series.nodeId, input.move, issue, { version: input.version, comment });
  });
}

/** The bell: the leaders of the series' node hear of an issue sent for sign-off; its research office of its signing or return. */
async function tellSignOff(
  tx: Tx,
  nodeId: string,
  move: SignOffMove,
  issue: { id: string; series: { name: string } },
  opts: { version: number; comment: string },
) {
  const name = `《${issue.series.name}》待发布的一期`;
  const href = `/issues/${issue.id}`;
  const key = `issue:${issue.id}:${move}:${opts.version}`;
  if (move === "SEND_FOR_SIGNOFF") {
    await notify(tx, await unitUserIds(tx, nodeId, ["LEADER"]), { kind: "ISSUE_SIGNOFF", title: `${name}送您签发`, href, key });
  } else if (move === "SIGN") {
    await notify(tx, await unitUserIds(tx, nodeId, ["EDITOR"]), { kind: "ISSUE_SIGNED", title: `${name}已签发，可以发布`, href, key });
  } else if (move === "RETURN") {
    await notify(tx, await unitUserIds(tx, nodeId, ["EDITOR"]), { kind: "ISSUE_RETURNED", title: `${name}被退回`, body: opts.comment ? `意见：${opts.comment}` : "", href, key });
  }
}
