// A fingerprint of everything `next build` reads, so `npm start` rebuilds after the code
// changed (a `git pull`) instead of serving a stale build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const DIRS = ["app", "components", "lib", "public"];
const FILES = ["package-lock.json", "next.config.ts", "tsconfig.json", "postcss.config.mjs", "proxy.ts", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);

function walk(dir: string, out: string[]) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (!/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
}

export function sourceStamp(root: string): string {
  const files: string[] = [];
  for (const d of DIRS) walk(path.join(root, d), files);
  for (const f of FILES) if (fs.existsSync(path.join(root, f))) files.push(path.join(root, f));
  const hash = crypto.createHash("sha256");
  for (const f of files.sort()) {
    hash.update(path.relative(root, f));
    hash.update(fs.readFileSync(f));
  }
  return hash.digest("hex");
}

export const stampFile = (root: string) => path.join(root, ".next", "source-stamp");
