import { useEffect, useRef, useState } from 'preact/hooks';
import type { InterviewInput } from '../../core/interview';
import type { Provider } from '../../core/sites';
import type { InterviewView } from '../../core/plan-types';
import { send } from '../../messaging/send';
import { focusFirstField } from '../../ui/focus-first-field';
import { t } from '../../ui/i18n';
import { InterviewForm, type InterviewFormValues } from '../../ui/interview-form';
import { PageProblem } from '../diagnostics/page-problem';
import type { Diagnostics, ThreadSnapshot } from '../hosts/mail-host';
import { EMPTY_FORM_VALUES, formValuesOf } from '../../ui/interview-form-values';
import { prefillValues } from './prefill-form';

interface Props {
  provider: Provider;
  thread: ThreadSnapshot;
  userEmail: string | null;
  diagnose(): Diagnostics;
  /** The interview already tagged on this thread, to edit; null to tag a new one. */
  view: InterviewView | null;
  onSaved(view: InterviewView): void;
  onCancel(): void;
}

/** The tag form: prefilled from the thread for a new interview, the saved values to edit one. */
export function TagDialog({
  provider,
  thread,
  userEmail,
  diagnose,
  view,
  onSaved,
  onCancel,
}: Props) {
  const [initial, setInitial] = useState<InterviewFormValues | null>(
    view ? formValuesOf(view.interview) : null,
  );
  const [userKnown, setUserKnown] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  const ready = initial !== null;

  // As in the dashboard's form, keyboard users land in the form they opened, once it is there.
  useEffect(() => {
    if (ready) focusFirstField(box.current);
  }, [ready]);

  useEffect(() => {
    if (view) return;
    const facts = { subject: thread.subject, messages: thread.messages, userEmail };
    // A failed prefill still gives the user a form to fill in by hand.
    prefillValues(facts)
      .catch(() => ({ values: EMPTY_FORM_VALUES, userKnown: true }))
      .then((prefill) => {
        setUserKnown(prefill.userKnown);
        setInitial(prefill.values);
      });
  }, []);

  const save = async (input: InterviewInput) => {
    const ref = { provider, threadId: thread.id, url: thread.url, subject: thread.subject };
    onSaved(
      view
        ? await send('interviews/update', { id: view.interview.id, changes: input })
        : await send('interviews/create', { input: { ...input, thread: ref } }),
    );
  };

  // Escape closes the form; it is ours, so the mail site does not act on it too.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  };

  const title = view ? t('threadEdit') : t('threadTag');
  return (
    <div
      ref={box}
      class="thread-bar__dialog"
      role="dialog"
      aria-label={title}
      // The mail page may speak another language than the extension's catalogue.
      lang={t('catalogueLanguage')}
      onKeyDown={onKeyDown}
    >
      {!userKnown && (
        <PageProblem message={t('problemNoUser')} problem="no-user" diagnose={diagnose} />
      )}
      {initial ? (
        <InterviewForm
          initial={initial}
          hint={view ? undefined : t('formPrefillHint')}
          onSave={save}
          onCancel={onCancel}
        />
      ) : (
        <p class="interview-form__hint">{t('formReading')}</p>
      )}
    </div>
  );
}
