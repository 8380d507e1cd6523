// The example network around the centers: where each center stands, and the
// other points of the plan (济宁市公共法律服务体系建设规划 2022-2025): 994
// village and community legal advisers (977 with a WeChat group), 12 notary
// offices, 14 forensic-appraisal bodies, a people's mediation committee in
// every township and 12 legal-aid centers. Drawn from a stream of its own
// (seed + 2), so the centers, firms and lawyers are what they were without it.
// Real township names; invented villages, people, addresses, phones and
// positions, every name marked 示例.
import { JINING_OPENING_HOURS, NOTARY_MATTER_CODES } from '@plskit/core';
import { CENTER_HOURS } from './center-hours.js';
import type { LawFirmRecord, LawyerRecord, ServiceCenterRecord } from './directory-records.js';
import { isCountyLevel, JINING_CITY, JINING_DIVISIONS } from './jining-divisions.js';
import { jiningPlaces, type Places } from './jining-places.js';
import { JINING_TOWNSHIPS, townshipByCode, townshipsOf, type Township } from './jining-townships.data.js';
import { seededRandom, type SeededRandom } from './prng.js';
import type { AppraisalCategory, DutySession, GeoLocation, ServicePointRecord } from './service-point-record.js';
import { FICTION_MARK, streetAddress, workPhone } from './synthetic-names.js';

export const NETWORK_COUNTS = { villageLegalAdvisers: 994, wechatGroups: 977, notaryOffices: 12, forensicAppraisalBodies: 14 } as const;

/** Survey precision (metres) the example positions claim: a door for offices, a village's centre for an adviser. */
const PRECISION = { office: 50, village: 500 } as const;

const COUNTIES = JINING_DIVISIONS.filter(isCountyLevel);

// villages: 庄, 楼, 屯 … after a surname, sometimes a direction first; communities in streets
const VILLAGE_ENDINGS = ['庄', '楼', '屯', '集', '营', '店', '寨', '洼'] as const;
const VILLAGE_SURNAMES = ['王', '李', '张', '刘', '孔', '孟', '颜', '周', '杨', '赵', '马', '徐', '韩', '曹', '郭', '田'] as const;
const DIRECTIONS = ['', '', '东', '西', '南', '北', '前', '后', '大', '小'] as const;
const COMMUNITY_WORDS = ['和平', '幸福', '光明', '新华', '育才', '文化', '建设', '团结', '兴隆', '阳光', '锦绣', '惠民', '康宁', '安居'] as const;

// invented appraisal bodies, and where they are [U]: most in the city seat, where the courts and hospitals are
const APPRAISAL_WORDS = ['明鉴', '正衡', '求实', '公信', '鲁源', '华正', '泰和', '诚信', '精诚', '科正', '至诚', '同济', '立信', '中正'] as const;
const APPRAISAL_REGIONS = ['370811', '370811', '370811', '370811', '370811', '370811', '370811', '370871', '370812', '370881', '370883', '370883', '370828', '370832'] as const;

// the notary offices that take documents for use abroad (涉外公证) [U: the city's and the four largest towns' offices]
const FOREIGN_USE_OFFICES = new Set(['370800', '370811', '370812', '370881', '370883']);

function villageName(random: SeededRandom, township: Township, taken: Set<string>): string {
  for (;;) {
    const name = township.kind === 'street'
      ? `${random.pick(COMMUNITY_WORDS)}社区`
      : `${random.pick(DIRECTIONS)}${random.pick(VILLAGE_SURNAMES)}${random.pick(VILLAGE_ENDINGS)}村`;
    if (!taken.has(name)) {
      taken.add(name);
      return `${name}（${FICTION_MARK}）`;
    }
  }
}

function dutyDays(random: SeededRandom): DutySession[] {
  const first: DutySession = { weekday: random.int(1, 5) as DutySession['weekday'], part: random.chance(0.6) ? 'morning' : 'afternoon' };
  if (!random.chance(0.2)) return [first];
  const second: DutySession = { weekday: (((first.weekday + 1) % 5) + 1) as DutySession['weekday'], part: first.part };
  return [first, second].sort((a, b) => a.weekday - b.weekday);
}

