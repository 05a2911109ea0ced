import "server-only";
import { db } from "@/lib/db";

/** The 组织部 at the root of the tree: whose system this is, named on the login page. */
export async function rootUnitName(): Promise<string | null> {
  const root = await db.unit.findFirst({ where: { parentId: null }, select: { name: true } });
  return root?.name ?? null;
}
