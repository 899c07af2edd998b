/**
 * The real-browser harness: the built extension in the system Chromium, fixture pages at the real
 * mail addresses, and a way into the service worker. Every network request is recorded; one to a
 * host that is neither the extension nor a routed fixture fails the session at close, because the
 * product promises no network requests at all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';
import { requireChrome } from '../../scripts/find-chrome.mjs';
import { fixtureHandler, GMAIL_CSP } from '../../scripts/fixture-route.mjs';
import { SITES, type Provider } from '../../src/core/sites';
import type { MessageName, Reply, Request, Response } from '../../src/messaging/protocol';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; EXTENSION_DIST lets parallel runs each test their own build. */
export const DIST = process.env.EXTENSION_DIST ?? join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const RESULTS = join(ROOT, 'test-results');

/** The fixtures answer at the registry's addresses. */
const hostsOf = (provider: Provider): readonly string[] =>
  SITES.find((site) => site.provider === provider)?.hosts ?? [];
export const GMAIL_HOST = hostsOf('gmail')[0] ?? '';
export const OUTLOOK_HOSTS = hostsOf('outlook');

/**
 * The chrome.* calls made inside the browser. Code passed to evaluate() is serialised, so it
 * cannot import types; it casts globalThis to this instead.
 */
export interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; id: string };
  alarms: { getAll(): Promise<Alarm[]>; clearAll(): Promise<boolean> };
  notifications: {
    getAll(): Promise<Record<string, boolean>>;
    create(...args: unknown[]): unknown;
    onClicked: { dispatch(notificationId: string): void };
  };
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
  i18n: { getUILanguage(): string; getMessage(key: string): string };
  tabs: {
    query(info: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]>;
  };
}
export interface Alarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}
/** The options of a notification, as the extension passed them to chrome.notifications.create. */
export interface CreatedNotification {
  id: string | undefined;
  title: string;
  message: string;
  buttons: string[];
}

export interface LaunchOptions {
  /** Reuse a profile (a restart across sessions); by default each session gets a fresh temp one. */
  profileDir?: string;
  /** Other unpacked extensions to load beside ours (the attack suite's neighbour). */
  otherExtensions?: string[];
  /** More Chromium flags, at this start and every restart. */
  args?: string[];
  /**
   * The browser's UI language (`es`, `pt-BR`), which chrome.i18n follows: Chromium's `--lang`
   * and, as Linux builds read it, `LANGUAGE`. Debian's Chromium ships only en-US until the
   * `chromium-l10n` package adds the other languages (.ci/run installs it).
   */
  language?: string;
}

export interface FixturePages {
  /** Page served for every document at mail.google.com, relative to test/fixtures. */
  gmail?: string;
  /** Page served for every document at the three Outlook hosts, relative to test/fixtures. */
  outlook?: string;
}

const ARGS = (extensions: string): string[] => [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  `--disable-extensions-except=${extensions}`,
  `--load-extension=${extensions}`,
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Lets the CDP Extensions domain load the unpacked build again: update() below.
  '--enable-unsafe-extension-debugging',
];

/** Hosts served by routeFixtures, per context: requests to them never leave the machine. */
const routedHosts = new WeakMap<BrowserContext, Set<string>>();

/** The default pages: the Gmail and Outlook demo mailboxes, as `npm start` serves them. */
const DEFAULT_FIXTURE_PAGES: Required<FixturePages> = {
  gmail: 'gmail/demo.html',
  outlook: 'outlook/demo.html',
};

/**
 * Serves fixture files at the real mail addresses, so the manifest's real match patterns inject
 * the real content script. Documents get the configured page; other requests get the file of the
 * same name beside it, or a 404 (never the network).
 */