function appraisalCategories(random: SeededRandom, index: number): AppraisalCategory[] {
  const categories: AppraisalCategory[] = [];
  if (random.chance(0.8)) categories.push('forensic-medicine');
  if (random.chance(0.5)) categories.push('physical-evidence');
  if (random.chance(0.3)) categories.push('audio-visual');
  // environmental damage is rare: one body in the city
  if (index === 0) categories.push('environmental-damage');
  return categories.length ? categories : ['forensic-medicine'];
}

/** The townships each county's advisers and committees serve: every township, town and street of the source. */
const SERVED_TOWNSHIPS = COUNTIES.concat(JINING_DIVISIONS.filter((d) => d.code === '370871')).flatMap((d) => townshipsOf(d.code));

/** Each center's township (a station's is its own) and location. */
function placeCenters(random: SeededRandom, places: Places, centers: readonly ServiceCenterRecord[]): ServiceCenterRecord[] {
  return centers.map((center) => {
    let township = center.township;
    // the city's center stands in a street of the city seat; a county's, or a branch's, in one of its county's
    if (!township && (center.level === 'city' || center.region !== JINING_CITY.code)) {
      const county = center.region === JINING_CITY.code ? '370811' : center.region;
      const candidates = townshipsOf(county).filter((t) => t.kind === 'street');
      township = random.pick(candidates.length ? candidates : townshipsOf(county)).code;
    }
    // a zone's branch filed under the city has no township in the list: it stands near the city seat
    const around = township ? places.township(township) : places.seat(JINING_CITY.code);
    return { ...center, township, location: places.point(around, township ? 400 : 6_000, PRECISION.office) };
  });
}

interface NetworkInput {
  centers: readonly ServiceCenterRecord[];
  lawFirms: readonly LawFirmRecord[];
  lawyers: readonly LawyerRecord[];
}

