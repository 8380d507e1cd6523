import type { ApiProblem } from '../api/api-problem.js';

/** Where a request-driven view stands. `loading` keeps the previous value so nothing jumps. */
export type AsyncState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; problem: ApiProblem };

/** Which message a failure deserves: offline, not configured, or generic. */
export function problemKind(problem: ApiProblem): 'offline' | 'not-configured' | 'rate-limited' | 'failed' {
  if (problem.code === 'offline' || (problem.unreachable && globalThis.navigator?.onLine === false)) return 'offline';
  if (problem.code === 'not-configured') return 'not-configured';
  if (problem.code === 'rate-limited' || problem.status === 429) return 'rate-limited';
  return 'failed';
}
