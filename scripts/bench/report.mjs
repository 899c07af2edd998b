/**
 * The bench's output: a table on the console and docs/benchmarks.md with the date, the machine,
 * the same table, one line of method per figure, the chunk lists behind the size figures and the
 * files behind the anchors.
 */
import { writeFileSync } from 'node:fs';
import { formatKb } from './sizes.mjs';

/** A console table with padded columns. */
export function printTable(rows) {
  const header = ['Figure', 'Value', 'Budget', 'Result'];
  const cells = rows.map((row) => [row.figure, row.value, row.budget ?? '', row.result ?? '']);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((line) => String(line[i]).length)),
  );
  const line = (values) => values.map((value, i) => String(value).padEnd(widths[i])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const values of cells) console.log(line(values));
}

const escapeCell = (text) => String(text).replaceAll('|', '\\|');

function chunkList(title, group) {
  if (group.files.length === 0) return [`- ${title}: none`];
  return [
    `- ${title}, ${formatKb(group.gzip)} gzip:`,
    ...group.files.map(({ file, gzip }) => `  - \`${file}\` ${formatKb(gzip)}`),
  ];
}

/** The files measured for each anchor, with their package, version and raw and gzip sizes. */
function anchorList(anchors) {
  if (!anchors || anchors.unavailable) {
    return [`- Unavailable: ${anchors?.unavailable ?? 'not measured'}`];
  }
  return anchors.rows.flatMap(({ figure, files, gzip }) => [
    `- ${figure.replace(/^Anchor: | \(gzip\)$/g, '')}, ${formatKb(gzip)} gzip:`,
    ...files.map(
      (entry) =>
        `  - \`${entry.package}@${entry.version}\` \`${entry.file}\` (${entry.via}): ` +
        `${formatKb(entry.bytes)} raw, ${formatKb(entry.gzip)} gzip`,
    ),
  ]);
}

export function writeMarkdown(path, { date, machine, rows, sizes, anchors }) {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.mjs); do not edit by hand. Times are medians on a',
    'noisy shared machine: read them as orders of magnitude, not as pass/fail. Only sizes are',
    'enforced (scripts/check-size.mjs, part of `npm test`). A Result judges the first figure of',
    'its Value cell against the Budget; figures in brackets are context, never what it judges.',
    '',
    `- Date: ${date}`,
    `- Machine: ${machine}`,
    '',
    '| Figure | Value | Budget | Result |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${[row.figure, row.value, row.budget ?? '', row.result ?? ''].map(escapeCell).join(' | ')} |`,
    ),
    '',
    '## Method',
    '',
    ...rows.filter((row) => row.method).map((row) => `- **${row.figure}**: ${row.method}`),
    '',
    '## Chunks',
    '',
    ...chunkList('Initial content script', sizes.contentInitial),
    ...chunkList('Lazy content-script chunks', sizes.contentLazy),
    ...chunkList('Popup JS', sizes.popupInitial),
    ...chunkList('Lazy popup chunks', sizes.popupLazy),
    '',
    '## Anchors',
    '',
    'Measured by the bench from the published npm packages (pinned versions, `npm pack`, cached',
    'in node_modules/.cache/bench-anchors/), as published, gzip -9:',
    '',
    ...anchorList(anchors),
    '',
  ];
  writeFileSync(path, lines.join('\n'));
}
