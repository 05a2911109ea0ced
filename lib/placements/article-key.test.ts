import { describe, expect, it } from "vitest";
import { articleKey } from "./article-key";

describe("articleKey", () => {
  it("treats spacing, quotes, book-title marks and full-width letters as the same article", () => {
    const a = articleKey({ title: "青山镇：“党员积分制”激活基层治理", medium: "《组织人事报》", publishedOn: "2026-11-20" });
    const b = articleKey({ title: " 青山镇 党员积分制激活基层治理 ", medium: "组织人事报", publishedOn: "2026-11-20" });
    expect(a).toBe(b);
    expect(articleKey({ title: "ＡＢＣ 经验", medium: "日报", publishedOn: "2026-11-20" })).toBe(articleKey({ title: "abc经验", medium: "日报", publishedOn: "2026-11-20" }));
  });

  it("keeps different dates, media and titles apart", () => {
    const base = { title: "青山镇党员积分制", medium: "组织人事报", publishedOn: "2026-11-20" };
    expect(articleKey(base)).not.toBe(articleKey({ ...base, publishedOn: "2026-11-21" }));
    expect(articleKey(base)).not.toBe(articleKey({ ...base, medium: "河南日报" }));
    expect(articleKey(base)).not.toBe(articleKey({ ...base, title: "青山镇党员积分管理" }));
  });
});
