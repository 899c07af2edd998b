import { describe, expect, it } from 'vitest';
import { insertDueTarget } from './insert-due-target';

function compose(doc: Document): { root: HTMLElement; body: HTMLElement } {
  const root = doc.createElement('div');
  const body = doc.createElement('div');
  body.contentEditable = 'true';
  body.tabIndex = 0;
  root.append(body);
  doc.body.append(root);
  return { root, body };
}

describe('insertDueTarget', () => {
  it('takes the compose that holds the focus, not the newest', () => {
    document.body.replaceChildren();
    const reply = compose(document);
    const floating = compose(document);
    reply.body.focus();
    const roots = [reply.root, floating.root];
    expect(insertDueTarget(roots, document.activeElement)).toEqual({ root: reply.root });
  });

  it('falls back to the newest compose when the focus is outside any message body', () => {
    document.body.replaceChildren();
    const first = compose(document);
    const newest = compose(document);
    const roots = [first.root, newest.root];
    expect(insertDueTarget(roots, document.body)).toEqual({ root: newest.root });
    expect(insertDueTarget(roots, null)).toEqual({ root: newest.root });
  });

  it('inserts nowhere when the user writes in a compose it has no panel for yet', () => {
    // The site added a compose whose panel is still to come: another compose is not where the
    // user is writing.
    document.body.replaceChildren();
    const known = compose(document);
    const unknown = compose(document);
    unknown.body.focus();
    expect(insertDueTarget([known.root], document.activeElement)).toEqual({ problem: 'noBody' });
  });

  it('says there is no compose when there is none', () => {
    document.body.replaceChildren();
    expect(insertDueTarget([], document.body)).toEqual({ problem: 'noCompose' });
  });
});
