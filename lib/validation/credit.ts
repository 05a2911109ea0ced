import { z } from "zod";
import "./zod-config";

const count = (label: string, min: number, max: number) =>
  z.coerce.number({ message: `请填写${label}` }).int(`${label}请填整数`).min(min, `${label}最少为${min}`).max(max, `${label}最多为${max}`);

/** 年度先进个人的推荐条件，研究室按年度设置。 */
export const shortlistRuleSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  topN: count("每组推荐人数", 1, 50),
  minAdopted: count("县级采用篇数", 0, 100),
  excludeSecrecy: z.boolean(),
});
export type ShortlistRuleInput = z.output<typeof shortlistRuleSchema>;
