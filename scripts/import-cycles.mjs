/**
 * Finds circular imports among TypeScript files, type-only imports included: a type cycle is still
 * two modules that cannot be understood (or moved to another layer) one without the other.
 * ESLint's import-x/no-cycle skips `import type`, which is how both cycles this repo once had went
 * unnoticed, so the graph is read with TypeScript's own scanner and resolver instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every cycle in a graph (node → the nodes it imports), one per strongly connected component, each
 * as a path that starts and ends at the same node. Components are found with Tarjan's algorithm;
 * the path is the shortest way round from the component's first node, so the report is short.
 * @param {Map<string, readonly string[]>} graph
 * @returns {string[][]}
 */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let next = 0;

  // Iterative depth-first search, so a long import chain cannot overflow the call stack.
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work = [{ node: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const target = edges[frame.edge++];
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(target)));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node), low.get(frame.node)));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfImport = (graph.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfImport) components.push(new Set(component));
    }
  }
  return components.map((component) => shortestLoop(graph, component));
}

/** The shortest path from the component's first node (in graph order) back to itself. */
function shortestLoop(graph, component) {
  const start = [...graph.keys()].find((node) => component.has(node));
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const target of graph.get(node) ?? []) {
      if (!component.has(target) || cameFrom.has(target)) continue;
      cameFrom.set(target, node);
      if (target === start) {
        const back = [start];
        for (let at = node; at !== start; at = cameFrom.get(at)) back.push(at);
        return [start, ...back.reverse()];
      }
      queue.push(target);
    }
  }
  throw new Error(`no loop through ${start}`);
}

/**
 * The import graph of every .ts/.tsx file under `dir`, paths relative to `dir`: static, dynamic,
 * type-only and re-exports alike, resolved as tsconfig.json tells TypeScript to. Imports that
 * leave `dir` (packages, CSS) are not part of it.
 * @param {string} dir
 * @param {string} tsconfigPath
 * @returns {Map<string, string[]>}
 */
export function importGraph(dir, tsconfigPath) {
  const config = ts.readConfigFile(tsconfigPath, ts.sys.readFile);
  if (config.error)
    throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(tsconfigPath));
  const graph = new Map();
  for (const file of sourceFiles(dir)) {
    const found = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
    const targets = new Set();
    for (const { fileName } of found) {
      const resolved = ts.resolveModuleName(fileName, file, options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const target = relative(dir, resolved.resolvedFileName);
      if (!target.startsWith('..')) targets.add(target);
    }
    graph.set(relative(dir, file), [...targets]);
  }
  return graph;
}

function sourceFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
