// Injected latency and failures (demos, tests): the process's spec, overridden
// per request by X-Plskit-Fault when that header is switched on. A failure that
// a client should retry (429, 503) says when, as a real one would.
import { ProblemError } from '../../operations/operation.js';
import { FaultSpecError, injectedFailure, mergeFaults, parseFaultSpec, type FaultSpec } from '../faults.js';
import { fieldMessage } from '../../operations/field-error.js';
import { header, type Routed } from './exchange.js';

const RETRYABLE = new Set([429, 503]);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function faultsOf(exchange: Routed, process: FaultSpec | undefined, honourHeader: boolean): FaultSpec | undefined {
  const sent = honourHeader ? header(exchange.request, 'x-plskit-fault') : undefined;
  if (sent === undefined) return process;
  try {
    return mergeFaults(process, parseFaultSpec(sent));
  } catch (error) {
    if (!(error instanceof FaultSpecError)) throw error;
    throw new ProblemError(400, 'validation-failed', [
      { field: 'X-Plskit-Fault', code: 'pattern', message: fieldMessage('pattern', exchange.locale) },
    ]);
  }
}

function fail(exchange: Routed, spec: FaultSpec): void {
  const status = injectedFailure(spec);
  if (status === null) return;
  exchange.log({ level: 'warn', event: 'fault-injected', route: exchange.route.template, status });
  throw new ProblemError(status, 'fault-injected', undefined, undefined, RETRYABLE.has(status) ? { 'Retry-After': '1' } : undefined);
}

export function faults(process: FaultSpec | undefined, honourHeader: boolean): (exchange: Routed) => void | Promise<void> {
  return (exchange) => {
    const spec = faultsOf(exchange, process, honourHeader);
    if (!spec) return;
    if (!spec.latency) return fail(exchange, spec);
    return delay(spec.latency).then(() => fail(exchange, spec));
  };
}
