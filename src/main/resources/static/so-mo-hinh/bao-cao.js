// Báo cáo phong trào as a page of its own; the unit and period stay in the address, so the page
// can be bookmarked and sent.
import { header, whoAmI } from './so-mo-hinh.js';
import renderSummary, { stateFrom, stateParams } from './summary-view.js';

async function start() {
  const me = await whoAmI(document.getElementById('summary'));
  document.getElementById('header').replaceChildren(header(me, 'bao-cao'));
  if (!me) return;
  renderSummary(document.getElementById('summary'), {
    initial: stateFrom(new URLSearchParams(location.search)),
    onState: (state) => history.replaceState(null, '', `${location.pathname}?${stateParams(state)}`),
  });
}

start();
