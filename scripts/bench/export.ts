// `npm run -s bench:export`: how long a 12-item issue takes to export, as Word and as PDF.
// Prints figures (median and worst of several runs after one warm-up); not a test.
// Goals on a 2-core machine: .docx under 1 s, PDF under 5 s.
import { performance } from "node:perf_hooks";
import { sampleBulletin } from "../../tests/fixtures/bulletin.ts";
import { renderBulletinDocx } from "../../lib/bulletins/export/docx.ts";
import { renderBulletinPdf } from "../../lib/bulletins/print/pdf.ts";

const RUNS = 7;
const doc = sampleBulletin(12);

async function measure(name: string, render: () => Promise<Buffer>, goalMs: number) {
  const first = performance.now();
  const { length } = await render();
  const cold = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const worst = times.at(-1)!;
  const verdict = worst < goalMs ? "ok" : "SLOW";
  console.log(
    `${name.padEnd(5)} first ${cold.toFixed(0).padStart(5)} ms   median ${median.toFixed(0).padStart(5)} ms   worst ${worst.toFixed(0).padStart(5)} ms   goal < ${goalMs} ms  ${verdict}   (${(length / 1024).toFixed(0)} KB)`,
  );
}

console.log(`12-item issue, ${RUNS} runs after the first (Node ${process.version})`);
await measure("docx", () => renderBulletinDocx(doc), 1000);
await measure("pdf", () => renderBulletinPdf(doc), 5000);
