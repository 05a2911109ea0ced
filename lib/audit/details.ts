import { ROLE_LABELS } from "@/lib/authz/permissions";
import { ISSUE_STATUS_LABELS } from "@/lib/bulletins/issue-workflow";
import { STATUS_LABELS as DRAFT_STATUS_LABELS } from "@/lib/drafts/workflow";
import { isUuid } from "@/lib/ids";
import { formatDateTime } from "@/lib/time";
import { DATA_KEY_LABELS } from "./labels";

export type Detail = { label: string; value: string };

/** Names for the ids found in a page of details (units and people), looked up once per page. */
export type NameBook = ReadonlyMap<string, string>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A row's data JSON as lines a person can read: Chinese key names, role and status codes in
 * words, unit and person ids as names, yes/no, instants in local time. Nothing is dropped:
 * unknown keys and values show as they are.
 */
export function readableDetails(entityType: string, data: unknown, names: NameBook): Detail[] {
  if (data == null) return [];
  if (typeof data !== "object" || Array.isArray(data)) return [{ label: "内容", value: readableValue(entityType, data, names) }];
  return keysInOrder(data as Record<string, unknown>).map(([key, value]) => ({
    label: DATA_KEY_LABELS[key] ?? key,
    value: readableValue(entityType, value, names),
  }));
}

function readableValue(entityType: string, value: unknown, names: NameBook): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return readableString(entityType, value, names);
  if (Array.isArray(value)) return value.length === 0 ? "（无）" : value.map((v) => readableValue(entityType, v, names)).join("、");
  return keysInOrder(value as Record<string, unknown>)
    .map(([k, v]) => `${DATA_KEY_LABELS[k] ?? k}：${readableValue(entityType, v, names)}`)
    .join("；");
}

// PostgreSQL's jsonb keeps keys sorted by length: put them back in the order of the label
// table (原为 before 改为), unknown keys last.
const KEY_ORDER = Object.keys(DATA_KEY_LABELS);
function keysInOrder(o: Record<string, unknown>): [string, unknown][] {
  const rank = (k: string) => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);
  return Object.entries(o).sort(([a], [b]) => rank(a) - rank(b));
}

function readableString(entityType: string, s: string, names: NameBook): string {
  if (isUuid(s)) return names.get(s) ?? s;
  if (ISO_INSTANT.test(s) && !Number.isNaN(Date.parse(s))) return formatDateTime(new Date(s));
  if (s in ROLE_LABELS) return ROLE_LABELS[s as keyof typeof ROLE_LABELS];
  if (entityType === "Draft" && s in DRAFT_STATUS_LABELS) return DRAFT_STATUS_LABELS[s as keyof typeof DRAFT_STATUS_LABELS];
  if (entityType === "BulletinIssue" && s in ISSUE_STATUS_LABELS) return ISSUE_STATUS_LABELS[s as keyof typeof ISSUE_STATUS_LABELS];
  return s;
}

/** Every id in a data JSON, to look their names up in one query per page. */
export function idsIn(data: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof data === "string" && isUuid(data)) into.add(data);
  else if (Array.isArray(data)) data.forEach((v) => idsIn(v, into));
  else if (data && typeof data === "object") Object.values(data).forEach((v) => idsIn(v, into));
  return into;
}
