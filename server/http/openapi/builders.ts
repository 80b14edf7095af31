/** Small builders the OpenAPI component list and route table are written with. */

/** A JSON object (a schema, an operation, a response) as the document holds it. */
export type Json = Record<string, unknown>;

/** A reference to a component schema. */
export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** A schema that also allows `null`. */
export const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });

/** A JSON body or answer with this schema. */
export const json = (schema: Json, description?: string): Json => ({
  ...(description && { description }),
  content: { 'application/json': { schema } },
});

/** A reference to a component parameter. */
export const param = (name: string): Json => ({ $ref: `#/components/parameters/${name}` });

/** No credentials needed. */
export const NO_KEY: Json[] = [{}];
/** An API key (or, see `withSessions` in `document.ts`, a browser session) is required. */
export const KEY_REQUIRED: Json[] = [{ bearerAuth: [] }];
/** An API key is optional: with it the resource belongs to the key's buyer. */
export const KEY_OPTIONAL: Json[] = [{}, { bearerAuth: [] }];
/** A signed-in page's session (its cookie), where the session itself is the subject. */
export const SESSION_OPTIONAL: Json[] = [{}, { sessionCookie: [] }];
