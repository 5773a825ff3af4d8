// The target breakdown at /en/tools/targets/: the same breakdown as the Chinese page,
// in English; the State Council notice it cites keeps its Chinese title, marked so.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { hydrated, pagesPerTest } from './browser.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);

describe('the target breakdown in English', () => {
  it('breaks 1,200,000 down by quarter and month under English headings, adding back', async () => {
    const page = await open();
    await page.goto(`${base}/en/tools/targets/`);
    await hydrated(page);
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('Monday to Friday only').check();
    await page.getByLabel('Annual target (yuan)').fill('１，２００，０００');
    const quarters = page.getByRole('table', { name: 'By quarter' });
    await expect
      .poll(() => quarters.locator('tbody td:last-child').allTextContents())
      .toEqual(['300,000.00', '300,000.00', '300,000.00', '300,000.00']);
    expect(await quarters.locator('thead th').allTextContents()).toEqual([
      'Quarter',
      'Share',
      'Working days',
      'Target (yuan)',
    ]);
    expect(await quarters.locator('tbody th').first().textContent()).toBe('Q1Jan–Mar');
    expect(await quarters.locator('tfoot').textContent()).toMatch(
      /Total.*1,200,000\.00\s*= annual target ✓/,
    );
    const months = page.getByRole('table', { name: 'By month' });
    expect(await months.locator('tbody th').allTextContents()).toHaveLength(12);
    expect(await months.locator('tbody th').first().textContent()).toBe('January');
    expect(await page.locator('.tb-summary').textContent()).toMatch(
      /^2026 has 261 working days \(Monday to Friday, public holidays not taken off\) in 53 ISO weeks; annual target 1,200,000\.00 yuan\.$/,
    );
    await expect
      .poll(() => page.locator('.tb [role="status"]').textContent())
      .toMatch(/^Updated: Q1 300,000\.00, Q2 300,000\.00.*the 12 months total 1,200,000\.00/);
    await page.getByText('By week (53 weeks)').click();
    expect(
      await page.getByRole('table', { name: 'By week' }).locator('tbody tr').first().textContent(),
    ).toMatch(/W01.*1 Jan–2 Jan/);
    await page.getByText('By working day (261 days)').click();
    expect(
      await page
        .getByRole('table', { name: 'By working day' })
        .locator('tbody tr')
        .first()
        .textContent(),
    ).toMatch(/2026-01-01.*Thu.*W01.*4,687\.50/);
  });

  it('counts 2026 by the notice by default, citing its Chinese title marked as Chinese', async () => {
    const page = await open();
    await page.goto(`${base}/en/tools/targets/`);
    await hydrated(page);
    await page.getByLabel('Year').fill('2026');
    expect(
      await page
        .getByLabel('By public holidays and make-up days (State Council notice)')
        .isChecked(),
    ).toBe(true);
    await page.getByLabel('Annual target (yuan)').fill('1200000');
    await expect
      .poll(() => page.locator('.tb-summary').textContent())
      .toMatch(/^2026 has 248 working days \(public holidays off, make-up working days on\)/);
    const source = page.locator('.tb-source');
    expect(await source.textContent()).toMatch(
      /^Holidays as set by 国务院办公厅关于2026年部分节假日安排的通知 \(/,
    );
    expect(await source.locator('[lang="zh-CN"]').textContent()).toBe(
      '国务院办公厅关于2026年部分节假日安排的通知',
    );
  });

  it('says in English what is wrong next to a refused field, and of a year without a notice', async () => {
    const page = await open();
    await page.goto(`${base}/en/tools/targets/`);
    await hydrated(page);
    const annual = page.getByLabel('Annual target (yuan)');
    await annual.fill('abc');
    expect(await annual.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await annual.getAttribute('aria-describedby'))!;
    expect(await page.locator(`#${describedBy}`).textContent()).toMatch(
      /^This is not an amount\. Type a number/,
    );
    expect(await page.locator('.tb-results').textContent()).toMatch(
      /Correct the marked entries above/,
    );
    const year = page.getByLabel('Year');
    await year.fill('2030');
    const note = page.locator(`#${(await year.getAttribute('aria-describedby'))!}`);
    expect(await note.textContent()).toMatch(
      /^The public holidays of 2030 are not recorded yet \(recorded: 2024, 2025, 2026\), so working days are Monday to Friday/,
    );
    await annual.fill('1000000');
    await page.getByLabel('Shares of your own').check();
    await page.getByLabel('Q4 (%)').fill('20');
    expect(await page.locator('.tb-sum').textContent()).toBe(
      'Total 95%, 5% short. Adjust the shares to total 100%.',
    );
  });

  it('downloads the daily plan with English headings', async () => {
    const page = await open({ acceptDownloads: true });
    await page.goto(`${base}/en/tools/targets/?t=1.1200000.2026.e.w`);
    await hydrated(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV (daily plan by working day)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sales-target-breakdown-2026-by-working-day.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(
      text.startsWith(
        '\uFEFFDate,Weekday,ISO week,Month,Quarter,Target (yuan)\r\n2026-01-01,Thu,2026-W01,January,Q1,4687.50\r\n',
      ),
    ).toBe(true);
    expect(text.trimEnd().split('\r\n').at(-1)).toBe('Total,,,,,1200000.00');
  });
});
