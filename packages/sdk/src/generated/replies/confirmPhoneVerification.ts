// Generated from openapi/public-legal-services.yaml (the 2xx reply of confirmPhoneVerification) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const confirmPhoneVerification: Reply = { operation: 'confirmPhoneVerification', shape: '{verificationToken:s,purpose:s,expiresAt:s}' };
