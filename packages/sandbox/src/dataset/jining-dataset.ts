// A deterministic synthetic Jining, shaped after the city's 2022-2025 public legal service plan: the service
// network (centers and stations, village legal advisers, notary offices, appraisal bodies, mediation committees,
// legal-aid centers), 109 law firms and 1,604 lawyers, from one seed.
import type { ServiceCode } from '@plskit/core';
import type { CenterLevel, LawFirmRecord, LawyerRecord, ServiceCenterRecord } from './directory-records.js';
import { HOSTILE_LAWYER_NAMES } from './hostile-names.js';
import { isCountyLevel, JINING_CITY, JINING_DIVISIONS, type JiningDivision } from './jining-divisions.js';
import { LICENCE_CATEGORY_DIGIT, LICENCE_SEX_DIGIT, type LawyerCategory } from './licence-number.js';
import { PRACTICE_AREA_CODES } from './practice-areas.js';
import { seededRandom, type SeededRandom } from './prng.js';
import { generateServiceNetwork } from './service-network.js';
import type { ServicePointRecord } from './service-point-record.js';
import { stationTownships } from './station-townships.js';
import { firmName, personName, streetAddress, workPhone } from './synthetic-names.js';

export type { CenterLevel, LawFirmRecord, LawyerRecord, ServiceCenterRecord } from './directory-records.js';

export interface JiningDataset {
  seed: number;
  serviceCenters: ServiceCenterRecord[];
  lawFirms: LawFirmRecord[];
  lawyers: LawyerRecord[];
  /** The network's points other than the centers, notary offices among them. */
  servicePoints: ServicePointRecord[];
}

export const DEFAULT_SEED = 370800;

// the plan's counts (济宁市公共法律服务体系建设规划 2022-2025)
export const PLAN_COUNTS = {
  lawFirms: 109,
  lawyers: { 'full-time': 1355, 'part-time': 32, 'public-sector': 166, company: 7, 'legal-aid': 44 },
  branchCenters: 4,
} as const;

// Services per level: what a station of that size plausibly offers [U]; notary
// and forensic guidance need the city or county staff.
const SERVICES_BY_LEVEL: Record<CenterLevel, ServiceCode[]> = {
  city: ['legal-consultation', 'legal-aid-application', 'notarization', 'mediation', 'forensic-appraisal-guidance'],
  county: ['legal-consultation', 'legal-aid-application', 'notarization', 'mediation', 'forensic-appraisal-guidance'],
  branch: ['legal-consultation', 'legal-aid-application', 'mediation'],
  township: ['legal-consultation', 'legal-aid-application', 'mediation'],
};

// How the lawyers and firms spread over the divisions: the city seat (Rencheng)
// and the two county-level cities weigh most [U: no published split]. Records
// carry statistical codes only: the two zones without one get none.
const LAWYER_WEIGHT: Record<string, number> = {
  '370811': 30, '370812': 7, '370826': 5, '370827': 4, '370828': 5, '370829': 5, '370830': 5,
  '370831': 4, '370832': 5, '370881': 7, '370883': 9, '370871': 6,
};

const COUNTIES = JINING_DIVISIONS.filter(isCountyLevel);

function weightedRegion(random: SeededRandom): string {
  const total = Object.values(LAWYER_WEIGHT).reduce((a, b) => a + b, 0);
  let roll = random.next() * total;
  for (const [code, weight] of Object.entries(LAWYER_WEIGHT)) {
    roll -= weight;
    if (roll < 0) return code;
  }
  return '370811';
}

function serviceCenters(random: SeededRandom): ServiceCenterRecord[] {
  const center = (id: string, name: string, level: CenterLevel, division: JiningDivision, township?: { code: string; name: string }): ServiceCenterRecord => ({
    id, name, level, region: division.code,
    address: streetAddress(random, `${division.nameZh}${township?.name ?? ''}`), phone: workPhone(random), services: SERVICES_BY_LEVEL[level],
    township: township?.code ?? null, location: null,
  });
  // the real institutions' names, with invented addresses and phones: marked
  // as examples (示例) after the name, so a search by the name still finds them
  const centers = [center('sc-370800', '济宁市公共法律服务中心（示例）', 'city', JINING_CITY)];
  for (const county of COUNTIES) centers.push(center(`sc-${county.code}`, `${county.nameZh}公共法律服务中心（示例）`, 'county', county));
  // 3 city branch centers, one per functional zone, and 1 county branch [U: locations not published]
  const zones = JINING_DIVISIONS.filter((d) => d.kind === 'functional-zone');
  // a zone without a statistical code is filed under the city, whose center runs the branch
  zones.forEach((zone, i) => centers.push(center(`sc-branch-${i + 1}`, `济宁市公共法律服务中心${zone.nameZh}分中心（示例）`, 'branch',
    zone.statisticalCode ? zone : { ...JINING_CITY, nameZh: zone.nameZh })));
  const zoucheng = JINING_DIVISIONS.find((d) => d.code === '370883') as JiningDivision;
  centers.push(center('sc-branch-4', '邹城市公共法律服务中心示例分中心', 'branch', zoucheng));
  // a station carries its township's real name, and the mark after it
  for (const division of JINING_DIVISIONS) {
    stationTownships(division).forEach((township, i) => {
      const suffix = String(i + 1).padStart(2, '0');
      centers.push(center(`sc-${division.code}-${suffix}`, `${township.name}公共法律服务工作站（示例）`, 'township', division, township));
    });
  }
  return centers;
}

