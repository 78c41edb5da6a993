// OpenTelemetry traces, only when an exporter is configured through the standard variables
// (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; OTEL_TRACES_EXPORTER=none or
// OTEL_SDK_DISABLED=true turn it off). Otherwise the SDK is not even loaded and nothing is recorded.
// Spans: one per GraphQL operation, with a child per Cypher statement (see operation-log.ts).
import type { Tracer } from '@opentelemetry/api';

export interface Tracing {
  tracer: Tracer;
  /** Sends what is buffered; called on shutdown and by tests. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
  endpoint: string;
}

export function tracingEndpoint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.OTEL_SDK_DISABLED === 'true' || env.OTEL_TRACES_EXPORTER === 'none') return undefined;
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces`;
  return undefined;
}

export async function startTracing(env: NodeJS.ProcessEnv = process.env): Promise<Tracing | undefined> {
  const endpoint = tracingEndpoint(env);
  if (endpoint === undefined) return undefined;
  // Loaded on demand: a deployment without a collector pays nothing for the SDK.
  const [{ BasicTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { resourceFromAttributes }] = await Promise.all([
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
  ]);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? 'khorasan-graph' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }))],
  });
  return {
    tracer: provider.getTracer('khorasan-graph'),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
    endpoint,
  };
}
