// Rows of the closures and audit_events tables as both engines read them
// (PostgreSQL's BIGSERIAL arrives as text), and the columns they write.
import type { AuditAction, StoredAuditEvent, StoredClosure } from './staff-store.js';

export interface ClosureSqlRow {
  id: string; center_id: string; day: string; from_time: string | null; to_time: string | null;
  reason_zh: string; reason_en: string; cancelled: number; created_at: string; reopened_at: string | null;
}

export const CLOSURE_COLUMNS = 'id, center_id, day, from_time, to_time, reason_zh, reason_en, cancelled, created_at, reopened_at';

export const closureValues = (c: StoredClosure): unknown[] =>
  [c.id, c.centerId, c.date, c.from, c.to, c.reason['zh-CN'], c.reason.en, c.cancelled, c.createdAt, c.reopenedAt];

export const fromClosureRow = (row: ClosureSqlRow): StoredClosure => ({
  id: row.id, centerId: row.center_id, date: row.day, from: row.from_time, to: row.to_time,
  reason: { 'zh-CN': row.reason_zh, en: row.reason_en }, cancelled: Number(row.cancelled), createdAt: row.created_at, reopenedAt: row.reopened_at,
});

export interface AuditSqlRow {
  seq: number | string; id: string; at: string; actor: string; action: AuditAction; center_id: string | null; day: string | null;
  reference: string | null; refs: string | null; closure_id: string | null; client: string;
}

export const AUDIT_COLUMNS = 'id, at, actor, action, center_id, day, reference, refs, closure_id, client';

export const auditValues = (e: Omit<StoredAuditEvent, 'seq'>): unknown[] =>
  [e.id, e.at, e.actor, e.action, e.centerId, e.date, e.reference, e.references && JSON.stringify(e.references), e.closureId, e.client];

export const fromAuditRow = (row: AuditSqlRow): StoredAuditEvent => ({
  seq: Number(row.seq), id: row.id, at: row.at, actor: row.actor, action: row.action, centerId: row.center_id, date: row.day,
  reference: row.reference, references: row.refs === null ? null : (JSON.parse(row.refs) as string[]), closureId: row.closure_id, client: row.client,
});
