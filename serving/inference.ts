/**
 * The inference path: body → shared/serve codec → the version the traffic split picks → tensor
 * mapping onto the model's ONNX signature → the version's run queue (micro-batcher.ts: alone when the
 * session is idle, else in the next batch) → mapping back → codec → response. Around
 * it, the bookkeeping each answered request owes: metrics by model, version and status, the canary's
 * observation, the prediction log's sampled rows, the shadow's mirrored copy. Every protocol error
 * is answered here, so the status counted is the status sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isUserError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { featureColumnsFromMetadata } from '../shared/onnx/index.js';
import { decodeInferRequest, encodeInferResponse, INFERENCE_HEADER } from '../shared/serve/codec.js';
import {
  BINARY_TENSOR_EXTENSION,
  isProtocolError,
  ProtocolError,
  type InferRequest,
  type ModelMetadata,
  type ServerMetadata,
  type Tensor,
} from '../shared/serve/protocol.js';
import { mapInputs, modelMetadata, outputsFromOrt } from '../shared/serve/tensor-map.js';
import type { CanaryRun } from './canary-run.js';
import { HttpError, readBody, sendError } from './http-io.js';
import type { ServerMetrics } from './metrics.js';
import type { Arm, ModelSlot } from './model-slot.js';
import type { PredictionLog } from './prediction-log.js';
import { predictionRows } from './prediction-rows.js';
import { DEFAULT_MAX_BATCH_SIZE, MicroBatcher } from './micro-batcher.js';
import type { ServedVersion } from './served-version.js';
import type { ShadowRun } from './shadow-run.js';

/** The `model` label of requests for a model this server does not serve. */
export const UNKNOWN_LABEL = '(not served)';

/** A model (and optionally version) a request names. */
export interface Target {
  readonly model: string;
  readonly version?: string | undefined;
}

/** What the inference path works with. */
export interface InferenceContext {
  readonly slot: ModelSlot;
  readonly metrics: ServerMetrics;
  readonly logger: Logger;
  readonly random: () => number;
  readonly predictionLog?: PredictionLog;
  /** Most rows one batched session run may carry; 1 turns micro-batching off. Default 64. */
  readonly maxBatchSize?: number;
}

/** The inference endpoints of one server. */
export class Inference {
  /** The running canary, observed on every answered request. */
  canary: CanaryRun | undefined;
  /** The running shadow, mirrored a sample of requests. */
  shadow: ShadowRun | undefined;

  /** The run queue of each served version (micro-batching), made on its first request. */
  private readonly batchers = new WeakMap<ServedVersion, MicroBatcher>();

  constructor(private readonly context: InferenceContext) {}

  /** `GET /v2`. */
  serverMetadata(name: string, version: string): ServerMetadata {
    return { name, version, extensions: [BINARY_TENSOR_EXTENSION] };
  }

  /** The version a metadata or ready request names; 404 for another model or version, 503 before any load. */
  resolve(target: Target): ServedVersion {
    const { slot } = this.context;
    if (target.model !== slot.name) {
      throw new ProtocolError(404, `model \`${target.model}\` is not served here; this server serves \`${slot.name}\``);
    }
    if (target.version !== undefined) {
      const version = slot.byLabel(target.version);
      if (!version) {
        throw new ProtocolError(
          404,
          `version \`${target.version}\` of model \`${slot.name}\` is not loaded; loaded: ${slot.labels().join(', ') || 'none'}`,
        );
      }
      return version;
    }
    if (!slot.stable) throw new ProtocolError(503, `model \`${slot.name}\` has no version loaded yet; it is not ready`);
    return slot.stable;
  }

  /** `GET /v2/models/{m}[/versions/{v}]`. */
  modelMetadata(target: Target): ModelMetadata {
    const version = this.resolve(target);
    return modelMetadata(version.name, this.context.slot.labels(), version.model);
  }

  /**
   * Runs a decoded request on `version` (the caller holds it with `use`) and returns the outputs.
   * The request is mapped and checked on its own (a bad one is a 400 of its own); the run may share
   * a batch with other requests to the same version (micro-batcher.ts).
   */
  async run(version: ServedVersion, request: InferRequest): Promise<readonly Tensor[]> {
    const { model } = version;
    const mapped = mapInputs(model, request);
    let results;
    try {
      results = await this.batcher(version).run(mapped);
    } catch (error) {
      throw new ModelRunError(version, error);
    }
    return outputsFromOrt(model, results, mapped.fetches);
  }

