// The weight warning on each sheet's page, as a reader sees it in the built
// HTML: the table's note and the grader's both appear exactly when the
// sheet's weights, rounded as the engine rounds, do not total 100.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { round2 } from '../../src/lib/number/index.ts';
import { builtPages, mainText } from '../support/dist.ts';
import { loadScorecard } from '../support/scorecards.ts';

const ids = readdirSync('content/scorecards')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('the sheet weight warning on /scorecards/<id>/', () => {
  const pages = builtPages();
  const sheets = ids.map((id) => {
    const card = loadScorecard(id);
    // Hundredths as integers: an oracle independent of the lib's float sum.
    const hundredths = card.indicators.reduce((s, i) => s + Math.round(i.weight * 100), 0);
    return { id, hundredths, sum: round2(hundredths / 100) };
  });

  it('covers sheets that total 100 and at least one that does not', () => {
    expect(sheets.some((s) => s.hundredths === 10_000)).toBe(true);
    expect(sheets.some((s) => s.hundredths !== 10_000)).toBe(true);
  });

  it.each(ids)('%s: warns iff the weights do not total 100, with 不足 or 超出', (id) => {
    const sheet = sheets.find((s) => s.id === id)!;
    const html = pages.get(`/scorecards/${id}/`);
    expect(html, `/scorecards/${id}/ is built`).toBeDefined();
    const text = mainText(html!);
    const word = sheet.hundredths > 10_000 ? '超出' : '不足';
    if (sheet.hundredths === 10_000) {
      expect(text).not.toContain('来源原表合计');
      expect(text).not.toContain('来源原表的权重合计');
    } else {
      expect(text).toContain(`来源原表合计${sheet.sum}%,${word}100%`);
      expect(text).toContain(`来源原表的权重合计为${sheet.sum}%,${word}100%`);
    }
  });
});
