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

  it('with leads, takes the name after one of them, and nothing from a label none starts', () => {
    const leads = ['Account manager for', 'Gestionnaire de comptes pour'];
    expect(nameInAccountLabel('Account manager for Alex Morgan', leads)).toBe('Alex Morgan');
    expect(nameInAccountLabel('Gestionnaire de comptes pour\u00a0A: B (a@b.fr)', leads)).toBe(
      'A: B',
    );
    expect(nameInAccountLabel('Kontoverwaltung f\u00fcr Alex Morgan', leads)).toBeNull();
    expect(nameInAccountLabel('Account manager for a@b.com', leads)).toBeNull();
    expect(nameInAccountLabel('Account manager for', leads)).toBeNull();
  });
});
