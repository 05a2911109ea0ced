"use client";

import { reverseRecordAction } from "@/actions/scores";
import { ReasonConfirm } from "@/components/ui/reason-confirm";
import { useRequestKey } from "@/components/ui/request-key";

/** 冲销 one record, with the reason asked for in place. */
export function ReverseButton({ id, title }: { id: string; title: string }) {
  const [requestKey, renewKey] = useRequestKey();
  return <ReasonConfirm label="冲销" name={title} placeholder="冲销原因，如：登记错了单位" call={(reason) => reverseRecordAction({ requestKey, id, reason })} onDone={renewKey} />;
}
