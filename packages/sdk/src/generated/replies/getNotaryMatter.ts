// Generated from openapi/public-legal-services.yaml (the 2xx reply of getNotaryMatter) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const getNotaryMatter: Reply = { operation: 'getNotaryMatter', shape: '{code:s,name:{zh-CN:s,en:s},group:s,searchTerms:[s],basis:{law:s,article:s,title?:{zh-CN:s,en:s}},inPersonOnly:b,inPerson:{text:{zh-CN:s,en:s},basis:{law:s,article:s,title?:{zh-CN:s,en:s}},homeVisit:{scope:s,text:{zh-CN:s,en:s},basis:{law:s,article:s,title?:{zh-CN:s,en:s}}}}|z,questions:[s],timeLimit:{workingDays:n,text:{zh-CN:s,en:s},basis:{law:s,article:s,title?:{zh-CN:s,en:s}}},fee:{text:{zh-CN:s,en:s},basis:{law:s,article:s,title?:{zh-CN:s,en:s}},unverified:b},listBasis:s,sources:[{title:s,url?:s,tag:s}],catalogueVersion:s}' };
