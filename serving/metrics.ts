/**
 * The server's Prometheus metrics. Each server owns its own prom-client Registry (never the global
 * one), so two servers in one process (tests, a blue-green pair) never share or clash over series.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The series one (model, version) pair writes on every request, looked up once. */
interface RequestSeries {
  readonly latency: ReturnType<Histogram<'model' | 'version'>['labels']>;
  readonly byStatus: Map<number, ReturnType<Counter<'model' | 'version' | 'status'>['labels']>>;
}

/** The metrics of one model server. */
export class ServerMetrics {
  /** The registry `/metrics` renders. */
  readonly registry = new Registry();
  /** Infer requests by model, version and HTTP status. */
  readonly requests = new Counter({
    name: 'modelship_infer_requests_total',
    help: 'Inference requests by model, version and HTTP status.',
    labelNames: ['model', 'version', 'status'] as const,
    registers: [this.registry],
  });
  /** Infer latency, from the request's first byte to the response's last. */
  readonly latency = new Histogram({
    name: 'modelship_infer_duration_seconds',
    help: 'Inference request latency in seconds, by model and version.',
    labelNames: ['model', 'version'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  /** Requests each ONNX Runtime run carried (1 alone; more when micro-batched). */
  readonly batchRequests = new Histogram({
    name: 'modelship_infer_batch_requests',
    help: 'Inference requests carried by each ONNX Runtime run, by model and version (micro-batching).',
    labelNames: ['model', 'version'] as const,
    buckets: [1, 2, 4, 8, 16, 32, 64, 128],
    registers: [this.registry],
  });
  /** Requests being served now. */
  readonly inFlight = new Gauge({
    name: 'modelship_infer_in_flight',
    help: 'Inference requests in flight.',
    registers: [this.registry],
  });
  /** How long loading a version took (download, verification, session, warm-up). */
  readonly loadSeconds = new Gauge({
    name: 'modelship_model_load_seconds',
    help: 'Seconds the last load of each model version took (download, sha256 checks, session, warm-up).',
    labelNames: ['model', 'version'] as const,
    registers: [this.registry],
  });
  /** The share of traffic the canary gets now (0 when there is none). */
  readonly canaryWeight = new Gauge({
    name: 'modelship_canary_weight_percent',
    help: 'Percent of inference traffic routed to the canary version (0 without a canary).',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  /** Predictions written to the prediction log. */
  readonly logged = new Counter({
    name: 'modelship_prediction_log_rows_total',
    help: 'Rows written to the prediction log.',
    registers: [this.registry],
  });

  private readonly series = new Map<string, RequestSeries>();

  /**
   * Counts one answered infer request and its latency. The labelled children are cached per model,
   * version and status: prom-client would otherwise hash a fresh label object on every request.
   */
  countRequest(model: string, version: string, status: number, seconds: number): void {
    const key = `${model}\u0000${version}`;
    let series = this.series.get(key);
    if (series === undefined) {
      series = { latency: this.latency.labels(model, version), byStatus: new Map() };
      this.series.set(key, series);
    }
    let counter = series.byStatus.get(status);
    if (counter === undefined) {
      counter = this.requests.labels(model, version, String(status));
      series.byStatus.set(status, counter);
    }
    counter.inc();
    series.latency.observe(seconds);
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
