import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../messaging/send';
import type { SettingsRead } from '../storage/settings';
import { t } from '../ui/i18n';
import { planRows } from './plan-rows';

type Loaded = { state: 'loading' } | { state: 'error'; error: string } | SettingsRead;

/**
 * A first, read-only options page: the plan settings in effect. Editing, templates and
 * import/export are a later issue. Settings are asked of the background, like everything stored:
 * reading may clean invalid values, and the background is the one writer.
 */
export function Options() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    send('settings/get', {}).then(setLoaded, (error: unknown) =>
      setLoaded({ state: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  return (
    <main class="options">
      <h1>{t('optionsHeading')}</h1>
      <p class="options__version">{t('optionsVersion', browser.runtime.getManifest().version)}</p>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{t('optionsPlanHeading')}</h2>
        <p class="options__hint">{t('optionsPlanReadOnly')}</p>
        {'settings' in loaded && (
          <>
            {loaded.error && <p role="alert">{loaded.error}</p>}
            <dl class="options__plan">
              {planRows(loaded.settings).map(([label, value]) => (
                <div key={label}>
                  <dt>{t(label)}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
        {'state' in loaded && loaded.state === 'error' && (
          <p role="alert">{t('optionsLoadError', loaded.error)}</p>
        )}
      </section>
    </main>
  );
}
