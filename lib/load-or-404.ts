import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** Runs a query for a page; a missing or foreign record renders the Chinese 404 page. */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
