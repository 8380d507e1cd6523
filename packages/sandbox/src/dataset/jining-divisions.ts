// Jining's divisions (GB/T 2260 codes and township counts from
// modood/Administrative-divisions-of-China, 2024 snapshot).
export interface JiningDivision {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: 'city' | 'district' | 'county' | 'county-level-city' | 'functional-zone';
  /** false for the zones that have no statistical code of their own. */
  statisticalCode: boolean;
  /** Township-level stations (see TOWNSHIP_NOTE). */
  townships: number;
}

export const JINING_CITY: JiningDivision = {
  code: '370800', nameZh: '济宁市', nameEn: 'Jining', kind: 'city', statisticalCode: true, townships: 0,
};

// The per-county township table (streets.csv of the same dataset) sums to 158 entries, of which 156 are
// townships/streets and 2 are special units. `townships` is the number of stations each division has
// had since the dataset began, when the 2 special units were assumed [U] to lie in 任城区 and 高新区;
// the list (jining-townships.data.ts) puts them in 任城区 and 嘉祥县. The station ids stay as they were:
// station-townships.ts says which township each one stands in.
export const TOWNSHIP_NOTE =
  'Station counts follow streets.csv minus its 2 special units, once assumed [U] in 任城区 and 高新区; the list puts them in 任城区 and 嘉祥县 (station-townships.ts).';

/** The 11 county-level divisions (districts, counties, county-level cities). */
export const isCountyLevel = (d: JiningDivision): boolean =>
  d.kind === 'district' || d.kind === 'county' || d.kind === 'county-level-city';

export const JINING_DIVISIONS: readonly JiningDivision[] = [
  { code: '370811', nameZh: '任城区', nameEn: 'Rencheng District', kind: 'district', statisticalCode: true, townships: 17 },
  { code: '370812', nameZh: '兖州区', nameEn: 'Yanzhou District', kind: 'district', statisticalCode: true, townships: 10 },
  { code: '370826', nameZh: '微山县', nameEn: 'Weishan County', kind: 'county', statisticalCode: true, townships: 15 },
  { code: '370827', nameZh: '鱼台县', nameEn: 'Yutai County', kind: 'county', statisticalCode: true, townships: 11 },
  { code: '370828', nameZh: '金乡县', nameEn: 'Jinxiang County', kind: 'county', statisticalCode: true, townships: 13 },
  { code: '370829', nameZh: '嘉祥县', nameEn: 'Jiaxiang County', kind: 'county', statisticalCode: true, townships: 16 },
  { code: '370830', nameZh: '汶上县', nameEn: 'Wenshang County', kind: 'county', statisticalCode: true, townships: 15 },
  { code: '370831', nameZh: '泗水县', nameEn: 'Sishui County', kind: 'county', statisticalCode: true, townships: 13 },
  { code: '370832', nameZh: '梁山县', nameEn: 'Liangshan County', kind: 'county', statisticalCode: true, townships: 14 },
  { code: '370881', nameZh: '曲阜市', nameEn: 'Qufu', kind: 'county-level-city', statisticalCode: true, townships: 12 },
  { code: '370883', nameZh: '邹城市', nameEn: 'Zoucheng', kind: 'county-level-city', statisticalCode: true, townships: 16 },
  // functional zones: only the high-tech zone has a statistical code
  { code: '370871', nameZh: '济宁高新技术产业开发区', nameEn: 'Jining High-tech Zone', kind: 'functional-zone', statisticalCode: true, townships: 4 },
  { code: '370800-taibaihu', nameZh: '太白湖新区', nameEn: 'Taibai Lake New District', kind: 'functional-zone', statisticalCode: false, townships: 0 },
  { code: '370800-jingkai', nameZh: '济宁经济技术开发区', nameEn: 'Jining Economic and Technological Development Zone', kind: 'functional-zone', statisticalCode: false, townships: 0 },
];
