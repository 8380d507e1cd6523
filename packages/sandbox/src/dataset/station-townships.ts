// Which township each station of a county stands in. The stations keep the
// ids and per-county numbers the dataset always had (sc-<county>-NN), which
// follow the township counts of the statistical list less its 2 special units,
// once assumed to lie in 任城区 and 高新区. The list names them: 任城区's
// 济东物业服务中心 and 嘉祥县's 嘉祥经济开发区管理委员会. So, in code order:
// 任城区's 17 stations are its 17 townships and streets; 嘉祥县's 16 are its
// 15 and one at the development zone; 高新区's 4 are 4 of its 5 streets
// (黄屯街道 has no station of its own: its residents go to a neighbour's, or
// to the zone's branch center) [U: the sandbox's choice, to keep the ids].
import type { JiningDivision } from './jining-divisions.js';
import { JINING_TOWNSHIPS, type Township } from './jining-townships.data.js';

export function stationTownships(division: JiningDivision): Township[] {
  const own = JINING_TOWNSHIPS.filter((t) => t.county === division.code);
  const ordered = [...own.filter((t) => t.kind !== 'special'), ...own.filter((t) => t.kind === 'special')];
  return ordered.slice(0, division.townships);
}
