import type { z } from "zod";
import { cleanInput } from "./sanitize";
import "./zod-config";

/** Input as the use cases see it: control characters and half characters gone, then the schema. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(cleanInput(raw));
}
