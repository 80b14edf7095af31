/** `npm run client:types`: writes `client/api-types.ts` from the OpenAPI document the server serves. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../runtime/paths.js';
import { openApiDocument } from '../server/http/openapi/document.js';
import { clientTypesSource } from './client-types-gen.js';

const file = fromRoot('client', 'api-types.ts');
const after = await clientTypesSource(openApiDocument());
const before = (() => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
})();
if (after === before) console.log('client/api-types.ts: already up to date.');
else {
  writeFileSync(file, after);
  console.log('client/api-types.ts: rewritten.');
}
