// Per distinct id, answers that every analysis asks again: a whitepaper claims
// thousands of controls but writes few distinct ids, so each answer is worked
// out once and then looked up. Bounded, so hostile input cannot grow it without end.
import { normalizeControlId } from '../catalog';

const LIMIT = 10_000;

/** `compute` once per key (while fewer than 10,000 keys are held; past that, computed each time). */
export function memoised<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size < LIMIT) known.set(key, value);
    }
    return value as T;
  };
}

/** `normalizeControlId`, memoised. */
export const normalizedId = memoised(normalizeControlId);
