/**
 * How a 组织部's total is made from its parts, in the ranking of the node above it. Pure: the
 * rules page, the ranking's breakdown and the tests share it.
 *
 * "省辖市委组织部总分等于省辖市委组织部各项得分，加上所辖县市区得分总和除以县市区数得分": a
 * department's own points, plus the points that came up through each of its child departments
 * (an item a county sent to the city and the city sent on), averaged over all of them, so that a
 * county that sends little drags its city down. The year's rules may choose the sum instead.
 */
import type { NodeScoreMethod } from "@/lib/generated/prisma/enums";

export const NODE_SCORE_METHODS: ReadonlyArray<{ method: NodeScoreMethod; label: string; formula: string }> = [
  { method: "OWN_PLUS_CHILD_AVERAGE", label: "本级得分 + 所辖组织部得分的平均数", formula: "总分 = 本级得分 + 所辖组织部得分之和 ÷ 所辖组织部个数" },
  { method: "OWN_PLUS_CHILD_SUM", label: "本级得分 + 所辖组织部得分之和", formula: "总分 = 本级得分 + 所辖组织部得分之和" },
];

export const DEFAULT_NODE_SCORE_METHOD: NodeScoreMethod = "OWN_PLUS_CHILD_AVERAGE";

export const nodeScoreMethodLabel = (method: NodeScoreMethod) => NODE_SCORE_METHODS.find((m) => m.method === method)!.label;

const cents = (n: number) => Math.round(n * 100) / 100;

/** The children's part and the total; a department without child departments scores its own points. */
export function nodeTotal(method: NodeScoreMethod, own: number, children: readonly number[]): { childPart: number; total: number } {
  const sum = children.reduce((a, b) => a + b, 0);
  const childPart = children.length === 0 ? 0 : cents(method === "OWN_PLUS_CHILD_SUM" ? sum : sum / children.length);
  return { childPart, total: cents(own + childPart) };
}
