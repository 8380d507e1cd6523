import type { BookerText } from './appointment-booker.strings.js';

const text: BookerText = {
  s: {
    stepOf: 'Step {step} of 5', back: 'Back', continue: 'Continue',
    whereTitle: 'What for, and where', serviceLabel: 'Service', regionLabel: 'County or district', centerLabel: 'Center or station',
    noCenters: 'No center in this area offers this service.', phone: 'Phone', hours: 'Opening hours', chooseService: 'Choose a service',
    chooseCenter: 'Choose a center', whenTitle: 'Choose a day and time', calendarLabel: 'Days you can book', closedWeekend: 'Weekend',
    makeUpDay: 'Make-up working day', full: 'Fully booked', open: 'Open', closed: 'Closed', provisional: 'provisional',
    provisionalNote: 'The {year} holiday schedule is not published yet: days in {year} follow the statutory holidays and their substitute days and may still change, more than usual in a year whose Mid-Autumn Festival falls within or next to National Day.',
    slotsTitle: 'Times on {date}', placesLeft: '{count} left', chooseDay: 'Choose a day',
    chooseSlot: 'Choose a time', slotTaken: 'The time you chose has just been taken. Please choose another: here are the latest times.',
    whoTitle: 'How we can reach you', nameLabel: 'Name', phoneLabel: 'Mobile number', phoneHint: '11 digits, used only about this visit',
    noteLabel: 'Note (optional)', noteHint: 'Do not write ID numbers, health or financial details', nameRequired: 'Enter your name',
    phoneInvalid: 'Enter a mainland mobile number of 11 digits', consentLabel: 'I have read and agree to the notice above (version {version})',
    consentRequired: 'Read the notice and tick to agree', noticeChanged: 'The privacy notice has changed: please read it and agree again.',
    errorTitle: 'There is a problem', checkTitle: 'Check your booking', service: 'Service', center: 'Center', time: 'Time', name: 'Name',
    change: 'Change', book: 'Book', booking: 'Booking…',
    noResponse: 'No answer came from the server. Everything you typed is kept: try again (you will not be booked twice).',
    waitRetry: 'The service is busy: trying again in {seconds} s.',
    doneTitle: 'Booked', reference: 'Reference', copy: 'Copy', copied: 'Copied', bring: 'Bring with you', addToCalendar: 'Add to calendar',
    print: 'Print', manageLinkTitle: 'Link to manage this booking',
    manageLinkHint: 'Keep this link (it is shown only now): it lets you see, move or cancel the booking. Do not share it.',
    copyLink: 'Copy link', manageTitle: 'Your booking', status: 'Status', booked: 'Booked',
    cancelled: 'Cancelled', reschedule: 'Move', cancel: 'Cancel booking', confirmCancelTitle: 'Cancel this booking?',
    confirmCancel: 'Yes, cancel it', keep: 'No, keep it', rescheduleTitle: 'Move to another time', confirmReschedule: 'Move it',
    rescheduled: 'Moved', notFound: 'This booking cannot be found, or the link no longer works. Check the link, or call the center.',
    offlineKept: 'You are offline. Everything you typed is kept; it will be sent when the connection returns.',
    announceBooked: 'Booked. Your reference is {reference}', hostTookOver: 'Reference {reference}'
  },
  services: {
    'legal-consultation': 'Legal consultation', 'legal-aid-application': 'Legal-aid application', notarization: 'Notarization',
    mediation: 'Mediation', 'forensic-appraisal-guidance': 'Forensic appraisal guidance',
  },
  levels: { city: 'City center', county: 'County center', township: 'Township station', branch: 'Branch center' },
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

export default text;
