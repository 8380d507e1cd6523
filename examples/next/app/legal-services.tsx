'use client';
import dynamic from 'next/dynamic';

// ssr: false: the widgets' module, and the define entries it imports (which need
// customElements and HTMLElement), load in the browser only. The server sends the fallback.
export const LegalServices = dynamic(() => import('./widgets').then((module) => module.Widgets), {
  ssr: false,
  loading: () => <p><a href="https://www.example.gov.cn/legal-services/">Public legal services</a></p>,
});
