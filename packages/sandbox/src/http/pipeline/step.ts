// A pipeline step reads the exchange and either adds to it, sets `reply` to
// answer early, or throws a ProblemError that the one error path turns into
// problem+json. Steps that do not wait return nothing (no promise per step).
import type { Exchange } from './exchange.js';

export type Step = (exchange: Exchange) => void | Promise<void>;

/** Runs the steps in order until one replies, sends, or throws. */
export async function runSteps(exchange: Exchange, steps: readonly Step[]): Promise<void> {
  for (const step of steps) {
    const pending = step(exchange);
    if (pending) await pending;
    if (exchange.reply || exchange.response.headersSent) return;
  }
}
