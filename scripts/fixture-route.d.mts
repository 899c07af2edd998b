/** Types for fixture-route.mjs, which stays plain JavaScript so `npm start` runs without a build. */
import type { Route } from 'playwright-core';

export declare const GMAIL_CSP: string;
export declare function fixtureHandler(
  page: string,
  headers?: Record<string, string>,
): (route: Route) => Promise<void>;
