// Pinned durations ("30d", "6m", "2y", "72h", "immediate", "indefinite") in
// days, on the same scale as prose facts (a month is 30 days, a year 365).
const DAYS: Record<string, number> = { h: 1 / 24, d: 1, w: 7, m: 30, y: 365 };

export function pinnedDays(value: unknown): number | undefined {
  const text = String(value ?? '').trim();
  if (text === 'immediate') return 0;
  if (text === 'indefinite') return Infinity;
  const match = /^(\d+)(h|d|w|m|y)$/.exec(text);
  return match ? Number(match[1]) * DAYS[match[2]] : undefined;
}
