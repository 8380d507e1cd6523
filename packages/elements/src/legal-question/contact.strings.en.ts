import type { ContactText } from './contact.strings.zh-CN.js';

export default {
  phoneHint: 'A mainland mobile number of 11 digits, for the call-back and the text message',
  consentLabel: 'I have read and agree to the privacy notice above (version {version})',
  nameRequired: 'Enter your name',
  phoneInvalid: 'Enter a mainland mobile number of 11 digits',
  consentRequired: 'Read the notice and tick to agree',
} satisfies ContactText;
