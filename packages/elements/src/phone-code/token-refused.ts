// Apart from the code step's other decisions: the widgets' first chunks need
// this one only, and the rest stays in the step's own chunk.
import type { ApiProblem } from '../api/api-problem.js';

/** A booking (or work order) refused for its token: it expired, was used, or was missing; the number is confirmed again. */
export const tokenRefused = (problem: ApiProblem): boolean =>
  problem.status === 403 && (problem.code === 'phone-verification-invalid' || problem.code === 'phone-verification-required');
