// Generated from openapi/public-legal-services.yaml (the 2xx reply of searchLawFirms) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const searchLawFirms: Reply = { operation: 'searchLawFirms', shape: '{items:[{id:s,name:s,region:s,address:s,phone:s,lawyerCount:n,practiceAreas:[s]}],total:n,nextCursor:s|z}' };
