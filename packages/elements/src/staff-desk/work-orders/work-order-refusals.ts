// The refusals the work-order screens say in words of their own (the
// contract's codes); the desk says the sign-in ones and the kit the rest.
export const WORK_ORDER_REFUSALS = ['work-order-closed', 'work-order-answered', 'staff-forbidden', 'not-found', 'work-order-limit-reached',
  'work-order-not-assigned'] as const;
export type WorkOrderRefusal = (typeof WORK_ORDER_REFUSALS)[number];

export const workOrderRefusalOf = (code: string): WorkOrderRefusal | undefined =>
  (WORK_ORDER_REFUSALS as readonly string[]).find((known) => known === code) as WorkOrderRefusal | undefined;
