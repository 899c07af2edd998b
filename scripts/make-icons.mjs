#!/usr/bin/env node
/**
 * Draws the toolbar and store icons (public/icons/icon-{16,32,48,128}.png) without any image
 * dependency: each shape is a signed distance field, so edges are anti-aliased at every size by
 * turning the distance to an edge into pixel coverage. Run `node scripts/make-icons.mjs` after
 * changing the design and commit the PNGs; the build only copies them.
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

// Shapes in a unit square, y downwards. Distances are in the same units.
const roundedBox = (cx, cy, hw, hh, r) => (x, y) => {
  const qx = Math.abs(x - cx) - (hw - r);
  const qy = Math.abs(y - cy) - (hh - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const segmentDistance = (x, y, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
};
/** A stroked polyline with round caps and joins. */
const stroke = (points, width) => (x, y) => {
  let d = Infinity;
  for (let i = 1; i < points.length; i++) {
    d = Math.min(d, segmentDistance(x, y, points[i - 1], points[i]));
  }
  return d - width / 2;
};
const hex = (value) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

const INDIGO_TOP = hex('#5B74F0');
const INDIGO_BOTTOM = hex('#3543B5');
const WHITE = hex('#FFFFFF');
const PAPER = hex('#EEF1FF');
const GREEN = hex('#1FA463');

/**
 * The design: an indigo rounded square holding a white envelope, with a green check badge on its
 * lower right corner: "a message you followed up on". Strokes get thicker at small sizes so they
 * never fall below about a pixel.
 */
function layers(size) {
  const px = 1 / size;
  const line = (w) => Math.max(w, 1.25 * px);
  const flap = [
    [0.2, 0.31],
    [0.45, 0.5],
    [0.7, 0.31],
  ];
  const check = [
    [0.625, 0.715],
    [0.695, 0.785],
    [0.815, 0.655],
  ];
  return [
    {
      shape: roundedBox(0.5, 0.5, 0.47, 0.47, 0.2),
      color: (_x, y) => mix(INDIGO_TOP, INDIGO_BOTTOM, y),
    },
    { shape: roundedBox(0.45, 0.46, 0.29, 0.2, 0.05), color: () => PAPER },
    { shape: stroke(flap, line(0.05)), color: () => INDIGO_BOTTOM },
    // A ring in the background colour separates the badge from the envelope.
    { shape: circle(0.72, 0.72, 0.225), color: (_x, y) => mix(INDIGO_TOP, INDIGO_BOTTOM, y) },
    { shape: circle(0.72, 0.72, 0.18), color: () => GREEN },
    { shape: stroke(check, line(0.055)), color: () => WHITE },
  ];
}

/** Straight-alpha RGBA pixels, composited front to back with "over". */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const drawn = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = (px + 0.5) / size;
      const y = (py + 0.5) / size;
      let rgb = [0, 0, 0];
      let alpha = 0;
      for (const { shape, color } of drawn) {
        // Distance in pixels to coverage: half a pixel either side of the edge is blended.
        const coverage = Math.max(0, Math.min(1, 0.5 - shape(x, y) * size));
        if (coverage === 0) continue;
        const outAlpha = coverage + alpha * (1 - coverage);
        rgb = color(x, y).map(
          (c, i) => (c * coverage + rgb[i] * alpha * (1 - coverage)) / outAlpha,
        );
        alpha = outAlpha;
      }
      const at = (py * size + px) * 4;
      pixels[at] = Math.round(rgb[0]);
      pixels[at + 1] = Math.round(rgb[1]);
      pixels[at + 2] = Math.round(rgb[2]);
      pixels[at + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each scanline starts with filter type 0 (none): simple, and these images are tiny.
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `icon-${size}.png`);
  writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${file}`);
}
