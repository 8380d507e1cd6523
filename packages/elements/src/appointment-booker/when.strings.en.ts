import type { WhenText } from './when.strings.zh-CN.js';

export default {
  calendarLabel: 'Days you can book',
  closedWeekend: 'Weekend',
  makeUpDay: 'Make-up working day',
  full: 'Fully booked',
  open: 'Open',
  closed: 'Closed',
  provisional: 'provisional',
  provisionalNote: 'The {year} holiday schedule is not published yet: days in {year} follow the statutory holidays and their substitute days and may still change, more than usual in a year whose Mid-Autumn Festival falls within or next to National Day.',
  slotsTitle: 'Times on {date}',
  placesLeft: '{count} left',
  rescheduleTitle: 'Move to another time',
  confirmReschedule: 'Move it',
} satisfies WhenText;
