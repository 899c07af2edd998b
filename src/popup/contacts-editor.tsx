import { useState } from 'preact/hooks';
import type { Contact } from '../core/interview';
import type { InterviewView } from '../core/plan-types';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import type { Action } from './use-action';

interface Props {
  view: InterviewView;
  action: Action;
  onChanged(view: InterviewView): void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMPTY = { name: '', email: '', title: '' };

/** People met at the interview (the guide: gather contact details before you leave). */
export function ContactsEditor({ view, action, onChanged }: Props) {
  const { interview } = view;
  const [draft, setDraft] = useState(EMPTY);
  const [problem, setProblem] = useState('');
  const save = async (contacts: Contact[]) => {
    const changed = await action.run(() =>
      send('interviews/update', { id: interview.id, changes: { contacts } }),
    );
    if (changed) onChanged(changed);
    return changed !== undefined;
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const contact = {
      name: draft.name.trim(),
      email: draft.email.trim(),
      title: draft.title.trim(),
    };
    if (!contact.name && !contact.email) return setProblem(t('contactNeedName'));
    if (contact.email && !EMAIL.test(contact.email)) return setProblem(t('contactBadEmail'));
    setProblem('');
    if (await save([...interview.contacts, contact])) setDraft(EMPTY);
  };
  const field = (name: keyof typeof EMPTY) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setDraft((current) => ({ ...current, [name]: value }));
  };
  const prefix = `contact-${interview.id}`;
  return (
    <div class="details__contacts">
      {interview.contacts.length > 0 && (
        <ul class="contacts">
          {interview.contacts.map((contact, index) => (
            <li key={`${index}-${contact.email}`}>
              <span>
                <span class="contacts__name">{contact.name || contact.email}</span>
                {contact.title && <span class="contacts__meta"> · {contact.title}</span>}
                {contact.name && contact.email && (
                  <span class="contacts__meta"> · {contact.email}</span>
                )}
              </span>
              <button
                type="button"
                class="link"
                disabled={action.busy}
                aria-label={t('contactRemoveNamed', contact.name || contact.email)}
                onClick={() => void save(interview.contacts.filter((_, i) => i !== index))}
              >
                {t('contactRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="contacts__add" onSubmit={add} noValidate>
        <label for={`${prefix}-name`}>{t('contactName')}</label>
        <input id={`${prefix}-name`} value={draft.name} maxLength={200} onInput={field('name')} />
        <label for={`${prefix}-email`}>{t('contactEmail')}</label>
        <input
          id={`${prefix}-email`}
          type="email"
          value={draft.email}
          maxLength={320}
          onInput={field('email')}
        />
        <label for={`${prefix}-title`}>{t('contactTitle')}</label>
        <input
          id={`${prefix}-title`}
          value={draft.title}
          maxLength={200}
          onInput={field('title')}
        />
        <button type="submit" disabled={action.busy}>
          {t('contactAdd')}
        </button>
        {problem && (
          <p class="details__error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </div>
  );
}
