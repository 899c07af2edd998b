/** Types for find-chrome.mjs, which stays plain JavaScript so scripts run without a build. */
export declare const INSTALL_HINT: string;
export declare function findChrome(env?: NodeJS.ProcessEnv): string | null;
export declare function requireChrome(env?: NodeJS.ProcessEnv): string;
