"use client";

import { useRouter } from "next/navigation";
import { createIssueAction } from "@/actions/issues";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { useAction } from "@/components/ui/use-action";
import { useRequestKey } from "@/components/ui/request-key";

export function NewIssueButton({ seriesId, label }: { seriesId: string; label: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const action = useAction();
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        disabled={action.pending}
        onClick={() =>
          action.run(() => createIssueAction({ requestKey, seriesId }), {
            refresh: false,
            onSuccess: (data) => {
              renewKey();
              router.push(`/issues/${data.id}`);
            },
          })
        }
      >
        {label}
      </Button>
      <ActionNotice action={action} compact />
    </span>
  );
}
