// When a work order is due, in working days on the city's calendar: a
// question by the last day of its time limit, a call-back on the day the
// resident chose among the working days its time limit offers.
import { DEFAULT_HOLIDAY_CALENDAR, type HolidayCalendar } from '../calendar/day-status.js';
import { addWorkingDays, workingDaysAfter } from '../calendar/working-days.js';
import type { CallbackWindow, WorkOrderKind } from './work-order.js';
import { DEFAULT_WORK_ORDER_DUE_DAYS, type WorkOrderDueDays } from './work-order-time-limits.data.js';

/** The days a call-back may be asked for when asked on `today`: the working days of its time limit. */
export function callbackDays(today: string, dueDays: WorkOrderDueDays = DEFAULT_WORK_ORDER_DUE_DAYS, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): string[] {
  return workingDaysAfter(today, dueDays.callback, calendar);
}

/** The last day (YYYY-MM-DD, Asia/Shanghai) of a work order received on `receivedOn`. */
export function workOrderDueBy(
  order: { kind: WorkOrderKind; callbackWindow?: CallbackWindow | null }, receivedOn: string,
  dueDays: WorkOrderDueDays = DEFAULT_WORK_ORDER_DUE_DAYS, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): string {
  if (order.kind === 'callback' && order.callbackWindow) return order.callbackWindow.date;
  return addWorkingDays(receivedOn, dueDays[order.kind], calendar);
}
