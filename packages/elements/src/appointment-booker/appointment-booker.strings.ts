import type { ServiceCode } from '@plskit/core';
import { localeStrings } from '../locale/locale-strings.js';
import strings from './appointment-booker.strings.zh-CN.js';

export type BookerKey =
  | 'stepOf' | 'back' | 'continue' | 'whereTitle' | 'serviceLabel' | 'regionLabel' | 'centerLabel'
  | 'noCenters' | 'phone' | 'hours' | 'chooseService' | 'chooseCenter' | 'whenTitle' | 'calendarLabel' | 'closedWeekend'
  | 'makeUpDay' | 'full' | 'open' | 'closed' | 'provisional' | 'provisionalNote' | 'slotsTitle' | 'placesLeft'
  | 'chooseDay' | 'chooseSlot' | 'slotTaken' | 'whoTitle' | 'nameLabel' | 'phoneLabel' | 'phoneHint' | 'noteLabel'
  | 'noteHint' | 'nameRequired' | 'phoneInvalid' | 'consentLabel' | 'consentRequired' | 'noticeChanged' | 'errorTitle'
  | 'checkTitle' | 'service' | 'center' | 'time' | 'name' | 'change' | 'book' | 'booking' | 'noResponse' | 'waitRetry'
  | 'doneTitle' | 'reference' | 'copy' | 'copied' | 'bring' | 'addToCalendar' | 'print' | 'manageLinkTitle' | 'manageLinkHint'
  | 'copyLink' | 'manageTitle' | 'status' | 'booked' | 'cancelled' | 'reschedule' | 'cancel'
  | 'confirmCancelTitle' | 'confirmCancel' | 'keep' | 'rescheduleTitle' | 'confirmReschedule' | 'rescheduled'
  | 'notFound' | 'offlineKept' | 'announceBooked' | 'hostTookOver';

export interface BookerText {
  s: Record<BookerKey, string>;
  services: Record<ServiceCode, string>;
  levels: Record<'city' | 'county' | 'township' | 'branch', string>;
  weekdays: readonly string[];
}

/** The booker's words: zh-CN in its code, English imported when first shown. Legal text comes from the API. */
export const bookerText = localeStrings<BookerText>(strings, { en: () => import('./appointment-booker.strings.en.js') });
