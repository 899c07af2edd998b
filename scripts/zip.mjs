#!/usr/bin/env node
/**
 * `npm run zip`: packs dist/ into interview-follow-up-<version>.zip for the Chrome Web Store;
 * `npm run zip:firefox` (`--firefox`) packs dist-firefox/ for addons.mozilla.org.
 * A small zip writer (deflate from zlib, CRC-32) rather than the `zip` tool, so it runs the same on
 * every OS; entries are sorted and dated 1980-01-01 so the same build gives the same bytes.
 */
import { Buffer } from 'node:buffer';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIREFOX = process.argv.includes('--firefox');
const DIST = join(ROOT, FIREFOX ? 'dist-firefox' : 'dist');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** One entry's local header and data, plus its central directory record. */
function entry(name, data, offset) {
  const deflated = deflateRawSync(data, { level: 9 });
  // Already-compressed files (PNG) are stored as they are when deflate would not help.
  const stored = deflated.length >= data.length;
  const body = stored ? data : deflated;
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const DOS_DATE_1980_01_01 = 0x21;

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed: 2.0
  local.writeUInt16LE(0x0800, 6); // names are UTF-8
  local.writeUInt16LE(stored ? 0 : 8, 8);
  local.writeUInt16LE(0, 10); // time
  local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4); // made by: 2.0
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(stored ? 0 : 8, 10);
  central.writeUInt16LE(0, 12);
  central.writeUInt16LE(DOS_DATE_1980_01_01, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  // extra, comment, disk number, internal and external attributes: all zero
  central.writeUInt32LE(offset, 42);

  return {
    local: Buffer.concat([local, nameBytes, body]),
    central: Buffer.concat([central, nameBytes]),
  };
}

function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const { local, central } = entry(name, data, offset);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

let manifest;
try {
  manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
} catch {
  console.error(
    `zip: ${relative(ROOT, DIST)}/manifest.json is missing; build first (npm run zip does).`,
  );
  process.exit(1);
}
const files = filesUnder(DIST)
  .filter((path) => statSync(path).isFile())
  .map((path) => ({ name: relative(DIST, path).split(sep).join('/'), data: readFileSync(path) }))
  .sort((a, b) => (a.name < b.name ? -1 : 1));
const out = join(ROOT, `interview-follow-up-${manifest.version}${FIREFOX ? '-firefox' : ''}.zip`);
writeFileSync(out, zip(files));
console.log(`${relative(ROOT, out)}: ${files.length} files, ${statSync(out).size} bytes`);
