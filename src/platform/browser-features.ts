import browser from 'webextension-polyfill';

/**
 * Everything that differs between Chrome and Firefox, decided in one place from what the browser
 * offers (feature tests, never the user agent string). Callers ask for a feature, not a browser.
 */
export interface BrowserFeatures {
  /** Chrome's notifications take action buttons; Firefox's show none and ignore them. */
  notificationButtons: boolean;
  /** Chrome runs the background as a service worker; Firefox as an event page with a DOM. */
  serviceWorkerBackground: boolean;
  /** storage.session (in memory, cleared on restart): both have it in MV3, older Firefox not. */
  sessionStorage: boolean;
}

/** The slice of the browser these tests read; the real one in the extension. */
export interface BrowserSurface {
  runtime: { getBrowserInfo?: unknown };
  storage: { session?: unknown };
}

export function detectFeatures(
  surface: BrowserSurface = browser as unknown as BrowserSurface,
  scope: object = globalThis,
): BrowserFeatures {
  // runtime.getBrowserInfo exists in Firefox only, and Firefox is the one without buttons.
  const firefox = typeof surface.runtime.getBrowserInfo === 'function';
  return {
    notificationButtons: !firefox,
    serviceWorkerBackground:
      typeof (scope as { ServiceWorkerGlobalScope?: unknown }).ServiceWorkerGlobalScope ===
        'function' && !('document' in scope),
    sessionStorage: surface.storage.session !== undefined,
  };
}
