import { LegalServices } from './legal-services';

// A server component: it renders the heading and leaves the widgets to the browser.
export default function Page() {
  return (
    <main>
      <h1>Public legal services</h1>
      <LegalServices />
    </main>
  );
}
