// Splits pg_dump's plain SQL into statements, chunk by chunk (a dump may be larger than
// what fits in one string). A semicolon ends a statement only outside quotes, dollar quotes
// and comments. psql meta-commands (`\restrict KEY`, written by pg_dump since 17.6/16.10/15.14)
// are dropped: only psql would understand them, and they only guard psql itself.
type State =
  | { in: "code" }
  | { in: "quote"; escapes: boolean } // '...' or E'...'
  | { in: "ident" } // "..."
  | { in: "dollar"; tag: string } // $tag$...$tag$
  | { in: "line-comment" }
  | { in: "block-comment"; depth: number };

export class SqlStatementSplitter {
  private state: State = { in: "code" };
  private current = "";
  /** Characters not yet judged (a chunk may end inside a `$tag$` or after a backslash). */
  private pending = "";

  push(chunk: string): string[] {
    const text = this.pending + chunk;
    this.pending = "";
    const out: string[] = [];
    let i = 0;
    while (i < text.length) {
      const c = text[i]!;
      const s = this.state;
      if (s.in === "code") {
        if (c === ";") {
          this.emit(out, this.current + c);
          i++;
          continue;
        }
        if (c === "\\" && this.current.trim() === "") {
          // A meta-command line: drop it up to the end of the line.
          const eol = text.indexOf("\n", i);
          if (eol < 0) return this.keep(text.slice(i), out);
          i = eol + 1;
          this.current = "";
          continue;
        }
        if (c === "'") {
          const prev = this.current.at(-1) ?? "";
          const escapes = /[eE]/.test(prev) && !/[\w$]/.test(this.current.at(-2) ?? "");
          this.state = { in: "quote", escapes };
        } else if (c === '"') this.state = { in: "ident" };
        else if (c === "-" || c === "/") {
          if (i + 1 >= text.length) return this.keep(text.slice(i), out);
          if (c === "-" && text[i + 1] === "-") {
            this.state = { in: "line-comment" };
            i += 2;
            continue;
          }
          if (c === "/" && text[i + 1] === "*") {
            this.state = { in: "block-comment", depth: 1 };
            this.current += "/*";
            i += 2;
            continue;
          }
        } else if (c === "$" && !/[\w$]/.test(this.current.at(-1) ?? "")) {
          const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i, i + 64));
          if (m) {
            this.state = { in: "dollar", tag: m[0] };
            this.current += m[0];
            i += m[0].length;
            continue;
          }
          if (text.length - i < 64 && /^\$[A-Za-z0-9_]*$/.test(text.slice(i))) return this.keep(text.slice(i), out);
        }
        this.current += c;
        i++;
      } else if (s.in === "quote") {
        if (s.escapes && c === "\\") {
          if (i + 1 >= text.length) return this.keep(text.slice(i), out);
          this.current += c + text[i + 1];
          i += 2;
          continue;
        }
        if (c === "'") this.state = { in: "code" }; // '' re-enters a quote at once
        this.current += c;
        i++;
      } else if (s.in === "ident") {
        if (c === '"') this.state = { in: "code" };
        this.current += c;
        i++;
      } else if (s.in === "dollar") {
        const end = text.indexOf(s.tag, i);
        if (end < 0) {
          // Keep what could be the start of the closing tag for the next chunk.
          const safe = Math.max(i, text.length - s.tag.length + 1);
          this.current += text.slice(i, safe);
          return this.keep(text.slice(safe), out);
        }
        this.current += text.slice(i, end + s.tag.length);
        i = end + s.tag.length;
        this.state = { in: "code" };
      } else if (s.in === "line-comment") {
        const eol = text.indexOf("\n", i);
        if (eol < 0) return out; // comments are dropped anyway
        this.current = this.current.trim() === "" ? "" : this.current + "\n";
        i = eol + 1;
        this.state = { in: "code" };
      } else {
        if (i + 1 >= text.length) return this.keep(text.slice(i), out);
        const two = text.slice(i, i + 2);
        if (two === "/*") s.depth++;
        if (two === "*/") s.depth--;
        if (two === "/*" || two === "*/") {
          this.current += two;
          i += 2;
          if (s.depth === 0) this.state = { in: "code" };
          continue;
        }
        this.current += c;
        i++;
      }
    }
    return out;
  }

  /** The end of the input: whatever is left must be blank. */
  end(): void {
    const rest = (this.current + this.pending).trim();
    if (this.state.in !== "code" && this.state.in !== "line-comment") throw new Error("备份文件不完整（在引号或注释中结束）/ the backup file is truncated");
    if (rest && !/^(--[^\n]*\n?|\s)*$/.test(rest)) throw new Error("备份文件不完整（最后一条语句没有结束）/ the backup file is truncated");
  }

  private keep(rest: string, out: string[]): string[] {
    this.pending = rest;
    return out;
  }

  private emit(out: string[], statement: string): void {
    this.current = "";
    if (statement.trim() !== ";") out.push(statement.trim());
  }
}
