import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../messaging/send';
import type { SettingsRead } from '../storage/settings';
import { t } from '../ui/i18n';
import { DeleteEverything } from './data/delete-everything';
import { ExportButtons } from './data/export-buttons';
import { ImportBackup } from './data/import-backup';
import { SettingsForm } from './settings/settings-form';
import { TemplateEditor } from './templates/template-editor';

type Loaded = { state: 'loading' } | { state: 'error'; error: string } | SettingsRead;

/**
 * The options page: templates, settings, and the user's data. Everything stored is asked of the
 * background, the one writer: reading may clean invalid values, and a settings change re-plans
 * every reminder at once.
 */
export function Options() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  // Bumped when an import or a delete changed settings and templates behind the editors' backs:
  // they are read again, so saving an editor cannot write the old values back.
  const [revision, setRevision] = useState(0);
  const reread = () => setRevision((current) => current + 1);
  useEffect(() => {
    // The editors unmount while loading, and mount again with what is stored now.
    setLoaded({ state: 'loading' });
    send('settings/get', {}).then(setLoaded, (error: unknown) =>
      setLoaded({ state: 'error', error: error instanceof Error ? error.message : String(error) }),
    );
  }, [revision]);
  return (
    <main class="options">
      <header>
        <h1>{t('optionsHeading')}</h1>
        <p class="options__version">{t('optionsVersion', browser.runtime.getManifest().version)}</p>
        <nav aria-label={t('optionsNav')}>
          <a href="#templates-heading">{t('templatesHeading')}</a>
          <a href="#settings-heading">{t('settingsHeading')}</a>
          <a href="#data-heading">{t('dataHeading')}</a>
        </nav>
      </header>
      {'state' in loaded && loaded.state === 'error' && (
        <p class="options__error" role="alert">
          {t('optionsLoadError', loaded.error)}
        </p>
      )}
      {'settings' in loaded && loaded.error && (
        <p class="options__warning" role="alert">
          {loaded.error}
        </p>
      )}
      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">{t('templatesHeading')}</h2>
        {'settings' in loaded && (
          <TemplateEditor myName={loaded.settings.myName} signature={loaded.settings.signature} />
        )}
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('settingsHeading')}</h2>
        {'settings' in loaded && (
          <SettingsForm
            settings={loaded.settings}
            onSaved={(settings) =>
              setLoaded((current) => ('settings' in current ? { ...current, settings } : current))
            }
          />
        )}
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <p class="options__hint">{t('dataHint')}</p>
        <h3>{t('dataExportHeading')}</h3>
        <ExportButtons />
        <h3>{t('dataImportHeading')}</h3>
        <ImportBackup onImported={reread} />
        <h3>{t('dataDeleteHeading')}</h3>
        <DeleteEverything onDeleted={reread} />
      </section>
    </main>
  );
}
