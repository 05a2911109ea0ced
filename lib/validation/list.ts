import { z } from "zod";

/** A list page's query string: a search text and a page number; anything odd falls back. */
export const listParamsSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
