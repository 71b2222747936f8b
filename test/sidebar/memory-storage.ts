/** The sidebar's storage kept in memory, as a test's browser would keep localStorage. */
import type { FormStorage } from '../../core/sidebar/bridge';

export function memoryStorage(): FormStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}