export async function routeFixtures(
  context: BrowserContext,
  pages: FixturePages = {},
): Promise<void> {
  const chosen = { ...DEFAULT_FIXTURE_PAGES, ...pages };
  const hosts = routedHosts.get(context) ?? new Set<string>();
  routedHosts.set(context, hosts);
  hosts.add(GMAIL_HOST);
  await context.route(
    `https://${GMAIL_HOST}/**`,
    fixtureHandler(join(FIXTURES, chosen.gmail), { 'content-security-policy': GMAIL_CSP }),
  );
  for (const host of OUTLOOK_HOSTS) {
    hosts.add(host);
    await context.route(`https://${host}/**`, fixtureHandler(join(FIXTURES, chosen.outlook)));
  }
}

/** Network schemes: a request with one of these to a host that is not routed is a leak. */
const NETWORK = new Set(['http:', 'https:', 'ws:', 'wss:']);

function isForeign(context: BrowserContext, url: string): boolean {
  const parsed = new URL(url);
  if (!NETWORK.has(parsed.protocol)) return false;
  return !(routedHosts.get(context)?.has(parsed.hostname) ?? false);
}

export class ExtensionSession {
  context!: BrowserContext;
  serviceWorker!: Worker;
  extensionId = '';
  /** Every http(s)/ws(s) request any page or worker made, across restarts. */
  readonly requests: string[] = [];
  private fixtures: FixturePages | undefined;
  private messagePage: Page | undefined;

  constructor(
    readonly profileDir: string,
    private readonly ownsProfile: boolean,
    private readonly otherExtensions: readonly string[] = [],
    private readonly extraArgs: readonly string[] = [],
    private readonly language?: string,
  ) {}

