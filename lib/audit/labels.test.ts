import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DRAFT_ACTIONS } from "@/lib/drafts/workflow";
import { ACTION_LABELS, actionsOf, AUDIT_GROUPS } from "./labels";

/** Every .ts file under lib/ except tests and generated code. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(p);
    return p.endsWith(".ts") && !p.endsWith(".test.ts") ? [p] : [];
  });
}

describe("audit labels", () => {
  it("labels every action name that lib/ writes with audit()", () => {
    const written = new Set<string>();
    for (const file of sources(path.resolve("lib"))) {
      const text = fs.readFileSync(file, "utf8");
      // Only files that call audit(): `action: "SUBMIT"` elsewhere is a draft event, not an audit row.
      if (!/\baudit\(/.test(text)) continue;
      for (const m of text.matchAll(/action: "([a-z_]+\.[A-Za-z_]+)"/g)) written.add(m[1]);
      for (const m of text.matchAll(/\? "([a-z_]+\.[A-Za-z_]+)" : "([a-z_]+\.[A-Za-z_]+)"/g)) written.add(m[1]).add(m[2]);
    }
    // Names built from a move table: every move of it.
    for (const a of DRAFT_ACTIONS) written.add(`draft.${a.toLowerCase()}`);
    for (const m of ["SEND_FOR_SIGNOFF", "SIGN", "RETURN", "RECALL"]) written.add(`issue.${m.toLowerCase()}`);
    expect(written.size).toBeGreaterThan(50);
    expect([...written].filter((a) => !ACTION_LABELS[a])).toEqual([]);
  });

  it("reads a 操作 filter as a group or one action, and nothing else", () => {
    expect(actionsOf("auth")).toContain("auth.login_failed");
    expect(actionsOf("draft.submit")).toEqual(["draft.submit"]);
    expect(actionsOf("drop table")).toBeNull();
    const all = AUDIT_GROUPS.flatMap((g) => Object.keys(g.actions));
    expect(new Set(all).size).toBe(all.length);
  });
});
