import type { AppointmentBookerText } from './appointment-booker.strings.zh-CN.js';

export default {
  stepOf: 'Step {step} of 5', back: 'Back', continue: 'Continue',
  whereTitle: 'What for, and where', serviceLabel: 'Service', regionLabel: 'County or district', centerLabel: 'Center or station',
  useLocation: 'Sort by distance from me', locating: 'Finding your position…', sortedByDistance: 'Sorted by straight-line distance, nearest first (your position stays in this page)',
  locationFailed: 'Your position could not be found; choose a township instead.',
  townshipLabel: 'Township, town or street', stationOf: '{township} station', anyTownship: 'Every township',
  noCenters: 'No center in this area offers this service.', phone: 'Phone', hours: 'Opening hours', chooseService: 'Choose a service',
  chooseCenter: 'Choose a center', chooseDay: 'Choose a day', chooseSlot: 'Choose a time', nameRequired: 'Enter your name',
  phoneInvalid: 'Enter a mainland mobile number of 11 digits', consentRequired: 'Read the notice and tick to agree',
  whenTitle: 'Choose a day and time', whoTitle: 'How we can reach you', checkTitle: 'Check your booking', phoneLabel: 'Mobile number',
  service: 'Service', center: 'Center', time: 'Time', name: 'Name', doneTitle: 'Booked', reference: 'Reference', copied: 'Copied',
  manageTitle: 'Your booking', cancelled: 'Cancelled', rescheduled: 'Moved',
  notFound: 'This booking cannot be found, or the link no longer works. Check the link, or call the center.',
  slotTaken: 'The time you chose has just been taken. Please choose another: here are the latest times.',
  noticeChanged: 'The privacy notice has changed: please read it and agree again.',
  limitReached: 'This mobile number already holds as many visits not yet made as one number may. To book another, first cancel one with the manage link you got when you booked it (or call {hotline}), then book again.',
  noResponse: 'No answer came from the server. Everything you typed is kept: try again (you will not be booked twice).',
  waitRetry: 'The service is busy: trying again in {seconds} s.',
  offlineKept: 'You are offline. Everything you typed is kept; it will be sent when the connection returns.',
  announceBooked: 'Booked. Your reference is {reference}', hostTookOver: 'Reference {reference}',
  services: {
    'legal-consultation': 'Legal consultation', 'legal-aid-application': 'Legal-aid application', notarization: 'Notarization',
    mediation: 'Mediation', 'forensic-appraisal-guidance': 'Forensic appraisal guidance',
  },
  levels: { city: 'City center', county: 'County center', township: 'Township station', branch: 'Branch center' },
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
} satisfies AppointmentBookerText;
