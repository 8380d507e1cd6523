// Availability, booking, and managing one booking with its secret token.
// Calendars, slots, contact validation and masking come from @plskit/core (via
// the ports below), so the browser and the server agree on every slot.
import { addDays, shanghaiDate, shanghaiDateTime, type CalendarDay, type Locale, type PrivacyNotice } from '@plskit/core';
import type { Clock } from '../clock.js';
import type { AppointmentStore, ManageOutcome, SlotClaim, StoredAppointment } from '../store/appointment-store.js';
import type { DirectoryStore, ServiceCenterRow } from '../store/directory-store.js';
import type { ContactVault } from '../store/sealed-contact.js';
import { slotClosed } from '../store/staff-decisions.js';
import type { StaffAction, StoredClosure } from '../store/staff-store.js';
import { ProblemError, type ContractOperations, type OperationReply, type OperationRequest, type ShellRequest } from './operation.js';
import { header, idempotencyClaim, invalidField, requireCurrentNotice } from './resident-request.js';
import { requireGrant, staffOf } from './staff-request.js';

/** What the sandbox needs of the calendar engine in @plskit/core. */
export interface SlotCalendar {
  day(center: ServiceCenterRow, service: string, date: string): CalendarDay;
}

/** What the sandbox needs of the contact validators and masks in @plskit/core (a booking is masked when it is stored; a work order when it is shown). */
export interface ContactRules {
  isValidPhone(phone: string): boolean;
  maskName(name: string): string;
  maskPhone(phone: string): string;
}

/** What the operator asks of a booking's resident (PLSKIT_PHONE_VERIFICATION, PLSKIT_MAX_ACTIVE_BOOKINGS_PER_PHONE). */
export interface BookingRules {
  /** A booking carries a confirmed number's token (the privacy notice then says so). */
  phoneVerification: boolean;
  /** Future bookings one number may hold; undefined: no limit. */
  maxActivePerPhone: number | undefined;
  /** The hotline residents are told to call (PLSKIT_HOTLINE). */
  hotlineNumber: string;
}

export interface AppointmentDependencies {
  directory: DirectoryStore;
  appointments: AppointmentStore;
  clock: Clock;
  calendar: SlotCalendar;
  contactRules: ContactRules;
  privacyNotice: PrivacyNotice;
  bookingRules: BookingRules;
  /** Keys the idempotency record's hash of the body (it holds a name and a number). */
  vault: ContactVault;
  /** The center's closures in force from one date to another (staff close a day or part of one). */
  closures(centerId: string, from: string, to: string): Promise<StoredClosure[]>;
}

/** A booking as staff see it: the contact details in full (their work needs them; each read is audited). */
export const rosterEntry = (a: StoredAppointment) => ({
  reference: a.reference, status: a.status, service: a.service, slot: a.slot, channel: a.channel,
  contact: { name: a.contact.name, phone: a.contact.phone }, ...(a.note ? { note: a.note } : {}), createdAt: a.createdAt, updatedAt: a.updatedAt,
});

/** The furthest ahead a resident can look or book. */
export const BOOKING_HORIZON_DAYS = 60;
const MAX_AVAILABILITY_DAYS = 31;

/** The refusal of one booking too many for a number: the limit, and how to free a place for another. */
const bookingLimitProblem = (max: number, hotlineNumber: string): ProblemError => new ProblemError(409, 'booking-limit-reached', undefined, {
  'zh-CN': `这个手机号已有 ${max} 个尚未到期的预约，每个号码最多 ${max} 个。如需另约，请先用预约成功时得到的管理链接（或拨打 ${hotlineNumber}）取消其中一个，再重新预约。`,
  en: `This mobile number already holds ${max} visits not yet made, the most one number may hold. To book another, first cancel one with the manage link you got when you booked it (or call ${hotlineNumber}), then book again.`,
}, undefined, { limit: max });
/** A closure as the calendar shows it: the closed time (none for the whole day) and why. */
const dayClosure = (closure: StoredClosure) =>
  ({ ...(closure.from ? { from: closure.from } : {}), ...(closure.to ? { to: closure.to } : {}), reason: closure.reason });

type AppointmentOperationId = 'getAppointmentPrivacyNotice' | 'getAvailability' | 'bookAppointment' | 'getAppointment' | 'cancelAppointment' | 'rescheduleAppointment'
  | 'createStaffAppointment';

