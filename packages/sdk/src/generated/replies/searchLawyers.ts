// Generated from openapi/public-legal-services.yaml (the 2xx reply of searchLawyers) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const searchLawyers: Reply = { operation: 'searchLawyers', shape: '{items:[{id:s,name:s,sex?:s,licenceNumber:s,category:s,firm:{id:s,name:s,address:s,phone:s}|z,region:s,practiceAreas:[s],languages:[s],firstPracticeYear:n,yearsOfPractice:n,acceptsLegalAid:b,phone?:s}],total:n,nextCursor:s|z}' };
