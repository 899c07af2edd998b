import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { MAIL_HOSTS, originPattern as originOf, SITES, siteOfHost } from '../core/sites';
import { t } from '../ui/i18n';

/** The mail sites as the user knows them: all three Outlook addresses are "Outlook". */
const siteName = (host: string) => siteOfHost(host, SITES)?.name ?? host;

/**
 * The mail sites the browser does not let the extension run on. Chrome's "Site access" (on click,
 * or specific sites) and Firefox's per-site permissions can withhold them after install; the tag
 * button and the panel then silently never appear, so the dashboard says so.
 */
export async function withheldHosts(): Promise<string[]> {
  const granted = await Promise.all(
    MAIL_HOSTS.map((host) => browser.permissions.contains({ origins: [originOf(host)] })),
  );
  return MAIL_HOSTS.filter((_, index) => !granted[index]);
}

export function SiteAccessNotice() {
  const [withheld, setWithheld] = useState<string[]>([]);
  const check = () =>
    withheldHosts().then(setWithheld, (error: unknown) => {
      console.warn('Could not read site access:', error);
    });
  useEffect(() => {
    void check();
  }, []);
  if (withheld.length === 0) return null;
  const names = [...new Set(withheld.map(siteName))].join(` ${t('and')} `);
  // The request must start inside the click: browsers grant it only for a user gesture.
  const allow = () => {
    void browser.permissions.request({ origins: withheld.map(originOf) }).then(check, check);
  };
  return (
    <div class="popup__notice" role="status">
      <p>{t('siteAccessOff', names)}</p>
      <button type="button" onClick={allow}>
        {t('siteAccessAllow')}
      </button>
    </div>
  );
}