/** The centers in their places, and every other point of the network. */
export function generateServiceNetwork(seed: number, { centers, lawFirms, lawyers }: NetworkInput):
  { centers: ServiceCenterRecord[]; points: ServicePointRecord[] } {
  const random = seededRandom(seed + 2);
  const places = jiningPlaces(random, JINING_TOWNSHIPS);
  const placed = placeCenters(random, places, centers);
  const countyName = (code: string): string => JINING_DIVISIONS.find((d) => d.code === code)?.nameZh ?? JINING_CITY.nameZh;
  const point = (record: Omit<ServicePointRecord, 'details' | 'village'> & Partial<Pick<ServicePointRecord, 'details' | 'village'>>): ServicePointRecord =>
    ({ village: null, details: {}, ...record });
  const points: ServicePointRecord[] = [];

  // village and community legal advisers: 6 or 7 villages a township, each with its adviser, a lawyer of the county
  const firmName = new Map(lawFirms.map((firm) => [firm.id, firm.name]));
  const villages = SERVED_TOWNSHIPS.map(() => 6);
  for (const i of random.sample(SERVED_TOWNSHIPS.map((_, n) => n), NETWORK_COUNTS.villageLegalAdvisers - 6 * SERVED_TOWNSHIPS.length)) villages[i]! += 1;
  const withoutGroup = new Set(random.sample(Array.from({ length: NETWORK_COUNTS.villageLegalAdvisers }, (_, n) => n), NETWORK_COUNTS.villageLegalAdvisers - NETWORK_COUNTS.wechatGroups));
  SERVED_TOWNSHIPS.forEach((township, t) => {
    const county = countyName(township.county);
    const counsel = lawyers.filter((l) => l.region === township.county && l.category !== 'company');
    const taken = new Set<string>();
    for (let v = 0; v < (villages[t] as number); v++) {
      const index = points.length;
      const village = villageName(random, township, taken);
      const adviser = random.pick(counsel);
      const affiliation = adviser.firmId ? firmName.get(adviser.firmId) : `${county}${adviser.category === 'legal-aid' ? '法律援助中心' : '司法局'}（${FICTION_MARK}）`;
      points.push(point({
        id: `va-${String(index + 1).padStart(4, '0')}`, kind: 'village-legal-adviser', name: adviser.name, region: township.county,
        township: township.code, village, address: `${county}${township.name}${village}`,
        phone: adviser.phone ?? workPhone(random), services: ['legal-consultation', 'mediation'], hours: null,
        location: places.point(places.township(township.code), 3_000, PRECISION.village),
        details: {
          duty: dutyDays(random), ...(affiliation ? { affiliation } : {}),
          ...(withoutGroup.has(index) ? {} : { wechatGroup: `${village}法律服务群` }),
        },
      }));
    }
  });

  // notary offices: the city's and one per county, the ids and names the directory always had
  [JINING_CITY, ...COUNTIES].forEach((division, i) => {
    const township = random.pick(townshipsOf(division === JINING_CITY ? '370811' : division.code).filter((t) => t.kind === 'street')).code;
    points.push(point({
      id: `no-${String(i + 1).padStart(2, '0')}`, kind: 'notary-office', name: `${division.nameZh}${FICTION_MARK}公证处`, region: division.code,
      township, address: streetAddress(random, `${division === JINING_CITY ? '任城区' : division.nameZh}${townshipByCode(township)?.name ?? ''}`),
      phone: workPhone(random), services: ['notarization'], hours: JINING_OPENING_HOURS,
      location: places.point(places.township(township), 1_500, PRECISION.office),
      details: { notaryMatters: [...NOTARY_MATTER_CODES], foreignUse: FOREIGN_USE_OFFICES.has(division.code) },
    }));
  });

  // forensic-appraisal bodies
  APPRAISAL_REGIONS.forEach((region, i) => {
    const township = random.pick(townshipsOf(region).filter((t) => t.kind === 'street')).code;
    points.push(point({
      id: `fa-${String(i + 1).padStart(2, '0')}`, kind: 'forensic-appraisal-body', name: `济宁${APPRAISAL_WORDS[i]}${FICTION_MARK}司法鉴定所`, region,
      township, address: streetAddress(random, `${countyName(region)}${townshipByCode(township)?.name ?? ''}`), phone: workPhone(random),
      services: ['forensic-appraisal'], hours: JINING_OPENING_HOURS, location: places.point(places.township(township), 1_500, PRECISION.office),
      details: { appraisalCategories: appraisalCategories(random, i) },
    }));
  });

  // a people's mediation committee in every township (its 和为贵 mediation room beside the station)
  for (const township of SERVED_TOWNSHIPS) {
    points.push(point({
      id: `mc-${township.code}`, kind: 'mediation-committee', name: `${township.name}人民调解委员会（${FICTION_MARK}）`, region: township.county,
      township: township.code, address: `${streetAddress(random, `${countyName(township.county)}${township.name}`)} 和为贵调解室`,
      phone: workPhone(random), services: ['mediation'], hours: CENTER_HOURS.township,
      location: places.point(places.township(township.code), 500, PRECISION.office),
    }));
  }

  // legal-aid centers: the city's and each county's, in the building of its public legal service center
  for (const division of [JINING_CITY, ...COUNTIES]) {
    const center = placed.find((c) => c.id === `sc-${division.code}`) as ServiceCenterRecord;
    points.push(point({
      id: `la-${division.code}`, kind: 'legal-aid-center', name: `${division.nameZh}法律援助中心（${FICTION_MARK}）`, region: division.code,
      township: center.township, address: center.address, phone: workPhone(random), services: ['legal-aid-application', 'legal-consultation'],
      hours: JINING_OPENING_HOURS, location: center.location as GeoLocation,
    }));
  }
  return { centers: placed, points };
}
