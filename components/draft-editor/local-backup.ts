/**
 * A copy of what is being typed, kept in the browser (localStorage) a moment after each
 * keystroke: a closed tab, a crash or a dropped connection loses at most that moment.
 */
/** `version`: the server version the typing started from (none for a draft not saved yet). */
export type Backup<T> = { values: T; at: number; version?: number };

const key = (scope: string) => `zugong:draft-backup:${scope}`;

export function readBackup<T>(scope: string): Backup<T> | null {
  try {
    const raw = window.localStorage.getItem(key(scope));
    return raw ? (JSON.parse(raw) as Backup<T>) : null;
  } catch {
    return null;
  }
}

export function writeBackup<T>(scope: string, values: T, version: number | undefined) {
  try {
    window.localStorage.setItem(key(scope), JSON.stringify({ values, at: Date.now(), version }));
  } catch {
    // Storage full or disabled: the server autosave still runs.
  }
}

export function clearBackup(scope: string) {
  try {
    window.localStorage.removeItem(key(scope));
  } catch {
    // nothing to do
  }
}
