// What Next itself prints on errors and warnings ("⨯ Error: ..." over many lines) becomes one JSON
// line too, so the whole log can be read by a collector. Node-only: installed by instrumentation.ts.
import { format } from "node:util";
import { safeMessage } from "@/lib/log";

const INSTALLED = Symbol.for("zugong.json-console");
const MAX_STACK = 2000;

/** Already a line from lib/log.ts. */
const isJsonLine = (args: unknown[]) => args.length === 1 && typeof args[0] === "string" && args[0].startsWith('{"time":');

/** Next prints a failed render or action with its digest; onRequestError logs that one with the request id. */
const hasDigest = (arg: unknown) => arg instanceof Error && typeof (arg as { digest?: unknown }).digest === "string";

export function jsonConsole(): void {
  const g = globalThis as { [INSTALLED]?: boolean };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  for (const level of ["error", "warn"] as const) {
    const write = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      if (isJsonLine(args)) return write(args[0]);
      if (args.some(hasDigest)) return;
      const error = args.find((a): a is Error => a instanceof Error);
      const stack = error?.stack ? safeMessage(error.stack.split("\n").slice(1).join(" | ")).slice(0, MAX_STACK) : undefined;
      write(JSON.stringify({ time: new Date().toISOString(), level, event: "console", message: safeMessage(format(...args)), stack }));
    };
  }
}
