// Fault injection for demos and tests: "latency=800;status=503;error-rate=0.5",
// per request (X-Plskit-Fault header) or per process (the `faults` option or
// PLSKIT_FAULTS). Off unless asked for.
export interface FaultSpec {
  /** Delay before the request is handled, in ms. */
  latency?: number;
  /** The status an injected failure answers with (default 503). */
  status?: number;
  /** Probability of failing, 0..1; with only `status` set, every request fails. */
  errorRate?: number;
}

export const MAX_INJECTED_LATENCY_MS = 30_000;

export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

export function parseFaultSpec(text: string): FaultSpec {
  const spec: FaultSpec = {};
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [key, raw] = part.split('=').map((s) => s.trim());
    const value = Number(raw);
    if (raw === undefined || raw === '' || !Number.isFinite(value)) throw new FaultSpecError(`"${key}" needs a number`);
    if (key === 'latency' && value >= 0 && value <= MAX_INJECTED_LATENCY_MS) spec.latency = value;
    else if (key === 'status' && Number.isInteger(value) && value >= 400 && value <= 599) spec.status = value;
    else if (key === 'error-rate' && value >= 0 && value <= 1) spec.errorRate = value;
    else throw new FaultSpecError(`"${key}=${raw}" is not a known fault or is out of range`);
  }
  return spec;
}

/** The request's spec overrides the process's, field by field. */
export function mergeFaults(process: FaultSpec | undefined, request: FaultSpec | undefined): FaultSpec {
  return { ...process, ...request };
}

/** The status to fail with, or null to go on normally. */
export function injectedFailure(spec: FaultSpec, random: () => number = Math.random): number | null {
  const rate = spec.errorRate ?? (spec.status !== undefined ? 1 : 0);
  if (rate <= 0 || random() >= rate) return null;
  return spec.status ?? 503;
}
