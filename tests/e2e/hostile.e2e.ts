// Hostile pages in real Chromium with the built extension: every attack vector (tests/security/vectors.ts)
// put into a real page of every mirror family and served in every form (raw file, blob view, Pages post,
// user-added site); each page must be detected and auto-saved, then is opened in the popup reader and in
// the full-tab reader. A sentinel `__xss(id)` is installed in every page before its scripts run, CSP
// violations are reported, and every request is logged (fixture server and browser). Nothing may run in an
// extension page, nothing may go to the attacker's host, and the reader with remote images off asks the
// network for nothing. Runs in a browser and fixture server of its own, after the main suite (run.ts).
import type { Page, Request } from 'playwright-core';
import { decodeBytes } from '../../src/core';
import { isArticleGold, type ArticleGold, type CorpusPage } from '../helpers/corpus';
import { extractHostile, familyPages, FORMS, formUrl, hostileCases, injectIntoSource, inOwnRepository, servedHtml, vectorBatches, type FamilyPage, type HostileForm } from '../security/hostile-pages';
import { EVENTS } from '../security/sentinel-window';
import { ATTACKER_HOST, probeText, SENTINEL_FUNCTION, sentinelFor, VECTORS, type AttackVector } from '../security/vectors';
import type { E2eContext } from './extension.e2e';
import { safeDecode, USER_SITE_HOST } from './fixture-server';
import { assert, eventually, test } from './harness';
import { savedArticles } from './library-probe';
import { addUserSite, setSwitch } from './options-page';

/** Vectors per page: a browser page costs seconds, so more share one than in the Node tests. */
const BATCH_SIZE = 32;
const VIOLATION_BINDING = '__cspViolation';
/** A hang guard for the control checks' reports and requests, a fraction of a second on an idle machine. */
const CONTROL_WAIT_MS = 10_000;
/** Clicks would follow links (new tabs), not run handlers: whether a link may be followed is the sanitiser's and the CSP's call. */
const READER_EVENTS = EVENTS.filter((type) => type !== 'click' && type !== 'dblclick');

/** The mirror hosts and GitHub's camo image proxy. */
function isMirrorHost(host: string): boolean {
  return ['github.com', 'raw.githubusercontent.com', 'camo.githubusercontent.com', USER_SITE_HOST].includes(host) || host.endsWith('.github.io');
}

/** Chromium's own background services (updates, sign-in, autofill): the browser's requests, not the extension's. */
const CHROMIUM_SERVICE = /(?:^|\.)(?:google\.com|googleapis\.com|gstatic\.com)$/;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const isAttackerUrl = (url: string): boolean => {
  const host = hostOf(url);
  return host === ATTACKER_HOST || host.endsWith(`.${ATTACKER_HOST}`);
};

/** Who asked: an extension page (popup, reader, options), a web page (the mirror tab), or the service worker. */
type Origin = 'extension' | 'web page' | 'service worker';

const originOfUrl = (url: string): Origin => (url.startsWith('chrome-extension:') ? 'extension' : 'web page');

interface Seen {
  executions: Array<{ id: string; from: Origin }>;
  violations: Array<{ page: string; directive: string; blocked: string; sample: string }>;
  /** Requests the browser reported (every scheme: chrome-extension, blob and data too). */
  requests: Array<{ url: string; from: Origin }>;
  /** Requests that reached the fixture server, i.e. would have left the machine. */
  served: string[];
}

interface Copy {
  url: string;
  /** What the host serves at `url`. */
  body: string;
  /** Names the copy's repository (`REPO-TAG`). */
  tag: string;
}

interface Shown {
  text: string;
  images: number;
  placeholders: number;
}

interface Tally {
  tried: number;
  pages: number;
  executed: Set<string>;
  attacker: number;
  violations: number;
  reached: number;
  notInArticle: string[];
  /** Vectors whose page holds no article once served (the core agrees): nothing to save or show. */
  notAnArticle: string[];
  inMirrorPage: Set<string>;
  viaCamo: number;
}

