// When a table of legal or calendar facts was last read against its sources, what
// to re-read, and who re-reads it when: facts age (a yearly holiday notice, a new
// hardship standard), and a table nobody re-reads passes old law for current.
import type { Source } from '../legal-basis/legal-basis.js';

export interface DataReview {
  /** The table as core exports it, e.g. "JINING_LEGAL_AID_RULESET". */
  table: string;
  /** YYYY-MM-DD: the day the table was last read against its sources. */
  reviewed: string;
  /** What a reviewer re-reads, and where it is published. */
  sources: readonly Source[];
  /** Who re-reads it, and when: the event that can change it. */
  reReview: { who: string; when: string };
}
