// `npm run worker`: the reminder worker (lib/jobs/worker.ts) on DATABASE_URL.
// `npm start` runs it beside the web server; a deployment runs it as its own service.
import { startWorker } from "../lib/jobs/worker.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(1);
}
const worker = await startWorker({ connectionString: url, log: (m) => console.log(`[worker] ${m}`) });
console.log("[worker] 提醒任务已启动（每分钟检查一次到期提醒）");
let stopping = false;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    void worker.stop().then(() => process.exit(0));
  });
}