export function registerHostileTests(ctx: E2eContext): void {
  const { context } = ctx.browser;
  const families = familyPages();
  const batches = vectorBatches(VECTORS, BATCH_SIZE);
  const seen: Omit<Seen, 'served'> = { executions: [], violations: [], requests: [] };
  /** Image addresses the saved articles name: the image saver fetches them by design. */
  const articleImages = new Set<string>();
  let probe: Page;
  let copies = 0;
  /** What the browser did since the controls (whose own attacker request is the test's doing). */
  let sinceControls: () => Seen;

  /** What the browser did from now on: call the returned function for it. */
  const watch = (): (() => Seen) => {
    const [executions, violations, requests, served] = [seen.executions.length, seen.violations.length, seen.requests.length, ctx.server.requests.length];
    return () => ({
      executions: seen.executions.slice(executions),
      violations: seen.violations.slice(violations),
      requests: seen.requests.slice(requests),
      served: ctx.server.requests.slice(served).map((request) => `https://${request.host}${request.path}`),
    });
  };

  const originOf = (request: Request): Origin => {
    if (request.serviceWorker()) return 'service worker';
    try {
      // A page's first navigation is asked for while it still shows about:blank.
      return request.isNavigationRequest() ? originOfUrl(request.url()) : originOfUrl(request.frame().page().url());
    } catch {
      return 'service worker'; // no frame: a worker's request
    }
  };

  /** A hostile copy of `page` in its own repository (named by `tag`), served in `form`; returns its address and what the host serves there. */
  const serveCopy = (page: CorpusPage & { gold: ArticleGold }, source: string, form: HostileForm): Copy => {
    const tag = `hostile${++copies}`;
    // Where the original address is read from the file's path (大纪元's …/n11223652.md), the copy's file
    // number is its own too: see attack().
    const inRepository = inOwnRepository(page, tag);
    const copy = { ...inRepository, url: inRepository.url.replace(/\/n(\d{1,12})(\.\w{1,5})$/, `/n$1${copies}$2`) };
    const url = formUrl(copy, form);
    const body = form === 'raw' ? source : servedHtml(source, form, url, copy.url);
    ctx.server.serve(url, body, form === 'raw' ? 'raw' : 'html');
    return { url, body, tag };
  };

  /**
   * A tab showing a mirror page that loads nothing but itself: what a Pages post asks of other hosts is
   * the host's doing, not the extension's, and this way every request the server sees is the extension's.
   */
  const openMirrorTab = async (url: string): Promise<Page> => {
    const tab = await context.newPage();
    // 'aborted' cancels a navigation (a <meta refresh> to the attacker) without leaving the page.
    await tab.route('**/*', (route) => (safeDecode(route.request().url()) === safeDecode(url) ? route.continue() : route.abort('aborted')));
    await tab.goto(url);
    return tab;
  };

  /** Lets the article settle in a reader, gives every body element the events a reader could cause; returns what it shows. */
  const exercise = async (reader: Page, scope: string): Promise<Shown> => {
    const body = `${scope} .article-body`;
    await reader.waitForSelector(body);
    await reader.waitForFunction((selector) => !document.querySelector(`${selector} img[data-pending-src]`), body);
    const shown = await reader.evaluate(
      ({ selector, events }) => {
        const root = document.querySelector(selector)!;
        for (const el of [root, ...root.querySelectorAll('*')]) for (const type of events) el.dispatchEvent(new Event(type));
        return { text: root.textContent ?? '', images: root.querySelectorAll('img').length, placeholders: root.querySelectorAll('.image-placeholder').length };
      },
      { selector: body, events: READER_EVENTS },
    );
    await reader.waitForTimeout(50); // handlers, image errors and reports arrive asynchronously
    return shown;
  };

  /**
   * The saved article from a hostile copy (its repository is in the mirror addresses), or else the one
   * holding `text`. Copies of one family page share a library entry (same original URL), so an older
   * entry may hold the same probes: the address tells them apart.
   */
  const savedFrom = async (copy: Pick<Copy, 'tag'> | { text: string }) =>
    (await savedArticles(probe)).find((record) => ('tag' in copy ? record.mirrorUrls.some((url) => safeDecode(url).includes(`-${copy.tag}/`)) : record.text.includes(copy.text)));

  /** Opens the saved article `id` in the popup (about `tab`, "Read") and in a reader tab. */
  const readBoth = async (tab: Page, id: string): Promise<{ popup: Shown; reader: Shown }> => {
    const popup = await ctx.browser.openPopupFor(tab);
    await popup.click('#read-current');
    const popupShown = await exercise(popup, '#reader-view:not([hidden])');
    await popup.close();
    const reader = await ctx.browser.openExtensionPage(`reader.html?id=${encodeURIComponent(id)}`);
    const readerShown = await exercise(reader, '#content');
    await reader.close();
    return { popup: popupShown, reader: readerShown };
  };

  interface Outcome {
    /** Everything wrong; empty when the page was saved, shown, and nothing ran or leaked. */
    problems: string[];
    executed: string[];
    attacker: string[];
    violations: number;
    reached: string[];
    notInArticle: string[];
    inMirrorPage: string[];
    /** Attacker addresses fetched through GitHub's camo proxy (images github.com itself shows in the page). */
    viaCamo: number;
    /** The core (in Node) finds no article in the served page either: the fragment swallowed the rest of it. */
    notAnArticle: boolean;
  }

  const attack = async (vectors: readonly AttackVector[], { page, source }: FamilyPage, form: HostileForm): Promise<Outcome> => {
    // Each hostile copy is an article of its own — its own original address and title — for the library
    // keeps at most a few differing copies of one article (store MAX_COPIES: a vector that swallows the
    // credit line leaves outlet + title + date to match), and every copy here must be saved to be checked.
    const original = page.gold.originalUrl;
    const mark = `hostile-copy=${copies + 1}`;
    // As written, and as a link's href may carry it (percent-encoded).
    const ownOriginal = original ? [original, encodeURI(original)].reduce((text, form) => text.split(form).join(`${form}${form.includes('?') ? '&' : '?'}${mark}`), source) : source;
    // The title's first occurrence (the heading, or the front matter's title) gets the copy's number.
    const own = ownOriginal.replace(page.gold.title, () => `${page.gold.title} ${copies + 1}`);
    const hostile = injectIntoSource(own, page.gold, vectors);
    const copy = serveCopy(page, hostile, form);
    // What the product's core makes of the same page decides whether the extension must save it.
    const notAnArticle = extractHostile(hostile, form, page).kind !== 'article';
    const since = watch();
    const problems: string[] = [];
    let [reached, notInArticle] = [[] as string[], [] as string[]];
    const tab = await openMirrorTab(copy.url);
    try {
      if (notAnArticle) {
        await tab.waitForTimeout(1500);
        const badge = await ctx.browser.badgeOf(tab);
        if (badge !== '') problems.push(`badge "${badge}" on a page the core finds no article in`);
        notInArticle = vectors.map((vector) => vector.id);
      } else {
        await ctx.browser.waitForBadge(tab, '✓', 30_000);
        const record = await savedFrom(copy);
        assert(record, 'saved, but not in the library');
        record.imageUrls.forEach((image) => articleImages.add(image));
        const inArticle = vectors.filter((vector) => record.text.includes(probeText(vector.id)));
        notInArticle = vectors.filter((vector) => !inArticle.includes(vector)).map((vector) => vector.id);
        const texts = await readBoth(tab, record.id);
        reached = inArticle.filter((vector) => texts.popup.text.includes(probeText(vector.id)) && texts.reader.text.includes(probeText(vector.id))).map((vector) => vector.id);
        for (const vector of inArticle) if (!reached.includes(vector.id)) problems.push(`the probe of ${vector.id} is saved but not shown in both readers`);
      }
    } catch (error) {
      problems.push(`not saved and shown: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    } finally {
      await tab.close();
    }
    return outcomeOf(since(), { problems, reached, notInArticle, notAnArticle });
  };

  /** Adds to `partial` what the browser did meanwhile: executions, attacker requests, CSP reports. */
  const outcomeOf = (after: Seen, partial: Pick<Outcome, 'problems' | 'reached' | 'notInArticle' | 'notAnArticle'>): Outcome => {
    const problems = [...partial.problems];
    const executed = after.executions.filter((call) => call.from === 'extension').map((call) => call.id);
    const attacker = [...after.served, ...after.requests.filter((request) => request.from !== 'web page').map((request) => request.url)].filter(isAttackerUrl);
    problems.push(...executed.map((id) => `executed in an extension page: ${id}`), ...attacker.map((request) => `requested ${request}`));
    // The CSP blocking something means the sanitiser let it through: still a failure.
    const violations = after.violations.filter((violation) => violation.page.startsWith('chrome-extension:'));
    problems.push(...violations.map((v) => `only the CSP stopped ${v.directive} (${v.blocked || v.sample})`));
    const inMirrorPage = after.executions.filter((call) => call.from === 'web page').map((call) => call.id);
    const viaCamo = after.served.filter((url) => hostOf(url) === 'camo.githubusercontent.com' && isAttackerUrl(`https://${targetOf(url)}`)).length;
    return { ...partial, problems, executed, attacker, violations: violations.length, inMirrorPage, viaCamo };
  };

  test('hostile pages: sentinel, CSP reports and request log are live in extension pages (the checks can fail)', async () => {
    await context.exposeBinding(SENTINEL_FUNCTION, ({ page }, id: unknown) => void seen.executions.push({ id: String(id), from: originOfUrl(page.url()) }));
    await context.exposeBinding(VIOLATION_BINDING, ({ page }, report: { directive: string; blocked: string; sample: string }) => void seen.violations.push({ page: page.url(), ...report }));
    await context.addInitScript((binding) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as Record<string, (report: object) => void>)[binding];
        report?.({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
      });
    }, VIOLATION_BINDING);
    context.on('request', (request) => void seen.requests.push({ url: request.url(), from: originOf(request) }));
    probe = await ctx.browser.openExtensionPage('options.html');
    await addUserSite(ctx.browser, USER_SITE_HOST);
    await setSwitch(ctx.browser, 'loadRemoteImages', false);

    // The test itself puts unsafe markup into a reader: with the CSP the handler is reported blocked,
    // without it (bypassed for this page only) it runs and is counted, and an image from the attacker is seen.
    const unsafe = `<img src="x" onerror="${SENTINEL_FUNCTION}('control-handler')"><img src="https://${ATTACKER_HOST}/hit/control-image.png">`;
    const insert = (page: Page): Promise<void> => page.evaluate((html) => document.getElementById('content')!.insertAdjacentHTML('beforeend', html), unsafe);
    let since = watch();
    const strict = await ctx.browser.openExtensionPage('reader.html');
    await insert(strict);
    // The report and the image's request arrive asynchronously: wait for them (a hang guard, not a pass mark).
    await eventually(() => {
      const seenSoFar = since();
      return seenSoFar.violations.length > 0 && seenSoFar.served.some(isAttackerUrl) && seenSoFar.requests.some((r) => isAttackerUrl(r.url));
    }, CONTROL_WAIT_MS);
    let after = since();
    assert(after.violations.some((v) => v.page.startsWith('chrome-extension:') && v.directive.startsWith('script-src')), `no CSP report for an inline handler: ${JSON.stringify(after.violations)}`);
    assert(after.executions.length === 0, 'an inline handler ran despite the CSP');
    assert(after.served.some(isAttackerUrl) && after.requests.some((r) => r.from === 'extension' && isAttackerUrl(r.url)), 'the attacker image was not seen at the server and in the browser');
    await strict.close();

    since = watch();
    const lax = await context.newPage();
    await (await context.newCDPSession(lax)).send('Page.setBypassCSP', { enabled: true });
    await lax.goto(`chrome-extension://${ctx.browser.extensionId}/reader.html`);
    await insert(lax);
    await eventually(() => since().executions.length > 0, CONTROL_WAIT_MS);
    after = since();
    assert(after.executions.some((call) => call.id === 'control-handler' && call.from === 'extension'), `the sentinel did not count a handler that ran: ${JSON.stringify(after.executions)}`);
    await lax.close();
    sinceControls = watch();
  });

  /** Network requests in `seen`: at the server, or reported by the browser for an extension page or the worker (not chrome-extension:, blob:, data:). */
  const networkOf = (after: Seen): { served: string[]; browser: string[] } => ({
    served: after.served,
    browser: after.requests.filter((request) => request.from !== 'web page' && /^(?:https?|wss?):/.test(request.url)).map((request) => request.url),
  });

  /** Saves a corpus page (`text`: a sentence of it) or a hostile copy from its tab; returns the tab and the saved article's id. */
  const saveFrom = async (url: string, saved: Pick<Copy, 'tag'> | { text: string }): Promise<{ tab: Page; id: string; imageUrls: string[] }> => {
    const tab = await openMirrorTab(url);
    await ctx.browser.waitForBadge(tab, '✓', 30_000);
    const record = await savedFrom(saved);
    assert(record, `${url} is not in the library`);
    record.imageUrls.forEach((image) => articleImages.add(image));
    return { tab, id: record.id, imageUrls: record.imageUrls };
  };

  test('hostile pages, privacy: with remote images off, an article whose images were not stored opens without any network request', async () => {
    // An article with images that no hostile page shares a library entry with.
    const page = ctx.server.pages.filter(isArticlePage).filter((candidate) => !families.some((family) => family.page.name === candidate.name)).sort((a, b) => (b.gold.images ?? 0) - (a.gold.images ?? 0))[0]!;
    const images = page.gold.images ?? 0;
    assert(images > 0, 'no corpus article with images');
    await setSwitch(ctx.browser, 'saveImages', false);
    const { tab, id } = await saveFrom(page.url, { text: page.gold.firstParagraphStart.slice(0, 12) });
    let since = watch();
    const off = await readBoth(tab, id);
    const offRequests = networkOf(since());
    // The control: with remote images allowed the same opening does load them, and is seen.
    await setSwitch(ctx.browser, 'loadRemoteImages', true);
    since = watch();
    const on = await readBoth(tab, id);
    const onRequests = networkOf(since());
    await setSwitch(ctx.browser, 'loadRemoteImages', false);
    await tab.close();
    ctx.report['hostile pages, privacy: remote images off, images not stored'] = `${offRequests.served.length} requests at the server, ${offRequests.browser.length} in the browser while the popup and tab readers opened ${page.gold.title.slice(0, 20)}… (${images} images, shown as placeholders); control with remote images on: ${onRequests.served.length} at the server, ${onRequests.browser.length} in the browser`;
    for (const [where, shown] of Object.entries(off)) assert(shown.images === 0 && shown.placeholders === images, `${where}: ${shown.images} images and ${shown.placeholders} placeholders for ${images} unstored images`);
    assert(offRequests.served.length === 0 && offRequests.browser.length === 0, `requests with remote images off:\n${[...offRequests.served, ...offRequests.browser].join('\n')}`);
    assert(on.popup.images === images && onRequests.browser.length > 0, `the control saw ${onRequests.browser.length} requests for ${on.popup.images} remote images: the count is not live`);
  });

  test('hostile pages, privacy: tracking pixels (corpus counters, tracking vectors) are never requested by the reader, even with remote images on', async () => {
    // A corpus article with a counter image, and every tracking vector put into it.
    const counter = ctx.server.pages.filter(isArticlePage).map((page) => ({ page, source: decodeBytes(page.bytes) })).find(({ source }) => pixelUrls(source).length > 0);
    assert(counter, 'no corpus article with a counter pixel');
    const tracking = VECTORS.filter((vector) => vector.category === 'tracking');
    const hostile = injectIntoSource(counter.source, counter.page.gold, tracking);
    await setSwitch(ctx.browser, 'loadRemoteImages', true);
    const figures: string[] = [];
    try {
      for (const form of ['raw', 'blob'] as const) {
        const served = serveCopy(counter.page, hostile, form);
        // The pixels as the host serves them: github.com drops style and hidden, so images hidden only
        // that way are ordinary (and shown, through camo) on GitHub itself.
        const pixels = pixelUrls(served.body);
        const unmarked = tracking.filter((vector) => !pixels.some((pixel) => pixel.startsWith(sentinelFor(vector.id).url))).map((vector) => vector.id);
        const { tab, id } = await saveFrom(served.url, served);
        const since = watch();
        await readBoth(tab, id);
        const { served: atServer, browser } = networkOf(since());
        await tab.close();
        const requested = [...atServer, ...browser].filter((url) => pixels.some((pixel) => targetOf(url).startsWith(targetOf(pixel))));
        figures.push(`${form} form: ${requested.length} requests for its ${pixels.length} pixel addresses, ${browser.length} other image requests (control)${unmarked.length ? `; ${unmarked.join(', ')} no longer marked as pixels by the host` : ''}`);
        assert(requested.length === 0, `tracking pixels requested in the ${form} form:\n${requested.join('\n')}`);
        assert(browser.length > 0, `no image requested at all in the ${form} form with remote images on: the check is not live`);
      }
    } finally {
      // Back to the defaults for the hostile pages that follow.
      await setSwitch(ctx.browser, 'loadRemoteImages', false);
      await setSwitch(ctx.browser, 'saveImages', true);
    }
    ctx.report['hostile pages, privacy: tracking pixels'] = `${counter.page.family} page with its counter and ${tracking.length} tracking vectors, remote images on: ${figures.join('; ')}`;
  });

  for (const form of FORMS) {
    test(`hostile pages, ${form} form: every vector saved and shown in both readers runs nothing and loads nothing from ${ATTACKER_HOST}`, async () => {
      const tally: Tally = { tried: 0, pages: 0, executed: new Set(), attacker: 0, violations: 0, reached: 0, notInArticle: [], notAnArticle: [], inMirrorPage: new Set(), viaCamo: 0 };
      const failures: Record<string, string[]> = {};
      for (const [name, batch, family] of hostileCases(batches, families, form)) {
        const outcome = await attack(batch, family, form);
        tally.tried += batch.length;
        tally.pages++;
        outcome.executed.forEach((id) => tally.executed.add(id));
        outcome.inMirrorPage.forEach((id) => tally.inMirrorPage.add(id));
        tally.attacker += outcome.attacker.length;
        tally.viaCamo += outcome.viaCamo;
        tally.violations += outcome.violations;
        tally.reached += outcome.reached.length;
        (outcome.notAnArticle ? tally.notAnArticle : tally.notInArticle).push(...outcome.notInArticle);
        if (outcome.problems.length === 0) continue;
        // Something went wrong: find which vectors, each alone on a page.
        const culprits: Record<string, string[]> = {};
        for (const vector of batch.length > 1 ? batch : []) {
          const alone = await attack([vector], family, form);
          if (alone.problems.length > 0) culprits[`${vector.id}: ${vector.payload}`] = alone.problems;
        }
        failures[name] = Object.keys(culprits).length > 0 ? Object.entries(culprits).map(([vector, problems]) => `${vector} → ${problems.join('; ')}`) : outcome.problems;
      }
      ctx.report[`hostile pages, ${form} form`] = [
        `${tally.tried} vectors tried in ${tally.pages} pages; executed in extension pages ${tally.executed.size}`,
        `requests to ${ATTACKER_HOST} ${tally.attacker} (through camo, as github.com shows them: ${tally.viaCamo}); CSP violations in extension pages ${tally.violations}`,
        `probe shown in both readers ${tally.reached}${tally.notInArticle.length ? ` (dropped by the extraction: ${tally.notInArticle.join(', ')})` : ''}`,
        `no article left in the served page (the core agrees, nothing saved): ${tally.notAnArticle.join(', ') || 'none'}`,
        `ran in the mirror page itself ${tally.inMirrorPage.size}`,
      ].join('; ');
      assert(Object.keys(failures).length === 0, `unsafe or not shown:\n${JSON.stringify(failures, null, 2)}`);
      assert(tally.tried === VECTORS.length, `${tally.tried} of ${VECTORS.length} vectors tried`);
      // Pages serves raw HTML: there the vectors really run (in the page itself), so they are live.
      if (form === 'pages' || form === 'user-site') assert(tally.inMirrorPage.size > 0, 'no vector ran even in the Pages post itself: the sentinel is not live');
    });
  }

  test('hostile pages: the whole run reached no host but the mirror hosts, camo and the articles\' own images', async () => {
    const run = sinceControls();
    const requests = [...run.served, ...run.requests.filter((request) => request.from !== 'web page' && /^(?:https?|wss?):/.test(request.url)).map((request) => request.url)];
    const images = new Set([...articleImages].map(safeDecode));
    const chromium = requests.filter((url) => CHROMIUM_SERVICE.test(hostOf(url)));
    const foreign = requests.filter((url) => !isMirrorHost(hostOf(url)) && !CHROMIUM_SERVICE.test(hostOf(url)) && !images.has(safeDecode(url.replace(/#.*$/, ''))));
    const byHost = new Map<string, number>();
    for (const url of requests) byHost.set(hostOf(url), (byHost.get(hostOf(url)) ?? 0) + 1);
    ctx.report['hostile pages: requests logged'] = `${run.served.length} at the server, ${run.requests.length} seen by the browser (all schemes, mirror tabs included); hosts: ${[...byHost].map(([host, n]) => `${host} ${n}`).join(', ')}; Chromium's own services ${chromium.length}; other hosts ${foreign.length}`;
    assert(foreign.length === 0, `requests to other hosts:\n${[...new Set(foreign)].slice(0, 20).join('\n')}`);
  });
}

/** Addresses (src, data-canonical-src) of the images a page marks as pixels: 0–1 px, hidden, display:none, visibility:hidden. */
function pixelUrls(html: string): string[] {
  return (html.match(/<img\b[^>]*>/gi) ?? [])
    .filter((tag) => /\b(?:width|height)\s*[=:]\s*["']?\s*[01](?:\.\d+)?(?:px)?\s*["';\s/>]|\shidden\b|display\s*:\s*none|visibility\s*:\s*hidden/i.test(tag))
    .flatMap((tag) => [...tag.matchAll(/\b(?:src|data-canonical-src)\s*=\s*["']?([^"'\s>]+)/gi)].map((match) => match[1]!));
}

const withoutScheme = (url: string): string => url.replace(/^[a-z]+:\/\//i, '');

/** What a request fetches: for camo, the proxied original (hex in the last path segment). */
function targetOf(url: string): string {
  if (hostOf(url) !== 'camo.githubusercontent.com') return withoutScheme(url);
  return withoutScheme(Buffer.from(new URL(url).pathname.split('/').pop() ?? '', 'hex').toString('utf8'));
}

/** A corpus page that is an article (the privacy checks pick theirs from the corpus). */
function isArticlePage(page: CorpusPage): page is CorpusPage & { gold: ArticleGold } {
  return isArticleGold(page.gold);
}
