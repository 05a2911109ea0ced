/**
 * Runs mammoth on an imported .docx in a worker thread with a time and a memory limit, so
 * the server keeps answering other pages while a large or hostile file is parsed, and a
 * parse that runs away is stopped (the officer is told the file could not be read).
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";

export type ParsedNode = {
  type: string;
  children?: ParsedNode[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean; format?: string; levelText?: string } | null;
  alignment?: string | null;
};

export type ParsedDocx = {
  tree: ParsedNode;
  images: Array<{ contentType: string | null; data: Uint8Array; sha256: string }>;
  imagesSkipped: number;
};

/** How much picture data the worker reads (lib/drafts/import/docx-read.ts sets IMAGE_LIMITS). */
export type ImageLimits = {
  /** Picture places read (each read inflates the picture again). */
  maxReferences: number;
  /** Picture bytes read in all, duplicates included. */
  maxBytes: number;
};

export const PARSE_LIMITS = {
  /** Wall-clock time for one parse. */
  timeoutMs: 30_000,
  /** The worker's heap: mammoth's tree of a 20,000-character draft needs a small part of it. */
  maxOldGenerationSizeMb: 512,
};

/** Plain JavaScript beside this file, loaded by path so the bundler leaves it alone. */
const WORKER = join(process.cwd(), "lib", "drafts", "import", "docx-parse-worker.mjs");

export function parseDocx(bytes: Buffer, limits: ImageLimits, parseLimits = PARSE_LIMITS): Promise<ParsedDocx> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { bytes: new Uint8Array(bytes), limits },
      resourceLimits: { maxOldGenerationSizeMb: parseLimits.maxOldGenerationSizeMb },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new Error("the parse took too long"))), parseLimits.timeoutMs);
    worker.once("message", (message: ParsedDocx | { error: string }) =>
      finish(() => ("error" in message ? reject(new Error(message.error)) : resolve(message))),
    );
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) => finish(() => reject(new Error(`the parse stopped (${code})`))));
  });
}