  /** Launches Chromium on the profile; restart() calls it again, as a user's restart would. */
  async start(): Promise<void> {
    const context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: requireChrome(),
      headless: true,
      args: [
        ...ARGS([DIST, ...this.otherExtensions].join(',')),
        ...this.extraArgs,
        ...(this.language ? [`--lang=${this.language}`] : []),
      ],
      ...(this.language
        ? { env: { ...process.env, LANGUAGE: this.language.replace('-', '_') } }
        : {}),
      viewport: { width: 1280, height: 800 },
    });
    this.context = context;
    context.on('request', (request) => {
      if (NETWORK.has(new URL(request.url()).protocol)) this.requests.push(request.url());
    });
    // Registered first so that fixture routes, registered later, take precedence: whatever is
    // not a fixture is answered locally with an error instead of reaching the network.
    await context.route(
      (url) => isForeign(context, url.href),
      (route) => route.abort('blockedbyclient'),
    );
    if (this.fixtures) await routeFixtures(context, this.fixtures);
    this.serviceWorker = await findServiceWorker(context);
    this.extensionId = new URL(this.serviceWorker.url()).host;
  }

  /**
   * Closes the browser and relaunches it on the same profile: storage is kept, and Chromium
   * installs the unpacked extension afresh (onInstalled with reason "install", alarms gone).
   */
  async restart(): Promise<void> {
    this.messagePage = undefined;
    await this.context.close();
    await this.start();
  }

  /**
   * Loads dist/ again over CDP (Extensions.loadUnpacked, which Chromium offers only on a browser
   * session with --enable-unsafe-extension-debugging; a page's session says "Method not
   * available"): the same id at the same version, so Chromium treats it as an update, as a
   * store update or a developer's reload would be, and open tabs keep the old content script.
   */
  async update(): Promise<void> {
    const browser = this.context.browser();
    if (!browser) throw new Error('No browser behind this context to load the extension into');
    const cdp = await browser.newBrowserCDPSession();
    try {
      await this.replacingWorker(async () => {
        const { id } = await cdp.send('Extensions.loadUnpacked', { path: DIST });
        if (id !== this.extensionId) throw new Error(`Loaded as ${id}, not ${this.extensionId}`);
      });
    } finally {
      await cdp.detach();
    }
  }

  /** Turns the extension off or on, as its switch in chrome://extensions does. */
  async setEnabled(enabled: boolean): Promise<void> {
    const page = await this.context.newPage();
    try {
      await page.goto('chrome://extensions/');
      const toggle = () =>
        page.evaluate(
          ([id, on]) =>
            (
              globalThis as unknown as {
                chrome: { management: { setEnabled(id: string, on: boolean): Promise<void> } };
              }
            ).chrome.management.setEnabled(id, on),
          [this.extensionId, enabled] as const,
        );
      if (enabled) await this.replacingWorker(toggle);
      else await toggle();
    } finally {
      await page.close();
    }
  }

  /** Runs `action`, which starts a new instance of the extension, and takes its service worker. */
  private async replacingWorker(action: () => Promise<unknown>): Promise<void> {
    const previous = this.serviceWorker;
    const next = this.context.waitForEvent('serviceworker', {
      predicate: (worker) => worker !== previous && isOurWorker(worker),
      timeout: 15_000,
    });
    await action();
    this.serviceWorker = await next;
    // The extension's pages closed with the old instance.
    this.messagePage = undefined;
  }

  /** Serves the fixtures now and again after every restart. */
  async routeFixtures(pages: FixturePages = {}): Promise<void> {
    this.fixtures = pages;
    await routeFixtures(this.context, pages);
  }

  foreignRequests(): string[] {
    return this.requests.filter((url) => isForeign(this.context, url));
  }

  /** Closes the browser, removes a temp profile, and fails on any request that left the machine. */
  async close(): Promise<void> {
    const foreign = this.foreignRequests();
    await this.context.close();
    if (this.ownsProfile) await rm(this.profileDir, { recursive: true, force: true });
    if (foreign.length > 0) {
      throw new Error(`The extension made network requests:\n${foreign.join('\n')}`);
    }
  }

  url(path: string): string {
    return `chrome-extension://${this.extensionId}/${path}`;
  }

  async openPopup(): Promise<Page> {
    return openPopup(this.context, this.extensionId);
  }

  /** Sends a protocol message from an extension page, as the popup and options page do. */
  async send<N extends MessageName>(name: N, payload: Request<N>): Promise<Reply<Response<N>>> {
    if (!this.messagePage || this.messagePage.isClosed()) {
      const front = this.context.pages().at(-1);
      this.messagePage = await this.context.newPage();
      await this.messagePage.goto(this.url('src/options/index.html'));
      // A new tab comes to the front, leaving the page under test in a background tab, whose
      // frames Chromium throttles: each Playwright click there waited about 2 s to see the
      // element stable over two frames.
      await front?.bringToFront();
    }
    return sendMessage(this.messagePage, name, payload);
  }

  /** Like send, but returns the value and throws the background's error. */
  async call<N extends MessageName>(name: N, payload: Request<N>): Promise<Response<N>> {
    const reply = await this.send(name, payload);
    if (!reply.ok) throw new Error(`${name} failed: ${reply.error}`);
    return reply.value;
  }

  alarms(): Promise<Alarm[]> {
    return this.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.getAll(),
    );
  }

  async clearAlarms(): Promise<void> {
    await this.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.alarms.clearAll(),
    );
  }

  /** Ids of the notifications currently shown. */
  async notificationIds(): Promise<string[]> {
    const all = await this.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.getAll(),
    );
    return Object.keys(all);
  }

  /**
   * chrome.notifications.getAll gives ids only. To check what a notification says, wrap create()
   * in the worker (browser.notifications is the same object in Chromium) and read the calls back
   * with createdNotifications(). Call it before the action that notifies.
   */
  async recordNotifications(): Promise<void> {
    await this.serviceWorker.evaluate(() => {
      const scope = globalThis as unknown as {
        chrome: ChromeApi;
        __createdNotifications?: unknown[][];
      };
      if (scope.__createdNotifications) return;
      const calls: unknown[][] = [];
      scope.__createdNotifications = calls;
      const api = scope.chrome.notifications;
      const original = api.create.bind(api);
      api.create = (...args: unknown[]) => {
        calls.push(args);
        return original(...args);
      };
    });
  }

  /**
   * A click on a shown notification. Automation cannot click the system's notification, but the
   * worker's event object can dispatch its own event: the extension's listener runs as on a click.
   */
  async clickNotification(notificationId: string): Promise<void> {
    await this.serviceWorker.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.notifications.onClicked.dispatch(
          id,
        ),
      notificationId,
    );
  }

  async createdNotifications(): Promise<CreatedNotification[]> {
    const calls = await this.serviceWorker.evaluate(
      () =>
        (globalThis as unknown as { __createdNotifications?: unknown[][] })
          .__createdNotifications ?? [],
    );
    return calls.map(toCreatedNotification);
  }

  storage(keys?: string | string[]): Promise<Record<string, unknown>> {
    return this.serviceWorker.evaluate(
      (wanted) =>
        (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get(wanted ?? null),
      keys,
    );
  }

  /** Writes storage.local directly, behind the background's back: how corrupt data is made. */
  async setStorage(items: Record<string, unknown>): Promise<void> {
    await this.serviceWorker.evaluate(
      (values) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set(values),
      items,
    );
  }

  badgeText(): Promise<string> {
    return this.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({}),
    );
  }
}

