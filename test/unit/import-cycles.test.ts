import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../../scripts/import-cycles.mjs';

const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('finds none in a graph that only points down', () => {
    expect(findCycles(graphOf({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('reports a cycle as the path that closes it, from the first file in the graph', () => {
    const graph = graphOf({ tail: ['a'], a: ['b'], b: ['c'], c: ['a'] });
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('reports a file that imports itself', () => {
    expect(findCycles(graphOf({ a: ['a'], b: ['a'] }))).toEqual([['a', 'a']]);
  });

  it('reports each separate cycle once, and the shortest way round a tangled one', () => {
    const graph = graphOf({
      a: ['b'],
      b: ['c', 'a'],
      c: ['a'],
      x: ['y'],
      y: ['x'],
    });
    expect(findCycles(graph)).toEqual([
      ['a', 'b', 'a'],
      ['x', 'y', 'x'],
    ]);
  });

  it('follows a chain far longer than the call stack allows', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 50_000; i++) edges[`f${i}`] = [`f${i + 1}`];
    edges.f50000 = ['f0'];
    const [cycle] = findCycles(graphOf(edges));
    expect(cycle).toHaveLength(50_002);
    expect(cycle?.at(-1)).toBe('f0');
  });
});

describe('importGraph', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('counts type-only imports, re-exports, type queries and dynamic imports, not packages', () => {
    dir = mkdtempSync(join(tmpdir(), 'import-cycles-'));
    mkdirSync(join(dir, 'core'));
    const files: Record<string, string> = {
      'core/a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'core/b.ts': "export * from './c';\nexport type B = import('./d').D;\n",
      'core/c.tsx': "import * as v from 'valibot';\nexport const c = () => import('../e');\n",
      'core/d.ts': "import './style.css?inline';\nexport type D = string;\n",
      'e.ts': "import type { A } from './core/a';\nexport type E = A;\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);

    const graph = importGraph(dir, resolve('tsconfig.json'));

    expect(Object.fromEntries(graph)).toEqual({
      'core/a.ts': ['core/b.ts'],
      'core/b.ts': ['core/c.tsx', 'core/d.ts'],
      'core/c.tsx': ['e.ts'],
      'core/d.ts': [],
      'e.ts': ['core/a.ts'],
    });
    expect(findCycles(graph)).toEqual([
      ['core/a.ts', 'core/b.ts', 'core/c.tsx', 'e.ts', 'core/a.ts'],
    ]);
  });
});
