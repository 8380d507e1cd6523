// Generated from openapi/public-legal-services.yaml (the 2xx reply of listNotaryMatters) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const listNotaryMatters: Reply = { operation: 'listNotaryMatters', shape: '{items:[{code:s,name:{zh-CN:s,en:s},group:s,searchTerms:[s],basis:{law:s,article:s,title?:{zh-CN:s,en:s}},inPersonOnly:b}],groups:[{code:s,name:{zh-CN:s,en:s}}],catalogueVersion:s}' };
