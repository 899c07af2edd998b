import type { ThreadRef } from '../core/interview';
import type { Reply } from './protocol';

/**
 * Messages the background sends to a mail tab's content script (browser.tabs.sendMessage), the
 * other direction of protocol.ts. Same envelope `{ name, payload }`, same `Reply`.
 */
export interface TabProtocol {
  /** The keyboard command: insert the due step's template into the focused (or newest) compose. */
  'compose/insert-due': {
    req: Record<string, never>;
    res: { inserted: boolean; problem?: 'noCompose' | 'noBody' | 'noTemplate' };
  };
  /**
   * Does this tab show that thread now? The background cannot read tab URLs (no "tabs"
   * permission), so a reminder's click asks every tab, and only our content scripts answer.
   */
  'thread/shows': {
    req: Pick<ThreadRef, 'provider' | 'threadId'>;
    res: { shows: boolean };
  };
}

export type TabMessageName = keyof TabProtocol;
export type TabReply<N extends TabMessageName> = Reply<TabProtocol[N]['res']>;
