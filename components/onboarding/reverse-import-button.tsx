"use client";

import { reverseFiguresImportAction } from "@/actions/opening-figures";
import { ReasonConfirm } from "@/components/ui/reason-confirm";
import { useRequestKey } from "@/components/ui/request-key";

/** 冲销 a whole 往年数字 import, with the reason asked for in place. */
export function ReverseImportButton({ importId, fileName }: { importId: string; fileName: string }) {
  const [requestKey, renewKey] = useRequestKey();
  return (
    <ReasonConfirm label="冲销" name={fileName} placeholder="冲销原因，如：月份填错了" call={(reason) => reverseFiguresImportAction({ requestKey, importId, reason })} onDone={renewKey} />
  );
}