  private batcher(version: ServedVersion): MicroBatcher {
    let batcher = this.batchers.get(version);
    if (batcher === undefined) {
      const runs = this.context.metrics.batchRequests.labels(version.name, version.version);
      batcher = new MicroBatcher(version.model, this.context.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE, (n) =>
        runs.observe(n),
      );
      this.batchers.set(version, batcher);
    }
    return batcher;
  }

  /** `POST /v2/models/{m}[/versions/{v}]/infer`. */
  async infer(target: Target, request: IncomingMessage, response: ServerResponse, maxBodyBytes: number): Promise<void> {
    const { metrics, slot } = this.context;
    const started = performance.now();
    metrics.inFlight.inc();
    let status = 500;
    let served: ServedVersion | undefined;
    let arm: Arm | undefined;
    try {
      const body = await readBody(request, maxBodyBytes);
      const decoded = decodeInferRequest(body, headerOf(request));
      if (target.version !== undefined) {
        served = this.resolve(target);
        arm = served === slot.candidate?.version && slot.candidate.mode === 'canary' ? 'canary' : 'stable';
      } else {
        this.resolve(target);
        const pick = slot.pick(this.context.random())!;
        served = pick.version;
        arm = pick.arm;
      }
      const version = served;
      // `use` counts the request on this version at once, before any await: a switch that
      // happens now lets it finish here.
      const outputs = await version.use(() => this.run(version, decoded));
      const encoded = encodeInferResponse(
        {
          model_name: version.name,
          model_version: version.version,
          ...(decoded.id !== undefined ? { id: decoded.id } : {}),
          outputs,
        },
        decoded,
      );
      response.writeHead(200, { ...encoded.headers, 'content-length': encoded.body.byteLength });
      response.end(encoded.body);
      status = 200;
      this.afterAnswer(version, decoded, outputs, arm);
    } catch (error) {
      status = this.answerError(response, error);
    } finally {
      const seconds = (performance.now() - started) / 1000;
      // Label values come from what is served, never from the URL: a client naming made-up models
      // or versions must not grow the metric's series without bound.
      metrics.countRequest(
        served?.name ?? (target.model === slot.name ? slot.name : UNKNOWN_LABEL),
        served?.version ?? '',
        status,
        seconds,
      );
      metrics.inFlight.dec();
      // Only answers from a model count for the canary: a 4xx is the client's mistake.
      if (arm !== undefined) this.canary?.observe(arm, status < 500, seconds * 1000);
    }
  }

  /** Logs a sample and mirrors to the shadow; never fails the answered request. */
  private afterAnswer(version: ServedVersion, request: InferRequest, outputs: readonly Tensor[], arm: Arm): void {
    const { predictionLog, random, logger } = this.context;
    try {
      if (predictionLog?.sampled()) {
        const features = featureColumnsFromMetadata(version.model.metadata.props)?.columns;
        const rows = predictionRows(request.inputs, outputs, {
          time: new Date(),
          model: version.name,
          version: version.version,
          requestId: request.id,
          ...(features ? { featureNames: features } : {}),
        });
        if (rows) {
          predictionLog.write(rows);
          this.context.metrics.logged.inc(rows.length);
        }
      }
    } catch (error) {
      logger.warn(`could not write the prediction log: ${(error as Error).message}`);
    }
    if (arm === 'stable' && this.shadow?.wants(random())) this.shadow.mirror(request, outputs);
  }

  /** Answers an error and returns the status sent. */
  private answerError(response: ServerResponse, error: unknown): number {
    if (error instanceof HttpError) {
      if (error.status === 413) response.setHeader('connection', 'close');
      sendError(response, error.status, error.message);
      return error.status;
    }
    if (isProtocolError(error)) {
      sendError(response, error.status, error.message);
      return error.status;
    }
    if (isUserError(error)) {
      sendError(response, 400, error.message);
      return 400;
    }
    if (error instanceof ModelRunError) {
      this.context.logger.warn(error.message);
      sendError(response, 500, error.message);
      return 500;
    }
    this.context.logger.error(`internal error in infer: ${(error as Error)?.stack ?? String(error)}`);
    sendError(response, 500, 'internal error in the model server (details are in its log)');
    return 500;
  }
}

/** ONNX Runtime failed to run a request the protocol accepted: a fault of the model version (500). */
export class ModelRunError extends Error {
  constructor(version: ServedVersion, cause: unknown) {
    const detail = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0]!.trim();
    super(`${version.toString()} failed to run this request: ${detail}`, { cause });
  }
}

function headerOf(request: IncomingMessage): string | undefined {
  const value = request.headers[INFERENCE_HEADER];
  return Array.isArray(value) ? value[0] : value;
}
