// Wrong passwords slow the caller down and never lock the account (README, "Logins"), as an
// official meets it on Tasklist's login page: four wrong passwords are refused as usual, the fifth
// attempt is told in Vietnamese to wait (tasklist-login-throttled.png), and once the wait is over
// the right password logs in. Exit code 1 if any step does not happen.
// Usage: BASE_URL=http://localhost:8091 node tools/screenshots/take-hardening.mjs

import { BASE, PASSWORD, log, openBrowser, shot } from './take.mjs';

const USER = process.env.THROTTLE_USER || 'commune3';
const failures = [];

async function attempt(page, password) {
  await page.locator('input[ng-model="username"]').fill(USER);
  await page.locator('input[ng-model="password"]').fill(password);
  const answer = page.waitForResponse((r) => r.url().includes('/auth/user/default/login/tasklist'));
  await page.locator('button[type=submit]').click();
  return (await answer).status();
}

const { page, close } = await openBrowser();
try {
  await page.goto(`${BASE}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push(await attempt(page, `sai-${i}`));
  if (statuses.some((s) => s !== 401)) failures.push(`four wrong passwords answered ${statuses}`);

  const throttled = await attempt(page, PASSWORD);
  const notice = page.locator('.notifications', { hasText: 'Đăng nhập sai nhiều lần' }).first();
  await notice.waitFor({ timeout: 5000 }).catch(() => failures.push('no Vietnamese notice to wait'));
  if (throttled !== 429) failures.push(`the fifth attempt answered ${throttled}, not 429`);
  const text = (await notice.innerText().catch(() => '')).replace(/\s+/g, ' ');
  log(`fifth attempt (right password): ${throttled}, shown: ${text}`);
  await shot(page, 'tasklist-login-throttled.png');

  const seconds = Number((text.match(/(\d+) giây/) || [])[1] || 5);
  await page.waitForTimeout((seconds + 1) * 1000);
  const after = await attempt(page, PASSWORD);
  await page.waitForURL((u) => !String(u).includes('/login'), { timeout: 10_000 }).catch(() => {});
  if (after !== 200) failures.push(`after ${seconds} s the right password answered ${after}`);
  log(`after waiting ${seconds} s the right password: ${after}`);
} finally {
  await close();
}
if (failures.length) {
  console.error('FAILED:\n- ' + failures.join('\n- '));
  process.exit(1);
}
log('OK: wrong passwords slowed down in Vietnamese, the account not locked');
