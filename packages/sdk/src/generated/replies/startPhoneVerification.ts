// Generated from openapi/public-legal-services.yaml (the 2xx reply of startPhoneVerification) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const startPhoneVerification: Reply = { operation: 'startPhoneVerification', shape: '{id:s,purpose:s,expiresAt:s,resendAfter:n,attempts:n}' };
