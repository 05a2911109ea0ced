/** The adoption figures of a ranking row, named by the level that reads them. Pure. */
import type { DeskKind } from "@/lib/units/labels";

type Row = { adoptedCounty: number; adoptedCity: number; adoptedProvincePlus: number };
type Adoption = { header: string; of: (row: Row) => number };

/**
 * The adoption columns at a level. 采用数 (adoptedCounty) is the issuing 组织部's own: 县级 at a
 * county, 市级 at a city, 省级 at a province; the others are the levels above it.
 */
export function adoptionColumns(kind: DeskKind): Adoption[] {
  if (kind === "COUNTY") {
    return [
      { header: "县级采用", of: (r) => r.adoptedCounty },
      { header: "市级采用", of: (r) => r.adoptedCity },
      { header: "省级及以上采用", of: (r) => r.adoptedProvincePlus },
    ];
  }
  if (kind === "CITY") {
    return [
      { header: "市级采用", of: (r) => r.adoptedCounty + r.adoptedCity },
      { header: "省级及以上采用", of: (r) => r.adoptedProvincePlus },
    ];
  }
  return [
    { header: "省级采用", of: (r) => r.adoptedCounty },
    { header: "中央及其他采用", of: (r) => r.adoptedCity + r.adoptedProvincePlus },
  ];
}
