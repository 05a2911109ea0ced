/**
 * Which rules a verified report earns, as the city speech scores placements: by medium level,
 * by page (头版 or another 重要版面: the better one only) and by length band. 网评 earns one rule.
 * Pure; the points come from the year's rules (lib/scores/ledger activeRules).
 */
import { MEDIA_LENGTH_BANDS } from "@/lib/scores/rules";
import { ruleFor, type RecordLevel } from "@/lib/scores/record-kinds";

export type ScoredPlacement = { kind: "MEDIA" | "COMMENTARY"; level: RecordLevel; frontPage: boolean; keyPage: boolean; wordCount: number | null };

export function placementRuleCodes(p: ScoredPlacement): string[] {
  const base = ruleFor(p.kind, p.level);
  if (!base) throw new Error(`no rule for ${p.kind} ${p.level}`);
  if (p.kind === "COMMENTARY") return [base];
  const codes = [base];
  if (p.frontPage) codes.push("MEDIA_FRONT_PAGE");
  else if (p.keyPage) codes.push("MEDIA_KEY_PAGE");
  const band = MEDIA_LENGTH_BANDS.find((b) => (p.wordCount ?? 0) >= b.min);
  if (band) codes.push(band.code);
  return codes;
}
