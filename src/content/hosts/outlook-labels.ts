/**
 * Outlook's ARIA labels are localized, and Outlook has some hundred languages: this table is only
 * ever the last fallback of a chain whose first signals are ids, roles and structure. Every selector
 * built from it accepts all locales, so the page's language needs no detecting. German labels
 * marked "guess" in test/fixtures/outlook/README.md are unconfirmed; every French one is a guess
 * (Outlook's usual French wording, no French capture seen).
 */
interface Labels {
  subject: string;
  send: string;
  message: string;
  from: string;
  /** How a message list row's label starts when the conversation is unread. */
  unread: string;
  /** The account button's label before the user's name ("Account manager for Alex Morgan"). */
  accountManager: string | readonly string[];
}

const LABELS: Readonly<Record<'en' | 'de' | 'fr', Labels>> = {
  en: {
    subject: 'Add a subject',
    send: 'Send',
    message: 'Email message',
    from: 'From:',
    unread: 'Unread',
    accountManager: 'Account manager for',
  },
  de: {
    subject: 'Betreff hinzufügen',
    send: 'Senden',
    message: 'E-Mail-Nachricht',
    from: 'Von:',
    unread: 'Ungelesen',
    // Which of the two Outlook writes is unconfirmed: both.
    accountManager: ['Konto-Manager für', 'Kontoverwaltung für'],
  },
  // Guesses, all of them.
  fr: {
    subject: 'Ajouter un objet',
    send: 'Envoyer',
    message: 'Message électronique',
    // French puts a no-break space before the colon: "De : Dana <dana@acme.com>".
    from: 'De\u00a0:',
    unread: 'Non lu',
    accountManager: 'Gestionnaire de comptes pour',
  },
};

/** Every locale's label for `key`. */
export const labelsOf = (key: keyof Labels): string[] =>
  Object.values(LABELS).flatMap((labels) => labels[key]);

/** `template` with `$` replaced by each locale's label, joined into one selector list. */
export function anyLabel(key: keyof Labels, template: string): string {
  return labelsOf(key)
    .map((label) => template.replace('$', label.replace(/"/g, '\\"')))
    .join(', ');
}
