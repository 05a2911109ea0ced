/**
 * Counts the characters of running text in a WordprocessingML part as it streams in: what
 * stands inside <w:t> elements (any prefix), whitespace left out, tags and attributes skipped.
 * The import refuses a document that is too long from this count, before mammoth builds its
 * whole tree (a 300k-character file held the server's thread for seconds there).
 */
import { StringDecoder } from "node:string_decoder";

const TEXT_OPEN = /^(?:[\w.-]+:)?t(?:\s|$)/;
const TEXT_CLOSE = /^\/(?:[\w.-]+:)?t\s*$/;

export function textCounter() {
  const decoder = new StringDecoder("utf8");
  let count = 0;
  let inTag = false;
  let inText = false;
  let tag = "";
  const feed = (text: string) => {
    for (const ch of text) {
      if (inTag) {
        if (ch === ">") {
          inTag = false;
          if (TEXT_CLOSE.test(tag)) inText = false;
          else if (TEXT_OPEN.test(tag) && !tag.endsWith("/")) inText = true;
        } else if (tag.length < 64) tag += ch;
      } else if (ch === "<") {
        inTag = true;
        tag = "";
      } else if (inText && ch.trim() !== "") {
        count++;
      }
    }
  };
  return {
    /** Adds a chunk of the part's bytes; returns the characters counted so far. */
    add(chunk: Buffer): number {
      feed(decoder.write(chunk));
      return count;
    },
    get count() {
      return count;
    },
  };
}
