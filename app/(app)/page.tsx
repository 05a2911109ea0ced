import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { homeFor } from "@/components/layout/nav";

export default async function Home() {
  const user = await requireUser();
  redirect(homeFor(user.roles));
}
