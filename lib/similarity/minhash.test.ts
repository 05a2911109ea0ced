import { describe, expect, it } from "vitest";
import {
  BANDS,
  MIN_LENGTH,
  SIGNATURE_SIZE,
  bands,
  estimateJaccard,
  jaccard,
  jaccardAgainst,
  jaccardOfSets,
  minSharedBands,
  normalize,
  sharedPassage,
  shingleSet,
  signature,
} from "./minhash";

/** Deterministic pseudo-random Chinese text: `n` sentences of random common characters. */
function randomText(seed: number, n: number): string[] {
  let x = seed >>> 0 || 1;
  const rnd = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const sentences: string[] = [];
  for (let s = 0; s < n; s++) {
    let t = "";
    const len = 15 + Math.floor(rnd() * 20);
    for (let i = 0; i < len; i++) t += String.fromCharCode(0x4e00 + Math.floor(rnd() * 3000));
    sentences.push(`${t}。`);
  }
  return sentences;
}

const BODY = `今年以来，青山镇坚持以党建链引领产业链、带动富民链，推动全镇12个村集体经济收入全部突破20万元。
一、建强组织链，把支部建在产业上
（一）成立产业党委。围绕茶叶、食用菌两大主导产业，成立联村产业党委2个，吸纳种植大户、合作社负责人中的党员46名。
（二）选派专职书记。从镇机关选派懂经营的干部担任产业党委专职副书记，每月召开一次产业发展联席会。`;

describe("normalization", () => {
  it("drops whitespace and punctuation, folds full-width ASCII and case", () => {
    expect(normalize("  今年以来，　青山镇“三链融合”！\n（一）ＡＢＣ１２３ abc-4%")).toBe("今年以来青山镇三链融合一abc123abc4");
  });
  it("makes punctuation and layout changes invisible", () => {
    const relaid = BODY.replace(/，/g, ",").replace(/\n/g, "\n\n  ").replace(/12/g, "１２");
    expect(jaccard(BODY, relaid)).toBe(1);
  });
  it("gives no bands to texts shorter than the minimum", () => {
    expect(bands("党员积分制管理。")).toEqual([]);
    expect(bands("一".repeat(MIN_LENGTH - 1) + "，，，，，")).toEqual([]);
    expect(bands(BODY)).toHaveLength(BANDS);
  });
});

describe("MinHash", () => {
  it("has a full signature and signed 32-bit band hashes", () => {
    expect(signature(BODY)).toHaveLength(SIGNATURE_SIZE);
    for (const b of bands(BODY)) {
      expect(Number.isInteger(b.hash)).toBe(true);
      expect(b.hash).toBeGreaterThanOrEqual(-2147483648);
      expect(b.hash).toBeLessThanOrEqual(2147483647);
    }
  });
  it("is deterministic", () => {
    expect(bands(BODY)).toEqual(bands(`${BODY}`));
  });
  it("rates identical texts 1", () => {
    expect(jaccard(BODY, BODY)).toBe(1);
    expect(estimateJaccard(signature(BODY), signature(BODY))).toBe(1);
    expect(bands(BODY)).toEqual(bands(BODY.replace(/。/g, ".")));
  });
  it("rates unrelated texts about 0", () => {
    const a = randomText(1, 60).join("");
    const b = randomText(2, 60).join("");
    expect(jaccard(a, b)).toBeLessThan(0.01);
    expect(estimateJaccard(signature(a), signature(b))).toBeLessThan(0.05);
    const hashesA = new Set(bands(a).map((x) => `${x.band}:${x.hash}`));
    expect(bands(b).filter((x) => hashesA.has(`${x.band}:${x.hash}`))).toHaveLength(0);
  });
  it("estimates the exact Jaccard similarity closely", () => {
    const pool = randomText(7, 120);
    for (const [keepA, keepB] of [
      [100, 100],
      [90, 70],
      [80, 40],
      [60, 20],
    ]) {
      // A: the first keepA sentences; B: the last keepB of them plus new ones.
      const a = pool.slice(0, keepA).join("");
      const b = [...pool.slice(keepA - keepB, keepA), ...pool.slice(keepA, 120 - keepB + 20)].join("");
      const exact = jaccard(a, b);
      const estimate = estimateJaccard(signature(a), signature(b));
      // Standard deviation of the estimate with 128 values is at most 0.045.
      expect(Math.abs(estimate - exact)).toBeLessThan(0.14);
    }
  });
  it("shares bands for a copy with small edits", () => {
    const copy = BODY.replace("青山镇", "石桥镇").replace("46名", "52名").replace("每月", "每季度");
    expect(jaccard(BODY, copy)).toBeGreaterThan(0.7);
    const own = new Set(bands(BODY).map((x) => `${x.band}:${x.hash}`));
    expect(bands(copy).filter((x) => own.has(`${x.band}:${x.hash}`)).length).toBeGreaterThan(3);
  });
  it("counts each shingle once", () => {
    expect(shingleSet("党建党建党建党建").size).toBe(2);
  });
});

describe("exact similarity", () => {
  it("is the same one text against many as set by set", () => {
    const pool = randomText(11, 40);
    const base = pool.slice(0, 30).join("");
    const against = jaccardAgainst(base);
    for (const other of [pool.slice(10, 40).join(""), pool.slice(25).join(""), BODY, "", "党建党建党建", base]) {
      expect(against(other)).toBe(jaccardOfSets(shingleSet(base), shingleSet(other)));
    }
    expect(jaccard("", "")).toBe(0);
    expect(jaccard("党建工作", "")).toBe(0);
  });
  it("asks for more shared bands the higher the threshold", () => {
    expect(minSharedBands(0.3)).toBe(1);
    expect(minSharedBands(0.6)).toBe(3);
    expect(minSharedBands(0.8)).toBeGreaterThan(minSharedBands(0.7));
    expect(minSharedBands(1)).toBe(BANDS);
    // A near copy (s ≈ 0.8) passes the cut at 0.6.
    const copy = BODY.replace("青山镇", "石桥镇").replace("46名", "52名");
    const own = new Set(bands(BODY).map((x) => `${x.band}:${x.hash}`));
    expect(bands(copy).filter((x) => own.has(`${x.band}:${x.hash}`)).length).toBeGreaterThanOrEqual(minSharedBands(0.6));
  });
});

describe("shared passage", () => {
  it("is the longest common passage, as written in the first text", () => {
    const other = `石桥镇今年召开会议。从镇机关选派懂经营的干部担任产业党委专职副书记。其他内容。`;
    expect(sharedPassage(BODY, other)).toBe("从镇机关选派懂经营的干部担任产业党委专职副书记");
  });
  it("ignores punctuation differences and keeps the first text's punctuation", () => {
    const other = "围绕茶叶食用菌两大主导产业,成立联村产业党委2个";
    expect(sharedPassage(BODY, other)).toBe("围绕茶叶、食用菌两大主导产业，成立联村产业党委2个");
  });
  it("joins lines with a space and cuts long passages", () => {
    expect(sharedPassage(BODY, BODY, 10)).toBe("今年以来，青山镇坚持…");
    expect(sharedPassage("第一行内容\n第二行内容", "第一行内容第二行内容")).toBe("第一行内容 第二行内容");
  });
  it("is empty when nothing longer than two characters is shared", () => {
    expect(sharedPassage(BODY, "完全无关的一句话")).toBe("");
    expect(sharedPassage("", BODY)).toBe("");
  });
});
