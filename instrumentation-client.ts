import { config } from "zod/v4/core";

// Runs in the browser before any page script. Zod probes `new Function("")` to decide whether it may
// compile parsers; the CSP forbids eval, and Chromium reports even a caught attempt as a violation.
// Our forms' schemas are small: the interpreted parser is fast enough.
config({ jitless: true });
