import { describe, expect, it } from 'vitest';
import { legacyThreadId, messageIdTime } from './gmail-ids';

describe('legacyThreadId', () => {
  it('turns the decimal thread-f id into the hex legacy id', () => {
    expect(legacyThreadId('#thread-f:1858196584066350341')).toBe('19c9a3f2b41e7d05');
    expect(legacyThreadId('thread-f:1858196584066350341')).toBe('19c9a3f2b41e7d05');
  });

  it('gives nothing for a draft thread', () => {
    expect(legacyThreadId('#thread-a:r-1234567890')).toBeNull();
  });
});

describe('messageIdTime', () => {
  // Ids Gmail printed beside their dates in 2005 (Pacific time), "How Gmail Works", listing 5-11.
  it.each([
    ['101865c04ac2427f', '2005-01-18T15:06:12.524Z'], // "Tue Jan 18 2005 7:06AM"
    ['101865b95fc7a35a', '2005-01-18T15:05:44.188Z'], // "Tue Jan 18 2005 7:05AM"
    ['101480d8ef5dc74a', '2005-01-06T12:44:03.189Z'], // "Thu Jan 6 2005 4:44AM"
  ])('reads %s as %s', (id, iso) => {
    expect(messageIdTime(id, null)).toBe(Date.parse(iso));
  });

  it('reads the decimal #msg-f id the same as the hex legacy id', () => {
    const hex = '19c9a3f2b41e7d05';
    const decimal = `#msg-f:${BigInt(`0x${hex}`).toString()}`;
    expect(messageIdTime(null, decimal)).toBe(messageIdTime(hex, null));
    expect(messageIdTime('', decimal)).toBe(messageIdTime(hex, null));
  });

  it('gives nothing for a draft or a sent message that has no server id yet', () => {
    expect(messageIdTime(null, '#msg-a:r-4820193847561029384')).toBeUndefined();
    expect(messageIdTime(null, null)).toBeUndefined();
    expect(messageIdTime('not-an-id', 'msg-f:')).toBeUndefined();
  });
});
