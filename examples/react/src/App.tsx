import { useState } from 'react';
import '@plskit/elements/provider.js';
import '@plskit/elements/lawyer-finder.js';
import '@plskit/elements/aid-eligibility.js';
import '@plskit/elements/notary-checklist.js';
import '@plskit/elements/appointment-booker.js';
import '@plskit/elements/legal-question.js';
import '@plskit/elements/dialog.js';

// Every resident tag on one page, each event handled by the app (typed from the event classes).
export function App() {
  const [selected, setSelected] = useState<string>();
  const [outcome, setOutcome] = useState<string>();
  const [matter, setMatter] = useState<string>();
  const [booked, setBooked] = useState<string>();
  const [asked, setAsked] = useState<string>();
  const [dialog, setDialog] = useState('closed');
  return (
    <pls-provider api-base="/" locale="en" region="370811">
      <h1>Public legal services</h1>

      <h2>Find a lawyer</h2>
      <pls-lawyer-finder pageSize={5} onpls-lawyer-select={(event) => setSelected(event.detail.lawyerId)} />
      <p id="selected" role="status">{selected ? `Selected lawyer ${selected}` : 'No lawyer selected yet'}</p>

      <h2>Can I get legal aid?</h2>
      <pls-aid-eligibility onpls-eligibility-result={(event) => setOutcome(event.detail.outcome)} />
      <p id="eligibility" role="status">{outcome ? `Outcome ${outcome}` : 'No outcome yet'}</p>

      <h2>What to bring to the notary</h2>
      {/* "book a visit" on the checklist opens the booker in the dialog below (open-on) */}
      <pls-notary-checklist matter="gift" onpls-checklist-ready={(event) => setMatter(event.detail.matter)} />
      <p id="checklist" role="status">{matter ? `Checklist for ${matter}` : 'No checklist yet'}</p>

      <h2>Book a visit</h2>
      <button type="button" data-pls-open="book">Book a visit</button>
      <pls-dialog id="book" label="Book a visit" openOn="pls-book-request"
        onpls-dialog-open={(event) => setDialog(`opened by ${event.detail.trigger}`)}
        onpls-dialog-close={(event) => setDialog(`closed by ${event.detail.reason}`)}>
        <pls-appointment-booker service="legal-aid-application"
          onpls-appointment-booked={(event) => setBooked(event.detail.reference)} />
      </pls-dialog>
      <p id="dialog" role="status">Dialog {dialog}</p>
      <p id="booked" role="status">{booked ? `Booked ${booked}` : 'Nothing booked yet'}</p>

      <h2>Ask a legal question</h2>
      <pls-legal-question onpls-question-asked={(event) => setAsked(event.detail.reference)} />
      <p id="asked" role="status">{asked ? `Asked ${asked}` : 'No question asked yet'}</p>
    </pls-provider>
  );
}
