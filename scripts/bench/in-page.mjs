/* global window, document, requestAnimationFrame, MutationObserver -- functions that run in the page */
// Installed in every benchmark page before its own scripts run (Playwright `addInitScript`). It
// times what a user sees, inside the page: from the input event's own timestamp (or navigation
// start) to the first frame painted after the DOM shows the result (a requestAnimationFrame, then a
// task: the frame has been handed to the compositor by then). Serialized with Function#toString, so
// it must not use anything from this module's scope.
export function benchInPage(options) {
  const w = window;
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const visible = (el) => !!el && el.isConnected && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);

  /** The zone's panel (a section marked with the zone id that has a heading), its heading and chart. */
  const panelOf = (zoneId) =>
    [...document.querySelectorAll(`[data-zone="${zoneId}"]`)].find((el) => el.tagName === 'SECTION' || el.querySelector('h1,h2,h3,[role=heading]'));
  const headingOf = (panel) => panel && [...panel.querySelectorAll('h1,h2,h3,[role=heading]')].find(visible);
  const chartsIn = (root) =>
    root ? [...root.querySelectorAll('svg.recharts-surface')].filter((svg) => visible(svg) && svg.querySelector('path,rect')) : [];

  /**
   * Resolves with performance.now() at the first paint after `check()` holds (checked after every
   * DOM mutation), or null after `timeoutMs`; `bench.lastDomAt` is when `check()` first held.
   */
  function until(check, timeoutMs, onMutations) {
    return new Promise((resolve) => {
      let done = false;
      let pending = false;
      const finish = (value) => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      };
      const test = (records) => {
        if (records && onMutations) onMutations(records);
        if (done || pending || !check()) return;
        pending = true;
        bench.lastDomAt = performance.now();
        void afterPaint().then(() => finish(performance.now()));
      };
      const observer = new MutationObserver(test);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      const timer = setTimeout(() => finish(null), timeoutMs);
      test();
    });
  }

  /** Resolves with the timeStamp of the next event of `type` on the window (capture phase). */
  const nextEvent = (type) =>
    new Promise((resolve) => window.addEventListener(type, (e) => resolve(e.timeStamp), { capture: true, once: true }));

  /** The zone's facts (its whole record's part of the panel) are drawn. */
  const hasFacts = (panel) => !!panel && !!panel.querySelector('.zones-facts');

  const bench = {
    /** Deep link: navigation start -> the zone's panel, its heading, its facts and a chart painted. */
    deepLink: null,

    /**
     * Arm before a click that should open `zoneId`'s panel; `bench.result` is click -> its heading and
     * its facts painted (ms; the facts come from the zone's own file, fetched when the panel opens).
     */
    armZoneClick(zoneId, timeoutMs = 15000) {
      const before = headingOf(panelOf(zoneId));
      const clicked = nextEvent('click');
      let clickAt = null;
      void clicked.then((t) => (clickAt = t));
      bench.result = clicked.then(() =>
        until(() => {
          const panel = panelOf(zoneId);
          const h = headingOf(panel);
          return clickAt !== null && !!h && h !== before && hasFacts(panel);
        }, timeoutMs).then((t) => (t === null ? null : { paint: t - clickAt, dom: bench.lastDomAt - clickAt })),
      );
      return true;
    },

    /** Arm before a click on a tab: click -> the tab selected and its panel's chart (new or redrawn) painted. */
    armTabClick(tabId, timeoutMs = 15000) {
      const tab = document.getElementById(tabId);
      const panel = tab && document.getElementById(tab.getAttribute('aria-controls') ?? '');
      const before = new Set(chartsIn(panel ?? document));
      let clickAt = null;
      let redrawn = false;
      const clicked = nextEvent('click');
      void clicked.then((t) => (clickAt = t));
      bench.result = clicked.then(() =>
        until(
          () => {
            const t = document.getElementById(tabId);
            const p = t && document.getElementById(t.getAttribute('aria-controls') ?? '');
            if (!t || t.getAttribute('aria-selected') !== 'true') return false;
            const charts = chartsIn(p ?? document);
            return charts.some((svg) => !before.has(svg)) || (redrawn && charts.length > 0);
          },
          timeoutMs,
          (records) => {
            if (clickAt === null) return;
            for (const r of records) {
              const node = r.target.nodeType === 1 ? r.target : r.target.parentElement;
              if (node && node.closest('.recharts-wrapper')) redrawn = true;
            }
          },
        ).then((t) => (t === null ? null : { paint: t - clickAt, dom: bench.lastDomAt - clickAt })),
      );
      return true;
    },

    /**
     * Arm before one keystroke in a text input. `bench.result`: { work, paint } in ms from keydown:
     * `work` ends when the main thread is free again after the input event (React renders a text
     * input's update synchronously, so the search and the new results are done by then), `paint`
     * at the next frame after that (it adds the wait for the display's next frame, up to 16.7 ms).
     */
    armKeystroke(timeoutMs = 5000) {
      const down = nextEvent('keydown');
      const input = nextEvent('input');
      const task = () => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
      bench.result = Promise.race([
        Promise.all([down, input.then(task)]).then(async ([t, free]) => {
          const painted = await afterPaint().then(() => performance.now());
          return { work: free - t, paint: painted - t };
        }),
        new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs)),
      ]);
      return true;
    },
    result: null,
    lastDomAt: null,
  };
  w.__bench = bench;

  if (options && options.deepLinkZone) {
    const zoneId = options.deepLinkZone;
    bench.deepLink = until(() => {
      const panel = panelOf(zoneId);
      return visible(headingOf(panel)) && hasFacts(panel) && chartsIn(panel).length > 0;
    }, options.timeoutMs ?? 60000);
  }
}