function toCreatedNotification(args: unknown[]): CreatedNotification {
  // create(options) or create(id, options), each optionally followed by a callback.
  const [first, second] = args;
  const id = typeof first === 'string' ? first : undefined;
  const options = (typeof first === 'string' ? second : first) as {
    title?: unknown;
    message?: unknown;
    buttons?: { title?: unknown }[];
  };
  return {
    id,
    title: String(options.title ?? ''),
    message: String(options.message ?? ''),
    buttons: (options.buttons ?? []).map((button) => String(button.title ?? '')),
  };
}

/** Our worker's file, so another loaded extension's worker is never taken for ours. */
function workerFile(): string {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  return `/${manifest.background?.service_worker ?? ''}`;
}

function isOurWorker(worker: Worker): boolean {
  return (
    worker.url().startsWith('chrome-extension://') &&
    new URL(worker.url()).pathname === workerFile()
  );
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = isOurWorker;
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  } catch {
    throw new Error(
      'The extension service worker did not start. Is dist/ built (npm run build)? Branded ' +
        'Google Chrome 137+ ignores --load-extension: use Chromium (CHROME_PATH).',
    );
  }
}

/** Launches Chromium with dist/ loaded, in a fresh temp profile unless one is given. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error('dist/manifest.json is missing: run `npm run build` (npm run test:e2e does).');
  }
  const owns = options.profileDir === undefined;
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'interview-e2e-')));
  const session = new ExtensionSession(
    profileDir,
    owns,
    options.otherExtensions,
    options.args,
    options.language,
  );
  await session.start();
  return session;
}

/** The popup, opened as a tab at its own URL (an action popup cannot be opened by automation). */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
  return page;
}

/** Sends `{ name, payload }` with chrome.runtime.sendMessage from an extension page. */
export async function sendMessage<N extends MessageName>(
  page: Page,
  name: N,
  payload: Request<N>,
): Promise<Reply<Response<N>>> {
  const reply = await page.evaluate(
    (message) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(message),
    { name, payload },
  );
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`${name}: the background answered ${JSON.stringify(reply)}, not a reply`);
  }
  return reply as Reply<Response<N>>;
}

/** Saves a screenshot to test-results/NAME.png (gitignored) and returns its path. */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  await mkdir(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await target.screenshot({ path });
  return path;
}

/**
 * The page as the user sees it, scrolled so `top` sits at the top of its scroll container: mail
 * sites scroll the thread to the caret, which can leave the panel above the compose cut off.
 */
export async function screenshotFrom(top: Locator, name: string): Promise<string> {
  await top.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  return screenshot(top.page(), name);
}
