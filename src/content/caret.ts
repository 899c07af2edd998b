/**
 * Remembers where the user left the caret in a compose body. A click on a panel button moves focus
 * and the selection; the panel also cancels mousedown, but a keyboard user tabs out, so the last
 * range inside the body is recorded as it changes.
 */
export interface CaretMemory {
  /** The last range inside the body, if the user placed one. */
  saved(): Range | null;
  dispose(): void;
}

export function rememberCaret(body: HTMLElement): CaretMemory {
  const doc = body.ownerDocument;
  let range: Range | null = null;
  const record = () => {
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const current = selection.getRangeAt(0);
    if (body.contains(current.commonAncestorContainer)) range = current.cloneRange();
  };
  doc.addEventListener('selectionchange', record);
  return {
    saved: () => (range && body.contains(range.commonAncestorContainer) ? range : null),
    dispose: () => doc.removeEventListener('selectionchange', record),
  };
}
