"use client";

import { useCallback, useState } from "react";
import { newUuid } from "@/lib/ids-client";

/**
 * The key a create form sends with each submission (see `once` in lib/auth/action.ts): the
 * same key for repeats of one submission, a new one once it has gone through.
 */
export function useRequestKey(): [string, () => void] {
  const [key, setKey] = useState(newUuid);
  const renew = useCallback(() => setKey(newUuid()), []);
  return [key, renew];
}
