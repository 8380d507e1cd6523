// Generated from openapi/public-legal-services.yaml (the 2xx reply of getStaffMember) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const getStaffMember: Reply = { operation: 'getStaffMember', shape: '{sub:s,name?:s,roles:[s],centers:[s],permissions:[{permission:s,allCenters:b,centers:[s]}]}' };
