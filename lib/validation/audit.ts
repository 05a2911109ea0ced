import { z } from "zod";
import { actionsOf, ENTITY_LABELS } from "@/lib/audit/labels";
import { isCalendarDate, page } from "./common";
import { cleanText } from "./sanitize";

/** A typed search text: a NUL from the address bar must not reach PostgreSQL. */
const text = (max: number) => z.string().trim().max(max).transform(cleanText).optional().catch(undefined);

const day = z.string().refine(isCalendarDate);

/**
 * The 操作日志 filters from the query string. A value that makes no sense is dropped
 * (the list shows more, never an error): the page is read, not submitted.
 */
export const auditParamsSchema = z.object({
  /** 人员: part of a name, or a login name (also one typed at a failed login). */
  who: text(50),
  unit: z.string().uuid().optional().catch(undefined),
  /** 操作: a group key ("auth") or one action name. */
  kind: z
    .string()
    .refine((k) => actionsOf(k) !== null)
    .optional()
    .catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  type: z
    .string()
    .refine((t) => t in ENTITY_LABELS)
    .optional()
    .catch(undefined),
  /** 记录编号: the record's id as the log holds it (a uuid, a login name, a year). */
  id: text(100),
  ip: text(45),
  page,
});

export type AuditParams = z.output<typeof auditParamsSchema>;
