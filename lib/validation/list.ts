import { z } from "zod";
import "./zod-config";
import { page } from "./common";

/** A list page's query string: a search text and a page number; anything odd falls back. */
export const listParamsSchema = z.object({
  q: z.string().trim().max(50).optional().catch(undefined),
  page: page,
});
