// Replies of public directory and reference reads that do not depend on who
// asks: the same (operation, query, language, Shanghai date) gets the same
// reply object while the directory is unchanged, so a repeated read skips
// validation, the handler and its query, and (the reply step keeps the
// serialized body, its hash and compressed copies per object) serializing
// and compressing. A change of the directory's version (an import, seeding,
// another process's write) drops every kept reply before the next lookup.
// Appointments and anything personal are never kept: only the operations
// listed here are, and only their 200 replies.
import { shanghaiDate } from '@plskit/core';
import type { Clock } from '../../clock.js';
import type { Exchange } from './exchange.js';
import type { SentReply } from './reply.js';
import type { Step } from './step.js';

/** Public reads whose reply depends only on the query, the language, the date and the directory. */
export const CACHED_OPERATIONS: ReadonlySet<string> = new Set([
  'listRegions', 'listPracticeAreas', 'searchLawyers', 'getLawyer', 'searchLawFirms', 'getLawFirm', 'getLegalAidRules',
]);

export const MAX_CACHED_REPLIES = 256;

export interface ReplyCache {
  /** Answers from the cache when it holds the request's reply (runs after route, before validate). */
  lookup: Step;
  /** Keeps a 200 reply of a cached operation that `lookup` missed (call after the handler). */
  remember: (exchange: Exchange) => void;
  readonly size: number;
}

export function replyCache(directoryVersion: () => unknown, clock: Clock, max = MAX_CACHED_REPLIES): ReplyCache {
  const replies = new Map<string, SentReply>();
  let seenVersion = directoryVersion();
  // the version a missed request was looked up under: its reply is kept only
  // if the directory is still at that version once the handler has read it
  const missed = new WeakMap<Exchange, { key: string; version: unknown }>();
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
    lookup: (exchange) => {
      const key = keyOf(exchange);
      if (key === undefined) return;
      const version = directoryVersion();
      if (version !== seenVersion) {
        seenVersion = version;
        replies.clear();
      }
      const reply = replies.get(key);
      if (!reply) {
        missed.set(exchange, { key, version });
        return;
      }
      // least recently used goes first: a hit moves to the end
      replies.delete(key);
      replies.set(key, reply);
      exchange.reply = reply;
    },
    remember: (exchange) => {
      const { reply } = exchange;
      if (!reply || reply.status !== 200 || reply.problem) return;
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
