// Replies of public directory and reference reads that do not depend on who
// asks: the same (operation, query, language, Shanghai date) gets the same
// reply object while the directory is unchanged, so a repeated read skips the
// handler and its query, and (the reply step keeps the serialized body, its
// hash and compressed copies per object) serializing and compressing. It is
// one hook pair around the handler: a request reaches it only once it passed
// validation, so a kept reply answers exactly the requests the handler would. A change of the directory's version (an import, seeding,
// another process's write) drops every kept reply before the next lookup.
// Appointments and anything personal are never kept: only the operations
// listed here are, and only their 200 replies.
import { shanghaiDate } from '@plskit/core';
import type { Clock } from '../../clock.js';
import type { Exchange, Validated } from './exchange.js';
import type { HandlerHook } from './phase.js';
import type { SentReply } from './reply.js';

/** Public reads whose reply depends only on the query, the language, the date and the directory. */
export const CACHED_OPERATIONS: ReadonlySet<string> = new Set([
  'listRegions', 'listPracticeAreas', 'searchLawyers', 'getLawyer', 'searchLawFirms', 'getLawFirm', 'getLegalAidRules',
  'listServicePoints', 'getServicePoint',
]);

export const MAX_CACHED_REPLIES = 256;

/** `before` answers with a kept reply; `after` keeps a 200 reply of a cached operation that `before` missed. */
export interface ReplyCache extends HandlerHook {
  readonly size: number;
}

export function replyCache(directoryVersion: () => unknown, clock: Clock, max = MAX_CACHED_REPLIES): ReplyCache {
  const replies = new Map<string, SentReply>();
  let seenVersion = directoryVersion();
  // the version a missed request was looked up under: its reply is kept only
  // if the directory is still at that version once the handler has read it
  const missed = new WeakMap<Validated, { key: string; version: unknown }>();
  // the Shanghai date, worked out again only when the day changes
  let today = { date: '', from: 0, until: 0 };
  const dateNow = (): string => {
    const now = clock();
    const ms = now.getTime();
    if (ms < today.from || ms >= today.until) {
      const date = shanghaiDate(now);
      const from = Date.parse(`${date}T00:00:00+08:00`);
      today = { date, from, until: from + 86_400_000 };
    }
    return today.date;
  };
  const keyOf = (exchange: Exchange): string | undefined => {
    const { route, method } = exchange;
    if (method !== 'GET' || !route || !CACHED_OPERATIONS.has(route.operationId)) return undefined;
    return `${route.operationId}\u0000${exchange.path}\u0000${exchange.rawQuery}\u0000${exchange.locale}\u0000${dateNow()}`;
  };
  return {
    before: (exchange) => {
      const key = keyOf(exchange);
      if (key === undefined) return undefined;
      const version = directoryVersion();
      if (version !== seenVersion) {
        seenVersion = version;
        replies.clear();
      }
      const reply = replies.get(key);
      if (!reply) {
        missed.set(exchange, { key, version });
        return undefined;
      }
      // least recently used goes first: a hit moves to the end
      replies.delete(key);
      replies.set(key, reply);
      return reply;
    },
    after: (exchange, reply) => {
      if (reply.status !== 200 || reply.problem) return;
      const miss = missed.get(exchange);
      if (!miss || miss.version !== seenVersion || miss.version !== directoryVersion()) return;
      const { key } = miss;
      if (replies.size >= max) replies.delete(replies.keys().next().value as string);
      replies.set(key, reply);
    },
    get size() {
      return replies.size;
    },
  };
}
