"use client";

import { callAction } from "@/components/ui/call-action";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { createIssueAction } from "@/app/(app)/issues/actions";
import { Button } from "@/components/ui/button";

export function NewIssueButton({ seriesId, label }: { seriesId: string; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await callAction(() => createIssueAction({ seriesId }));
          if (result.ok) router.push(`/issues/${result.data.id}`);
          else alert(result.error);
        })
      }
    >
      {label}
    </Button>
  );
}
