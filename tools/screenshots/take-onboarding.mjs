// An official brought in by a registry import sets a password and starts work (README, "Onboarding"):
// admin imports one officials row over /api/imports (a CSV sheet), the invitation e-mail lands in
// MAIL_DIR (the application's drop folder), its link opens the set-password page
// (onboarding-set-password.png), a too short password is refused in Vietnamese, the right one is
// taken (onboarding-password-set.png), and the official logs in to Tasklist and sees their unit's
// filter (onboarding-tasklist.png). Exit code 1 if any step does not happen.
// Usage: BASE_URL=http://localhost:8091 MAIL_DIR=data/mail-outbox node tools/screenshots/take-onboarding.mjs

import fs from 'node:fs';
import path from 'node:path';
import { BASE, log, openBrowser, shot } from './take.mjs';
import { poll } from './take-lifecycle.mjs';

const MAIL_DIR = process.env.MAIL_DIR || path.join(process.cwd(), 'data', 'mail-outbox');
const LOGIN = `nhapso${Date.now() % 100000}`;
const PASSWORD = 'Mat-khau-Moi-2026';
const failures = [];

async function importOfficial() {
  const csv = `Tên đăng nhập;Họ và tên;Thư điện tử;Mã đơn vị;Vai trò\n${LOGIN};Hồ Thị Mai;${LOGIN}@ca.quangbinh.gov.vn;QB0101;Cán bộ\n`;
  const form = new FormData();
  form.append('sheet', 'officials');
  form.append('dryRun', 'false');
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'can-bo.csv');
  const auth = { Authorization: 'Basic ' + Buffer.from('admin:demo').toString('base64') };
  const started = await (await fetch(`${BASE}/api/imports`, { method: 'POST', headers: auth, body: form })).json();
  const done = await poll('the import to finish', async () => {
    const r = await (await fetch(`${BASE}/api/imports/${started.id}`, { headers: auth })).json();
    return r.status !== 'RUNNING' ? r : null;
  }, 60);
  if (done.status !== 'DONE' || done.counts.officials.created !== 1) failures.push(`import: ${JSON.stringify(done)}`);
  log(`imported ${LOGIN}: ${done.status}, officials ${JSON.stringify(done.counts.officials)}`);
}

function token() {
  const files = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).filter((n) => n.endsWith(`-${LOGIN}.txt`)) : [];
  if (!files.length) return null;
  const text = fs.readFileSync(path.join(MAIL_DIR, files[files.length - 1]), 'utf8');
  const m = text.match(/dat-mat-khau\.html#([A-Za-z0-9_-]{43})/);
  return m ? m[1] : null;
}

await importOfficial();
const secret = await poll(`the invitation e-mail in ${MAIL_DIR}`, async () => token(), 90);
const { page, close } = await openBrowser();
try {
  await page.goto(`${BASE}/dat-mat-khau.html#${secret}`, { waitUntil: 'networkidle' });
  if (page.url().includes(secret)) failures.push('the token stayed in the address bar');
  await page.fill('#password', 'ngan');
  await page.fill('#passwordAgain', 'ngan');
  await page.click('button[type=submit]');
  await page.locator('#answer.refused').waitFor();
  const refusal = await page.locator('#answer').innerText();
  if (refusal !== 'Mật khẩu phải có ít nhất 10 ký tự.') failures.push(`short password: ${refusal}`);
  await shot(page, 'onboarding-set-password.png');
  await page.fill('#password', PASSWORD);
  await page.fill('#passwordAgain', PASSWORD);
  await page.click('button[type=submit]');
  await page.locator('#answer.done').waitFor();
  log(`set-password page: ${await page.locator('#answer').innerText()}`);
  await shot(page, 'onboarding-password-set.png');

  await page.goto(`${BASE}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  await page.locator('input[ng-model="username"]').fill(LOGIN);
  await page.locator('input[ng-model="password"]').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((u) => !String(u).includes('/login'));
  const filter = page.locator('.task-filters', { hasText: 'Việc của Xã Lộc Thủy' });
  await filter.waitFor({ timeout: 15000 }).catch(() => failures.push('no filter "Việc của Xã Lộc Thủy" in Tasklist'));
  await shot(page, 'onboarding-tasklist.png');

  const reuse = await fetch(`${BASE}/api/invitations/password`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: secret, password: 'Mat-khau-Lan-Hai-2026', passwordAgain: 'Mat-khau-Lan-Hai-2026' }) });
  if (reuse.status !== 410) failures.push(`the link used a second time answered ${reuse.status}`);
} finally {
  await close();
}
if (failures.length) {
  console.error('FAILED:\n- ' + failures.join('\n- '));
  process.exit(1);
}
log(`OK: ${LOGIN} set a password from the invitation and works in Tasklist; the link works once`);
