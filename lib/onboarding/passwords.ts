/**
 * Initial passwords for 账号通知单: random, easy to read off paper and type (no 0/O, 1/l/I),
 * within the password rules, and hashed a few at a time so that 900 accounts do not hold
 * the server's thread pool at once.
 */
import { randomInt } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";

const LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
const DIGITS = "23456789";

export function randomPassword(username: string, minLength: number): string {
  const length = Math.max(10, minLength);
  for (;;) {
    const chars = Array.from({ length }, (_, i) => (i % 4 === 3 ? DIGITS : LETTERS)).map((set) => set[randomInt(set.length)]);
    const password = chars.join("");
    if (!passwordProblem(password, { passwordMinLength: minLength }, username)) return password;
  }
}

/** Hashes in batches of four (the default thread pool), reporting how many are done. */
export async function hashAll(passwords: string[], onProgress?: (done: number) => void): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < passwords.length; i += 4) {
    out.push(...(await Promise.all(passwords.slice(i, i + 4).map(hashPassword))));
    onProgress?.(out.length);
  }
  return out;
}
