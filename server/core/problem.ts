/** The problem document (RFC 9457) every refusal of the API is sent as: its one definition. */
import { Type } from '@sinclair/typebox';
import { type Contract, component, StringRecord } from '../../engine/model/contract.js';

/** RFC 9457 problem details, as `application/problem+json`. */
export const ProblemSchema = component(
  'Problem',
  Type.Object(
    {
      type: Type.String({
        description: 'A URN naming the problem: `urn:proeffactuur:problem:<code>`.',
        examples: ['urn:proeffactuur:problem:run_not_found'],
      }),
      title: Type.String({ description: 'The HTTP status in words.' }),
      status: Type.Integer({ minimum: 400, maximum: 599, description: 'The HTTP status.' }),
      code: Type.String({ description: 'Stable snake_case error code.', examples: ['run_not_found'] }),
      detail: Type.String({
        description: 'What went wrong and what to do, Dutch with `Accept-Language: nl`, English otherwise.',
      }),
      errors: Type.Optional(
        Type.Array(StringRecord(Type.Unknown()), {
          description: 'The problems one by one (a profile, a request that breaks the API description).',
        }),
      ),
      retryAfterSeconds: Type.Optional(
        Type.Integer({ minimum: 0, description: 'Seconds to wait before retrying (also `Retry-After`).' }),
      ),
    },
    {
      description:
        'RFC 9457 problem details. `detail` is Dutch with `Accept-Language: nl`, English otherwise. Some codes add members (`errors`, `limitBytes`, `presets`, `requiredScope`, `retryAfterSeconds`, `field`, `limit`).',
    },
  ),
);

/** An RFC 9457 problem document: `type` (a URN with the code), `title` (the status in words),
 * `status`, the stable `code`, the `detail` in the client's language, and the members some codes add. */
export type Problem = Contract<typeof ProblemSchema> & { readonly [member: string]: unknown };