/** A hotline operator booking for a caller: the audit event names them, and their Idempotency-Keys are their own. */
interface HotlineBooking {
  action: StaffAction;
  scope: string;
}

export function appointmentOperations(deps: AppointmentDependencies): Pick<ContractOperations, AppointmentOperationId> {
  const { directory, appointments, calendar, contactRules, privacyNotice, closures, bookingRules, vault } = deps;

  const centerOffering = async (centerId: string, service: string, locale: Locale, fieldPrefix = '/'): Promise<ServiceCenterRow> => {
    const center = await directory.serviceCenter(centerId);
    if (!center) throw invalidField(locale, fieldPrefix === '/' ? '/center' : 'center', 'not-found');
    if (!center.services.includes(service as never)) throw invalidField(locale, fieldPrefix === '/' ? '/service' : 'service', 'not-offered');
    return center;
  };

  /** The slot that starts at `slotStart`, if it exists, is in the future and in the horizon. */
  const claimSlot = (center: ServiceCenterRow, service: string, slotStart: string, now: Date): SlotClaim | null => {
    const instant = new Date(slotStart);
    if (Number.isNaN(instant.getTime()) || instant.getTime() <= now.getTime()) return null;
    const date = shanghaiDate(instant);
    if (date > addDays(shanghaiDate(now), BOOKING_HORIZON_DAYS)) return null;
    const slot = calendar.day(center, service, date).slots.find((s) => new Date(s.start).getTime() === instant.getTime());
    return slot ? { centerId: center.id, service, start: slot.start, end: slot.end, capacity: slot.capacity } : null;
  };

  const view = (appointment: StoredAppointment, manageToken?: string) => ({
    reference: appointment.reference,
    ...(manageToken ? { manageToken } : {}),
    status: appointment.status,
    center: appointment.centerId,
    service: appointment.service,
    slot: appointment.slot,
    // masked when stored: what a resident is shown is all a resident's read has
    contact: appointment.contact,
    privacyNotice: appointment.privacyNotice,
    createdAt: shanghaiDateTime(new Date(appointment.createdAt)),
  });

  const managed = (outcome: ManageOutcome) => {
    switch (outcome.kind) {
      case 'ok': return { status: 200, body: view(outcome.appointment) };
      case 'manage-token-invalid': throw new ProblemError(403, 'manage-token-invalid');
      case 'appointment-cancelled': throw new ProblemError(409, 'appointment-cancelled');
      case 'appointment-settled': throw new ProblemError(409, 'appointment-settled');
      case 'slot-full': throw new ProblemError(409, 'slot-full');
      case 'slot-closed': throw new ProblemError(409, 'slot-unavailable');
    }
  };

  const token = (request: ShellRequest): string => header(request, 'x-manage-token') ?? '';

  /** Checks and books, whoever books: a resident on the web, or the hotline for a caller. */
  const place = async (request: OperationRequest<'bookAppointment' | 'createStaffAppointment'>, hotline?: HotlineBooking): Promise<OperationReply> => {
    const { locale, now } = request;
    const { body } = request;
    const center = await centerOffering(body.center, body.service, locale);
    if (!contactRules.isValidPhone(body.contact.phone)) throw invalidField(locale, '/contact/phone', 'invalid');
    if (body.consent.agreed !== true) throw invalidField(locale, '/consent/agreed', 'required');
    requireCurrentNotice(privacyNotice, body.consent.privacyNotice, locale);
    // a caller speaks with the operator, who takes the number: only the web's bookings carry a texted code
    const phoneVerification = hotline || !bookingRules.phoneVerification ? undefined : (body as { phoneVerification?: string }).phoneVerification;
    if (!hotline && bookingRules.phoneVerification && phoneVerification === undefined) throw new ProblemError(403, 'phone-verification-required');
    const slot = claimSlot(center, body.service, body.slotStart, now);
    if (!slot) throw new ProblemError(409, 'slot-unavailable');
    const outcome = await appointments.book(
      {
        slot, contact: body.contact, privacyNotice: body.consent.privacyNotice, locale, now: shanghaiDateTime(now),
        ...(body.note !== undefined ? { note: body.note } : {}), ...(hotline ? { channel: 'hotline' as const } : {}),
        ...(phoneVerification !== undefined ? { phoneVerification } : {}),
        // the limit is the number's, whoever books for it
        ...(bookingRules.maxActivePerPhone !== undefined ? { maxActivePerPhone: bookingRules.maxActivePerPhone } : {}),
      },
      idempotencyClaim(request, vault, hotline?.scope),
      // the caller's confirmation message carries the booking; the operator's reply is the roster's row,
      // masked like every kept reply (the roster opens the contact, audited)
      (appointment, manageToken) => ({ status: 201, body: hotline ? rosterEntry(appointment) : view(appointment, manageToken) }),
      hotline?.action,
    );
    switch (outcome.kind) {
      case 'booked': return { status: outcome.reply.status, body: outcome.reply.body };
      case 'replayed': return { status: outcome.reply.status, body: outcome.reply.body, headers: { 'Idempotent-Replayed': 'true' } };
      case 'slot-full': throw new ProblemError(409, 'slot-full');
      case 'slot-closed': throw new ProblemError(409, 'slot-unavailable');
      case 'idempotency-key-reused': throw new ProblemError(422, 'idempotency-key-reused');
      case 'phone-verification-invalid': throw new ProblemError(403, 'phone-verification-invalid');
      case 'booking-limit-reached': throw bookingLimitProblem(outcome.max, bookingRules.hotlineNumber);
    }
  };

  return {
    getAppointmentPrivacyNotice: () => ({ status: 200, body: privacyNotice }),

    getAvailability: async ({ query, locale, now }) => {
      const { service } = query;
      const center = await centerOffering(query.center, service, locale, 'query');
      const today = shanghaiDate(now);
      const from = query.from ?? today;
      const to = query.to ?? addDays(from, 13);
      if (to < from) throw invalidField(locale, 'to', 'range');
      if (addDays(from, MAX_AVAILABILITY_DAYS - 1) < to) throw invalidField(locale, 'to', 'range');
      const [taken, closed] = await Promise.all([appointments.takenPlaces(center.id, service, from, addDays(to, 1)), closures(center.id, from, to)]);
      const horizon = addDays(today, BOOKING_HORIZON_DAYS);
      const days = [];
      for (let date = from; date <= to; date = addDays(date, 1)) {
        const day = calendar.day(center, service, date);
        const closedThatDay = closed.filter((closure) => closure.date === date);
        // staff closed the whole of an open day: closed like a holiday, with their reason
        const wholeDay = day.status === 'open' && closedThatDay.some((c) => !c.from && !c.to);
        days.push({
          date,
          status: wholeDay ? 'closed-by-center' : day.status,
          ...(day.holiday ? { holiday: day.holiday } : {}),
          ...(day.makeUpWorkday ? { makeUpWorkday: true } : {}),
          provisional: day.provisional,
          ...(closedThatDay.length ? { closures: closedThatDay.map(dayClosure) } : {}),
          slots: wholeDay ? [] : day.slots.map((slot) => {
            // past slots, slots beyond the horizon and closed ones are shown, but have no places
            const bookable = new Date(slot.start).getTime() > now.getTime() && date <= horizon && !slotClosed(closedThatDay, slot);
            return {
              start: slot.start, end: slot.end, capacity: slot.capacity,
              remaining: bookable ? Math.max(0, slot.capacity - (taken.get(slot.start) ?? 0)) : 0,
            };
          }),
        });
      }
      return { status: 200, body: { center: center.id, service, days } };
    },

    bookAppointment: (request) => place(request),

    createStaffAppointment: async (request) => {
      const { member, action } = staffOf(request);
      requireGrant(member, 'appointments-book');
      return place(request, { action, scope: `hotline-booking\n${member.sub}\n` });
    },

    getAppointment: async (request) => managed(await appointments.get(request.params.reference, token(request))),

    cancelAppointment: async (request) =>
      managed(await appointments.cancel(request.params.reference, token(request), shanghaiDateTime(request.now))),

    rescheduleAppointment: async (request) => {
      const { reference } = request.params;
      const current = await appointments.get(reference, token(request));
      if (current.kind !== 'ok') return managed(current);
      const center = await directory.serviceCenter(current.appointment.centerId) as ServiceCenterRow;
      const slot = claimSlot(center, current.appointment.service, request.body.slotStart, request.now);
      if (!slot) throw new ProblemError(409, 'slot-unavailable');
      return managed(await appointments.reschedule(reference, token(request), slot, shanghaiDateTime(request.now)));
    },
  };
}
