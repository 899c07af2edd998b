/** Types for find-firefox.mjs, which stays plain JavaScript so .ci/run can use it before `npm ci`. */
export declare const FIREFOX_INSTALL_HINT: string;
export declare function findFirefox(env?: NodeJS.ProcessEnv): string | null;
export declare function requireFirefox(env?: NodeJS.ProcessEnv): string;
