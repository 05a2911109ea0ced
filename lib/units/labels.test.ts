import { describe, expect, it } from "vitest";
import { directUnitsLabel, mayAddUnder, rankGroupLabel, unitCheckContext, unitKindLabel } from "./labels";

describe("unit labels by level", () => {
  it("names the node's own agencies and groups by its level", () => {
    expect(directUnitsLabel("COUNTY")).toBe("县直单位");
    expect(unitKindLabel("AGENCY", "CITY")).toBe("市直单位");
    expect(unitKindLabel("TOWNSHIP", "CITY")).toBe("乡镇");
    expect(rankGroupLabel("AGENCY", "PROVINCE")).toBe("省直单位");
    expect(rankGroupLabel("DEPARTMENT", "CITY")).toBe("县（市、区）");
    expect(rankGroupLabel("DEPARTMENT", "PROVINCE")).toBe("市（州）");
  });

  it("lets a node add a 组织部 only below its own level", () => {
    expect(mayAddUnder("PROVINCE", "CITY")).toBe(true);
    expect(mayAddUnder("PROVINCE", "COUNTY")).toBe(true);
    expect(mayAddUnder("PROVINCE", "PROVINCE")).toBe(false);
    expect(mayAddUnder("CITY", "COUNTY")).toBe(true);
    expect(mayAddUnder("CITY", "CITY")).toBe(false);
    expect(mayAddUnder("CITY", "PROVINCE")).toBe(false);
    expect(mayAddUnder("COUNTY", "COUNTY")).toBe(false);
    expect(mayAddUnder("COUNTY", "AGENCY")).toBe(true);
  });

  it("asks a 组织部's own draft for the place it speaks for, read at the desk above", () => {
    expect(unitCheckContext({ name: "青山镇", kind: "TOWNSHIP", desk: { kind: "COUNTY" } })).toEqual({ unitName: "青山镇", readerLevel: "县" });
    expect(unitCheckContext({ name: "市教育局", kind: "AGENCY", desk: { kind: "CITY" } })).toEqual({ unitName: "市教育局", readerLevel: "市" });
    expect(unitCheckContext({ name: "中共甲县委组织部", kind: "COUNTY", desk: { kind: "CITY" } })).toEqual({ unitName: "甲县", readerLevel: "市" });
    expect(unitCheckContext({ name: "中共测试市委组织部", kind: "CITY", desk: { kind: "PROVINCE" } })).toEqual({ unitName: "测试市", readerLevel: "省" });
  });
});
