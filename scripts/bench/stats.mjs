/** Small statistics for noisy timings (medians and percentiles, never means) and their units. */

const sorted = (values) => [...values].sort((a, b) => a - b);

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const list = sorted(values);
  const rank = Math.ceil((p / 100) * list.length);
  return list[Math.min(list.length, Math.max(1, rank)) - 1];
}

export const median = (values) => {
  if (values.length === 0) return Number.NaN;
  const list = sorted(values);
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
};

export const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
export const bytes = (value) => `${Math.round(value)} B`;
export const mb = (value) => `${(value / 1e6).toFixed(2)} MB`;
export const percent = (share) => `${(share * 100).toFixed(1)}%`;
