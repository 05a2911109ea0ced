/** The adoption figures of a ranking row, named by the level that reads them. Pure. */
import type { DeskKind } from "@/lib/units/labels";

type Row = { adoptedCounty: number; adoptedCity: number; adoptedProvincePlus: number };
/** `codes`: the ledger's rules whose rows the figure counts (a figure links to them). */
type Adoption = { header: string; of: (row: Row) => number; codes: string[] };

/**
 * The adoption columns at a level. 采用数 (adoptedCounty) is the issuing 组织部's own: 县级 at a
 * county, 市级 at a city, 省级 at a province; the others are the levels above it.
 */
export function adoptionColumns(kind: DeskKind): Adoption[] {
  if (kind === "COUNTY") {
    return [
      { header: "县级采用", of: (r) => r.adoptedCounty, codes: ["ADOPTION_COUNTY"] },
      { header: "市级采用", of: (r) => r.adoptedCity, codes: ["ADOPTION_CITY"] },
      { header: "省级及以上采用", of: (r) => r.adoptedProvincePlus, codes: ["ADOPTION_PROVINCE", "ADOPTION_CENTRAL"] },
    ];
  }
  if (kind === "CITY") {
    return [
      { header: "市级采用", of: (r) => r.adoptedCounty + r.adoptedCity, codes: ["ADOPTION_CITY"] },
      { header: "省级及以上采用", of: (r) => r.adoptedProvincePlus, codes: ["ADOPTION_PROVINCE", "ADOPTION_CENTRAL"] },
    ];
  }
  return [
    { header: "省级采用", of: (r) => r.adoptedCounty, codes: ["ADOPTION_PROVINCE"] },
    { header: "中央及其他采用", of: (r) => r.adoptedCity + r.adoptedProvincePlus, codes: ["ADOPTION_CENTRAL"] },
  ];
}
