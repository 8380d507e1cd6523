import { useState } from 'react';
import '@plskit/elements/provider.js';
import '@plskit/elements/lawyer-finder.js';

export function App() {
  const [selected, setSelected] = useState<string>();
  return (
    <pls-provider api-base="/" locale="en" region="370811">
      <h1>Find a lawyer</h1>
      <pls-lawyer-finder
        pageSize={5}
        onpls-lawyer-select={(event) => setSelected(event.detail.lawyerId)}
      />
      <p id="selected" role="status">{selected ? `Selected lawyer ${selected}` : 'No lawyer selected yet'}</p>
    </pls-provider>
  );
}
