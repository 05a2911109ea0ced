-- A change that moves no figure (a forwarded draft adopted, an autosave that touches a counted
-- column and puts it back) added zeros to its unit's month, which locked that rollup row until
-- the transaction ended: officers forwarding drafts of the same unit waited for the office's
-- adoption, and two such transactions could deadlock. Groups whose deltas are all zero are left out.
CREATE OR REPLACE FUNCTION counts_add(deltas "CountsRollup"[]) RETURNS void LANGUAGE sql AS E'
  INSERT INTO "CountsRollup" AS r
  SELECT month, "unitId", sum(submitted), sum("adoptedCounty"), sum("adoptedCity"), sum("adoptedProvincePlus"), sum(declined)
  FROM unnest(deltas)
  GROUP BY month, "unitId"
  HAVING sum(submitted) <> 0 OR sum("adoptedCounty") <> 0 OR sum("adoptedCity") <> 0 OR sum("adoptedProvincePlus") <> 0 OR sum(declined) <> 0
  ORDER BY month, "unitId"
  ON CONFLICT (month, "unitId") DO UPDATE SET
    submitted = r.submitted + EXCLUDED.submitted,
    "adoptedCounty" = r."adoptedCounty" + EXCLUDED."adoptedCounty",
    "adoptedCity" = r."adoptedCity" + EXCLUDED."adoptedCity",
    "adoptedProvincePlus" = r."adoptedProvincePlus" + EXCLUDED."adoptedProvincePlus",
    declined = r.declined + EXCLUDED.declined
';
