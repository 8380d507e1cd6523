// A center's own opening hours in one line per season: weekdays with the same
// sessions grouped ("一至五 08:30–12:00、14:00–18:00").
import type { OpeningHours } from '@plskit/sdk';
import { dataLocale, localized, type DisplayLocale } from '../locale/locale.js';

export function openingHoursLines(hours: OpeningHours, locale: DisplayLocale, weekdays: readonly string[]): string[] {
  const joiner = dataLocale(locale) === 'en' ? ', ' : '、';
  return hours.seasons.map((season) => {
    const groups: { from: number; to: number; sessions: string }[] = [];
    for (let day = 1; day <= 7; day++) {
      const sessions = (season.weekdays[String(day) as '1'] ?? []).map((s) => `${s.start}–${s.end}`).join(joiner);
      const previous = groups.at(-1);
      if (!sessions) continue;
      if (previous && previous.sessions === sessions && previous.to === day - 1) previous.to = day;
      else groups.push({ from: day, to: day, sessions });
    }
    const days = (g: { from: number; to: number }) => g.from === g.to ? weekdays[g.from - 1]
      : `${weekdays[g.from - 1]}${dataLocale(locale) === 'en' ? '–' : '至'}${weekdays[g.to - 1]}`;
    const line = groups.map((g) => `${days(g)} ${g.sessions}`).join(dataLocale(locale) === 'en' ? '; ' : '；');
    return hours.seasons.length > 1 ? `${localized(season.name, locale)}：${line}` : line;
  });
}
