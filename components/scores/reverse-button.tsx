"use client";

import { useRouter } from "next/navigation";
import { reverseRecordAction } from "@/actions/scores";
import { callAction } from "@/components/ui/call-action";
import { ReasonConfirm } from "@/components/ui/reason-confirm";
import { useRequestKey } from "@/components/ui/request-key";

/** 冲销 one record, with the reason asked for in place. */
export function ReverseButton({ id, title }: { id: string; title: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  return (
    <ReasonConfirm
      label="冲销"
      name={title}
      placeholder="冲销原因，如：登记错了单位"
      run={async (reason) => {
        const result = await callAction(() => reverseRecordAction({ requestKey, id, reason }));
        if (!result.ok) return result.fieldErrors?.reason ?? result.error;
        renewKey();
        router.refresh();
      }}
    />
  );
}
