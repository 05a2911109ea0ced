// Child-process helpers shared by scripts/start.ts and scripts/test.ts.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onShutdown } from "./db.ts";

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Path of a binary in node_modules/.bin. */
export function bin(name: string): string {
  return path.join(ROOT, "node_modules", ".bin", name);
}

export function heading(text: string): void {
  const line = "=".repeat(Math.max(8, 72 - text.length - 5));
  console.log(`\n=== ${text} ${line}`);
}

/** Forwards `sig` to the child and waits for it to exit (SIGKILL after `graceMs`). */
export function stopChild(child: ChildProcess, sig: NodeJS.Signals = "SIGTERM", graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(sig);
  });
}

/**
 * Starts a child (cwd: project root, stdio inherited unless given). On
 * SIGINT/SIGTERM/SIGHUP of this process the signal is forwarded to it and we
 * wait for it before the other shutdown tasks (stopping PostgreSQL) run.
 */
export function start(cmd: string, args: string[], options: SpawnOptions = {}): { child: ChildProcess; exited: Promise<number> } {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", ...options });
  const unregister = onShutdown((sig) => stopChild(child, sig));
  const exited = new Promise<number>((resolve) => {
    child.on("error", (err) => {
      console.error(`${cmd}: ${err.message}`);
      unregister();
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      unregister();
      resolve(code ?? (signal ? 128 + 15 : 1));
    });
  });
  return { child, exited };
}

/** Runs a command to completion; resolves with its exit code. */
export function run(cmd: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return start(cmd, args, options).exited;
}

/**
 * Node flags of the processes that serve pages (scripts/web-cluster.ts, the benchmark's single
 * process). Every page allocates many short-lived objects (React's render, Prisma's results):
 * with a young generation of 64 MB per half instead of V8's default 16, the scavenger runs a
 * quarter as often and a page costs 5-20 % less CPU (measured on 本单位稿件 and 待办 under load,
 * alternating runs). It costs up to ~150 MB more memory per process.
 */
export const WEB_NODE_FLAGS = ["--max-semi-space-size=64"];
