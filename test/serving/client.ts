/**
 * A test client of the model server: sends infer requests encoded by shared/serve's codec (JSON, or
 * binary as Triton's Python client sends them), checks every response against
 * open_inference_rest.yaml (test/helpers/oip-schema.ts), and returns what came back.
 */
import { decodeInferResponse, encodeInferRequest, INFERENCE_HEADER } from '../../shared/serve/codec.js';
import type { InferRequest, InferResponse } from '../../shared/serve/protocol.js';
import { expectOipInferResponse, expectOipValid } from '../helpers/oip-schema.js';

/** One answered infer request. */
export interface Answer {
  readonly status: number;
  /** The decoded response (200 only). */
  readonly response?: InferResponse;
  /** The error message (non-200). */
  readonly error?: string;
  readonly headers: Headers;
  /** The JSON part of the body, as sent. */
  readonly json: Record<string, unknown>;
}

/** A request of batch rows of 4 float32 features. */
export function featureRequest(rows: readonly (readonly number[])[], extra: Partial<InferRequest> = {}): InferRequest {
  return {
    inputs: [{ name: 'features', datatype: 'FP32', shape: [rows.length, 4], data: Float32Array.from(rows.flat()) }],
    binaryDataOutput: false,
    ...extra,
  };
}

/** POSTs `body` to `path` and checks the answer against the OIP schema. */
export async function postInfer(
  url: string,
  body: Uint8Array | string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  path = '/v2/models/churn/infer',
): Promise<Answer> {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers, body: body as unknown as BodyInit });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const headerLength = res.headers.get(INFERENCE_HEADER);
  const { json } = expectOipInferResponse(res.status, bytes, headerLength);
  if (res.status !== 200) return { status: res.status, error: json.error as string, headers: res.headers, json };
  return { status: res.status, response: decodeInferResponse(bytes, headerLength), headers: res.headers, json };
}

/** Sends a decoded request, as JSON or (`binary`) as Triton's Python client does by default. */
export async function infer(
  url: string,
  request: InferRequest,
  options: { binary?: boolean; path?: string } = {},
): Promise<Answer> {
  const encoded = encodeInferRequest(request, { binaryInputs: options.binary ?? false });
  return postInfer(url, encoded.body, { ...encoded.headers }, options.path);
}

/** GETs a JSON endpoint; checks metadata bodies against the OIP schema. */
export async function getJson(url: string, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}${path}`);
  const body = (await res.json()) as Record<string, unknown>;
  if (path === '/v2')
    expectOipValid(res.status === 200 ? 'metadata_server_response' : 'metadata_server_error_response', body);
  else if (/^\/v2\/models\/[^/]+(\/versions\/[^/]+)?$/.test(path)) {
    expectOipValid(res.status === 200 ? 'metadata_model_response' : 'metadata_model_error_response', body);
  }
  return { status: res.status, body };
}

/** Calls the admin API. */
export async function admin(
  url: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/admin${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
