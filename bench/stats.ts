// Order statistics shared by the benchmarks (nearest rank: a figure that was measured, never interpolated).

/** The value at quantile `q` (0–1) of values already sorted ascending; NaN when there are none. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

export function ascending(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function median(values: number[]): number {
  return quantile(ascending(values), 0.5);
}
