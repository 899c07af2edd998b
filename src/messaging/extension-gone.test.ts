import { describe, expect, it } from 'vitest';
import { explainFailure, ExtensionGoneError, isOrphaned } from './extension-gone';

const NOTE = 'Interview follow-up was updated: try again';

describe('an extension gone under its content script', () => {
  it('is told by the runtime id: there while the extension is, undefined or throwing after', () => {
    expect(isOrphaned({ runtime: { id: 'abc' } })).toBe(false);
    expect(isOrphaned({ runtime: { id: undefined } })).toBe(true);
    expect(isOrphaned({})).toBe(true);
    const throwing = {
      get runtime(): { id: string } {
        throw new Error('Extension context invalidated.');
      },
    };
    expect(isOrphaned(throwing)).toBe(true);
  });

  it('turns a failure into the update note when the context is invalidated or the id gone', () => {
    const live = { runtime: { id: 'abc' } };
    const gone = explainFailure(new Error('Extension context invalidated.'), live);
    expect(gone).toBeInstanceOf(ExtensionGoneError);
    expect((gone as Error).message).toBe(NOTE);
    expect(explainFailure(new Error('Could not establish connection'), { runtime: {} })).toEqual(
      new ExtensionGoneError(),
    );
  });

  it('keeps any other failure as it is while the extension is there', () => {
    const quota = new Error('QUOTA_BYTES quota exceeded');
    expect(explainFailure(quota, { runtime: { id: 'abc' } })).toBe(quota);
  });
});
