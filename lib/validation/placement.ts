import { z } from "zod";
import "./zod-config";
import { RECORD_LEVEL_CODES, RECORD_LEVELS } from "@/lib/scores/record-kinds";
import { PLACEMENT_MOVE_NAMES, PLACEMENT_STATUSES, type PlacementMove } from "@/lib/placements/workflow";
import { page, pastDate, version } from "./common";

const text = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}个字`).optional().default("");
/** A checkbox as a form sends it ("on", "true") or as a test passes it. */
const flag = z.union([z.boolean(), z.string()]).optional().transform((v) => v === true || v === "on" || v === "true");

/** A link kept as text, never fetched: it must at least be a web address. */
export const isWebLink = (s: string) => {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".");
  } catch {
    return false;
  }
};

/**
 * 报送 a media placement or a 网评文章. The evidence file travels beside the fields; whether
 * one is there is passed in as `hasFile`, so the rule "a file or a link" is checked here once.
 */
export const placementSchema = z
  .object({
    kind: z.enum(["MEDIA", "COMMENTARY"], { message: "请选择报送类别" }),
    title: z.string({ message: "请填写文章标题" }).trim().min(2, "请填写文章标题").max(100, "标题不能超过100个字"),
    medium: z.string({ message: "请填写媒体名称" }).trim().min(2, "请填写媒体名称").max(60, "媒体名称不能超过60个字"),
    /** A 网评文章 has no level (the form sends none): it is recorded as ANY. */
    level: z.preprocess((v) => (v === "" ? undefined : v), z.enum(RECORD_LEVEL_CODES, { message: "请选择媒体级别" }).optional()),
    publishedOn: pastDate("刊发日期"),
    section: text("版次或栏目", 30),
    frontPage: flag,
    keyPage: flag,
    wordCount: z
      .union([z.literal(""), z.coerce.number({ message: "字数请填数字" }).int("字数请填整数").min(50, "字数不能少于50").max(100_000, "字数不能超过100000")])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    link: text("网址", 500),
    hasFile: z.boolean().default(false),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (r.kind === "MEDIA" && !(r.level && RECORD_LEVELS.MEDIA[r.level])) issue("level", "请选择媒体级别");
    if (r.link && !isWebLink(r.link)) issue("link", "网址应以 http:// 或 https:// 开头，如 https://www.example.cn/a.html");
    if (r.kind === "COMMENTARY" && !r.link) issue("link", "网评文章请填写文章网址");
    if (r.kind === "MEDIA" && !r.hasFile && !r.link) issue("evidence", "请上传版面图片或 PDF，或填写文章网址");
    if (r.kind === "MEDIA" && r.wordCount === null) issue("wordCount", "请填写字数");
  })
  .transform(({ hasFile: _hasFile, level, ...r }) =>
    r.kind === "COMMENTARY" || !level ? { ...r, level: "ANY" as const, section: "", frontPage: false, keyPage: false } : { ...r, level },
  );
export type PlacementInput = z.output<typeof placementSchema>;

export const placementMoveSchema = z.object({
  id: z.string().uuid("没有找到这份报送"),
  version,
  move: z.enum(PLACEMENT_MOVE_NAMES as [PlacementMove, ...PlacementMove[]]),
  comment: z.string().trim().max(500, "意见不能超过500个字").optional().default(""),
});

export const placementListSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  status: z.enum(PLACEMENT_STATUSES).optional().catch(undefined),
  page,
});
