import { useEffect, useMemo, useState } from 'preact/hooks';
import type { StepKind } from '../../core/interview';
import { stepName } from '../../ui/step-name';
import type { Draft } from '../../core/drafts';
import type { ComposeContext } from '../../messaging/protocol';
import type { TabProtocol } from '../../messaging/tab-protocol';
import { send } from '../../messaging/send';
import { t, type MessageKey } from '../../ui/i18n';
import { PageProblem } from '../diagnostics/page-problem';
import type { ComposeWindow, Diagnostics } from '../hosts/mail-host';
import type { CaretMemory } from '../caret';
import { failureText } from '../failure-text';
import { insertDraft } from './insert-draft';

const BUTTONS: readonly { step: StepKind; label: MessageKey }[] = [
  { step: 'thankYou', label: 'panelInsertThankYou' },
  { step: 'checkIn', label: 'panelInsertCheckIn' },
  { step: 'feedback', label: 'panelInsertFeedback' },
];

interface Props {
  compose: ComposeWindow;
  caret: CaretMemory;
  /** Remembered across composes and reloads. */
  initiallyCollapsed: boolean;
  onCollapse(collapsed: boolean): void;
  /** The step whose template went into this compose: sending it marks the step done. */
  onInserted(step: StepKind | undefined, context: ComposeContext): void;
  /** Filled in by the panel: what the keyboard command calls for this compose. */
  controls: PanelControls;
  /** For "Copy diagnostics" when something this panel needs is missing from the page. */
  diagnose(): Diagnostics;
  /** The user's name as the page shows it, for `{myName}` while Settings has none. */
  userName(): string | null;
}

/**
 * A compose is drawn in steps: only a Send button still missing this much later is reported, so a
 * normal compose never flashes the notice.
 */
export const SEND_CHECK_DELAY_MS = 1_000;

export type InsertOutcome = TabProtocol['compose/insert-due']['res'];

export interface PanelControls {
  insertDue?: () => Promise<InsertOutcome>;
}

type Load =
  | { state: 'loading' }
  | { state: 'ready'; context: ComposeContext }
  | { state: 'error'; text: string };

export function Panel({
  compose,
  caret,
  initiallyCollapsed,
  onCollapse,
  onInserted,
  controls,
  diagnose,
  userName,
}: Props) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const [status, setStatus] = useState('');
  const [noSend, setNoSend] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setNoSend(!compose.sendButton()), SEND_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [compose]);

  const fetchContext = () =>
    send('compose/context', {
      threadId: compose.threadId(),
      addresses: compose.recipients(),
      userName: userName(),
    });

  useEffect(() => {
    fetchContext()
      .then((context) => setLoad({ state: 'ready', context }))
      .catch((error: unknown) =>
        setLoad({ state: 'error', text: failureText(error, 'panelError') }),
      );
  }, [compose]);

  const context = load.state === 'ready' ? load.context : null;
  const view = context?.view ?? null;
  const dueStep = view?.plan.due[0]?.step ?? view?.plan.next?.step;
  const others = useMemo(
    () =>
      (context?.drafts ?? []).filter(
        (draft) => !BUTTONS.some((button) => button.step === draft.step),
      ),
    [context],
  );

  /**
   * A new message matches nothing when it opens; once the user has added a recipient who is a
   * tracked interviewer, ask again so the draft is filled for that interview.
   */
  const insertFor = async (
    pick: (drafts: readonly Draft[], context: ComposeContext) => Draft | undefined,
  ): Promise<InsertOutcome> => {
    let current =
      context ??
      (await fetchContext().catch((error: unknown) => {
        setStatus(failureText(error, 'panelError'));
        return null;
      }));
    if (current && !current.view && compose.recipients().length > 0) {
      current = await fetchContext().catch(() => current);
    }
    if (!current) return { inserted: false, problem: 'noTemplate' };
    setLoad({ state: 'ready', context: current });
    return insert(current, pick(current.drafts, current));
  };

  const insert = (context: ComposeContext, draft: Draft | undefined): InsertOutcome => {
    if (!draft) {
      setStatus(t('panelNoTemplate'));
      return { inserted: false, problem: 'noTemplate' };
    }
    if (!insertDraft(compose, draft, caret.saved())) {
      setStatus(t('panelNoBody'));
      return { inserted: false, problem: 'noBody' };
    }
    onInserted(draft.step, context);
    setStatus(t('panelInserted', draft.name));
    return { inserted: true };
  };

  // The keyboard command inserts what is due, else the thank-you: the first follow-up there is.
  controls.insertDue = () =>
    insertFor((drafts, current) => {
      const plan = current.view?.plan;
      const step = plan?.due[0]?.step ?? plan?.next?.step ?? 'thankYou';
      return drafts.find((draft) => draft.step === step);
    });

  const toggle = () => {
    setCollapsed(!collapsed);
    onCollapse(!collapsed);
  };

  // Keeps the caret in the compose body: a button that takes focus would move the selection.
  const keepCaret = (event: MouseEvent) => event.preventDefault();

  return (
    <section
      class={`panel${collapsed ? ' panel--collapsed' : ''}`}
      aria-label={t('panelTitle')}
      lang={t('catalogueLanguage')}
    >
      <header class="panel__head">
        <button
          type="button"
          class="panel__toggle"
          aria-expanded={!collapsed}
          onMouseDown={keepCaret}
          onClick={toggle}
          title={collapsed ? t('panelExpand') : t('panelCollapse')}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span> {t('panelTitle')}
        </button>
        {view && (
          <span class="panel__match">
            {view.interview.company}
            {view.interview.role && ` · ${view.interview.role}`}
            {dueStep && <span class="panel__due"> · {t('panelNextStep', stepName(dueStep))}</span>}
          </span>
        )}
      </header>
      {!collapsed && (
        <div class="panel__body">
          {load.state === 'loading' && <p class="panel__note">{t('panelLoading')}</p>}
          {load.state === 'error' && (
            <p class="panel__note panel__note--error" role="alert">
              {load.text}
            </p>
          )}
          {load.state === 'ready' && !view && <p class="panel__note">{t('panelNotTracked')}</p>}
          {!compose.body() && (
            <p class="panel__note panel__note--error" role="alert">
              {t('panelNoBody')}
            </p>
          )}
          {noSend && (
            <PageProblem
              message={t('problemNoSend')}
              problem="no-send-button"
              diagnose={diagnose}
            />
          )}
          <div class="panel__actions">
            {BUTTONS.map(({ step, label }) => (
              <button
                key={step}
                type="button"
                class={step === dueStep ? 'is-due' : ''}
                aria-describedby={step === dueStep ? 'panel-due-hint' : undefined}
                disabled={!context}
                onMouseDown={keepCaret}
                onClick={() =>
                  void insertFor((drafts) => drafts.find((draft) => draft.step === step))
                }
              >
                {t(label)}
              </button>
            ))}
            {others.length > 0 && (
              <select
                aria-label={t('panelMoreTemplates')}
                disabled={!context}
                value=""
                onChange={(event) => {
                  const id = event.currentTarget.value;
                  event.currentTarget.value = '';
                  void insertFor((drafts) => drafts.find((draft) => draft.templateId === id));
                }}
              >
                <option value="">{t('panelMoreTemplates')}</option>
                {others.map((draft) => (
                  <option key={draft.templateId} value={draft.templateId}>
                    {draft.name}
                  </option>
                ))}
              </select>
            )}
          </div>
          {dueStep && (
            <span id="panel-due-hint" class="panel__sr">
              {t('panelDueHint')}
            </span>
          )}
          <p class="panel__status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      )}
    </section>
  );
}
