/** Types for fixture-route.mjs, which stays plain JavaScript so `npm start` runs without a build. */
import type { Route } from 'playwright-core';

export declare const GMAIL_CSP: string;

export interface FixtureResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}
export declare function fixtureResponse(
  page: string,
  request: { url: string; isDocument: boolean; headers?: Record<string, string> },
): Promise<FixtureResponse>;
export declare function fixtureHandler(
  page: string,
  headers?: Record<string, string>,
): (route: Route) => Promise<void>;
