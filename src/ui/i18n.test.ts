import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { t } from './i18n';

describe('t', () => {
  it('reads the catalogue, with substitutions', () => {
    expect(t('panelInserted', 'Thank-you note')).toContain('Thank-you note');
    expect(t('extensionUpdated')).toBe('Interview follow-up was updated: try again');
  });

  it('once the extension is gone, repeats what it looked up before instead of throwing', () => {
    const title = t('panelTitle');
    const inserted = t('panelInserted', 'Check-in');
    vi.mocked(fakeBrowser.i18n.getMessage).mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(t('panelTitle')).toBe(title);
    expect(t('panelInserted', 'Check-in')).toBe(inserted);
    // Never looked up: the key, visible, rather than a throw in the page.
    expect(t('panelInserted', 'Closing note')).toBe('panelInserted');
  });
});
