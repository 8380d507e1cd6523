// A phase takes the exchange as the phase before it left it and hands the
// next one more (exchange.ts), or ends the request with a reply of its own (a
// preflight, a kept reply). A problem is thrown as a ProblemError, which the
// one error path (fail.ts) turns into problem+json. The API's phases, in the
// order runApi calls them, are its fields: request checks, routing,
// validation, the handler with its hooks around it, then the reply.
import type { SentReply } from './reply.js';
import type { Checked, Exchange, Routed, Validated } from './exchange.js';

export type Phase<In, Out> = (exchange: In) => Out | SentReply | Promise<Out | SentReply>;

/** Around the handler: `before` may answer in its place (its reply is sent as is), `after` sees the reply the handler made. */
export interface HandlerHook {
  before(exchange: Validated): SentReply | undefined;
  after(exchange: Validated, reply: SentReply): void;
}

export interface ApiPipeline {
  /** Before routing: URL length and Host (414, 421), CORS (403; a preflight is answered), who asks and whether they may (429). */
  requestChecks: Phase<Exchange, Checked>;
  /** The operation (404, 405 with Allow, 400 for a malformed escape), its partner key (401) and injected faults. */
  routing: Phase<Checked, Routed>;
  /** The body read (413, 415, 400) and every part of the request checked against the contract (400), before any hook. */
  validation: Phase<Routed, Validated>;
  hooks: readonly HandlerHook[];
  handler: (exchange: Validated) => SentReply | Promise<SentReply>;
}

const isReply = (value: object): value is SentReply => 'status' in value;

/** The reply to an API request, made by the pipeline's phases in their order. */
export async function runApi(pipeline: ApiPipeline, exchange: Exchange): Promise<SentReply> {
  const checked = await pipeline.requestChecks(exchange);
  if (isReply(checked)) return checked;
  const routed = await pipeline.routing(checked);
  if (isReply(routed)) return routed;
  const validated = await pipeline.validation(routed);
  if (isReply(validated)) return validated;
  for (const hook of pipeline.hooks) {
    const early = hook.before(validated);
    if (early) return early;
  }
  const reply = await pipeline.handler(validated);
  for (const hook of pipeline.hooks) hook.after(validated, reply);
  return reply;
}
