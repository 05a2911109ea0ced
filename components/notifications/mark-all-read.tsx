"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { markAllReadAction } from "@/actions/notifications";
import { callAction } from "@/components/ui/call-action";
import { Button } from "@/components/ui/button";

export function MarkAllRead() {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        start(async () => {
          await callAction(() => markAllReadAction({}));
          router.refresh();
        })
      }
    >
      全部标为已读
    </Button>
  );
}
