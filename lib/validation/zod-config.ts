import { z } from "zod";

/**
 * Zod's own messages, for any bound a schema leaves without its own text, in the words a
 * county office uses: never "Too big: expected int…" or "期望 string，实际接收 undefined".
 * Every schema module imports this file, so it holds in the browser and on the server.
 */
type Issue = z.core.$ZodRawIssue;

function sizeOf(origin: unknown): string {
  if (origin === "string") return "个字";
  if (origin === "array" || origin === "set") return "项";
  if (origin === "file") return "字节";
  return "";
}

export function plainMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "") return "请填写此项";
      if (issue.expected === "int") return "请填写整数";
      if (issue.expected === "number") return "请填写数字";
      if (issue.expected === "date") return "请填写正确的日期";
      return "填写的内容格式不对";
    case "too_big": {
      const unit = sizeOf(issue.origin);
      const max = String(issue.maximum);
      if (unit === "个字") return `不能超过${max}个字`;
      if (unit) return `最多${max}${unit}`;
      return `不能大于${max}`;
    }
    case "too_small": {
      const unit = sizeOf(issue.origin);
      const min = String(issue.minimum);
      if (unit === "个字") return min === "1" ? "请填写此项" : `至少${min}个字`;
      if (unit === "项") return `至少选择${min}项`;
      if (unit) return `至少${min}${unit}`;
      return `不能小于${min}`;
    }
    case "invalid_format":
      if (issue.format === "uuid" || issue.format === "guid") return "请从列表中选择";
      if (issue.format === "url") return "请填写正确的网址";
      if (issue.format === "email") return "请填写正确的电子邮箱";
      if (issue.format === "date" || issue.format === "datetime") return "请填写正确的日期";
      return "格式不对，请按提示填写";
    case "invalid_value":
      return "请从给出的选项中选择";
    case "not_multiple_of":
      return "填写的数字不对";
    case "unrecognized_keys":
      return "提交的内容里有系统不认识的项目，请刷新页面后再试";
    default:
      return "填写的内容不对，请检查";
  }
}

// jitless: zod otherwise probes `new Function("")` in the browser to decide whether it may compile
// parsers; the CSP forbids eval, and Chromium reports even that caught attempt as a violation.
// The forms' schemas are small: the interpreted parser is fast enough.
z.config({ localeError: plainMessage, jitless: true });
