"use client";

import { useRouter } from "next/navigation";
import { reverseFiguresImportAction } from "@/actions/opening-figures";
import { callAction } from "@/components/ui/call-action";
import { ReasonConfirm } from "@/components/ui/reason-confirm";
import { useRequestKey } from "@/components/ui/request-key";

/** 冲销 a whole 往年数字 import, with the reason asked for in place. */
export function ReverseImportButton({ importId, fileName }: { importId: string; fileName: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  return (
    <ReasonConfirm
      label="冲销"
      name={fileName}
      placeholder="冲销原因，如：月份填错了"
      run={async (reason) => {
        const result = await callAction(() => reverseFiguresImportAction({ requestKey, importId, reason }));
        if (!result.ok) return result.fieldErrors?.reason ?? result.error;
        renewKey();
        router.refresh();
      }}
    />
  );
}
