/** Types for budgets.mjs, which stays plain JavaScript so scripts run without a build. */
export interface Budget {
  /** The figure may be at most this. */
  max?: number;
  /** The figure must be strictly under this. */
  below?: number;
  label: string;
  format: (value: number) => string;
}
export declare const KB: number;
export declare const BUDGETS: Record<string, Budget>;
export declare function verdict(
  value: number | undefined,
  budget: Budget | undefined,
): '' | 'ok' | 'over';
export declare function judged(
  budget: Budget,
  measured: number,
  detail?: string,
): { value: string; budget: string; result: '' | 'ok' | 'over' };
