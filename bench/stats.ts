/** Percentiles by nearest rank: p99 of 10,000 deliveries is the 9,900th fastest. */

export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  return {
    count: list.length,
    p50: percentile(list, 50),
    p99: percentile(list, 99),
    max: list.at(-1) ?? Number.NaN,
  };
}

export const median = (values: readonly number[]): number =>
  percentile(Array.from(Float64Array.from(values).sort()), 50);
