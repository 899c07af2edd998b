/** Types for table.mjs, which stays plain JavaScript so scripts run without a build. */
export interface Row {
  figure: string;
  value: string;
  method?: string;
  budget?: string;
  result?: '' | 'ok' | 'over';
}
export declare function createTable(): {
  rows: Row[];
  failed: boolean;
  row(figure: string, value: string, method?: string): void;
  budgeted(
    figure: string,
    budgetKey: string,
    measured: number,
    detail?: string,
    method?: string,
  ): void;
  figure<T>(name: string, measure: () => Promise<T>): Promise<T | undefined>;
};
