// A picture of every diagram as Cockpit draws it (the same bpmn-js / dmn-js as Camunda Modeler):
// one PNG per BPMN and DMN file of processes/, in docs/diagrams/.
// Usage (see README.md): BASE_URL=http://localhost:8091 node tools/screenshots/take-diagrams.mjs
// Each diagram is fitted to the canvas; a diagram Cockpit cannot draw fails the run.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE, log, rest, openBrowser, login } from './take.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROCESSES = path.join(HERE, '..', '..', 'processes');
const OUT = path.resolve(process.env.OUT_DIR || path.join(HERE, '..', '..', 'docs', 'diagrams'));
const USER = process.env.COCKPIT_USER || 'admin';

const idOf = (file) => fs.readFileSync(path.join(PROCESSES, file), 'utf8')
  .match(file.endsWith('.dmn') ? /<decision id="([^"]+)"/ : /<bpmn:process id="([^"]+)"/)[1];

fs.mkdirSync(OUT, { recursive: true });
const { page, close } = await openBrowser();
await page.setViewportSize({ width: 1800, height: 900 }); // the long diagrams stay legible
try {
  await login(page, 'cockpit', USER);
  for (const file of fs.readdirSync(PROCESSES).sort()) {
    const key = idOf(file);
    const dmn = file.endsWith('.dmn');
    const def = await rest(USER, 'GET', `/${dmn ? 'decision' : 'process'}-definition/key/${key}`);
    await page.goto(`${BASE}/camunda/app/cockpit/default/#/${dmn ? 'decision' : 'process'}-definition/${def.id}${dmn ? '' : '/runtime'}`);
    if (dmn) {
      await page.locator('.dmn-decision-table-container, .tjs-container').first().waitFor({ timeout: 30000 });
    } else {
      await page.locator('.djs-container .djs-shape').first().waitFor({ timeout: 30000 });
      // the diagram alone: the side panel folded, the canvas over the tabs ("Phóng to sơ đồ")
      await page.evaluate(() => {
        document.querySelector('a.hide-collapsable.pull-right')?.click();
        document.querySelector('a.maximize-collapsable')?.click();
      });
      await page.waitForTimeout(600);
      // and fitted to the larger canvas, as Modeler's "fit viewport" (Cockpit's reset-zoom button)
      await page.locator('.djs-container').first().hover();
      const fit = page.locator('button[title*="Khôi phục"], button[title*="Reset"], .reset-zoom').first();
      if (await fit.count()) await fit.click().catch(() => {});
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(800);
    const out = path.join(OUT, `${key}.png`);
    await page.screenshot({ path: out });
    log('wrote', path.relative(process.cwd(), out), `(${file}, version ${def.version})`);
  }
} finally {
  await close();
}
