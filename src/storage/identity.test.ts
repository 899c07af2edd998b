import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { knownUserEmails, rememberUserEmail } from './identity';

describe('identity', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers addresses a page showed, newest first, without repeats', async () => {
    expect(await knownUserEmails()).toEqual([]);
    await rememberUserEmail('Alex.Morgan@gmail.com');
    await rememberUserEmail('alex@work.example');
    expect(await rememberUserEmail('alex.morgan@gmail.com')).toEqual([
      'alex.morgan@gmail.com',
      'alex@work.example',
    ]);
  });

  it('answers what it knows when the page showed nothing', async () => {
    await rememberUserEmail('alex@gmail.com');
    expect(await rememberUserEmail(null)).toEqual(['alex@gmail.com']);
    expect(await rememberUserEmail('not an address')).toEqual(['alex@gmail.com']);
  });

  it('keeps a few at most', async () => {
    for (let i = 0; i < 8; i++) await rememberUserEmail(`a${i}@x.example`);
    expect(await knownUserEmails()).toHaveLength(5);
    expect((await knownUserEmails())[0]).toBe('a7@x.example');
  });

  it('reads a corrupt stored value as none', async () => {
    await fakeBrowser.storage.local.set({ 'identity:userEmails': 'alex@gmail.com' });
    expect(await knownUserEmails()).toEqual([]);
    await fakeBrowser.storage.local.set({ 'identity:userEmails': [42, 'ok@x.example', '<b>'] });
    expect(await knownUserEmails()).toEqual(['ok@x.example']);
  });
});
