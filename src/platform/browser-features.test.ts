import { describe, expect, it } from 'vitest';
import { detectFeatures } from './browser-features';

const chrome = { runtime: {}, storage: { session: {} } };
const firefox = { runtime: { getBrowserInfo: () => undefined }, storage: { session: {} } };

describe('detectFeatures', () => {
  it('offers notification buttons in Chrome, not in Firefox', () => {
    expect(detectFeatures(chrome, {}).notificationButtons).toBe(true);
    expect(detectFeatures(firefox, {}).notificationButtons).toBe(false);
  });

  it('tells a service worker background from an event page', () => {
    // Only its being a function (a constructor) matters.
    const ServiceWorkerGlobalScope = function ServiceWorkerGlobalScope() {};
    expect(detectFeatures(chrome, { ServiceWorkerGlobalScope }).serviceWorkerBackground).toBe(true);
    // Firefox's event page has a document (and no ServiceWorkerGlobalScope of its own).
    expect(detectFeatures(firefox, { document: {} }).serviceWorkerBackground).toBe(false);
  });

  it('notices a browser without storage.session', () => {
    expect(detectFeatures(chrome, {}).sessionStorage).toBe(true);
    expect(detectFeatures({ runtime: {}, storage: {} }, {}).sessionStorage).toBe(false);
  });
});
