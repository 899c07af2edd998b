import { describe, expect, it } from 'vitest';
import { all, first, matchesAny, nameInAccountLabel, signalOf } from './query';

describe('selector chains', () => {
  it('take a selector this browser cannot parse for one that matches nothing', () => {
    const button = document.createElement('div');
    button.className = 'send';
    button.setAttribute('role', 'button');
    document.body.replaceChildren(button);
    const broken = 'div:unknown-pseudo(';
    expect(first(document, [broken, '.send'])?.className).toBe('send');
    expect(all(document, [broken, '[role=button]'])).toHaveLength(1);
    expect(matchesAny(button, [broken, '.send'])).toBe(true);
    expect(signalOf(document, [broken, '.send'])).toBe('.send');
    expect(signalOf(document, [broken])).toBe('none');
  });
});

describe('nameInAccountLabel', () => {
  it.each([
    ['Google Account: Alex Morgan  \n(alex.morgan@gmail.com)', 'Alex Morgan'],
    ['Cuenta de Google: Alex Morgan (alex.morgan@gmail.com)', 'Alex Morgan'],
    ['Compte Google : Élodie Martin (elodie@gmail.com)', 'Élodie Martin'],
    ['Alex Morgan (alex.morgan@gmail.com)', 'Alex Morgan'],
  ])('%s', (label, name) => {
    expect(nameInAccountLabel(label)).toBe(name);
  });

  it('is null when the label holds only an address, or nothing', () => {
    expect(nameInAccountLabel('Google Account: alex@gmail.com')).toBeNull();
    expect(nameInAccountLabel('')).toBeNull();
    expect(nameInAccountLabel(null)).toBeNull();
  });
});
