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
}

export type TabMessageName = keyof TabProtocol;
export type TabReply<N extends TabMessageName> = Reply<TabProtocol[N]['res']>;
