import type { ComposeWindow } from './hosts/mail-host';

/**
 * Calls `onSend` when the user sends this compose: a click on Send, Enter or Space on it, or
 * Ctrl/Cmd+Enter anywhere in the compose (InboxSDK's rules). The listeners sit on the window in
 * the capture phase, ahead of the mail app's own: its handler removes the compose, and the page
 * watcher then unmounts the panel before the event would reach a listener on the compose itself.
 */
export function detectSend(compose: ComposeWindow, onSend: () => void): () => void {
  const view = compose.root.ownerDocument.defaultView;
  if (!view) return () => undefined;
  const inCompose = (target: EventTarget | null): target is Element =>
    target instanceof Element && compose.root.contains(target);
  const onClick = (event: Event) => {
    if (inCompose(event.target) && compose.isSendButton(event.target)) onSend();
  };
  const onKey = (event: Event) => {
    if (!(event instanceof KeyboardEvent) || !inCompose(event.target)) return;
    const onButton =
      (event.key === 'Enter' || event.key === ' ') && compose.isSendButton(event.target);
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    if (onButton || shortcut) onSend();
  };
  view.addEventListener('click', onClick, true);
  view.addEventListener('keydown', onKey, true);
  return () => {
    view.removeEventListener('click', onClick, true);
    view.removeEventListener('keydown', onKey, true);
  };
}
