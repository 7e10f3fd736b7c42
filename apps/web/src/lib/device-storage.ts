/**
 * The device's small key-value storage (localStorage), which may be unavailable (private mode,
 * blocked storage): reads then find nothing and writes keep nothing, and the app works on without.
 */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not kept: what depends on it falls back to its default.
  }
}

export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
