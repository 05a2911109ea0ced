// `npm run -s bench:import`: how long the Word import takes, and whether other requests wait
// while it runs. Prints figures; not a test.
//
// 1. Import time (checks + parse + body, no database) of every file of the corpus: median, worst.
// 2. p95 response time of an ordinary request, idle and while a 300k-character file is imported:
//    a loopback HTTP server in this same process stands for the app's server thread (its handler
//    does the work of a small page: 200 rows to JSON). The import checks the file on this thread
//    and parses in a worker thread (lib/drafts/import/docx-parse.ts), so the request times should
//    stay close to idle. The same is shown for the parse alone, run in the worker on purpose.
import http from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Document, Packer, Paragraph } from "docx";
import { readImportedDocx } from "../../lib/drafts/import/read-import.ts";
import { parseDocx } from "../../lib/drafts/import/docx-parse.ts";
import { IMAGE_LIMITS } from "../../lib/drafts/import/docx-read.ts";
import { ms, stats } from "./common.ts";

const today = "2026-11-23";
const corpus = ["tests/fixtures/docx", "tests/fixtures/docx/docxcompose", "node_modules/mammoth/test/test-data"].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) })),
);

async function importTimes() {
  const times: number[] = [];
  let worst = { name: "", time: 0 };
  for (const file of corpus) {
    const start = performance.now();
    await readImportedDocx(file.name, file.bytes, today).catch(() => null);
    const time = performance.now() - start;
    times.push(time);
    if (time > worst.time) worst = { name: file.name, time };
  }
  const s = stats(times);
  console.log(`Import of ${corpus.length} corpus files: median ${ms(s.p50)}   worst ${ms(s.max)} (${worst.name})`);
}

/**
 * A .docx of 300,000 Chinese characters in paragraphs of 100, drawn from 3,000 common ones by
 * a fixed sequence so that it compresses like real text (about 500 KB), not like one line repeated.
 */
async function hugeDocx(): Promise<Buffer> {
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const line = () => Array.from({ length: 100 }, () => String.fromCodePoint(0x4e00 + (next() % 3000))).join("");
  const doc = new Document({ sections: [{ children: Array.from({ length: 3000 }, () => new Paragraph(line())) }] });
  return Packer.toBuffer(doc);
}

function pageServer(): Promise<{ url: string; close: () => void }> {
  const rows = Array.from({ length: 200 }, (_, i) => ({ id: i, title: `稿件${i}`, unit: "青山镇", status: "SUBMITTED" }));
  const server = http.createServer((_req, res) => {
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(JSON.stringify(rows));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

/** Requests one after another for `durationMs` (at most 2,000), their times. */
async function requestTimes(url: string, until: () => boolean, durationMs = 3000): Promise<number[]> {
  const times: number[] = [];
  const end = performance.now() + durationMs;
  while (times.length < 2000 && (performance.now() < end || !until())) {
    const start = performance.now();
    await (await fetch(url)).arrayBuffer();
    times.push(performance.now() - start);
    if (performance.now() > end + 60_000) break;
  }
  return times;
}

async function pageWhile(label: string, url: string, work: () => Promise<unknown>) {
  let done = false;
  const started = performance.now();
  const running = work().finally(() => (done = true));
  const times = await requestTimes(url, () => done, 0);
  const took = (await running.then(() => performance.now() - started, () => performance.now() - started)) as number;
  const s = stats(times);
  console.log(`${label.padEnd(46)} p95 ${ms(s.p95)}   max ${ms(s.max)}   (${times.length} requests, the work took ${took.toFixed(0)} ms)`);
}

await importTimes();
const huge = await hugeDocx();
console.log(`Large file: ${(huge.length / 1024).toFixed(0)} KB, ${(3000 * 100).toLocaleString()} characters`);
const page = await pageServer();
const idle = stats(await requestTimes(page.url, () => true, 2000));
console.log(`${"Page idle".padEnd(46)} p95 ${ms(idle.p95)}   max ${ms(idle.max)}`);
await pageWhile("Page while the large file is imported", page.url, () => readImportedDocx("large.docx", huge, today).catch((e: Error) => console.log(`  import answered: ${e.message}`)));
await pageWhile("Page while mammoth parses it (worker thread)", page.url, () => parseDocx(huge, IMAGE_LIMITS));
page.close();
