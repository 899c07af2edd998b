import type { ComposeWindow } from './hosts/mail-host';

/**
 * Calls `onSend` when the user sends this compose: a click on Send, Enter or Space on it, or
 * Ctrl/Cmd+Enter anywhere in the compose (InboxSDK's rules). Capture phase, so the mail app's own
 * handlers, which remove the compose, cannot hide the event from us.
 */
export function detectSend(compose: ComposeWindow, onSend: () => void): () => void {
  const root = compose.root.closest('form, [role=dialog]') ?? compose.root;
  const onClick = (event: Event) => {
    if (event.target instanceof Element && compose.isSendButton(event.target)) onSend();
  };
  const onKey = (event: Event) => {
    if (!(event instanceof KeyboardEvent) || !(event.target instanceof Element)) return;
    const onButton =
      (event.key === 'Enter' || event.key === ' ') && compose.isSendButton(event.target);
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    if (onButton || shortcut) onSend();
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('keydown', onKey, true);
  return () => {
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('keydown', onKey, true);
  };
}
