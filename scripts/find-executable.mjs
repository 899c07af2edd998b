/**
 * The lookup shared by find-chrome.mjs and find-firefox.mjs: an explicit path from the environment,
 * then fixed paths, then names on PATH. No dependencies, so it runs before `npm ci` (.ci/run).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first executable among `envVar`'s value, `before` (absolute paths), `names` on PATH, then
 * `after` (absolute paths); null when there is none. A set `envVar` that is not executable is a
 * mistake to report, not to paper over, so it throws.
 */
export function findExecutable({ envVar, before = [], names = [], after = [] }, env) {
  const chosen = env[envVar];
  if (chosen) {
    if (!isExecutable(chosen)) {
      throw new Error(`${envVar} is set to ${chosen}, which is not an executable file.`);
    }
    return chosen;
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = names.flatMap((name) => dirs.map((dir) => join(dir, name)));
  return [...before, ...onPath, ...after].find(isExecutable) ?? null;
}

/**
 * The two lookups a browser finder exports: `find(env)`, the path or null, and `findOrThrow(env)`,
 * which throws `hint` (how to install one) when there is none.
 */
export function browserFinder(spec, hint) {
  const find = (env = process.env) => findExecutable(spec, env);
  const findOrThrow = (env = process.env) => {
    const found = find(env);
    if (!found) throw new Error(hint);
    return found;
  };
  return { find, findOrThrow };
}

/**
 * Runs `find` when `moduleUrl` is the script node was started with: prints the path, or exits 1
 * when nothing is found and 2 when the environment names a file that is not executable.
 */
export function runAsScript(moduleUrl, find) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  try {
    const found = find();
    if (!found) process.exit(1);
    console.log(found);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
