import { describe, expect, it } from 'vitest';
import { nameKind, type KnownNames, type NameKind } from './name-kind';

const THREAD: KnownNames = {
  people: ['Dana Whitaker', 'María García', 'Claire DUBOIS'],
  companies: ['Umbrella Health', 'Acmerobotics'],
};

describe('nameKind', () => {
  it.each<[string, NameKind]>([
    // a person of the thread, however written
    ['Dana Whitaker', 'person'],
    ['dana  whitaker', 'person'],
    ['Dana', 'person'],
    ['Maria Garcia', 'person'],
    ['Claire Dubois', 'person'],
    // a company word, a legal form, or a company the thread names
    ['Acme Robotics', 'company'],
    ['Globex Corp', 'company'],
    ['Acme GmbH', 'company'],
    ['Acme Soluciones', 'company'],
    ['Banco Santander', 'company'],
    ['Umbrella Health', 'company'],
    ['Acme-Robotics', 'company'],
    ['Initech', 'company'],
    // a bare name nobody in the thread carries, or no name at all: unknown
    ['Sam Lee', 'unknown'],
    ['Jean-Luc Picard', 'unknown'],
    ['María de la Cruz', 'unknown'],
    ['our recruiting team', 'unknown'],
  ])('%s is a %s', (name, kind) => {
    expect(nameKind(name, THREAD)).toBe(kind);
  });

  it('knows no person without the thread', () => {
    expect(nameKind('Dana Whitaker')).toBe('unknown');
    expect(nameKind('Dana')).toBe('company');
  });
});
