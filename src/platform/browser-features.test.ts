import { describe, expect, it } from 'vitest';
import { detectFeatures } from './browser-features';

const chrome = { runtime: {} };
const firefox = { runtime: { getBrowserInfo: () => undefined } };

describe('detectFeatures', () => {
  it('offers notification buttons in Chrome, not in Firefox', () => {
    expect(detectFeatures(chrome).notificationButtons).toBe(true);
    expect(detectFeatures(firefox).notificationButtons).toBe(false);
  });
});
