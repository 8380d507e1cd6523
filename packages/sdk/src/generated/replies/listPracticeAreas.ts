// Generated from openapi/public-legal-services.yaml (the 2xx reply of listPracticeAreas) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const listPracticeAreas: Reply = { operation: 'listPracticeAreas', shape: '{items:[{code:s,name:{zh-CN:s,en:s}}],unverified?:b}' };
