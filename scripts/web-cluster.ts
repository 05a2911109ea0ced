// `next start` in several processes on one port, so that every core serves pages: Node's cluster
// module runs `next start` in each worker process, and the worker's listen() on the port goes
// through this primary, which hands incoming connections to the workers in turn (round-robin).
// No proxy hop: each connection is served by one worker directly.
//
//   tsx scripts/web-cluster.ts <processes> <next start arguments...>
//
// Used by `npm start` (with one process or several), the e2e tests and `npm run -s bench:http -- --processes N`.
// Sessions live in PostgreSQL and the reminder worker is its own process, so nothing differs
// between one process and several. A worker that dies is started again; SIGTERM / SIGINT stop
// them all and then this process.
import cluster from "node:cluster";
import path from "node:path";
import { ROOT, WEB_NODE_FLAGS } from "./proc.ts";

const [count, ...nextArgs] = process.argv.slice(2);
const processes = Math.max(1, Number(count) || 1);
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

cluster.setupPrimary({ exec: NEXT, args: nextArgs, execArgv: [...WEB_NODE_FLAGS, ...(process.env.WEB_NODE_FLAGS ?? "").split(" ").filter(Boolean)] });

let stopping = false;
const forkOne = () => cluster.fork();
for (let i = 0; i < processes; i++) forkOne();

cluster.on("exit", (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  console.error(`[web] 网站进程 ${worker.process.pid} 退出（${signal ?? code}），重新启动`);
  setTimeout(forkOne, 1000);
});

for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const w of workers) w?.process.kill(sig);
  });
}
