import { useEffect, useRef, useState } from 'preact/hooks';
import type { Provider } from '../../core/sites';
import { replyAwaitsAnswer } from '../../core/reply-detection';
import type { InterviewView } from '../../core/plan-types';
import { send } from '../../messaging/send';
import { t } from '../../ui/i18n';
import { ReplyQuestion, type ReplyAnswer } from '../../ui/reply-question';
import { PageProblem } from '../diagnostics/page-problem';
import { failureText } from '../failure-text';
import type { Diagnostics, ThreadSnapshot } from '../hosts/mail-host';
import { looksLikeInvitation } from './invitation-check';
import { TagDialog } from './tag-dialog';

interface Props {
  provider: Provider;
  thread: ThreadSnapshot;
  userEmail: string | null;
  userName: string | null;
  diagnose(): Diagnostics;
}

type Found =
  | { state: 'loading' }
  | { state: 'ready'; view: InterviewView | null }
  | { state: 'error'; text: string };

/** Beside a thread's subject: tag it as an interview, edit it, and answer when the employer replies. */
export function ThreadBar({ provider, thread, userEmail, userName, diagnose }: Props) {
  const [found, setFound] = useState<Found>({ state: 'loading' });
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const [invitation, setInvitation] = useState(false);
  /** No time of the others' messages could be read here: a reply would go unnoticed. */
  const [undated, setUndated] = useState(false);
  const tagButton = useRef<HTMLButtonElement>(null);
  const view = found.state === 'ready' ? found.view : null;
  const untagged = found.state === 'ready' && !view;
  const shown = thread.messages.length > 0;

  // Focus goes back where it came from when the form closes, rather than to the page's top.
  const closeDialog = () => {
    setOpen(false);
    tagButton.current?.focus();
  };

  useEffect(() => {
    setFound({ state: 'loading' });
    send('interviews/find-by-thread', { threadId: thread.id })
      .then((match) => setFound({ state: 'ready', view: match }))
      .catch((error: unknown) =>
        setFound({ state: 'error', text: failureText(error, 'threadError') }),
      );
  }, [thread.id]);

  // An untagged thread that reads like an invitation says so beside the button. The background
  // reads it (dates need chrono), once per thread: invitation-check.ts keeps the answer.
  useEffect(() => {
    if (!untagged || !shown) return;
    let current = true;
    void looksLikeInvitation(thread, userEmail).then((yes) => current && setInvitation(yes));
    return () => {
      current = false;
    };
  }, [thread.id, untagged, shown]);

  // A newer message from the employer: the background reads the page's dates (in its language)
  // and records the reply, which pauses check-ins; the bar then asks what changed.
  useEffect(() => {
    if (!view) return;
    const messages = thread.messages.map(({ senderName, senderEmail, dateText, idTime }) => ({
      senderName,
      senderEmail,
      dateText,
      idTime,
    }));
    send('threads/check-reply', { id: view.interview.id, messages, userEmail, userName })
      .then(({ view: updated, repliesUnnoticeable }) => {
        setUndated(repliesUnnoticeable);
        if (updated && updated.interview.updatedAt !== view.interview.updatedAt) {
          setFound({ state: 'ready', view: updated });
        }
      })
      .catch((error: unknown) => setNotice(failureText(error)));
  }, [view?.interview.id, thread.messages.length]);

  const toggleDialog = () => {
    setNotice('');
    setOpen(!open);
  };

  const answer = async (choice: ReplyAnswer) => {
    if (!view) return;
    const id = view.interview.id;
    try {
      const updated =
        choice === 'keep'
          ? await send('interviews/resume', { id })
          : await send('interviews/close', { id, status: choice });
      setFound({ state: 'ready', view: updated });
    } catch (error) {
      setNotice(failureText(error));
    }
  };

  return (
    <div class="thread-bar">
      <button
        ref={tagButton}
        type="button"
        class="thread-bar__tag"
        disabled={found.state === 'loading'}
        aria-expanded={open}
        onClick={toggleDialog}
      >
        {view ? t('threadEdit') : t('threadTag')}
      </button>
      {untagged && invitation && (
        <span class="thread-bar__hint" role="status">
          {t('threadLooksLikeInvitation')}
        </span>
      )}
      {thread.messages.length === 0 && (
        <PageProblem message={t('problemNoMessages')} problem="no-messages" diagnose={diagnose} />
      )}
      {view && undated && (
        <PageProblem
          message={t('problemUnreadableDates')}
          problem="unreadable-dates"
          diagnose={diagnose}
        />
      )}
      {found.state === 'error' && (
        <span class="thread-bar__error" role="alert">
          {found.text}
        </span>
      )}
      {notice && (
        <span class="thread-bar__notice" role="status">
          {notice}
        </span>
      )}
      {view && replyAwaitsAnswer(view.interview) && (
        <ReplyQuestion
          class="thread-bar__reply"
          question={t('replyQuestion')}
          onAnswer={(choice) => void answer(choice)}
        />
      )}
      {open && (
        <TagDialog
          provider={provider}
          thread={thread}
          userEmail={userEmail}
          diagnose={diagnose}
          view={view}
          onSaved={(saved) => {
            setFound({ state: 'ready', view: saved });
            closeDialog();
            setNotice(t('threadSaved'));
          }}
          onCancel={closeDialog}
        />
      )}
    </div>
  );
}