function practiceAreasFor(random: SeededRandom, category: LawyerCategory): string[] {
  const favoured = category === 'legal-aid'
    ? ['labour', 'marriage-family', 'criminal-defence', 'traffic-accident']
    : category === 'company' ? ['corporate', 'contract'] : category === 'public-sector' ? ['administrative', 'contract'] : [];
  const areas = new Set<string>(random.sample(favoured, Math.min(2, favoured.length)));
  for (const area of random.sample(PRACTICE_AREA_CODES, random.int(1, 3))) areas.add(area);
  return [...areas];
}

function languagesFor(random: SeededRandom): string[] {
  const languages = ['zh'];
  if (random.chance(0.12)) languages.push('en');
  if (random.chance(0.02)) languages.push('ja');
  if (random.chance(0.02)) languages.push('ko');
  return languages;
}

/**
 * The synthetic city. `scale` multiplies the firms and lawyers (the benchmark
 * runs at 10×, PLSKIT_SCALE=10): each further copy of the bar is drawn from the
 * same stream, its firm names numbered (（2）, （3）…) to stay unique. At 1×
 * the city is exactly as before.
 */
export function generateJiningDataset(seed = DEFAULT_SEED, scale = 1): JiningDataset {
  const random = seededRandom(seed);
  const centers = serviceCenters(random);

  // the names the hostile-records fixture replaces (the first firm, the first
  // lawyers) come from a stream of their own, so that the rest of the city is
  // the same with or without the fixture, and as it was before it moved out
  const fixtureRandom = seededRandom(seed + 1);
  const takenNames = new Set<string>();
  const allFirms: LawFirmRecord[] = [];
  const lawyers: LawyerRecord[] = [];
  const idWidth = scale > 1 ? 1 : 0;
  let serial = random.int(1000, 9000);
  const addLawyer = (category: LawyerCategory, firm: LawFirmRecord | null): void => {
    const region = firm?.region ?? weightedRegion(random);
    // years of practice: full-time spans a career, the newer categories are younger
    const firstPracticeYear = category === 'full-time' || category === 'part-time' ? random.int(1993, 2025) : random.int(2008, 2025);
    const sex = random.chance(0.42) ? 'female' : 'male';
    serial += random.int(1, 40);
    const index = lawyers.length + 1;
    lawyers.push({
      id: `lw-${String(index).padStart(4 + idWidth, '0')}`,
      name: personName(index <= HOSTILE_LAWYER_NAMES.length ? fixtureRandom : random),
      sex,
      licenceNumber: `13708${firstPracticeYear}${LICENCE_CATEGORY_DIGIT[category]}${LICENCE_SEX_DIGIT[sex]}${String(serial).padStart(6, '0')}`,
      category,
      firmId: firm?.id ?? null,
      region,
      practiceAreas: practiceAreasFor(random, category),
      languages: languagesFor(random),
      firstPracticeYear,
      acceptsLegalAid: category === 'legal-aid' || random.chance(0.3),
      phone: random.chance(0.6) ? workPhone(random) : null,
    });
  };

  for (let copy = 0; copy < scale; copy++) {
    const lawFirms: LawFirmRecord[] = [];
    const names = copy === 0 ? takenNames : new Set<string>();
    for (let i = 1; i <= PLAN_COUNTS.lawFirms; i++) {
      const region = i === 1 && copy === 0 ? '370811' : weightedRegion(random);
      const division = JINING_DIVISIONS.find((d) => d.code === region) as JiningDivision;
      lawFirms.push({
        id: `lf-${String(allFirms.length + i).padStart(3 + idWidth, '0')}`,
        name: `${firmName(i === 1 && copy === 0 ? fixtureRandom : random, names)}${copy === 0 ? '' : `（${copy + 1}）`}`,
        region, address: streetAddress(random, division.nameZh), phone: workPhone(random),
      });
    }
    allFirms.push(...lawFirms);

    // firm lawyers: every firm gets 3 (the minimum for a partnership), the rest spread at random
    const firmLawyers = PLAN_COUNTS.lawyers['full-time'] + PLAN_COUNTS.lawyers['part-time'];
    const seats = lawFirms.flatMap((firm) => [firm, firm, firm]);
    while (seats.length < firmLawyers) seats.push(random.pick(lawFirms));
    const shuffledSeats = random.sample(seats, seats.length);
    shuffledSeats.forEach((firm, i) => addLawyer(i < PLAN_COUNTS.lawyers['full-time'] ? 'full-time' : 'part-time', firm));
    for (const category of ['public-sector', 'company', 'legal-aid'] as const) {
      for (let i = 0; i < PLAN_COUNTS.lawyers[category]; i++) addLawyer(category, null);
    }
  }

  const network = generateServiceNetwork(seed, { centers, lawFirms: allFirms, lawyers });
  return { seed, serviceCenters: network.centers, lawFirms: allFirms, lawyers, servicePoints: network.points };
}
