/**
 * Outlook's ARIA labels are localized, and for some controls a label is the only handle. One table
 * per locale; every selector built from them accepts all locales, so the page's language needs no
 * detecting. German labels marked "guess" in test/fixtures/outlook/README.md are unconfirmed.
 */
interface Labels {
  subject: string;
  send: string;
  commandBar: string;
  message: string;
  from: string;
}

const LABELS: Readonly<Record<'en' | 'de', Labels>> = {
  en: {
    subject: 'Add a subject',
    send: 'Send',
    commandBar: 'Command toolbar',
    message: 'Email message',
    from: 'From:',
  },
  de: {
    subject: 'Betreff hinzufügen',
    send: 'Senden',
    commandBar: 'Befehlssymbolleiste',
    message: 'E-Mail-Nachricht',
    from: 'Von:',
  },
};

/** `template` with `$` replaced by each locale's label, joined into one selector list. */
export function anyLabel(key: keyof Labels, template: string): string {
  return Object.values(LABELS)
    .map((labels) => template.replace('$', labels[key].replace(/"/g, '\\"')))
    .join(', ');
}
