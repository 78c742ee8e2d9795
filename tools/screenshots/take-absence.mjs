// An official records an absence with a stand-in (README, "Người làm thay"): the administrator adds a
// second official to Xã Lộc Thủy over REST (as Admin would), commune1 opens "Vắng mặt" from Tasklist's
// header, is refused a period that ends before it starts (the field named), records one with the
// colleague standing in (absence.png), and ends it again, so later checks find commune1 at work.
// Exit code 1 if any step does not happen.
// Usage: BASE_URL=http://localhost:8091 node tools/screenshots/take-absence.mjs

import { BASE, log, login, openBrowser, problems, rest, shot } from './take.mjs';

const COLLEAGUE = 'commune1b';
const failures = [];

async function ensureColleague() {
  const found = await rest('admin', 'GET', `/user?id=${COLLEAGUE}&maxResults=1`);
  if (found.length === 0) {
    await rest('admin', 'POST', '/user/create', {
      profile: { id: COLLEAGUE, firstName: 'Bình', lastName: 'Trần Văn', email: `${COLLEAGUE}@antq.example` },
      credentials: { password: 'demo' },
    });
    await rest('admin', 'PUT', `/group/QB0101/members/${COLLEAGUE}`);
  }
}

const iso = (d) => d.toISOString().slice(0, 10);
const today = new Date(Date.now() + 7 * 3600 * 1000); // Vietnam's day
const from = new Date(today.getTime() + 2 * 86400 * 1000);
const to = new Date(today.getTime() + 9 * 86400 * 1000);

await ensureColleague();
const { page, close } = await openBrowser();
try {
  await login(page, 'tasklist', 'commune1');
  await page.locator('a.antq-absence-link').click();
  await page.waitForURL(/vang-mat\.html/);
  await page.locator('#current', { hasText: 'Chưa ghi' }).waitFor();
  await page.locator(`#standIn option[value="${COLLEAGUE}"]`).waitFor({ state: 'attached' });

  // the last day before the first: refused, the field named, nothing recorded
  await page.fill('#from', iso(to));
  await page.fill('#to', iso(from));
  await page.selectOption('#standIn', COLLEAGUE);
  await page.locator('#form button[type=submit]').click();
  const refused = page.locator('#answer.refused');
  await refused.waitFor();
  const refusal = await refused.innerText();
  log('refused:', refusal);
  if (!refusal.includes('Vắng mặt đến ngày (to)')) failures.push(`refusal: ${refusal}`);
  if ((await page.locator('#to').getAttribute('aria-invalid')) !== 'true') failures.push('the field "to" is not marked');

  await page.fill('#from', iso(from));
  await page.fill('#to', iso(to));
  await page.locator('#form button[type=submit]').click();
  await page.locator('#answer.done').waitFor();
  const current = await page.locator('#current').innerText();
  log('recorded:', current);
  if (!current.includes(COLLEAGUE)) failures.push(`current: ${current}`);
  await shot(page, 'absence.png');

  await page.locator('#end').click();
  await page.locator('#current', { hasText: 'Chưa ghi' }).waitFor();
  log('ended again');
} finally {
  await close();
}
const unexpected = problems.filter((p) => !p.includes('/api/me/absence') || !p.includes('400'));
if (unexpected.length) log('HTTP problems seen:', unexpected.join('\n'));
if (failures.length) {
  console.error('FAILED:\n- ' + failures.join('\n- '));
  process.exit(1);
}
log('absence: PASS');
