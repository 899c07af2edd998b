/** Types for import-cycles.mjs, which stays plain JavaScript so scripts run without a build. */
export declare function findCycles(graph: Map<string, readonly string[]>): string[][];
export declare function importGraph(dir: string, tsconfigPath: string): Map<string, string[]>;
