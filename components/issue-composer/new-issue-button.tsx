"use client";

import { callAction } from "@/components/ui/call-action";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { createIssueAction } from "@/actions/issues";
import { Button } from "@/components/ui/button";
import { useRequestKey } from "@/components/ui/request-key";

export function NewIssueButton({ seriesId, label }: { seriesId: string; label: string }) {
  const [requestKey, renewKey] = useRequestKey();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await callAction(() => createIssueAction({ requestKey, seriesId }));
          if (result.ok) renewKey();
          if (result.ok) router.push(`/issues/${result.data.id}`);
          else alert(result.error);
        })
      }
    >
      {label}
    </Button>
  );
}
