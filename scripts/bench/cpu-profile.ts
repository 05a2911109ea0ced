// Reads a V8 .cpuprofile (node --cpu-prof) and prints where the time went: the functions
// with the most self time, the same time by library, and the heaviest functions counted
// with what they call. Used by `npm run -s bench:http -- --profile`.
type Frame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: Frame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

const AREAS: Array<[string, RegExp]> = [
  // Next bundles React into its page runtime (app-page*.runtime.prod.js): rendering, RSC and Next's per-page work.
  ["React rendering", /react-dom|react-server-dom|react\.production|\/react\/|app-page[^/]*\.runtime\./],
  // wasm:// frames: the only WebAssembly in the server is Prisma's query compiler (its callers say so).
  ["Prisma client and query compiler", /prisma|query_compiler|query-compiler|^wasm:\/\//i],
  ["pg driver", /\/pg\/|pg-protocol|pg-pool|pg-types/],
  ["next-auth / jose (session token)", /next-auth|jose|openid/],
  ["Next.js server", /next\/dist/],
  ["app bundle (our code and bundled libraries)", /\.next[^/]*\/server\//],
  ["Node internals", /^node:|^internal\//],
];

const label = (f: Frame) => `${f.functionName || "(anonymous)"} ${f.url ? `${f.url.replace(/^.*\/(node_modules|\.next[^/]*)\//, "$1/").slice(-70)}:${f.lineNumber + 1}` : ""}`.trim();
const area = (f: Frame) =>
  f.url ? (AREAS.find(([, re]) => re.test(f.url))?.[0] ?? "other") : f.functionName.startsWith("(") ? f.functionName : "Node natives (I/O, crypto, module loading)";

/**
 * `window`: the [from, to) of the load in microseconds of the monotonic clock (the profile's
 * own clock, process.hrtime on the same machine), so the server's start-up is left out.
 */
export function summarizeProfile(p: CpuProfile, window: { from: number; to: number }, top = 20) {
  const self = new Map<number, number>();
  let at = p.startTime;
  p.samples.forEach((id, i) => {
    at += p.timeDeltas[i] ?? 0;
    if (at >= window.from && at < window.to) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = [...self].filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)").reduce((a, [, t]) => a + t, 0);
  const busy = total - idle;
  const pct = (t: number) => `${((100 * t) / busy).toFixed(1).padStart(5)} %`;
  const sum = (key: (f: Frame) => string) => {
    const m = new Map<string, number>();
    for (const [id, t] of self) {
      const f = byId.get(id)!.callFrame;
      if (f.functionName === "(idle)") continue;
      m.set(key(f), (m.get(key(f)) ?? 0) + t);
    }
    return [...m].sort((a, b) => b[1] - a[1]);
  };
  console.log(`CPU busy ${(busy / 1000).toFixed(1)} s of ${(total / 1000).toFixed(1)} s under load.`);
  console.log("\nBy area (self time):");
  for (const [name, t] of sum(area)) console.log(`  ${pct(t)}  ${name}`);
  // Node internals and natives (socket writes, crypto, microtasks) counted toward the nearest caller with an area.
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owned = new Map<string, number>();
  for (const [id, t] of self) {
    if (byId.get(id)!.callFrame.functionName === "(idle)") continue;
    let name: string | undefined;
    for (let at: number | undefined = id; at !== undefined && !name; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      const a = f.url ? area(f) : null;
      if (a && a !== "Node internals" && a !== "other") name = a;
    }
    name ??= area(byId.get(id)!.callFrame);
    owned.set(name, (owned.get(name) ?? 0) + t);
  }
  console.log("\nBy area, Node internals and natives counted toward their caller:");
  for (const [name, t] of [...owned].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(t)}  ${name}`);
  console.log(`\nTop ${top} functions by self time:`);
  for (const [name, t] of sum(label).slice(0, top)) console.log(`  ${pct(t)}  ${name}`);

  // Inclusive time: each function with everything it calls, once per stack (recursion not double-counted).
  const inclusive = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const n = byId.get(id)!;
    const name = label(n.callFrame);
    const t = (self.get(id) ?? 0) + (n.children ?? []).reduce((a, c) => a + walk(c, onStack.has(name) ? onStack : new Set(onStack).add(name)), 0);
    if (!onStack.has(name) && n.callFrame.url && !/^node:|^internal\//.test(n.callFrame.url)) inclusive.set(name, (inclusive.get(name) ?? 0) + t);
    return t;
  };
  walk(p.nodes[0].id, new Set());
  console.log(`\nTop ${top} functions with what they call (app bundle only):`);
  const ours = [...inclusive].filter(([name]) => /\.next[^/]*\//.test(name) || name.includes("server/chunks"));
  for (const [name, t] of ours.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)}  ${name}`);
}
