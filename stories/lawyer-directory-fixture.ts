// Storybook only (never tests): a small synthetic directory answered by an
// in-browser fetch handler, so the static Storybook needs no server. Names,
// firms and phones are invented, in the sandbox's style, hostile text included.
import type { LawFirm, Lawyer, PracticeArea, Region } from '../packages/elements/src/index.js';
import { apiRequest, json, problem } from './in-browser-api.js';

export type DirectoryMode = 'normal' | 'loading' | 'empty' | 'error' | 'offline';

const practiceAreas: PracticeArea[] = [
  { code: 'marriage-family', name: { 'zh-CN': '婚姻家庭', en: 'Marriage and family' } },
  { code: 'inheritance', name: { 'zh-CN': '继承', en: 'Inheritance' } },
  { code: 'labour', name: { 'zh-CN': '劳动争议', en: 'Labour disputes' } },
  { code: 'contract', name: { 'zh-CN': '合同纠纷', en: 'Contract disputes' } },
  { code: 'traffic-accident', name: { 'zh-CN': '交通事故', en: 'Traffic accidents' } },
  { code: 'criminal-defence', name: { 'zh-CN': '刑事辩护', en: 'Criminal defence' } },
];

const regions: Region[] = [
  { code: '370800', name: { 'zh-CN': '济宁市', en: 'Jining' }, kind: 'city' },
  { code: '370811', name: { 'zh-CN': '任城区', en: 'Rencheng District' }, kind: 'district', parent: '370800' },
  { code: '370812', name: { 'zh-CN': '兖州区', en: 'Yanzhou District' }, kind: 'district', parent: '370800' },
  { code: '370881', name: { 'zh-CN': '曲阜市', en: 'Qufu' }, kind: 'county-level-city', parent: '370800' },
];

const firms: LawFirm[] = [
  { id: 'lf-001', name: '测试"><svg onload=alert(1)>律师事务所', region: '370811', address: '济宁市任城区示例路 12 号', phone: '0537-5550101', lawyerCount: 3, practiceAreas: ['labour', 'contract'] },
  { id: 'lf-002', name: '济宁示例律师事务所', region: '370811', address: '济宁市任城区样板街 8 号', phone: '0537-5550202', lawyerCount: 12, practiceAreas: ['marriage-family', 'inheritance'] },
  { id: 'lf-003', name: '曲阜示范律师事务所', region: '370881', address: '曲阜市演示大道 3 号', phone: '0537-5550303', lawyerCount: 7, practiceAreas: ['criminal-defence', 'traffic-accident'] },
];

const names = ['测试<img src=x onerror=alert(1)>', '测试 محامي الاختبار', '测试🧑‍⚖️⚖️律师', '王一鸣', '李秀兰', '张建国', '刘海燕', '陈志强',
  '杨晓东', '赵雪梅', '孙明', '周丽', '吴刚', '郑芳', '冯伟', '何静'];

const lawyers: Lawyer[] = names.map((name, index) => {
  const firm = index % 5 === 4 ? null : firms[index % firms.length]!;
  const firstPracticeYear = 2000 + ((index * 7) % 25);
  return {
    id: `lw-${String(index + 1).padStart(4, '0')}`,
    name,
    licenceNumber: `13708${firstPracticeYear}1${index % 2}${String(index + 1).padStart(6, '0')}`,
    category: firm ? 'full-time' : 'legal-aid',
    firm: firm ? { id: firm.id, name: firm.name, address: firm.address, phone: firm.phone } : null,
    region: firm?.region ?? '370811',
    practiceAreas: [practiceAreas[index % practiceAreas.length]!.code, practiceAreas[(index + 2) % practiceAreas.length]!.code],
    languages: index % 4 === 0 ? ['zh', 'en'] : ['zh'],
    firstPracticeYear,
    yearsOfPractice: 2026 - firstPracticeYear,
    acceptsLegalAid: index % 3 !== 1,
    ...(index % 2 === 0 ? { phone: `0537-555${String(1000 + index)}` } : {}),
  };
});

function searchLawyers(params: URLSearchParams): Response {
  const q = params.get('q') ?? '';
  const matches = lawyers.filter((lawyer) =>
    (!q || lawyer.name.includes(q) || (lawyer.firm?.name.includes(q) ?? false) || lawyer.licenceNumber === q)
    && (!params.get('region') || lawyer.region === params.get('region'))
    && (!params.get('practiceArea') || lawyer.practiceAreas.includes(params.get('practiceArea')!))
    && (!params.get('category') || lawyer.category === params.get('category'))
    && (!params.get('language') || lawyer.languages.includes(params.get('language')!))
    && (params.get('acceptsLegalAid') !== 'true' || lawyer.acceptsLegalAid)
    && lawyer.yearsOfPractice >= Number(params.get('minYears') ?? 0));
  const start = Number(params.get('cursor') ?? 0);
  const limit = Number(params.get('limit') ?? 20);
  const items = matches.slice(start, start + limit);
  const next = start + limit < matches.length ? String(start + limit) : null;
  return json({ items, total: matches.length, nextCursor: next });
}

/** A fetch that answers the directory part of the API in the browser, in the chosen state. */
export function lawyerDirectoryFetch(mode: DirectoryMode): typeof fetch {
  return async (input, init) => {
    const { url, path } = apiRequest(input);
    const isSearch = path === 'lawyers';
    if (isSearch && mode === 'loading') {
      return new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (isSearch && mode === 'offline') throw new TypeError('Failed to fetch');
    if (isSearch && mode === 'error') return problem(503, 'service-unavailable');
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (isSearch) return mode === 'empty' ? json({ items: [], total: 0, nextCursor: null }) : searchLawyers(url.searchParams);
    if (path === 'practice-areas') return json({ items: practiceAreas });
    if (path === 'regions') return json({ items: regions });
    return problem(404, 'not-found');
  };
}
