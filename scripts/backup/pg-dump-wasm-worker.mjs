// Worker thread of scripts/backup/pg-dump.ts: runs pg_dump 18 compiled to WebAssembly
// (@electric-sql/pglite-tools) against a real server. That build talks to its server through
// a synchronous callback (made for the in-process PGlite); here each message goes to the main
// thread, which owns the TCP socket, and this thread sleeps (Atomics.wait) until the server's
// answer is there. Plain JavaScript: worker threads do not get the TypeScript loader.
import { receiveMessageOnPort, workerData } from "node:worker_threads";
import { pgDump } from "@electric-sql/pglite-tools/pg_dump";

const { signal, port, args } = workerData;
const turn = new Int32Array(signal);

// The parts of a PGlite instance that pgDump uses.
const bridge = {
  async query() {
    return { rows: [{ search_path: "public" }] };
  },
  async exec() {},
  execProtocolRawStream(bytes, { onRawData }) {
    const seen = Atomics.load(turn, 0);
    port.postMessage(Uint8Array.from(bytes));
    Atomics.wait(turn, 0, seen);
    const answer = receiveMessageOnPort(port);
    if (answer?.message.length) onRawData(answer.message);
  },
};

try {
  const file = await pgDump({ pg: bridge, args });
  port.postMessage({ sql: await file.text() });
} catch (err) {
  port.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
