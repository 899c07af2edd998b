import { render } from 'preact';
import type { StepKind } from '../../core/interview';
import type { ComposeContext } from '../../messaging/protocol';
import { send } from '../../messaging/send';
import { setPanelCollapsed } from '../../storage/ui-prefs';
import { rememberCaret } from '../caret';
import type { MailHost } from '../hosts/mail-host';
import { detectSend } from '../send-detect';
import { createShadowHost } from '../shadow-host';
import { Panel, type PanelControls } from './panel';
import problemCss from '../diagnostics/page-problem.css?inline';
import panelCss from './panel.css?inline';

const css = panelCss + problemCss;

export const PANEL_TAG = 'interview-follow-up-panel';

/** Read once per page, so mounting a panel waits for nothing. */
export interface PanelPrefs {
  collapsed: boolean;
}

/**
 * One panel per compose, living exactly as long as the compose: returns the cleanup the page
 * watcher calls when the compose goes away. Synchronous: the panel appears in the same task as
 * its compose.
 */
export interface MountedPanel {
  controls: PanelControls;
  dispose(): void;
}

export function mountPanel(host: MailHost, root: HTMLElement, prefs: PanelPrefs): MountedPanel {
  const compose = host.compose(root);
  const shadow = createShadowHost(PANEL_TAG, css, root.ownerDocument);
  const dock = compose.dock();
  if (dock.parentElement) dock.parentElement.insertBefore(shadow.host, dock);
  else root.prepend(shadow.host);

  const body = compose.body();
  const caret = body ? rememberCaret(body) : { saved: () => null, dispose: () => undefined };

  // The template inserted last decides which step a Send completes.
  let inserted: { step: StepKind; context: ComposeContext } | undefined;
  const stopSendDetection = detectSend(compose, () => {
    const id = inserted?.context.view?.interview.id;
    if (!id || !inserted) return;
    void send('steps/done', { id, step: inserted.step }).catch((error: unknown) =>
      console.warn('Interview follow-up: could not mark the step done', error),
    );
    inserted = undefined;
  });

  const controls: PanelControls = {};
  render(
    <Panel
      controls={controls}
      compose={compose}
      diagnose={() => host.diagnose(root.ownerDocument)}
      userName={() => host.userName(root.ownerDocument)}
      caret={caret}
      initiallyCollapsed={prefs.collapsed}
      onCollapse={(collapsed) => {
        prefs.collapsed = collapsed;
        // Only a view preference: one not kept (the extension updated meanwhile) loses nothing.
        setPanelCollapsed(collapsed).catch(() => undefined);
      }}
      onInserted={(step, context) => {
        inserted = step ? { step, context } : undefined;
      }}
    />,
    shadow.container,
  );

  return {
    controls,
    dispose: () => {
      stopSendDetection();
      caret.dispose();
      render(null, shadow.container);
      shadow.remove();
    },
  };
}
