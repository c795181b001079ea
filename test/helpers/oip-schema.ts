/**
 * Checks response bodies against the Open Inference Protocol's own schema,
 * test/fixtures/oip/open_inference_rest.yaml (KServe's OpenAPI 3 description; see the README there),
 * so "every response validates against open_inference_rest.yaml" is tested, not claimed.
 *
 * The OpenAPI component schemas are JSON Schema once the `x-*` annotations are dropped; they are
 * compiled with ajv as `$defs` of one schema, with their `$ref`s pointed there. One amendment, for binary
 * bodies only: Triton's binary tensor extension (docs/protocol/extension_binary_data.md) replaces
 * an output's `data` with `parameters.binary_data_size`, so in a binary response's JSON header an
 * output with `binary_data_size` may have no `data`. Everything else is the published schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

const SPEC = fileURLToPath(new URL('../fixtures/oip/open_inference_rest.yaml', import.meta.url));
const ID = 'open_inference_rest';

/** The component schemas this helper checks bodies against. */
export type OipSchemaName =
  | 'inference_response'
  | 'inference_error_response'
  | 'inference_request'
  | 'metadata_model_response'
  | 'metadata_model_error_response'
  | 'metadata_server_response'
  | 'metadata_server_error_response';

function withoutExtensions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExtensions);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith('x-'))
      .map(([key, v]) => [key, withoutExtensions(v)]),
  );
}

/** The component schemas as JSON Schema `$defs`: `x-*` annotations dropped, `$ref`s pointed at `$defs`. */
function asDefs(schemas: Record<string, object>): Record<string, object> {
  return JSON.parse(
    JSON.stringify(withoutExtensions(schemas)).replaceAll('"#/components/schemas/', '"#/$defs/'),
  ) as Record<string, object>;
}

let compiled: { ajv: Ajv; binaryResponse: ValidateFunction } | undefined;

function load() {
  if (compiled !== undefined) return compiled;
  const spec = parse(readFileSync(SPEC, 'utf8')) as { components: { schemas: Record<string, object> } };
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema({ $id: ID, $defs: asDefs(spec.components.schemas) });
  // The binary extension's one change: an output sent as binary carries
  // parameters.binary_data_size instead of data. Its other fields keep the published schema.
  const copy = (name: string) =>
    JSON.parse(
      JSON.stringify(asDefs({ [name]: spec.components.schemas[name]! })[name]).replaceAll(
        '"#/$defs/',
        `"${ID}#/$defs/`,
      ),
    ) as { required: string[]; properties: Record<string, object> };
  const output = copy('response_output');
  const binaryOutput = {
    ...output,
    required: [...output.required.filter((r) => r !== 'data'), 'parameters'],
    properties: {
      ...output.properties,
      parameters: {
        type: 'object',
        required: ['binary_data_size'],
        properties: { binary_data_size: { type: 'integer', minimum: 0 } },
      },
    },
  };
  const response = copy('inference_response');
  const binaryResponse = ajv.compile({
    ...response,
    properties: {
      ...response.properties,
      outputs: { type: 'array', items: { anyOf: [{ $ref: `${ID}#/$defs/response_output` }, binaryOutput] } },
    },
  });
  compiled = { ajv, binaryResponse };
  return compiled;
}

function format(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}

/**
 * The schema problems of `body` (parsed JSON) as the named component; empty when it is valid.
 * `binary` says the body is the JSON header of a binary response (see the file comment).
 */
export function oipProblems(name: OipSchemaName, body: unknown, options: { binary?: boolean } = {}): string[] {
  const { ajv, binaryResponse } = load();
  if (options.binary === true && name === 'inference_response') {
    return binaryResponse(body) ? [] : [format(binaryResponse.errors)];
  }
  const validate = ajv.getSchema(`${ID}#/$defs/${name}`);
  if (validate === undefined) throw new Error(`open_inference_rest.yaml has no component schema ${name}`);
  return validate(body) ? [] : [format(validate.errors)];
}

/** Throws, naming every problem, unless `body` is valid as the named component. */
export function expectOipValid(name: OipSchemaName, body: unknown, options: { binary?: boolean } = {}): void {
  const problems = oipProblems(name, body, options);
  if (problems.length > 0) {
    throw new Error(
      `not a valid ${name} under open_inference_rest.yaml: ${problems.join('; ')}\n${JSON.stringify(body)}`,
    );
  }
}

/**
 * Splits an infer response body by its `Inference-Header-Content-Length` (when given), checks the
 * JSON part against `inference_response` (or `inference_error_response` for a non-200 status), and
 * returns the parsed JSON and the binary part.
 */
export function expectOipInferResponse(
  status: number,
  body: Uint8Array,
  headerLength?: string | null,
): { json: Record<string, unknown>; binary: Uint8Array } {
  const length = headerLength === undefined || headerLength === null ? body.length : Number(headerLength);
  const json = JSON.parse(new TextDecoder().decode(body.subarray(0, length))) as Record<string, unknown>;
  if (status === 200)
    expectOipValid('inference_response', json, { binary: length < body.length || headerLength != null });
  else {
    expectOipValid('inference_error_response', json);
    if (typeof json.error !== 'string')
      throw new Error(`error body without an "error" string: ${JSON.stringify(json)}`);
  }
  return { json, binary: body.subarray(length) };
}
