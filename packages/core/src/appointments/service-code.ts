// The services a resident can book a visit for: one list for the contract's
// enum, the sandbox's centers, the booker's choice and the visit materials.

/** The bookable services, in the order a resident is offered them. */
export const SERVICE_CODES = [
  'legal-consultation', 'legal-aid-application', 'notarization', 'mediation', 'forensic-appraisal-guidance',
] as const;

export type ServiceCode = (typeof SERVICE_CODES)[number];

export function isServiceCode(value: unknown): value is ServiceCode {
  return (SERVICE_CODES as readonly unknown[]).includes(value);
}
