import { describe, expect, it } from "vitest";
import { SqlStatementSplitter } from "./sql-statements";

const DUMP = [
  "--\n-- header; with a semicolon\n--\n",
  "\\restrict abc\n",
  "SET x = 1;\n",
  "CREATE FUNCTION f() RETURNS int AS $_$BEGIN RETURN 1; END;$_$ LANGUAGE plpgsql;\n",
  "INSERT INTO t VALUES (1, 'a;b''c\n-- not a comment', E'x\\\\'';y', \"we;ird\", $$d;$$), (2, '/* x; */', NULL);\n",
  "/* block ; /* nested; */ ; */\nSELECT 1 - -1;\n",
  "\\unrestrict abc\n",
].join("");

const EXPECTED = [
  "SET x = 1;",
  "CREATE FUNCTION f() RETURNS int AS $_$BEGIN RETURN 1; END;$_$ LANGUAGE plpgsql;",
  "INSERT INTO t VALUES (1, 'a;b''c\n-- not a comment', E'x\\\\'';y', \"we;ird\", $$d;$$), (2, '/* x; */', NULL);",
  "/* block ; /* nested; */ ; */\nSELECT 1 - -1;",
];

function split(text: string, chunk: number): string[] {
  const s = new SqlStatementSplitter();
  const out: string[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...s.push(text.slice(i, i + chunk)));
  s.end();
  return out;
}

describe("SqlStatementSplitter", () => {
  it.each([1, 2, 3, 5, 7, 64, 100_000])("ends statements only at semicolons outside quotes and comments (chunks of %i)", (n) => {
    expect(split(DUMP, n)).toEqual(EXPECTED);
  });

  it("refuses a file cut off inside a statement or a quote", () => {
    expect(() => split("INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2", 10)).toThrow(/不完整/);
    expect(() => split("INSERT INTO t VALUES ('a;", 10)).toThrow(/不完整/);
  });
});
