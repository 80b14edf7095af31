/** `npm run docs:checks`: rewrites the check table in README.md from the check declarations. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../runtime/paths.js';
import { withCheckTable } from './check-table.js';

const file = fromRoot('README.md');
const before = readFileSync(file, 'utf8');
const after = withCheckTable(before);
if (after === before) console.log('README.md: check table already up to date.');
else {
  writeFileSync(file, after);
  console.log('README.md: check table rewritten.');
}
