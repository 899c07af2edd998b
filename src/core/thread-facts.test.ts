import { describe, expect, it } from 'vitest';
import { ownName } from './thread-facts';

const from = (senderName: string, senderEmail: string) => ({ senderName, senderEmail });

describe('ownName', () => {
  const user = ['alex@gmail.com'];

  it("is the sender name on the user's own messages", () => {
    expect(
      ownName(
        [from('Dana Whitaker', 'dana@acme.com'), from(' Alex Morgan ', 'ALEX@gmail.com')],
        user,
      ),
    ).toBe('Alex Morgan');
  });

  it('is nothing when the user wrote nothing, or is unknown, or shows an address as name', () => {
    expect(ownName([from('Dana Whitaker', 'dana@acme.com')], user)).toBeNull();
    expect(ownName([from('Alex Morgan', 'alex@gmail.com')], [])).toBeNull();
    expect(ownName([from('alex@gmail.com', 'alex@gmail.com')], user)).toBeNull();
  });

  it("is never a name someone else's message carries too", () => {
    expect(
      ownName([from('Recruiting', 'jobs@acme.com'), from('Recruiting', 'alex@gmail.com')], user),
    ).toBeNull();
  });
});
