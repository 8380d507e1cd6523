// An event as the contract's `webhooks:` define it: { id, type, created, data }.
// The types come from the generated contract, so the server cannot send a
// payload the contract does not describe; a type the contract adds is one
// entry in EVENT_TYPES (the compiler asks for it) and one place that writes it.
import { randomInt } from 'node:crypto';
import type { components, webhooks } from '../generated/contract.js';

type RequestOf<K extends keyof webhooks> = webhooks[K]['post']['requestBody']['content']['application/json'];

/** The residents' text message to the SMS gateway: the one webhook that is not an event. */
export type SmsNotification = RequestOf<'sms-notification'>;
export type SmsTemplateName = SmsNotification['template'];

export type EventType = Exclude<keyof webhooks, 'sms-notification'>;
export type PlskitEvent<T extends EventType = EventType> = { [K in T]: RequestOf<K> }[T];
export type EventData<T extends EventType> = PlskitEvent<T>['data'];
export type EventAppointment = components['schemas']['EventAppointment'];
export type EventWorkOrder = components['schemas']['EventWorkOrder'];
export type EventClosure = components['schemas']['EventClosure'];

/** Every event type the API sends, in the order the docs list them. */
export const EVENT_TYPES = [
  'appointment.booked', 'appointment.rescheduled', 'appointment.cancelled',
  'work-order.created', 'work-order.assigned', 'work-order.replied', 'work-order.closed',
  'appointment.checked-in', 'appointment.no-show', 'appointment.cancelled-by-center', 'center.closed', 'center.reopened',
  'work-order.returned',
] as const satisfies readonly EventType[];

// a webhook the contract adds and this list lacks does not compile
type Unlisted = Exclude<EventType, (typeof EVENT_TYPES)[number]>;
const everyTypeListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyTypeListed;

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** An id no one can guess or count: `evt_` / `ntf_` / `aud_` / `pv_` (a phone verification) and 24 random base-62 characters (about 143 bits), or a closure's `cl_` and 16. */
export function opaqueId(prefix: 'evt' | 'ntf' | 'aud' | 'cl' | 'pv', length = 24): string {
  return `${prefix}_${Array.from({ length }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('')}`;
}

/** A new event of `type`; `created` is the instant of the change (+08:00, as every stored time). */
export function newEvent<T extends EventType>(type: T, data: EventData<T>, created: string): PlskitEvent<T> {
  return { id: opaqueId('evt'), type, created, data } as PlskitEvent<T>;
}

/** Whether a subscription pattern takes an event type: the type itself, `family.*`, or `*`. */
export function subscribes(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('.*')) return type.startsWith(pattern.slice(0, -1));
  return pattern === type;
}
