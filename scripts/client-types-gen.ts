/**
 * The client's types, generated from the OpenAPI document the server serves (openapi-typescript):
 * `npm run client:types` writes them to `client/api-types.ts`, and `test/client/api-types.test.ts`
 * fails when the committed file differs from what the current document generates.
 */
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * The API's request and answer shapes, generated from the OpenAPI document (\`/api/openapi.json\`) by
 * \`npm run client:types\` (openapi-typescript). Do not edit: change the contracts the document is
 * built from, then regenerate. \`test/client/api-types.test.ts\` fails when this file is stale.
 */
`;

/** The TypeScript source of the client's types for an OpenAPI document. */
export async function clientTypesSource(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), {
    immutable: true,
    alphabetize: false,
    defaultNonNullable: false,
  });
  return `${HEADER}\n${astToString(ast)}`;
}
