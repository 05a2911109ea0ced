import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/authz/permissions";
import { authOptions } from "./options";

export type CurrentUser = Actor & {
  name: string;
  username: string;
  unitName: string;
  unitKind: "COUNTY" | "TOWNSHIP" | "SUBDISTRICT" | "AGENCY";
};

/**
 * Loads the user behind a session from the database: a disabled user, a changed role or a
 * password reset (which voids sessions that started earlier) counts at once.
 */
export async function loadActor(userId: string, authAt: number): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({ where: { id: userId }, include: { unit: true } });
  if (!user || !user.active || !user.unit.active) return null;
  if (authAt < user.sessionsValidFrom.getTime()) return null;
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    roles: user.roles as Role[],
    unitId: user.unitId,
    unitName: user.unit.name,
    unitKind: user.unit.kind,
  };
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; authAt?: number } | undefined;
  return user?.id && typeof user.authAt === "number" ? loadActor(user.id, user.authAt) : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
